"""Applications: add, list, show, move between stages, record a rejection."""

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.contacts import Contact
from nextyes.domain.duplicates import alike
from nextyes.domain.errors import IllegalTransition, InvalidInput, NextYesError
from nextyes.domain.events import Event, EventKind, EventSource, check_event_day
from nextyes.domain.fields import LONG_TEXT, excitement_level, optional_text
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import Rejection, RejectionForm, rejection_outcome
from nextyes.domain.stages import Stage, allowed_moves
from nextyes.services.recovery import start_plan
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.repositories import (
    ApplicationFilter,
    Applications,
    Contacts,
    Events,
    Rejections,
)
from nextyes.store.tables import ApplicationRow


@dataclass(frozen=True)
class ApplicationDetail:
    application: Application
    events: list[Event]
    rejections: list[Rejection]
    contacts: list[Contact]


@dataclass(frozen=True)
class RejectionRecorded:
    application: Application
    rejection: Rejection
    already_recorded: bool


@dataclass(frozen=True)
class SimilarApplication:
    """An application already in the search that looks like the one being added."""

    application: Application
    rejection: Rejection | None  # its latest "no" or silence, if any

    def describe(self) -> str:
        a = self.application
        said = f"{a.role} at {a.company} (#{a.id}"
        said += f", applied {a.applied_on.isoformat()}" if a.applied_on else ", saved"
        if self.rejection is not None:
            how = "went quiet" if self.rejection.form is RejectionForm.SILENCE else "said no"
            said += f"; they {how} on {self.rejection.on.isoformat()}"
        elif a.stage not in (Stage.SAVED, Stage.APPLIED):
            said += f"; now {a.stage.label.lower()}"
        return said + ")"


class AlreadyInSearch(NextYesError):
    """The application being added looks like one already in the search: the person
    chooses whether to add it anyway (a second application is worth recording too)."""

    def __init__(self, similar: list[SimilarApplication]) -> None:
        self.similar = similar
        listed = "; ".join(s.describe() for s in similar[:3])
        super().__init__(f"you already have {listed}")


def similar_applications(
    ws: Workspace,
    company: str,
    role: str,
    leave_out: int | None = None,
    link: str | None = None,
) -> list[SimilarApplication]:
    """Applications that look like this company and role, or were saved from the same
    posting's address (domain/duplicates.py), newest first, each with its latest rejection."""
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        known = applications.postings()
        ids = [i for i in alike(known, company, role, link) if i != leave_out]
        found = sorted(applications.by_ids(ids).values(), key=lambda a: a.id, reverse=True)
        rejections = Rejections(session, ws.owner_id)
        similar = []
        for application in found:
            said = rejections.for_application(application.id)
            similar.append(SimilarApplication(application, said[-1] if said else None))
        return similar


@dataclass(frozen=True)
class AppliedAgain:
    """An application's links to the same posting: the earlier application it applied
    again after, and the later ones that applied again after it."""

    earlier: SimilarApplication | None
    later: list[Application]


def applied_again(ws: Workspace, application: Application) -> AppliedAgain:
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        later = applications.applied_again(application.id)
        found = applications.by_ids([application.earlier_id]) if application.earlier_id else {}
        earlier = next(iter(found.values()), None)
        if earlier is None:  # none, or deleted since: nothing to show
            return AppliedAgain(None, later)
        said = Rejections(session, ws.owner_id).for_application(earlier.id)
        return AppliedAgain(SimilarApplication(earlier, said[-1] if said else None), later)


def add_application(
    ws: Workspace,
    new: NewApplication,
    source: EventSource = EventSource.TYPED,
    allow_duplicate: bool = True,
    link_earlier: bool = False,
) -> Application:
    """Add an application. With `allow_duplicate=False` (what a person typing it gets
    first), one that looks like an application already there is refused with
    AlreadyInSearch, which names it, so the person can choose. With `link_earlier` (the
    person chose to add it anyway), it is linked to the newest look-alike: applying again
    is a fact of its own, with a history behind it."""
    clean = new.validated(ws.clock.today())
    now = ws.clock.now()
    with ws.db.transaction(write=True) as session:
        applications = Applications(session, ws.owner_id)
        if clean.earlier_id is not None:
            applications.get(clean.earlier_id)  # NotFound unless it is this person's
        if not allow_duplicate or (link_earlier and clean.earlier_id is None):
            applications.lock_owner()
            similar = similar_applications(ws, clean.company, clean.role, link=clean.link)
            if similar and not allow_duplicate:
                raise AlreadyInSearch(similar)
            if similar:
                clean = replace(clean, earlier_id=similar[0].application.id)
        row = Applications(session, ws.owner_id).add(clean, now)
        assert clean.on is not None
        Events(session, ws.owner_id).add(
            row.id, EventKind.CREATED, clean.on, now, source, to_stage=clean.stage
        )
        return Applications.to_domain(row)


def list_applications(
    ws: Workspace, stage: Stage | None = None, channel: Channel | None = None
) -> list[Application]:
    with ws.db.transaction() as session:
        return Applications(session, ws.owner_id).find(stage, channel)


PAGE_LIMIT = 200  # applications in one page of a search: enough for a screen, cheap to send


@dataclass(frozen=True)
class ApplicationsPage:
    items: list[Application]
    total: int  # how many match, on every page
    limit: int
    offset: int


