"""Shared by the forget tests: one person's search with a text (the canary) in every place
text can go, written through the services, and every row of a person read back."""

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from nextyes.classify import Label
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import NewContact
from nextyes.domain.draft_wording import DraftKind
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services import inbox
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.corrections import edit_draft
from nextyes.services.drafts import create_draft, mark_sent, set_profile
from nextyes.services.history import add_past_job
from nextyes.services.interviews import add_interview
from nextyes.services.reflections import log_practice, practice_next, reflect
from nextyes.services.trash import Kind, delete_item
from nextyes.services.weekly import add_if_then, save_week_plan
from nextyes.services.wellbeing import check_in, take_who5
from nextyes.services.workspace import Workspace
from nextyes.services.writing import write_entry
from nextyes.store.wipe import owned_tables
from tests.inbox_helpers import Scripted, mail, raw


def fill(ws: Workspace, canary: str) -> dict[str, int]:
    """A search with `canary` in every text a person can write (and in mail the import
    keeps an excerpt of); the ids of what it made."""
    today = ws.clock.today()
    kept = add_application(
        ws,
        NewApplication(
            f"Orchard {canary}", "Data Analyst", notes=f"notes {canary}", on=today - timedelta(30)
        ),
    )
    contact = add_contact(
        ws, NewContact(f"Priya {canary}", company="Orchard", notes=f"met {canary}"), kept.id
    )
    move_application(ws, kept.id, Stage.INTERVIEWING, today - timedelta(20))
    add_interview(
        ws,
        NewInterview(
            kept.id,
            datetime.now(UTC).replace(microsecond=0) + timedelta(days=400),
            title=f"panel {canary}",
            location=f"room {canary}",
            notes=f"prepare {canary}",
        ),
    )
    record_rejection(
        ws,
        kept.id,
        RejectionForm.EXPLICIT,
        today - timedelta(5),
        reason=f"reason {canary}",
        feedback=f"feedback {canary}",
    )
    reflect(
        ws,
        kept.id,
        ReflectionAnswers(
            preparation=f"prepared {canary}",
            caught_out=(f"question {canary}",),
            to_learn=(f"skill {canary}",),
            learned_self=f"learned {canary}",
        ),
    )
    [question] = [q for q in practice_next(ws) if canary in q.text]
    log_practice(ws, question.question_id, 3, f"practised {canary}")
    draft = create_draft(ws, kept.id, DraftKind.THANK_YOU, contact_id=contact.id)
    edit_draft(ws, draft.id, f"subject {canary}", f"thank you {canary}")
    mark_sent(ws, draft.id)
    trashed = create_draft(ws, kept.id, DraftKind.FEEDBACK_REQUEST, contact_id=contact.id)
    edit_draft(ws, trashed.id, None, f"deleted draft {canary}")
    delete_item(ws, Kind.DRAFT, trashed.id)  # a part of it, in the trash
    gone = add_application(ws, NewApplication(f"Gone {canary}", "Role", notes=f"gone {canary}"))
    delete_item(ws, Kind.APPLICATION, gone.id)  # a whole application, in the trash
    add_past_job(
        ws, NewPastJob(f"Past {canary}", "Analyst", Channel.REFERRAL, notes=f"past {canary}")
    )
    write_entry(ws, "What happened?", f"private writing {canary}")
    check_in(ws, 2, f"check-in {canary}")
    take_who5(ws, [3, 3, 3, 3, 3])
    add_if_then(ws, f"cue {canary}", f"action {canary}")
    save_week_plan(ws, applications_target=4, schedule=f"mornings {canary}", roles=[canary])
    set_profile(ws, name=f"Sam {canary}", headline=f"headline {canary}")
    # Mail: one message waits in the review queue with its excerpt; another, corrected,
    # becomes the person's own training example.
    inbox.import_messages(
        ws,
        raw(
            mail(
                f"rejection 0.6: Orchard {canary}", f"unsure {canary}", message_id=f"a-{canary}@x"
            ),
            mail(f"interview 0.5: a call {canary}", f"body {canary}", message_id=f"b-{canary}@x"),
        ),
        classifier=Scripted(),
    )
    waiting = inbox.review_queue(ws).items
    corrected = next(e.item for e in waiting if e.item.subject == f"interview 0.5: a call {canary}")
    inbox.confirm(ws, corrected.id, label=Label.OTHER, unlinked=True)
    return {"kept": kept.id, "contact": contact.id, "gone": gone.id}


def rows_of(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row this person owns, table by table, in a stable order."""
    with ws.db.transaction() as session:
        return {
            table.name: sorted(
                (tuple(row) for row in session.execute(
                    select(table).where(table.c.owner_id == ws.owner_id)
                )),
                key=repr,
            )
            for table in owned_tables()
        }  # fmt: skip
