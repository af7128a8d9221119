"""Repositories for check-ins and WHO-5 questionnaires (each scoped to one owner)."""

from datetime import datetime

from sqlalchemy import select

from nextyes.domain.wellbeing import CheckIn, Who5, as_percent
from nextyes.store.repositories import OwnedRepository, as_utc
from nextyes.store.tables import CheckInRow, WellbeingRow


class CheckIns(OwnedRepository):
    def add(self, mood: int, note: str | None, now: datetime) -> CheckIn:
        row = CheckInRow(owner_id=self.owner_id, checked_at=now, mood=mood, note=note)
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def latest(self, limit: int) -> list[CheckIn]:
        """The most recent check-ins, newest first."""
        query = (
            select(CheckInRow)
            .where(CheckInRow.owner_id == self.owner_id)
            .order_by(CheckInRow.checked_at.desc(), CheckInRow.id.desc())
            .limit(limit)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @staticmethod
    def to_domain(row: CheckInRow) -> CheckIn:
        return CheckIn(id=row.id, checked_at=as_utc(row.checked_at), mood=row.mood, note=row.note)


class Questionnaires(OwnedRepository):
    def add(self, answers: tuple[int, ...], raw_score: int, now: datetime) -> Who5:
        row = WellbeingRow(
            owner_id=self.owner_id,
            taken_at=now,
            answers=",".join(str(a) for a in answers),
            raw_score=raw_score,
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def latest(self, limit: int) -> list[Who5]:
        """The most recent WHO-5 questionnaires, newest first."""
        query = (
            select(WellbeingRow)
            .where(WellbeingRow.owner_id == self.owner_id)
            .order_by(WellbeingRow.taken_at.desc(), WellbeingRow.id.desc())
            .limit(limit)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @staticmethod
    def to_domain(row: WellbeingRow) -> Who5:
        return Who5(
            id=row.id,
            taken_at=as_utc(row.taken_at),
            answers=tuple(int(a) for a in row.answers.split(",")),
            raw_score=row.raw_score,
            percent=as_percent(row.raw_score),
        )
