"""The demo: a believable search (services/demo_data.py) in a database of its own.

`fresh_demo(settings)` is what the faces use: it rebuilds the demo's own home
(NEXTYES_HOME/demo, see Settings.for_demo) from nothing, so the demo starts the same each
time and a person's own database is never opened by it, not even created.
`load_demo(ws)` fills any one workspace: an empty one, or (forced) one it empties first."""

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import EventSource
from nextyes.domain.history import NewPastJob
from nextyes.domain.recovery import StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.demo_data import APPLICATIONS, PAST_JOBS, POSTINGS, DemoApplication
from nextyes.services.demo_story import on_day, tell_the_rest
from nextyes.services.history import add_past_job
from nextyes.services.recovery import complete_step, skip_step
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Rejections
from nextyes.store.wipe import Everything


@dataclass(frozen=True)
class DemoLoaded:
    applications: int
    contacts: int
    past_jobs: int


@dataclass(frozen=True)
class DemoStarted:
    loaded: DemoLoaded
    folder: Path  # the demo's own home: its database and security key


def fresh_demo(settings: Settings, clock: Clock | None = None) -> DemoStarted:
    """Rebuild the demo in its own home beside the person's data, from nothing."""
    demo = settings.for_demo()
    ws = Workspace.open(demo, clock=clock)
    try:
        return DemoStarted(load_demo(ws, force=True), demo.home)
    finally:
        ws.db.dispose()


def is_empty(ws: Workspace) -> bool:
    """Nothing of this person's at all: no application, check-in, note or setting."""
    with ws.db.transaction() as session:
        return Everything(session, ws.owner_id).count() == 0


def load_demo(ws: Workspace, force: bool = False) -> DemoLoaded:
    """Fill this person's workspace with the demo search, in one transaction. Forced, it
    first deletes everything they have (every row they own, in every table), so nothing of
    theirs and nothing of an earlier demo is left; unforced, it refuses unless there is
    nothing to delete."""
    today = ws.clock.today()
    # Reads (is it empty?), then deletes and writes: two loads at once (`nextyes demo` while
    # `serve --demo` starts) take turns, so each one leaves one whole demo.
    with ws.db.transaction(write=True) as session:
        applications = Applications(session, ws.owner_id)
        applications.lock_owner()  # the same on PostgreSQL
        if not force and not is_empty(ws):
            raise InvalidInput(
                f"the database already holds {applications.count()} applications;"
                " use --force to replace everything with the demo"
                if applications.count()
                else "the database already holds data; use --force to replace everything"
                " with the demo"
            )
        Everything(session, ws.owner_id).delete()
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
                    notes=spec.notes,
                    description=spec.description or POSTINGS.get(spec.company),
                ),
            )
            contacts += _meet(ws, spec, application.id, first, today - timedelta(days=first_ago))
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
                    contacts += _meet(ws, spec, application.id, stage, day)
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
        tell_the_rest(ws)
        return DemoLoaded(len(APPLICATIONS), contacts, len(PAST_JOBS))


def _meet(
    ws: Workspace, spec: DemoApplication, application_id: int, stage: Stage, day: date
) -> int:
    """Link the people met at this stage of the application, on the day it began: the
    referrer from the start, a recruiter at the screening, interviewers at the interviews.
    How many were linked."""
    met = [(name, role) for name, role in spec.contacts if _met_at(spec, role) is stage]
    for name, role in met:
        add_contact(on_day(ws, day), NewContact(name, role, company=spec.company), application_id)
    return len(met)


def _met_at(spec: DemoApplication, role: ContactRole) -> Stage:
    stages = [stage for stage, _ in spec.path if stage not in (Stage.REJECTED, Stage.GHOSTED)]
    wanted = {
        ContactRole.RECRUITER: (Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND),
        ContactRole.INTERVIEWER: (Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.SCREENING),
        ContactRole.HIRING_MANAGER: (Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.SCREENING),
    }.get(role, ())
    return next((stage for stage in wanted if stage in stages), stages[0])


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
