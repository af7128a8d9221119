"""A small search arranged through the services, for the API tests: one application still
in play, one rejected after an interview (so it has a plan, a contact, a draft, a
reflection, a skill and a practice question), and a snapshot of every table to show that
a refused request changed nothing."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.drafts import DraftKind
from nextyes.domain.recovery import StepKind
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.drafts import create_draft
from nextyes.services.inbox import import_messages, review_queue
from nextyes.services.recovery import plan_view
from nextyes.services.reflections import lessons, reflect
from nextyes.services.workspace import Workspace
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
    return Arranged(
        application_id=waiting.id,
        rejected_id=interviewed.id,
        step_id=step.id,
        contact_id=contact.id,
        draft_id=draft.id,
        skill_id=learned.skills[0].id,
        question_id=learned.practice_next[0].question_id,
        review_item_id=review.item.id,
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
