"""The silence sweep: follow-ups for quiet applications, and "ghosted" after a follow-up
that went unanswered. Safe to run any number of times for the same day."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.exc import IntegrityError

from nextyes.domain.applications import Application
from nextyes.domain.events import EventSource
from nextyes.domain.fields import not_in_future
from nextyes.domain.recovery import WORDING, PlannedStep, StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.silence import (
    ReplyWindows,
    is_quiet,
    reply_samples,
    reply_window_days,
    waiting_since,
)
from nextyes.domain.stages import IN_PROCESS
from nextyes.domain.steps import Step
from nextyes.services.applications import record_rejection
from nextyes.services.workspace import Workspace
from nextyes.store.inbox import Replies
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Events

FOLLOW_UP_PREFIX = "follow_up:"


@dataclass(frozen=True)
class SweepReport:
    as_of: date
    quiet: list[int] = field(default_factory=list)  # applications given a follow-up step
    ghosted: list[int] = field(default_factory=list)  # applications marked ghosted


def sweep(
    ws: Workspace, as_of: date | None = None, windows: ReplyWindows | None = None
) -> SweepReport:
    today = ws.clock.today()
    day = not_in_future(as_of or today, today, "sweep date")
    windows = windows or ReplyWindows()
    report = SweepReport(day)
    try:
        with ws.db.transaction() as session:
            applications = Applications(session, ws.owner_id).find()
            history = Events(session, ws.owner_id).with_stage_changes()
            samples = reply_samples(applications, history)
            steps = Steps(session, ws.owner_id)
            # One query for every follow-up asked so far, not one per application.
            asked_before = steps.keyed(FOLLOW_UP_PREFIX)
            # A reply (an imported email) starts the wait again, like a change of stage.
            replies = Replies(session, ws.owner_id).latest()
            for application in applications:
                if application.stage not in IN_PROCESS or application.stage_since > day:
                    continue
                since = waiting_since(application, replies.get(application.id))
                key = follow_up_key(application, since)
                asked = asked_before.get(key)
                window = reply_window_days(application, samples, windows)
                if asked is None:
                    if is_quiet(application, window, day, since):
                        step = follow_up(application, day)
                        steps.add(step, application.id, None, ws.clock.now(), dedupe_key=key)
                        report.quiet.append(application.id)
                elif unanswered(asked, day, windows):
                    ghost(ws, application.id, day)
                    report.ghosted.append(application.id)
    except IntegrityError:
        # Another process swept the same day at the same moment; its work stands.
        return SweepReport(day)
    return report


def ghost(ws: Workspace, application_id: int, day: date) -> None:
    record_rejection(
        ws,
        application_id,
        RejectionForm.SILENCE,
        day,
        source=EventSource.INFERRED,
        followed_up_already=True,
    )


def follow_up_key(application: Application, since: date | None = None) -> str:
    """One follow-up per wait: a new stage, or a reply, starts a new wait."""
    start = since or application.stage_since
    return f"{FOLLOW_UP_PREFIX}{application.id}:{application.stage.value}:{start}"


def follow_up(application: Application, day: date) -> PlannedStep:
    title, why = WORDING[StepKind.FOLLOW_UP]
    text = title.format(company=application.company, role=application.role)
    return PlannedStep(StepKind.FOLLOW_UP, text, why, day)


def unanswered(asked: Step, day: date, windows: ReplyWindows) -> bool:
    """The follow-up was sent (or set aside) long enough ago, with no answer since."""
    if asked.resolved_on is None:
        return False
    return day >= asked.resolved_on + timedelta(days=windows.ghost_after_follow_up_days)
