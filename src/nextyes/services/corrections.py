"""Correct what was typed: an application's facts and notes, a timeline entry, a contact,
an interview, a check-in, an if-then plan, a past job, a draft. Each correction is checked
like the original (every problem at once), is one transaction, and what depends on it
follows: the stage and dates follow the timeline, a "no" moved to another day moves its
plan with it, open steps name the company as it is now called.

Deleting anything is services/trash.py; a reflection and this week's plan are corrected by
saving them again (services/reflections.py reflect, services/weekly.py save_week_plan)."""

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from nextyes.domain.applications import Application, ApplicationFacts
from nextyes.domain.contacts import Contact, NewContact
from nextyes.domain.corrections import check_new_day
from nextyes.domain.drafts import Draft
from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.events import Event, EventKind
from nextyes.domain.fields import LONG_TEXT, optional_text, required_text
from nextyes.domain.history import NewPastJob, PastJob
from nextyes.domain.interviews import Interview, NewInterview
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.weekly import IfThen
from nextyes.domain.wellbeing import CheckIn, check_mood, check_note
from nextyes.services.recovery import follow_what_is_known
from nextyes.services.trash import follow_timeline
from nextyes.services.workspace import Workspace
from nextyes.store.drafts import Drafts
from nextyes.store.interviews import Interviews
from nextyes.store.plans import Steps
from nextyes.store.repositories import (
    Applications,
    Contacts,
    Events,
    OwnedRepository,
    PastJobs,
    Rejections,
)
from nextyes.store.tables import (
    CheckInRow,
    EventRow,
    IfThenRow,
    PastJobRow,
    RejectionRow,
    StepRow,
)
from nextyes.store.wellbeing import CheckIns

KEEP = None  # an argument left as None keeps the value it corrects


def edit_application(ws: Workspace, application_id: int, facts: ApplicationFacts) -> Application:
    """Replace an application's facts (everything but its stage and dates, which its
    timeline holds). Open plan steps that name the company or role name the new ones."""
    clean = facts.validated()
    with ws.db.transaction(write=True) as session:
        applications = Applications(session, ws.owner_id)
        row = applications.row(application_id, lock=True)
        renamed = (row.company, clean.company), (row.role, clean.role)
        for name, value in vars(clean).items():
            setattr(row, name, value.value if name == "channel" else value)
        row.updated_at = ws.clock.now()
        _rename_in_open_steps(session, ws, application_id, renamed)
        return applications.to_domain(row)


def _rename_in_open_steps(
    session: Session,
    ws: Workspace,
    application_id: int,
    renamed: tuple[tuple[str, str], ...],
) -> None:
    changes = [(old, new) for old, new in renamed if old != new]
    if not changes:
        return
    steps = Steps(session, ws.owner_id)
    for step in steps.for_application(application_id):
        if not step.is_open:
            continue  # what was done stays worded as it was then
        row = steps.row(step.id)
        for old, new in changes:
            row.title = row.title.replace(old, new)


def edit_entry(
    ws: Workspace,
    event_id: int,
    on: date | None = KEEP,
    note: str | None = KEEP,
    feedback: str | None = KEEP,
) -> Event:
    """Correct a timeline entry's date or note. The application's stage dates follow; for
    a "no", so do the rejection (its reason is the entry's note; `feedback` is theirs) and
    the open steps of its plan, which move by as many days as the "no" did."""
    with ws.db.transaction(write=True) as session:
        entry_row = OwnedRepository(session, ws.owner_id).owned(EventRow, event_id, "entry")
        Applications(session, ws.owner_id).row(entry_row.application_id, lock=True)
        events = Events(session, ws.owner_id).for_application(entry_row.application_id)
        entry = Events.to_domain(entry_row)
        check = Checks()
        day = entry.occurred_on
        if on is not None:
            day = check.field("on", check_new_day, events, entry, on, ws.clock.today())
        text = entry.note
        if note is not None:
            text = check.field("note", optional_text, note, "note", LONG_TEXT)
        said = feedback
        if feedback is not None:
            if entry.kind is not EventKind.REJECTED:
                raise InvalidInput("feedback belongs to a 'no'; this entry is not one")
            said = check.field("feedback", optional_text, feedback, "feedback", LONG_TEXT)
        check.done()
        if entry.kind is EventKind.REJECTED:
            _correct_rejection(session, ws, entry, day, text, said)
        entry_row.occurred_on = day
        entry_row.note = text
        follow_timeline(session, ws, entry.application_id)
        if said is not None:  # feedback known now: its plan no longer asks for it
            session.flush()
            follow_what_is_known(session, ws, entry.application_id)
        return Events.to_domain(entry_row)


def _correct_rejection(
    session: Session,
    ws: Workspace,
    entry: Event,
    day: date,
    reason: str | None,
    feedback: str | None,
) -> None:
    form = RejectionForm.SILENCE if entry.to_stage is Stage.GHOSTED else RejectionForm.EXPLICIT
    owned = OwnedRepository(session, ws.owner_id)
    for rejection in Rejections(session, ws.owner_id).for_application(entry.application_id):
        if rejection.form is not form or rejection.on != entry.occurred_on:
            continue
        row = owned.owned(RejectionRow, rejection.id, "rejection")
        shift = timedelta(days=(day - row.rejected_on).days)
        row.rejected_on = day
        row.reason = reason
        if feedback is not None:
            row.feedback = feedback or None
        if shift:
            steps = Steps(session, ws.owner_id)
            for step in steps.for_application(entry.application_id):
                if step.rejection_id == rejection.id and step.is_open:
                    moved: StepRow = steps.row(step.id)
                    moved.due_on += shift
                    moved.original_due_on += shift
        return


