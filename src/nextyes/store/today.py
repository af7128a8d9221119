"""What Today reads, scoped to one owner: a bounded handful of due steps and interviews.

Every query here fetches a number of rows set by its arguments, never by the size of the
search, so Today costs the same with 30 applications or 30,000 (tests/test_today_scaling.py)."""

from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, distinct, func, not_, select, union_all

from nextyes.domain.interviews import Interview
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.steps import Step
from nextyes.store.interviews import Interviews
from nextyes.store.plans import Steps
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import InterviewRow, StepRow


class DueSteps(OwnedRepository):
    def candidates(
        self, day: date, kinds: Collection[StepKind], fresh_from: date, per_kind: int, quiet: int
    ) -> list[Step]:
        """In one statement, for each of `kinds` (the sweep's follow-ups aside): its
        `per_kind` open steps due from `fresh_from` to `day` that have waited longest, and
        its `per_kind` due before `fresh_from` that are least late; and the `quiet` oldest
        follow-ups the sweep asked for. Each part reads the (owner, status, kind, due)
        index from one end. Oldest first, each step once."""
        parts: list[Select[tuple[int]]] = []
        for kind in sorted(kinds):
            parts.append(self._part(kind, fresh_from, day, per_kind, newest=False))
            parts.append(self._part(kind, None, fresh_from - timedelta(days=1), per_kind, True))
        if quiet > 0:
            parts.append(self._part(StepKind.FOLLOW_UP, None, day, quiet, False, sweep=True))
        if not parts:
            return []
        wanted = union_all(*parts).subquery()
        query = (
            select(StepRow)
            .where(StepRow.owner_id == self.owner_id, StepRow.id.in_(select(wanted.c.id)))
            .order_by(StepRow.due_on, StepRow.id)
        )
        return [Steps.to_domain(row) for row in self.session.scalars(query)]

    def _part(
        self,
        kind: StepKind,
        first: date | None,
        last: date,
        limit: int,
        newest: bool,
        sweep: bool = False,
    ) -> Select[tuple[int]]:
        query = select(StepRow.id).where(
            StepRow.owner_id == self.owner_id,
            StepRow.status == StepStatus.OPEN.value,
            StepRow.kind == kind.value,
            StepRow.due_on <= last,
        )
        if first is not None:
            query = query.where(StepRow.due_on >= first)
        if kind is StepKind.FOLLOW_UP:
            query = query.where(_sweep_follow_up() if sweep else not_(_sweep_follow_up()))
        order = (StepRow.due_on.desc(), StepRow.id) if newest else (StepRow.due_on, StepRow.id)
        # A subquery of its own: SQLite takes no ORDER BY or LIMIT in a UNION's parts.
        inner = query.order_by(*order).limit(limit).subquery()
        return select(inner.c.id)

    def application_page(
        self,
        day: date,
        leave_out: Collection[StepKind],
        quiet: bool | None,
        limit: int,
        offset: int,
    ) -> tuple[list[int], int]:
        """Applications with open steps due by `day` (kinds in `leave_out` aside; only the
        sweep's follow-ups with quiet=True, none of them with quiet=False), the one with the
        longest-waiting step first: one page of their ids, and how many there are in all."""
        where = self._due(day, leave_out, quiet)
        first = func.min(StepRow.due_on)
        query = (
            select(StepRow.application_id)
            .where(*where)
            .group_by(StepRow.application_id)
            .order_by(first, StepRow.application_id)
            .limit(limit)
            .offset(offset)
        )
        ids = list(self.session.scalars(query))
        total = self.session.scalar(
            select(func.count(distinct(StepRow.application_id))).where(*where)
        )
        return ids, int(total or 0)

    def due_of(
        self,
        day: date,
        application_ids: Sequence[int],
        leave_out: Collection[StepKind],
        quiet: bool | None,
    ) -> list[Step]:
        """The open steps due by `day` of these applications, oldest first."""
        if not application_ids:
            return []
        query = (
            select(StepRow)
            .where(
                *self._due(day, leave_out, quiet),
                StepRow.application_id.in_(list(application_ids)),
            )
            .order_by(StepRow.due_on, StepRow.id)
        )
        return [Steps.to_domain(row) for row in self.session.scalars(query)]

    def _due(
        self, day: date, leave_out: Collection[StepKind], quiet: bool | None
    ) -> list[ColumnElement[bool]]:
        where = [
            StepRow.owner_id == self.owner_id,
            StepRow.status == StepStatus.OPEN.value,
            StepRow.due_on <= day,
            StepRow.kind.not_in([k.value for k in leave_out]),
        ]
        if quiet is not None:
            where.append(_sweep_follow_up() if quiet else not_(_sweep_follow_up()))
        return where


class SoonInterviews(OwnedRepository):
    def starting_between(self, first: datetime, last: datetime, limit: int) -> list[Interview]:
        """Interviews starting from `first` up to (not including) `last`, earliest first, at
        most `limit`; both moments aware (compared in UTC, as they are stored)."""
        query = (
            select(InterviewRow)
            .where(
                InterviewRow.owner_id == self.owner_id,
                # In UTC on both sides: SQLite keeps the wall clock only.
                InterviewRow.starts_at >= first.astimezone(UTC),
                InterviewRow.starts_at < last.astimezone(UTC),
            )
            .order_by(InterviewRow.starts_at, InterviewRow.id)
            .limit(limit)
        )
        return [Interviews.to_domain(row) for row in self.session.scalars(query)]


def _sweep_follow_up() -> ColumnElement[bool]:
    """A follow-up the silence sweep asked for (it belongs to no rejection's plan)."""
    return and_(StepRow.kind == StepKind.FOLLOW_UP.value, StepRow.rejection_id.is_(None))
