"""A small search arranged through the services, for the API tests: one application still
in play, one rejected after an interview (so it has a plan, a contact, a draft, a
reflection, a skill and a practice question), and a snapshot of every table to show that
a refused request changed nothing."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.drafts import DraftKind
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.domain.recovery import StepKind
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, application_detail, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.drafts import create_draft
from nextyes.services.history import add_past_job
from nextyes.services.inbox import import_messages, review_queue
from nextyes.services.interviews import add_interview
from nextyes.services.recovery import plan_view
from nextyes.services.reflections import lessons, reflect
from nextyes.services.trash import Kind, delete_item
from nextyes.services.weekly import add_if_then, save_week_plan
from nextyes.services.wellbeing import check_in, take_who5
from nextyes.services.workspace import Workspace
from nextyes.services.writing import write_entry
from nextyes.store.tables import Base
from tests.conftest import TODAY
from tests.inbox_helpers import Scripted, mail, raw

UNKNOWN_ID = 999_999


@dataclass(frozen=True)
class Arranged:
    application_id: int  # applied, still waiting
    rejected_id: int  # rejected after interviews, with a plan
    step_id: int  # an open step of that plan (not the feel step)
    contact_id: int
    draft_id: int
    skill_id: int
    question_id: int
    review_item_id: int  # an imported email waiting for review, about the waiting application
    event_id: int  # a timeline entry that may go: the contact linked to the rejected one
    interview_id: int  # an interview scheduled for the waiting application
    checkin_id: int
    who5_id: int
    if_then_id: int
    past_job_id: int
    writing_id: int
    trash_id: int  # something deleted, waiting in the trash

    def ids(self) -> dict[str, int]:
        return dict(self.__dict__)


def arrange(ws: Workspace) -> Arranged:
    waiting = add_application(
        ws,
        NewApplication(
            "Acme Tools", "Data Analyst", Channel.JOB_BOARD, on=TODAY - timedelta(days=5)
        ),
    )
    interviewed = add_application(
        ws,
        NewApplication(
            "Lumen Health",
            "Senior Data Analyst",
            Channel.REFERRAL,
            Stage.INTERVIEWING,
            on=TODAY - timedelta(days=20),
            excitement=4,
        ),
    )
    contact = add_contact(
        ws,
        NewContact(
            "Ana Ribeiro", ContactRole.INTERVIEWER, company="Lumen Health", email="ana@example.org"
        ),
        interviewed.id,
    )
    record_rejection(
        ws,
        interviewed.id,
        RejectionForm.EXPLICIT,
        on=TODAY - timedelta(days=4),
        reason="They chose an internal candidate",
        feedback="Strong SQL; the case study ran long",
    )
    step = next(
        s
        for s in plan_view(ws, interviewed.id).steps
        if s.is_open and s.kind not in (StepKind.FEEL, StepKind.POST_MORTEM)
    )
    draft = create_draft(ws, interviewed.id, DraftKind.THANK_YOU, contact.id)
    reflect(
        ws,
        interviewed.id,
        ReflectionAnswers(
            caught_out=("Tell me about a project that failed",), to_learn=("dbt",), tags=("nerves",)
        ),
    )
    learned = lessons(ws)
    # A "no" the import was not sure of (a scripted confidence under the threshold).
    doubtful = mail("rejection 0.5: Acme Tools update", "...", sender="talent@acmetools.com")
    import_messages(ws, raw(doubtful), classifier=Scripted())
    (review,) = review_queue(ws).items
    linked = next(
        e for e in application_detail(ws, interviewed.id).events if e.note and "Ana" in e.note
    )
    talk = add_interview(
        ws, NewInterview(waiting.id, datetime(2026, 3, 19, 10, tzinfo=UTC), title="First call")
    )
    checkin = check_in(ws, 3, "Steady").checkin
    who5 = take_who5(ws, [3, 3, 4, 2, 3]).questionnaire
    if_then = add_if_then(ws, "a rejection email arrives", "I take a walk first")
    save_week_plan(ws, applications_target=4)
    job = add_past_job(ws, NewPastJob("Halcyon Media", "Data Analyst", Channel.REFERRAL))
    entry = write_entry(ws, "How does it feel?", "Heavier than I expected, and lighter now.")
    gone = add_application(ws, NewApplication("Gone Ltd", "Clerk", Channel.OTHER))
    deleted = delete_item(ws, Kind.APPLICATION, gone.id)
    return Arranged(
        application_id=waiting.id,
        rejected_id=interviewed.id,
        step_id=step.id,
        contact_id=contact.id,
        draft_id=draft.id,
        skill_id=learned.skills[0].id,
        question_id=learned.practice_next[0].question_id,
        review_item_id=review.item.id,
        event_id=linked.id,
        interview_id=talk.id,
        checkin_id=checkin.id,
        who5_id=who5.id,
        if_then_id=if_then.id,
        past_job_id=job.id,
        writing_id=entry.id,
        trash_id=deleted.trash_id,
    )


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to compare before and after a refused request."""
    with ws.db.transaction() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def is_problem(response: Any, status: int) -> dict[str, Any]:
    """The problem+json body of a refusal with this status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert isinstance(body["detail"], str)
    assert body["detail"]
    return body