def edit_contact(ws: Workspace, contact_id: int, new: NewContact) -> Contact:
    """Replace a contact's details; their links to applications stay."""
    clean = new.validated()
    with ws.db.transaction(write=True) as session:
        contacts = Contacts(session, ws.owner_id)
        row = contacts.row(contact_id)
        for name, value in vars(clean).items():
            setattr(row, name, value.value if name == "role" else value)
        session.flush()
        # Their plans follow: a new name in their steps, a referrer's step for a referrer.
        for application_id in contacts.links_of(contact_id):
            follow_what_is_known(session, ws, application_id)
        return contacts.to_domain(row, contacts.links_of(contact_id))


def edit_interview(ws: Workspace, interview_id: int, new: NewInterview) -> Interview:
    """Replace an interview's time, length, title, place or notes (not its application)."""
    with ws.db.transaction(write=True) as session:
        interviews = Interviews(session, ws.owner_id)
        row = interviews.row(interview_id)
        clean = replace(new, application_id=row.application_id).validated()
        row.starts_at = clean.starts_at
        row.minutes = clean.minutes
        row.title = clean.title
        row.location = clean.location
        row.notes = clean.notes
        return interviews.to_domain(row)


def edit_checkin(ws: Workspace, checkin_id: int, mood: int | None, note: str | None) -> CheckIn:
    """Correct a check-in's mood or note; when it was made stays."""
    check = Checks()
    clean_mood = check.field("mood", check_mood, 0 if mood is None else mood)
    clean_note = check.field("note", check_note, note)
    check.done()
    with ws.db.transaction(write=True) as session:
        row = OwnedRepository(session, ws.owner_id).owned(CheckInRow, checkin_id, "check-in")
        row.mood, row.note = clean_mood, clean_note
        return CheckIns.to_domain(row)


def edit_if_then(ws: Workspace, plan_id: int, cue: str | None, action: str | None) -> IfThen:
    check = Checks()
    clean_cue = check.field("cue", required_text, cue, "the 'if' part", 500)
    clean_action = check.field("action", required_text, action, "the 'then' part", 500)
    check.done()
    with ws.db.transaction(write=True) as session:
        row = OwnedRepository(session, ws.owner_id).owned(IfThenRow, plan_id, "if-then plan")
        row.cue, row.action = clean_cue, clean_action
        return IfThen(row.id, row.cue, row.action)


def edit_past_job(ws: Workspace, job_id: int, new: NewPastJob) -> PastJob:
    clean = new.validated(ws.clock.today())
    with ws.db.transaction(write=True) as session:
        row = OwnedRepository(session, ws.owner_id).owned(PastJobRow, job_id, "past job")
        row.company, row.role, row.channel = clean.company, clean.role, clean.channel.value
        row.started_on, row.ended_on, row.notes = clean.started_on, clean.ended_on, clean.notes
        return PastJobs.to_domain(row)


def edit_draft(ws: Workspace, draft_id: int, subject: str | None, body: str | None) -> Draft:
    """Keep the person's own wording of a draft: what they send is theirs."""
    check = Checks()
    clean_subject = check.field("subject", optional_text, subject, "subject", 300)
    clean_body = check.field("body", required_text, body, "the message", LONG_TEXT)
    check.done()
    with ws.db.transaction(write=True) as session:
        drafts = Drafts(session, ws.owner_id)
        row = drafts.row(draft_id)
        row.subject, row.body = clean_subject, clean_body
        email = None
        if row.contact_id is not None:
            email = Contacts(session, ws.owner_id).row(row.contact_id).email
        return drafts.to_domain(row, email)


# -- one thing each, for the faces that correct it ------------------------------------------


def get_contact(ws: Workspace, contact_id: int) -> Contact:
    with ws.db.transaction() as session:
        contacts = Contacts(session, ws.owner_id)
        return contacts.to_domain(contacts.row(contact_id), contacts.links_of(contact_id))


def get_checkin(ws: Workspace, checkin_id: int) -> CheckIn:
    with ws.db.transaction() as session:
        owned = OwnedRepository(session, ws.owner_id)
        return CheckIns.to_domain(owned.owned(CheckInRow, checkin_id, "check-in"))


def get_if_then(ws: Workspace, plan_id: int) -> IfThen:
    with ws.db.transaction() as session:
        row = OwnedRepository(session, ws.owner_id).owned(IfThenRow, plan_id, "if-then plan")
        return IfThen(row.id, row.cue, row.action)


def get_draft(ws: Workspace, draft_id: int) -> Draft:
    with ws.db.transaction() as session:
        row = Drafts(session, ws.owner_id).row(draft_id)
        email = None
        if row.contact_id is not None:
            email = Contacts(session, ws.owner_id).row(row.contact_id).email
        return Drafts.to_domain(row, email)


def get_interview(ws: Workspace, interview_id: int) -> Interview:
    with ws.db.transaction() as session:
        return Interviews(session, ws.owner_id).get(interview_id)


def get_past_job(ws: Workspace, job_id: int) -> PastJob:
    with ws.db.transaction() as session:
        row = OwnedRepository(session, ws.owner_id).owned(PastJobRow, job_id, "past job")
        return PastJobs.to_domain(row)


def get_entry(ws: Workspace, event_id: int) -> Event:
    with ws.db.transaction() as session:
        row = OwnedRepository(session, ws.owner_id).owned(EventRow, event_id, "entry")
        return Events.to_domain(row)
