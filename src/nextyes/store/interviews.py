"""Scheduled interviews, scoped to one owner."""

from datetime import UTC, datetime

from sqlalchemy import select

from nextyes.domain.interviews import Interview, NewInterview
from nextyes.store.repositories import OwnedRepository, as_utc
from nextyes.store.tables import InterviewRow


class Interviews(OwnedRepository):
    def add(self, new: NewInterview, now: datetime) -> Interview:
        row = InterviewRow(
            owner_id=self.owner_id,
            application_id=new.application_id,
            # SQLite drops the zone when it stores a timestamp: always write UTC.
            starts_at=new.starts_at.astimezone(UTC),
            minutes=new.minutes,
            title=new.title,
            location=new.location,
            notes=new.notes,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def row(self, interview_id: int) -> InterviewRow:
        row = self.owned(InterviewRow, interview_id, "interview")
        return row

    def get(self, interview_id: int) -> Interview:
        return self.to_domain(self.row(interview_id))

    def find(
        self, application_id: int | None = None, upcoming_from: datetime | None = None
    ) -> list[Interview]:
        """Earliest first; `upcoming_from` keeps those starting at or after that moment."""
        query = select(InterviewRow).where(InterviewRow.owner_id == self.owner_id)
        if application_id is not None:
            query = query.where(InterviewRow.application_id == application_id)
        if upcoming_from is not None:
            # Compared as UTC on both sides, since SQLite stores the wall clock only.
            query = query.where(InterviewRow.starts_at >= upcoming_from.astimezone(UTC))
        query = query.order_by(InterviewRow.starts_at, InterviewRow.id)
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def delete(self, interview_id: int) -> Interview:
        row = self.row(interview_id)
        interview = self.to_domain(row)
        self.session.delete(row)
        return interview

    @staticmethod
    def to_domain(row: InterviewRow) -> Interview:
        return Interview(
            id=row.id,
            application_id=row.application_id,
            starts_at=as_utc(row.starts_at),
            minutes=row.minutes,
            title=row.title,
            location=row.location,
            notes=row.notes,
        )
