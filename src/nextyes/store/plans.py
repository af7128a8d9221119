"""Repositories for recovery: steps, if-then plans, weekly plans (all scoped to one owner)."""

from datetime import date, datetime

from sqlalchemy import delete, select

from nextyes.domain.applications import Channel
from nextyes.domain.errors import NotFound
from nextyes.domain.recovery import PlannedStep, StepKind, StepStatus
from nextyes.domain.steps import Step
from nextyes.domain.weekly import IfThen, WeeklyPlan
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
        row = self.session.scalar(
            select(StepRow).where(StepRow.id == step_id, StepRow.owner_id == self.owner_id)
        )
        if row is None:
            raise NotFound(f"no step with id {step_id}")
        return row

    def by_key(self, dedupe_key: str) -> Step | None:
        row = self.session.scalar(
            select(StepRow).where(
                StepRow.owner_id == self.owner_id, StepRow.dedupe_key == dedupe_key
            )
        )
        return self.to_domain(row) if row else None

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

    def of_kind(self, kind: StepKind) -> list[Step]:
        query = select(StepRow).where(StepRow.owner_id == self.owner_id, StepRow.kind == kind.value)
        return [self.to_domain(row) for row in self.session.scalars(query)]

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
        self.session.execute(query)

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
