"""Delete anything a person recorded, into a trash kept TRASH_DAYS days; restore it in one
click. What hangs off a thing goes with it (an application's timeline, plan, drafts,
interviews and reflection; a contact's links and interactions) and comes back with it.

Derived figures follow by themselves: insights and Today read the rows that are there, and
the lessons' skills list is counted again from the reflections that remain."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nextyes.domain.corrections import check_removable, replay
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.events import Event, EventKind
from nextyes.domain.lessons import skill_mentions
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.weekly import monday_of
from nextyes.services.recovery import follow_what_is_known
from nextyes.services.workspace import Workspace
from nextyes.store.reflections import Reflections, Skills
from nextyes.store.repositories import (
    Applications,
    Contacts,
    Events,
    OwnedRepository,
    Rejections,
)
from nextyes.store.tables import (
    ApplicationRow,
    Base,
    CheckInRow,
    ContactRow,
    DraftRow,
    EventRow,
    IfThenRow,
    InterviewRow,
    PastJobRow,
    ReflectionRow,
    WeeklyPlanRow,
    WellbeingRow,
    WritingRow,
)
from nextyes.store.trash import Detached, Part, Restored, Shape, Trash, TrashItem

TRASH_DAYS = 30


class Kind(StrEnum):
    """Everything a person can delete (and restore)."""

    APPLICATION = "application"
    EVENT = "event"  # a timeline entry
    CONTACT = "contact"
    INTERVIEW = "interview"
    CHECKIN = "checkin"
    WHO5 = "who5"
    IF_THEN = "if_then"
    WEEKLY_PLAN = "weekly_plan"
    PAST_JOB = "past_job"
    DRAFT = "draft"
    REFLECTION = "reflection"
    WRITING = "writing"

    @property
    def words(self) -> str:
        return WORDS[self]


WORDS = {
    Kind.APPLICATION: "application",
    Kind.EVENT: "timeline entry",
    Kind.CONTACT: "contact",
    Kind.INTERVIEW: "interview",
    Kind.CHECKIN: "check-in",
    Kind.WHO5: "WHO-5 questionnaire",
    Kind.IF_THEN: "if-then plan",
    Kind.WEEKLY_PLAN: "weekly plan",
    Kind.PAST_JOB: "past job",
    Kind.DRAFT: "draft",
    Kind.REFLECTION: "reflection",
    Kind.WRITING: "piece of writing",
}

OF_APPLICATION = ("events", "rejections", "steps", "contact_links", "interviews")
SHAPES: dict[Kind, Shape] = {
    Kind.APPLICATION: Shape(
        "applications",
        parts=tuple(
            Part(table, "application_id") for table in (*OF_APPLICATION, "reflections", "drafts")
        ),
        detached=(
            *(
                Detached(table, "application_id", "applications")
                for table in (
                    "interactions",
                    "practice_questions",
                    "inbox_messages",
                    "inbox_review",
                )
            ),
            # A later application to the same posting keeps its place, without the link.
            Detached("applications", "earlier_id", "applications"),
        ),
    ),
    Kind.CONTACT: Shape(
        "contacts",
        parts=(Part("contact_links", "contact_id"), Part("interactions", "contact_id")),
        detached=(
            Detached("steps", "contact_id", "contacts"),
            Detached("drafts", "contact_id", "contacts"),
        ),
    ),
    Kind.EVENT: Shape("events"),
    Kind.INTERVIEW: Shape("interviews"),
    Kind.CHECKIN: Shape("checkins"),
    Kind.WHO5: Shape("wellbeing"),
    Kind.IF_THEN: Shape("if_then_plans"),
    Kind.WEEKLY_PLAN: Shape("weekly_plans"),
    Kind.PAST_JOB: Shape("past_jobs"),
    Kind.DRAFT: Shape("drafts"),
    Kind.REFLECTION: Shape("reflections"),
    Kind.WRITING: Shape("writing_entries"),
}
# A "no" goes with the rejection it recorded and that rejection's plan.
REJECTION = Shape(
    "rejections",
    parts=(Part("steps", "rejection_id"),),
    detached=(Detached("reflections", "rejection_id", "rejections"),),
)
ROWS: dict[Kind, type[Base]] = {
    Kind.APPLICATION: ApplicationRow,
    Kind.EVENT: EventRow,
    Kind.CONTACT: ContactRow,
    Kind.INTERVIEW: InterviewRow,
    Kind.CHECKIN: CheckInRow,
    Kind.WHO5: WellbeingRow,
    Kind.IF_THEN: IfThenRow,
    Kind.WEEKLY_PLAN: WeeklyPlanRow,
    Kind.PAST_JOB: PastJobRow,
    Kind.DRAFT: DraftRow,
    Kind.REFLECTION: ReflectionRow,
    Kind.WRITING: WritingRow,
}


@dataclass(frozen=True)
class Deleted:
    trash_id: int
    kind: Kind
    item_id: int
    label: str
    application_id: int | None  # the application it belonged to, where there is one


def delete_item(ws: Workspace, kind: Kind, item_id: int) -> Deleted:
    """Move one thing (and what hangs off it) to the trash. NotFound for anyone else's."""
    with ws.db.transaction(write=True) as session:
        owned = OwnedRepository(session, ws.owner_id)
        row: Any = owned.owned(ROWS[kind], item_id, kind.words, lock=True)
        label = _label(session, ws, kind, row)
        application_id = getattr(row, "application_id", None)
        linked_before = (
            Contacts(session, ws.owner_id).links_of(item_id) if kind is Kind.CONTACT else ()
        )
        trash = Trash(session, ws.owner_id)
        if kind is Kind.EVENT:
            trash_id = _delete_entry(session, ws, trash, row, label)
        else:
            trash_id = trash.take(kind.value, [(SHAPES[kind], item_id)], label, ws.clock.now())
        if kind in (Kind.APPLICATION, Kind.REFLECTION):
            _count_skills_again(session, ws)
        if kind is Kind.CONTACT:  # plans that named them ask again for the person to thank
            for linked in linked_before:
                _follow_plan(session, ws, linked)
        trash.empty_before(ws.clock.now() - timedelta(days=TRASH_DAYS))
        return Deleted(trash_id, kind, item_id, label, application_id)


