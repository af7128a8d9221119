"""Load the demo search into an empty database (or replace what is there, when forced)."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session

from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import EventSource
from nextyes.domain.history import NewPastJob
from nextyes.domain.recovery import StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.demo_data import APPLICATIONS, PAST_JOBS
from nextyes.services.history import add_past_job
from nextyes.services.recovery import complete_step, skip_step
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Contacts, PastJobs, Rejections


@dataclass(frozen=True)
class DemoLoaded:
    applications: int
    contacts: int
    past_jobs: int


def is_empty(ws: Workspace) -> bool:
    with ws.db.transaction() as session:
        return (
            Applications(session, ws.owner_id).count() == 0
            and not Contacts(session, ws.owner_id).find()
            and PastJobs(session, ws.owner_id).count() == 0
        )


def load_demo(ws: Workspace, force: bool = False) -> DemoLoaded:
    """Fill this person's workspace with the demo search, in one transaction."""
    today = ws.clock.today()
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        if not force and not is_empty(ws):
            raise InvalidInput(
                f"the database already holds {applications.count()} applications;"
                " use --force to replace everything with the demo"
            )
        applications.delete_all()
        Contacts(session, ws.owner_id).delete_all()
        PastJobs(session, ws.owner_id).delete_all()
        contacts = 0
        for spec in APPLICATIONS:
            (first, first_ago), *rest = spec.path
            low, high = spec.salary or (None, None)
            application = add_application(
                ws,
                NewApplication(
                    company=spec.company,
                    role=spec.role,
                    channel=spec.channel,
                    stage=first,
                    on=today - timedelta(days=first_ago),
                    excitement=spec.excitement,
                    location=spec.location,
                    salary_min=low,
                    salary_max=high,
                    salary_currency="GBP" if spec.salary else None,
                ),
            )
            for stage, ago in rest:
                day = today - timedelta(days=ago)
                if stage in (Stage.REJECTED, Stage.GHOSTED):
                    silence = stage is Stage.GHOSTED
                    record_rejection(
                        ws,
                        application.id,
                        RejectionForm.SILENCE if silence else RejectionForm.EXPLICIT,
                        day,
                        reason=spec.reason,
                        feedback=spec.feedback,
                        source=EventSource.INFERRED if silence else EventSource.TYPED,
                    )
                else:
                    move_application(ws, application.id, stage, day)
            for name, role in spec.contacts:
                add_contact(ws, NewContact(name, role, company=spec.company), application.id)
                contacts += 1
        for company, title, channel, started, ended in PAST_JOBS:
            add_past_job(
                ws,
                NewPastJob(
                    company,
                    title,
                    channel,
                    started_on=today.replace(year=today.year - started, day=1),
                    ended_on=(today - timedelta(days=90)).replace(day=1)
                    if ended == 0
                    else today.replace(year=today.year - ended, day=1),
                ),
            )
        _work_through_old_plans(ws, session)
        return DemoLoaded(len(APPLICATIONS), contacts, len(PAST_JOBS))


def _work_through_old_plans(ws: Workspace, session: Session) -> None:
    """A person ten weeks in has done most of what their earlier plans asked; leave the
    newest "no" untouched and one old post-mortem still open, as real searches do."""
    today = ws.clock.today()
    newest = max(
        Rejections(session, ws.owner_id).recent(today - timedelta(days=90)), key=lambda r: r.on
    )
    left_open = False
    for step in Steps(session, ws.owner_id).open_due_by(today - timedelta(days=1)):
        if step.rejection_id == newest.id:
            continue
        if step.kind is StepKind.POST_MORTEM and not left_open:
            left_open = True
            continue
        finish = (
            skip_step if step.kind is StepKind.FEEDBACK_REQUEST and step.id % 2 else complete_step
        )
        finish(ws, step.id)
