"""Jump back in with a weekly plan: what, when and how — made from the person's own search."""

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from nextyes.domain.applications import Application, Channel
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LONG_TEXT, optional_text, required_text
from nextyes.domain.history import PastJob
from nextyes.domain.stages import Stage

DEFAULT_SCHEDULE = "Two focused hours on Tuesday and Thursday mornings"
MIN_CHANNEL_SAMPLE = 3


@dataclass(frozen=True)
class WeeklyPlan:
    week_of: date  # the Monday of the week
    applications_target: int
    channel: Channel | None
    channel_reason: str
    schedule: str
    roles: list[str]  # saved roles worth sending, "Role at Company"
    saved: bool = False  # True once the person made it theirs


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def suggest_week(
    applications: list[Application],
    replied_ids: set[int],
    past_jobs: list[PastJob],
    today: date,
) -> WeeklyPlan:
    """A first draft of this week's plan; the person changes what they like.

    `replied_ids` are the applications that ever led to a conversation (screening or later)."""
    recent = [a for a in applications if a.applied_on and (today - a.applied_on).days < 28]
    target = min(10, max(3, round(len(recent) / 4))) if recent else 3
    saved = sorted(
        (a for a in applications if a.stage is Stage.SAVED),
        key=lambda a: (-a.excitement, a.stage_since),
    )
    channel, reason = best_channel(applications, replied_ids, past_jobs)
    return WeeklyPlan(
        week_of=monday_of(today),
        applications_target=target,
        channel=channel,
        channel_reason=reason,
        schedule=DEFAULT_SCHEDULE,
        roles=[f"{a.role} at {a.company}" for a in saved[:3]],
    )


def best_channel(
    applications: list[Application], replied_ids: set[int], past_jobs: list[PastJob]
) -> tuple[Channel | None, str]:
    sent = [a for a in applications if a.applied_on is not None]
    by_channel: dict[Channel, list[Application]] = {}
    for a in sent:
        by_channel.setdefault(a.channel, []).append(a)
    rates = {
        channel: sum(a.id in replied_ids for a in group) / len(group)
        for channel, group in by_channel.items()
        if len(group) >= MIN_CHANNEL_SAMPLE
    }
    if rates:
        channel = max(rates, key=lambda c: (rates[c], len(by_channel[c])))
        group = by_channel[channel]
        answered = sum(a.id in replied_ids for a in group)
        overall = sum(a.id in replied_ids for a in sent)
        if answered:
            return channel, (
                f"{answered} of your {len(group)} {label(channel)} applications led to a"
                f" conversation, against {overall} of {len(sent)} overall."
            )
    found = Counter(job.channel for job in past_jobs)
    if found:
        channel, count = found.most_common(1)[0]
        return channel, (
            f"{count} of your past {len(past_jobs)} jobs came through {label(channel)}:"
            " it has worked for you before."
        )
    return None, "Try the channel you have used least: every search finds its own way in."


def label(channel: Channel) -> str:
    return channel.value.replace("_", " ")


def validated_plan(plan: WeeklyPlan) -> WeeklyPlan:
    if not 1 <= plan.applications_target <= 50:
        raise InvalidInput(
            f"applications per week must be from 1 to 50, got {plan.applications_target}"
        )
    return replace(
        plan,
        schedule=required_text(plan.schedule, "when", LONG_TEXT),
        channel_reason=optional_text(plan.channel_reason, "reason", LONG_TEXT) or "",
        roles=[required_text(r, "role", 400) for r in plan.roles if r.strip()],
    )


@dataclass(frozen=True)
class IfThen:
    id: int
    cue: str
    action: str


def validated_if_then(cue: str, action: str) -> tuple[str, str]:
    return required_text(cue, "the 'if' part", 500), required_text(action, "the 'then' part", 500)