def delete_reflection_of(ws: Workspace, application_id: int) -> Deleted:
    """Delete an application's post-mortem (NotFound if it has none)."""
    with ws.db.transaction() as session:
        Applications(session, ws.owner_id).row(application_id)
        row = Reflections(session, ws.owner_id).for_application(application_id)
        if row is None:
            raise NotFound(f"application {application_id} has no reflection")
        reflection_id = row.id
    return delete_item(ws, Kind.REFLECTION, reflection_id)


def delete_week_plan(ws: Workspace) -> Deleted:
    """Let go of this week's own plan: the suggestion drawn from the search comes back."""
    with ws.db.transaction() as session:
        week = monday_of(ws.clock.today())
        plan_id = session.scalar(
            select(WeeklyPlanRow.id).where(
                WeeklyPlanRow.owner_id == ws.owner_id, WeeklyPlanRow.week_of == week
            )
        )
    if plan_id is None:
        raise NotFound("there is no plan of your own for this week (only a suggestion)")
    return delete_item(ws, Kind.WEEKLY_PLAN, plan_id)


def restore_item(ws: Workspace, trash_id: int) -> Restored:
    """Put something back from the trash, as it was."""
    with ws.db.transaction(write=True) as session:
        trash = Trash(session, ws.owner_id)
        item = trash.item(trash_id)
        if item.kind == Kind.EVENT.value:
            _check_entry_can_return(session, ws, trash_id)
        restored = trash.restore(trash_id)
        if item.kind == Kind.EVENT.value:
            _follow_timeline(session, ws, _entry_application(session, ws, restored))
        if item.kind in (Kind.APPLICATION.value, Kind.REFLECTION.value):
            _count_skills_again(session, ws)
        if item.kind == Kind.CONTACT.value:
            for linked in Contacts(session, ws.owner_id).links_of(restored.item_id):
                _follow_plan(session, ws, linked)
        return restored


def trash_items(ws: Workspace) -> list[TrashItem]:
    """What is in the trash, most recently deleted first (at most 200)."""
    with ws.db.transaction() as session:
        return Trash(session, ws.owner_id).items()


def empty_trash(ws: Workspace, older_than_days: int = TRASH_DAYS) -> int:
    """Forget for good what was deleted more than `older_than_days` ago (0: everything)."""
    if not 0 <= older_than_days <= 3650:
        raise InvalidInput(f"days must be from 0 to 3650, got {older_than_days}")
    cutoff = ws.clock.now() - timedelta(days=older_than_days)
    with ws.db.transaction(write=True) as session:
        return Trash(session, ws.owner_id).empty_before(cutoff + timedelta(microseconds=1))


# -- timeline entries ---------------------------------------------------------------------


def _delete_entry(session: Session, ws: Workspace, trash: Trash, row: EventRow, label: str) -> int:
    events = Events(session, ws.owner_id).for_application(row.application_id)
    entry = Events.to_domain(row)
    check_removable(events, entry)
    pieces = [(SHAPES[Kind.EVENT], row.id)]
    if entry.kind is EventKind.REJECTED:
        rejection = _rejection_of(session, ws, entry)
        if rejection is not None:
            pieces.append((REJECTION, rejection))
    application_id = row.application_id
    trash_id = trash.take(Kind.EVENT.value, pieces, label, ws.clock.now())
    _follow_timeline(session, ws, application_id)
    return trash_id


