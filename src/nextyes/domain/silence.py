"""Silence detection: when a reply is overdue, and when a follow-up went unanswered."""

import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from nextyes.domain.applications import Application, Channel
from nextyes.domain.events import Event
from nextyes.domain.stages import IN_PROCESS, Stage

# Stages an answer can leave a stage for; leaving for "ghosted", "withdrawn" or "closed"
# is not a reply from the company.
REPLIES = frozenset(IN_PROCESS | {Stage.OFFER, Stage.REJECTED})
MIN_COMPANY_SAMPLES = 2
MIN_CHANNEL_SAMPLES = 3


@dataclass(frozen=True)
class ReplyWindows:
    """How long to wait for a reply in each stage before calling an application quiet."""

    applied_days: int = 21
    screening_days: int = 10
    interviewing_business_days: int = 10
    final_round_business_days: int = 7
    ghost_after_follow_up_days: int = 7

    def default_deadline(self, stage: Stage, since: date) -> date | None:
        if stage is Stage.APPLIED:
            return since + timedelta(days=self.applied_days)
        if stage is Stage.SCREENING:
            return since + timedelta(days=self.screening_days)
        if stage is Stage.INTERVIEWING:
            return add_business_days(since, self.interviewing_business_days)
        if stage is Stage.FINAL_ROUND:
            return add_business_days(since, self.final_round_business_days)
        return None  # saved, offer and outcomes are never waiting on a reply

    def default_days(self, stage: Stage, since: date) -> int | None:
        deadline = self.default_deadline(stage, since)
        return (deadline - since).days if deadline else None


def add_business_days(start: date, days: int) -> date:
    """`days` working days (Monday to Friday) after `start`."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


@dataclass(frozen=True)
class ReplySample:
    company: str
    channel: Channel
    stage: Stage
    days: int


def reply_samples(applications: list[Application], events: list[Event]) -> list[ReplySample]:
    """How many days each past stage waited for the company's answer."""
    by_app: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        if event.to_stage is not None:
            by_app[event.application_id].append(event)
    samples = []
    for application in applications:
        timeline = sorted(by_app.get(application.id, []), key=lambda e: (e.occurred_on, e.id))
        for entered, left in itertools.pairwise(timeline):
            stage = entered.to_stage
            if stage in IN_PROCESS and left.to_stage in REPLIES:
                days = (left.occurred_on - entered.occurred_on).days
                samples.append(ReplySample(application.company, application.channel, stage, days))
    return samples


def reply_window_days(
    application: Application, samples: list[ReplySample], windows: ReplyWindows
) -> int | None:
    """Days to wait in the current stage: the person's own history with this company (or
    channel) when there is enough of it, otherwise the default window."""
    default = windows.default_days(application.stage, application.stage_since)
    if default is None:
        return None
    same_stage = [s for s in samples if s.stage is application.stage]
    company = [s.days for s in same_stage if s.company.casefold() == application.company.casefold()]
    channel = [s.days for s in same_stage if s.channel is application.channel]
    history = (
        company
        if len(company) >= MIN_COMPANY_SAMPLES
        else channel
        if len(channel) >= MIN_CHANNEL_SAMPLES
        else []
    )
    if not history:
        return default
    # Half again the usual wait: late but not unusual. Never shorter than five days, never
    # longer than twice the default, so one slow company cannot hide a real silence.
    return max(5, min(round(median(history) * 1.5), 2 * default))


def waiting_since(application: Application, last_reply: date | None) -> date:
    """When the current wait began: the stage change, or the company's latest reply since."""
    if last_reply is not None and last_reply > application.stage_since:
        return last_reply
    return application.stage_since


def is_quiet(
    application: Application, window_days: int | None, as_of: date, since: date | None = None
) -> bool:
    """No answer for longer than the window, counted from `since` (a reply) or the stage."""
    if window_days is None or application.stage not in IN_PROCESS:
        return False
    return as_of > (since or application.stage_since) + timedelta(days=window_days)
