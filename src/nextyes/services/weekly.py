"""This week's plan (what, when, how) and the person's if-then plans."""

from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy.orm import Session

from nextyes.domain.applications import Channel
from nextyes.domain.recovery import StepKind
from nextyes.domain.stages import IN_PROCESS, Stage
from nextyes.domain.steps import Step
from nextyes.domain.weekly import (
    RECENT_DAYS,
    ROLES_SUGGESTED,
    IfThen,
    WeeklyPlan,
    monday_of,
    suggest_week_from,
    validated_if_then,
    validated_plan,
)
from nextyes.services.recovery import tick_open
from nextyes.services.workspace import Workspace
from nextyes.store.plans import IfThens, WeeklyPlans
from nextyes.store.repositories import Applications, PastJobs

CONVERSATION = frozenset(IN_PROCESS - {Stage.APPLIED} | {Stage.OFFER})
# Making the week's plan answers a "jump back in" step due within this many days.
PLAN_AHEAD = timedelta(days=7)


def week_plan(ws: Workspace) -> WeeklyPlan:
    """This week's plan as saved by the person, or a suggestion drawn from their search."""
    with ws.db.transaction() as session:
        today = ws.clock.today()
        saved = WeeklyPlans(session, ws.owner_id).for_week(monday_of(today))
        suggestion = _suggest(session, ws)
        if saved is None:
            return suggestion
        return replace(saved, channel_reason=suggestion.channel_reason)


@dataclass(frozen=True)
class WeekSaved:
    plan: WeeklyPlan
    ticked: tuple[Step, ...]  # the "jump back in" steps that making the plan ticked off


def save_week_plan(
    ws: Workspace,
    applications_target: int | None = None,
    channel: Channel | None = None,
    schedule: str | None = None,
    roles: list[str] | None = None,
) -> WeeklyPlan:
    """Make this week's plan yours: anything left out keeps the current plan's value."""
    return save_week(ws, applications_target, channel, schedule, roles).plan


def save_week(
    ws: Workspace,
    applications_target: int | None = None,
    channel: Channel | None = None,
    schedule: str | None = None,
    roles: list[str] | None = None,
) -> WeekSaved:
    """save_week_plan, telling which plan steps it ticked off: a "jump back in" step asks
    for a plan for the week, so making one ticks off the open ones due within a week (one
    snoozed further off waits for the plan of its own week)."""
    with ws.db.transaction() as session:
        current = week_plan(ws)
        plan = validated_plan(
            replace(
                current,
                applications_target=(
                    current.applications_target
                    if applications_target is None
                    else applications_target
                ),
                channel=channel or current.channel,
                schedule=schedule if schedule is not None else current.schedule,
                roles=roles if roles is not None else current.roles,
                saved=True,
            )
        )
        WeeklyPlans(session, ws.owner_id).save(plan, ws.clock.now())
        within = ws.clock.today() + PLAN_AHEAD
        ticked = tick_open(session, ws, None, frozenset({StepKind.JUMP_BACK_IN}), within)
        return WeekSaved(plan, tuple(ticked))


def _suggest(session: Session, ws: Workspace) -> WeeklyPlan:
    # Counted in SQL: the suggestion costs the same with 30 applications or 30,000.
    today = ws.clock.today()
    applications = Applications(session, ws.owner_id)
    return suggest_week_from(
        applications.count_sent_since(today - timedelta(days=RECENT_DAYS - 1)),
        applications.saved_first(ROLES_SUGGESTED),
        applications.channel_records(CONVERSATION),
        PastJobs(session, ws.owner_id).find(),
        today,
    )


def add_if_then(ws: Workspace, cue: str, action: str) -> IfThen:
    clean_cue, clean_action = validated_if_then(cue, action)
    with ws.db.transaction() as session:
        return IfThens(session, ws.owner_id).add(clean_cue, clean_action, ws.clock.now())


def list_if_thens(ws: Workspace) -> list[IfThen]:
    with ws.db.transaction() as session:
        return IfThens(session, ws.owner_id).all()