def _rejection_of(session: Session, ws: Workspace, entry: Event) -> int | None:
    """The rejection a "heard no" or "went quiet" entry recorded."""
    form = RejectionForm.SILENCE if entry.to_stage is Stage.GHOSTED else RejectionForm.EXPLICIT
    for rejection in Rejections(session, ws.owner_id).for_application(entry.application_id):
        if rejection.form is form and rejection.on == entry.occurred_on:
            return rejection.id
    return None


def _check_entry_can_return(session: Session, ws: Workspace, trash_id: int) -> None:
    """A move comes back only onto the stage it left: if the application has moved on
    since, putting it back would make a timeline that never happened."""
    saved = Trash(session, ws.owner_id).saved_rows(trash_id, "events")
    if not saved:
        return
    entry = saved[0]
    if entry["to_stage"] is None or entry["kind"] in (k.value for k in (EventKind.CREATED,)):
        return
    application = Applications(session, ws.owner_id).row(entry["application_id"], lock=True)
    if application.stage != entry["from_stage"]:
        raise InvalidInput(
            f"{application.company} has moved on since (it is now"
            f" {Stage(application.stage).label.lower()}), so this move cannot come back;"
            " move it again instead"
        )


def _entry_application(session: Session, ws: Workspace, restored: Restored) -> int:
    row = OwnedRepository(session, ws.owner_id).owned(EventRow, restored.item_id, "entry")
    return row.application_id


def _follow_timeline(session: Session, ws: Workspace, application_id: int) -> None:
    """Set an application's stage, dates and summary from the events it has now."""
    follow_timeline(session, ws, application_id)


def follow_timeline(session: Session, ws: Workspace, application_id: int) -> None:
    session.flush()
    events = Events(session, ws.owner_id).for_application(application_id)
    now = replay(events)
    row = Applications(session, ws.owner_id).row(application_id)
    row.stage = now.stage.value
    row.stage_since = now.stage_since
    row.created_on = now.created_on
    row.applied_on = now.applied_on
    row.reached = now.summary.reached
    row.said_no = now.summary.said_no
    row.went_quiet = now.summary.went_quiet
    row.first_reply_on = now.summary.first_reply_on
    row.updated_at = ws.clock.now()


def _follow_plan(session: Session, ws: Workspace, application_id: int) -> None:
    session.flush()
    follow_what_is_known(session, ws, application_id)


def _count_skills_again(session: Session, ws: Workspace) -> None:
    session.flush()
    mentions = skill_mentions(Reflections(session, ws.owner_id).all())
    Skills(session, ws.owner_id).sync(mentions, ws.clock.now())


# -- labels: what the trash calls each thing ------------------------------------------------


def _label(session: Session, ws: Workspace, kind: Kind, row: Any) -> str:
    return LABELS[kind](session, ws, row)[:300]


def _application_words(session: Session, ws: Workspace, application_id: int) -> str:
    found = Applications(session, ws.owner_id).row(application_id)
    return f"{found.role} at {found.company}"


def _entry_words(session: Session, ws: Workspace, row: EventRow) -> str:
    entry = Events.to_domain(row)
    at = _application_words(session, ws, row.application_id)
    if entry.kind is EventKind.REJECTED:
        said = "went quiet" if entry.to_stage is Stage.GHOSTED else "the no"
        return f"{at}: {said}"
    if entry.kind is EventKind.REPLY_RECEIVED:
        return f"{at}: a reply"
    if entry.kind is EventKind.CONTACT_LINKED:
        return f"{at}: linked {entry.note or 'a contact'}"
    to = entry.to_stage.label.lower() if entry.to_stage else "another stage"
    return f"{at}: the move to {to}"


LABELS: dict[Kind, Callable[[Session, Workspace, Any], str]] = {
    Kind.APPLICATION: lambda s, w, r: f"{r.role} at {r.company}",
    Kind.EVENT: _entry_words,
    Kind.CONTACT: lambda s, w, r: f"{r.name}{f' ({r.company})' if r.company else ''}",
    Kind.INTERVIEW: lambda s, w, r: f"Interview: {_application_words(s, w, r.application_id)}",
    Kind.CHECKIN: lambda s, w, r: f"Check-in: mood {r.mood} of 5",
    Kind.WHO5: lambda s, w, r: f"WHO-5: {r.raw_score} of 25",
    Kind.IF_THEN: lambda s, w, r: f"If {r.cue}, then {r.action}",
    Kind.WEEKLY_PLAN: lambda s, w, r: f"Weekly plan: {r.applications_target} applications",
    Kind.PAST_JOB: lambda s, w, r: f"Past job: {r.role} at {r.company}",
    Kind.DRAFT: lambda s, w, r: f"Draft: {_application_words(s, w, r.application_id)}",
    Kind.REFLECTION: lambda s, w, r: f"Reflection: {_application_words(s, w, r.application_id)}",
    Kind.WRITING: lambda s, w, r: "Private writing",
}
