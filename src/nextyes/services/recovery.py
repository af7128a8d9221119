"""Recovery plans: started by a rejection, worked through step by step, undone with it."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from nextyes.domain.applications import Application
from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import EventKind, EventSource
from nextyes.domain.evidence_texts import EvidenceCard
from nextyes.domain.fields import LONG_TEXT, optional_text
from nextyes.domain.recovery import PlanInput, StepKind, StepStatus, plan_for
from nextyes.domain.rejections import Rejection
from nextyes.domain.stages import Stage
from nextyes.domain.steps import (
    PlanChanges,
    SnoozeWord,
    Step,
    check_resolvable,
    check_snooze,
    follow_plan,
    snooze_day,
)
from nextyes.domain.weekly import IfThen, WeeklyPlan
from nextyes.services.workspace import Workspace
from nextyes.store.plans import IfThens, Steps
from nextyes.store.reflections import Reflections
from nextyes.store.repositories import Applications, Contacts, Events, Rejections


@dataclass(frozen=True)
class PlanView:
    application: Application
    rejection: Rejection | None
    steps: list[Step]
    week: WeeklyPlan | None  # shown with the jump-back-in step
    if_thens: list[IfThen]
    evidence: list[EvidenceCard]  # shown with the feel step: it is rarely about you


def start_plan(
    session: Session,
    ws: Workspace,
    application: Application,
    rejection: Rejection,
    followed_up_already: bool,
) -> None:
    """Write the plan for a new rejection (inside the rejection's own transaction)."""
    steps = Steps(session, ws.owner_id)
    for step in plan_for(_plan_input(session, ws, application, rejection, followed_up_already)):
        steps.add(step, application.id, rejection.id, ws.clock.now())


def _plan_input(
    session: Session,
    ws: Workspace,
    application: Application,
    rejection: Rejection,
    followed_up_already: bool,
) -> PlanInput:
    """What a plan is written from: the rejection, the people linked, what is recorded."""
    return PlanInput(
        company=application.company,
        role=application.role,
        stage_reached=rejection.stage_reached,
        excitement=application.excitement,
        form=rejection.form,
        rejected_on=rejection.on,
        contacts=tuple(Contacts(session, ws.owner_id).find(application_id=application.id)),
        followed_up_already=followed_up_already,
        feedback_known=_feedback_known(session, ws, application.id, rejection),
    )


def _feedback_known(
    session: Session, ws: Workspace, application_id: int, rejection: Rejection
) -> bool:
    """Feedback is recorded: with the rejection, or in the reflection on it."""
    if rejection.feedback and rejection.feedback.strip():
        return True
    row = Reflections(session, ws.owner_id).for_application(application_id)
    return row is not None and bool((row.feedback or "").strip())


def follow_what_is_known(session: Session, ws: Workspace, application_id: int) -> list[Step]:
    """Bring the open plan of an application in line with what is known now, inside the
    caller's transaction: a person linked gets their own thank-you instead of "find the
    person", a name changed is followed, and feedback recorded closes the request for it.
    Call it after a change to the people linked, their names or roles, or the feedback.
    Returns the steps it ticked off (for a message such as "That also ticks off: ...")."""
    rejections = Rejections(session, ws.owner_id).for_application(application_id)
    application = Applications(session, ws.owner_id).get(application_id)
    if not rejections or application.stage not in (Stage.REJECTED, Stage.GHOSTED):
        return []
    latest = rejections[-1]
    steps = Steps(session, ws.owner_id)
    current = [s for s in steps.for_application(application_id) if s.rejection_id == latest.id]
    if not current:
        return []
    wanted = plan_for(_plan_input(session, ws, application, latest, True))
    changes = follow_plan(current, wanted, ws.clock.today(), latest.on)
    return _apply(session, ws, application_id, latest.id, changes)


def _apply(
    session: Session, ws: Workspace, application_id: int, rejection_id: int, changes: PlanChanges
) -> list[Step]:
    if not changes:
        return []
    steps = Steps(session, ws.owner_id)
    for step_id in changes.drop:
        session.delete(steps.row(step_id))
    for step_id, title, why in changes.retitle:
        row = steps.row(step_id)
        row.title, row.why = title, why
    for planned in changes.add:
        steps.add(planned, application_id, rejection_id, ws.clock.now())
    session.flush()
    return [tick(session, ws, step_id) for step_id in changes.close]


def tick(session: Session, ws: Workspace, step_id: int) -> Step:
    """Mark an open step done because what it asked for has happened (a draft sent, a
    reflection saved, the week planned); its own note stays the person's."""
    row = Steps(session, ws.owner_id).row(step_id)
    check_resolvable(Steps.to_domain(row))
    row.status = StepStatus.DONE.value
    row.resolved_on = ws.clock.today()
    return Steps.to_domain(row)


def tick_open(
    session: Session,
    ws: Workspace,
    application_id: int | None,
    kinds: frozenset[StepKind],
    due_by: date | None = None,
) -> list[Step]:
    """Tick off the open steps of these kinds (of one application, or of every plan when
    `application_id` is None; due by `due_by` when given)."""
    steps = Steps(session, ws.owner_id)
    found = (
        steps.for_application(application_id) if application_id is not None else steps.open_ones()
    )
    return [
        tick(session, ws, s.id)
        for s in found
        if s.is_open and s.kind in kinds and (due_by is None or s.due_on <= due_by)
    ]


def plan_view(ws: Workspace, application_id: int) -> PlanView:
    """An application's plan with what goes beside it (remembered until the data changes)."""
    question = ("plan_view", application_id, ws.clock.today())
    return ws.db.remember(ws.owner_id, question, lambda: _plan_view(ws, application_id))


def _plan_view(ws: Workspace, application_id: int) -> PlanView:
    from nextyes.services.evidence import evidence_cards
    from nextyes.services.weekly import week_plan

    with ws.db.transaction() as session:
        application = Applications(session, ws.owner_id).get(application_id)
        rejections = Rejections(session, ws.owner_id).for_application(application_id)
        steps = Steps(session, ws.owner_id).for_application(application_id)
        wants_week = any(s.kind is StepKind.JUMP_BACK_IN and s.is_open for s in steps)
        return PlanView(
            application=application,
            rejection=rejections[-1] if rejections else None,
            steps=steps,
            week=week_plan(ws) if wants_week else None,
            if_thens=IfThens(session, ws.owner_id).all(),
            evidence=evidence_cards(ws, application_id) if rejections else [],
        )


def complete_step(ws: Workspace, step_id: int, note: str | None = None) -> Step:
    return _resolve(ws, step_id, StepStatus.DONE, note)


def skip_step(ws: Workspace, step_id: int, note: str | None = None) -> Step:
    return _resolve(ws, step_id, StepStatus.SKIPPED, note)


def snooze_step(ws: Workspace, step_id: int, until: date, note: str | None = None) -> Step:
    """Move a step to a later day: after today and after its due day, a year ahead at most."""
    note = optional_text(note, "note", LONG_TEXT)
    with ws.db.transaction() as session:
        row = Steps(session, ws.owner_id).row(step_id)
        check_snooze(Steps.to_domain(row), until, ws.clock.today())
        row.due_on = until
        row.note = note or row.note
        return Steps.to_domain(row)


def snooze_step_to(ws: Workspace, step_id: int, word: SnoozeWord, note: str | None = None) -> Step:
    """Snooze a step to tomorrow, or to next week (a week after it is due, if later)."""
    step = get_step(ws, step_id)
    return snooze_step(ws, step_id, snooze_day(word, step, ws.clock.today()), note)


def _resolve(ws: Workspace, step_id: int, status: StepStatus, note: str | None) -> Step:
    note = optional_text(note, "note", LONG_TEXT)
    with ws.db.transaction() as session:
        row = Steps(session, ws.owner_id).row(step_id)
        check_resolvable(Steps.to_domain(row))
        row.status = status.value
        row.resolved_on = ws.clock.today()
        row.note = note or row.note
        return Steps.to_domain(row)


def undo_rejection(ws: Workspace, application_id: int) -> Application:
    """Remove a rejection entered by mistake: the application goes back to the stage it was
    in, the plan's open steps go, and steps already done stay in the history."""
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        row = applications.row(application_id)
        rejections = Rejections(session, ws.owner_id).for_application(application_id)
        current = Stage(row.stage)
        if current not in (Stage.REJECTED, Stage.GHOSTED) or not rejections:
            raise InvalidInput(f"application {application_id} has no rejection to undo")
        latest = rejections[-1]
        events = Events(session, ws.owner_id).for_application(application_id)
        moved = next(e for e in reversed(events) if e.kind is EventKind.REJECTED)
        assert moved.from_stage is not None
        entered = [
            e.occurred_on for e in events if e.to_stage is moved.from_stage and e.id < moved.id
        ]
        Steps(session, ws.owner_id).delete_open(application_id, rejection_id=latest.id)
        Rejections(session, ws.owner_id).delete(latest.id)
        since = entered[-1] if entered else row.created_on
        applications.change_stage(row, moved.from_stage, since, ws.clock.now())
        Events(session, ws.owner_id).add(
            application_id,
            EventKind.REJECTION_UNDONE,
            ws.clock.today(),
            ws.clock.now(),
            EventSource.TYPED,
            from_stage=current,
            to_stage=moved.from_stage,
        )
        return applications.get(application_id)


def get_step(ws: Workspace, step_id: int) -> Step:
    """One step as it is now (NotFound if it is not this person's)."""
    with ws.db.transaction() as session:
        return Steps.to_domain(Steps(session, ws.owner_id).row(step_id))