def search_applications(
    ws: Workspace,
    stage: Stage | None = None,
    channel: Channel | None = None,
    text: str | None = None,
    limit: int = 50,
    offset: int = 0,
    min_excitement: int | None = None,
) -> ApplicationsPage:
    """One page of the applications that match, found in the database (never all loaded):
    `text` is looked for in the company and the role, ignoring case."""
    if not 1 <= limit <= PAGE_LIMIT:
        raise InvalidInput(f"limit must be from 1 to {PAGE_LIMIT}, got {limit}")
    if offset < 0:
        raise InvalidInput(f"offset must not be negative, got {offset}")
    only = ApplicationFilter(
        channel=channel,
        text=optional_text(text, "search text"),
        min_excitement=None if min_excitement is None else excitement_level(min_excitement),
    )
    with ws.db.transaction() as session:
        items, total = Applications(session, ws.owner_id).page(stage, only, limit, offset)
    return ApplicationsPage(items, total, limit, offset)


def application_detail(ws: Workspace, application_id: int) -> ApplicationDetail:
    """An application with its timeline, rejections and people (remembered until the
    person's data changes)."""
    question = ("application_detail", application_id)
    return ws.db.remember(ws.owner_id, question, lambda: _detail(ws, application_id))


def _detail(ws: Workspace, application_id: int) -> ApplicationDetail:
    with ws.db.transaction() as session:
        application = Applications(session, ws.owner_id).get(application_id)
        return ApplicationDetail(
            application=application,
            events=Events(session, ws.owner_id).for_application(application_id),
            rejections=Rejections(session, ws.owner_id).for_application(application_id),
            contacts=Contacts(session, ws.owner_id).find(application_id=application_id),
        )


def move_application(
    ws: Workspace,
    application_id: int,
    stage: Stage,
    on: date | None = None,
    source: EventSource = EventSource.TYPED,
    note: str | None = None,
) -> Application:
    """Move an application to a new stage; rejected and ghosted go through record_rejection."""
    if stage in (Stage.REJECTED, Stage.GHOSTED):
        form = RejectionForm.EXPLICIT if stage is Stage.REJECTED else RejectionForm.SILENCE
        return record_rejection(
            ws, application_id, form, on, reason=note, source=source
        ).application
    today = ws.clock.today()
    note = optional_text(note, "note", LONG_TEXT)
    with ws.db.transaction(write=True) as session:
        row = Applications(session, ws.owner_id).row(application_id, lock=True)
        current = Stage(row.stage)
        if stage not in allowed_moves(current):
            raise IllegalTransition(_no_move_message(current, stage))
        day = check_event_day(on or today, row.stage_since, today)
        _set_stage(session, ws, row, current, stage, day, source, note)
        if current is Stage.GHOSTED:  # they replied after all: the silence plan can go
            latest = Rejections(session, ws.owner_id).for_application(application_id)[-1]
            Steps(session, ws.owner_id).delete_open(application_id, rejection_id=latest.id)
        return Applications(session, ws.owner_id).get(application_id)


def record_rejection(
    ws: Workspace,
    application_id: int,
    form: RejectionForm,
    on: date | None = None,
    reason: str | None = None,
    feedback: str | None = None,
    source: EventSource = EventSource.TYPED,
    followed_up_already: bool = False,
) -> RejectionRecorded:
    """Record a "no" or a silence and start its recovery plan. The same rejection recorded
    twice changes nothing."""
    today = ws.clock.today()
    reason = optional_text(reason, "reason", LONG_TEXT)
    feedback = optional_text(feedback, "feedback", LONG_TEXT)
    with ws.db.transaction(write=True) as session:
        applications = Applications(session, ws.owner_id)
        rejections = Rejections(session, ws.owner_id)
        # Locked while checked and written: the same "no" sent twice at once is one "no".
        row = applications.row(application_id, lock=True)
        current = Stage(row.stage)
        earlier = rejections.for_application(application_id)
        reached_before = earlier[-1].stage_reached if earlier else None
        outcome = rejection_outcome(current, form, reached_before)
        if outcome.already_recorded and earlier:
            return RejectionRecorded(applications.to_domain(row), earlier[-1], True)
        day = check_event_day(on or today, row.stage_since, today)
        rejection = rejections.add(
            application_id, form, outcome.stage_reached, day, reason, feedback, ws.clock.now()
        )
        _set_stage(session, ws, row, current, outcome.to_stage, day, source, reason)
        steps = Steps(session, ws.owner_id)
        if earlier:  # a late "no" after a silence replaces the silence's plan
            steps.delete_open(application_id, rejection_id=earlier[-1].id)
        followed_up = (
            followed_up_already
            or bool(earlier)
            or any(
                s.kind is StepKind.FOLLOW_UP and s.status is StepStatus.DONE
                for s in steps.for_application(application_id)
            )
        )
        application = applications.get(application_id)
        start_plan(session, ws, application, rejection, followed_up)
        return RejectionRecorded(application, rejection, False)


def _set_stage(
    session: Session,
    ws: Workspace,
    row: ApplicationRow,
    current: Stage,
    stage: Stage,
    day: date,
    source: EventSource,
    note: str | None,
) -> None:
    now = ws.clock.now()
    Applications(session, ws.owner_id).change_stage(row, stage, day, now)
    # Any change of stage is an answer: a follow-up the silence sweep asked for is moot.
    Steps(session, ws.owner_id).delete_open(row.id, sweep_follow_ups=True)
    kind = (
        EventKind.REJECTED if stage in (Stage.REJECTED, Stage.GHOSTED) else EventKind.STAGE_CHANGED
    )
    Events(session, ws.owner_id).add(
        row.id, kind, day, now, source, from_stage=current, to_stage=stage, note=note
    )


def _no_move_message(current: Stage, target: Stage) -> str:
    if current is target:
        return f"the application is already in {current.value}"
    allowed = allowed_moves(current)
    if not allowed:
        return f"cannot move from {current.value} to {target.value}: {current.value} is final"
    names = ", ".join(s.value for s in Stage if s in allowed)
    return (
        f"cannot move from {current.value} to {target.value};"
        f" from {current.value} it can go to: {names}"
    )
