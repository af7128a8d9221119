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
ROLES_SUGGESTED = 3  # saved roles named in a suggested plan
RECENT_DAYS = 28  # the pace of the last four weeks sets the suggested target


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


@dataclass(frozen=True)
class ChannelRecord:
    """How many sent applications went through one channel, and how many of them led to a
    conversation (screening or later)."""

    channel: Channel
    sent: int
    answered: int


def suggest_week(
    applications: list[Application],
    replied_ids: set[int],
    past_jobs: list[PastJob],
    today: date,
) -> WeeklyPlan:
    """A first draft of this week's plan; the person changes what they like.

    `replied_ids` are the applications that ever led to a conversation (screening or later)."""
    recent = [a for a in applications if a.applied_on and (today - a.applied_on).days < RECENT_DAYS]
    saved = sorted(
        (a for a in applications if a.stage is Stage.SAVED),
        key=lambda a: (-a.excitement, a.stage_since),
    )
    records = channel_records(applications, replied_ids)
    return suggest_week_from(len(recent), saved[:ROLES_SUGGESTED], records, past_jobs, today)


def suggest_week_from(
    sent_lately: int,
    saved_first: list[Application],
    records: list[ChannelRecord],
    past_jobs: list[PastJob],
    today: date,
) -> WeeklyPlan:
    """suggest_week from counts: `sent_lately` applications sent in the last four weeks,
    the saved roles most worth sending, and the channel records (see channel_records)."""
    target = min(10, max(3, round(sent_lately / 4))) if sent_lately else 3
    channel, reason = best_channel_of(records, past_jobs)
    return WeeklyPlan(
        week_of=monday_of(today),
        applications_target=target,
        channel=channel,
        channel_reason=reason,
        schedule=DEFAULT_SCHEDULE,
        roles=[f"{a.role} at {a.company}" for a in saved_first[:ROLES_SUGGESTED]],
    )


def channel_records(applications: list[Application], replied_ids: set[int]) -> list[ChannelRecord]:
    """One record per channel of the sent applications, in the order the channels first
    appear in `applications` (that order settles a tie between equal channels)."""
    by_channel: dict[Channel, list[Application]] = {}
    for a in applications:
        if a.applied_on is not None:
            by_channel.setdefault(a.channel, []).append(a)
    return [
        ChannelRecord(channel, len(group), sum(a.id in replied_ids for a in group))
        for channel, group in by_channel.items()
    ]


def best_channel(
    applications: list[Application], replied_ids: set[int], past_jobs: list[PastJob]
) -> tuple[Channel | None, str]:
    return best_channel_of(channel_records(applications, replied_ids), past_jobs)


def best_channel_of(
    records: list[ChannelRecord], past_jobs: list[PastJob]
) -> tuple[Channel | None, str]:
    sample = [r for r in records if r.sent >= MIN_CHANNEL_SAMPLE]
    if sample:
        best = max(sample, key=lambda r: (r.answered / r.sent, r.sent))
        overall = sum(r.answered for r in records)
        sent = sum(r.sent for r in records)
        if best.answered:
            return best.channel, (
                f"{best.answered} of your {best.sent} {label(best.channel)} applications led to"
                f" a conversation, against {overall} of {sent} overall."
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
            f"applications per week must be from 1 to 50; you wrote {plan.applications_target}"
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
