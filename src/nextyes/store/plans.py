"""Repositories for recovery: steps, if-then plans, weekly plans (all scoped to one owner)."""

from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, case, delete, func, not_, select

from nextyes.domain.applications import Channel
from nextyes.domain.recovery import PlannedStep, StepKind, StepStatus
from nextyes.domain.steps import Step
from nextyes.domain.weekly import IfThen, WeeklyPlan
from nextyes.store.memo import remembered
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import IfThenRow, StepRow, WeeklyPlanRow

ROLE_SEPARATOR = "\n"


class Steps(OwnedRepository):
    def add(
        self,
        planned: PlannedStep,
        application_id: int,
        rejection_id: int | None,
        now: datetime,
        dedupe_key: str | None = None,
    ) -> StepRow:
        row = StepRow(
            owner_id=self.owner_id,
            application_id=application_id,
            rejection_id=rejection_id,
            contact_id=planned.contact_id,
            kind=planned.kind.value,
            title=planned.title,
            why=planned.why,
            due_on=planned.due_on,
            original_due_on=planned.due_on,
            status=StepStatus.OPEN.value,
            dedupe_key=dedupe_key,
            created_at=now,
        )
        self.session.add(row)
        return row

    def row(self, step_id: int) -> StepRow:
        row = self.owned(StepRow, step_id, "step")
        return row

    def keyed(self, prefix: str) -> dict[str, Step]:
        """Every step whose dedupe key starts with `prefix`, by key."""
        query = select(StepRow).where(
            StepRow.owner_id == self.owner_id,
            StepRow.dedupe_key.startswith(prefix, autoescape=True),
        )
        return {row.dedupe_key or "": self.to_domain(row) for row in self.session.scalars(query)}

    def for_application(self, application_id: int) -> list[Step]:
        query = (
            select(StepRow)
            .where(StepRow.owner_id == self.owner_id, StepRow.application_id == application_id)
            .order_by(StepRow.due_on, StepRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def open_due_by(self, day: date) -> list[Step]:
        query = (
            select(StepRow)
            .where(
                StepRow.owner_id == self.owner_id,
                StepRow.status == StepStatus.OPEN.value,
                StepRow.due_on <= day,
            )
            .order_by(StepRow.due_on, StepRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @remembered
    def open_due_counts(
        self, day: date, leave_out: Collection[StepKind], up_to: int
    ) -> tuple[int, int]:
        """How many open steps are due by `day`, kinds in `leave_out` aside: (plan steps,
        follow-ups the sweep asked for). Counting stops at `up_to` steps, so a list
        left for months costs no more to count than a full page."""
        asked = case((_sweep_follow_up(), 1), else_=0)
        due = (
            select(asked.label("asked"))
            .where(*self._open_due(day), StepRow.kind.not_in([k.value for k in leave_out]))
            .limit(up_to)
            .subquery()
        )
        query = select(func.count(), func.coalesce(func.sum(due.c.asked), 0))
        total, follow_ups = self.session.execute(query).one()
        return int(total) - int(follow_ups), int(follow_ups)

    def open_due_first(
        self, day: date, leave_out: Collection[StepKind], follow_ups: bool, limit: int
    ) -> list[Step]:
        """The first `limit` open steps due by `day`, oldest first: the sweep's follow-ups,
        or (follow_ups=False) every other step; kinds in `leave_out` aside."""
        asked = _sweep_follow_up()
        query = (
            select(StepRow)
            .where(
                *self._open_due(day),
                StepRow.kind.not_in([k.value for k in leave_out]),
                asked if follow_ups else not_(asked),
            )
            .order_by(StepRow.due_on, StepRow.id)
            .limit(limit)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def open_due_of(
        self, day: date, kinds: Collection[StepKind], application_ids: Collection[int]
    ) -> list[Step]:
        """Open steps of these kinds due by `day` on these applications, oldest first."""
        if not application_ids or not kinds:
            return []
        # Found through the (owner, application) index: a handful of rows, whereas the
        # (owner, status, due) index would walk every open step due.
        query = select(StepRow).where(
            StepRow.owner_id == self.owner_id,
            StepRow.application_id.in_(list(application_ids)),
            StepRow.kind.in_([k.value for k in kinds]),
        )
        found = [self.to_domain(row) for row in self.session.scalars(query)]
        due = [s for s in found if s.status is StepStatus.OPEN and s.due_on <= day]
        return sorted(due, key=lambda s: (s.due_on, s.id))

    def due_on(self, day: date, kind: StepKind, statuses: Collection[StepStatus]) -> list[Step]:
        """Steps of one kind due exactly on `day`, in these statuses."""
        found: list[Step] = []
        for status in statuses:  # one exact (status, day) lookup each in the due index
            query = select(StepRow).where(
                StepRow.owner_id == self.owner_id,
                StepRow.status == status.value,
                StepRow.due_on == day,
                StepRow.kind == kind.value,
            )
            found += [self.to_domain(row) for row in self.session.scalars(query)]
        return sorted(found, key=lambda s: s.id)

    def _open_due(self, day: date) -> tuple[ColumnElement[bool], ...]:
        return (
            StepRow.owner_id == self.owner_id,
            StepRow.status == StepStatus.OPEN.value,
            StepRow.due_on <= day,
        )

    def open_ones(self) -> list[Step]:
        query = (
            select(StepRow)
            .where(StepRow.owner_id == self.owner_id, StepRow.status == StepStatus.OPEN.value)
            .order_by(StepRow.due_on, StepRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def delete_open(
        self,
        application_id: int,
        *,
        rejection_id: int | None = None,
        sweep_follow_ups: bool = False,
    ) -> None:
        """Remove open steps of one rejection's plan, or the sweep's open follow-ups; steps
        already done or skipped stay in the history."""
        query = delete(StepRow).where(
            StepRow.owner_id == self.owner_id,
            StepRow.application_id == application_id,
            StepRow.status == StepStatus.OPEN.value,
        )
        if sweep_follow_ups:
            query = query.where(
                StepRow.rejection_id.is_(None), StepRow.kind == StepKind.FOLLOW_UP.value
            )
        else:
            query = query.where(StepRow.rejection_id == rejection_id)
        # "fetch": drop just the deleted rows from the session. The default checks every
        # step the session holds, which grows without bound inside one long transaction
        # (loading the demo, an import).
        self.session.execute(query, execution_options={"synchronize_session": "fetch"})

    @staticmethod
    def to_domain(row: StepRow) -> Step:
        return Step(
            id=row.id,
            application_id=row.application_id,
            kind=StepKind(row.kind),
            title=row.title,
            why=row.why,
            due_on=row.due_on,
            original_due_on=row.original_due_on,
            status=StepStatus(row.status),
            rejection_id=row.rejection_id,
            contact_id=row.contact_id,
            note=row.note,
            resolved_on=row.resolved_on,
        )


def _sweep_follow_up() -> ColumnElement[bool]:
    """A follow-up the silence sweep asked for (it belongs to no rejection's plan)."""
    return and_(StepRow.kind == StepKind.FOLLOW_UP.value, StepRow.rejection_id.is_(None))


class IfThens(OwnedRepository):
    def add(self, cue: str, action: str, now: datetime) -> IfThen:
        row = IfThenRow(owner_id=self.owner_id, cue=cue, action=action, created_at=now)
        self.session.add(row)
        self.session.flush()
        return IfThen(row.id, row.cue, row.action)

    def all(self) -> list[IfThen]:
        query = select(IfThenRow).where(IfThenRow.owner_id == self.owner_id).order_by(IfThenRow.id)
        return [IfThen(r.id, r.cue, r.action) for r in self.session.scalars(query)]


class WeeklyPlans(OwnedRepository):
    def for_week(self, week_of: date) -> WeeklyPlan | None:
        row = self.session.scalar(
            select(WeeklyPlanRow).where(
                WeeklyPlanRow.owner_id == self.owner_id, WeeklyPlanRow.week_of == week_of
            )
        )
        if row is None:
            return None
        return WeeklyPlan(
            week_of=row.week_of,
            applications_target=row.applications_target,
            channel=Channel(row.channel) if row.channel else None,
            channel_reason="",
            schedule=row.schedule or "",
            roles=[r for r in (row.roles or "").split(ROLE_SEPARATOR) if r],
            saved=True,
        )

    def save(self, plan: WeeklyPlan, now: datetime) -> None:
        row = self.session.scalar(
            select(WeeklyPlanRow).where(
                WeeklyPlanRow.owner_id == self.owner_id, WeeklyPlanRow.week_of == plan.week_of
            )
        )
        if row is None:
            row = WeeklyPlanRow(owner_id=self.owner_id, week_of=plan.week_of, created_at=now)
            self.session.add(row)
        row.applications_target = plan.applications_target
        row.channel = plan.channel.value if plan.channel else None
        row.schedule = plan.schedule
        row.roles = ROLE_SEPARATOR.join(plan.roles)
