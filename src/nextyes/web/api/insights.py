"""API: insights — the funnel, replies, bounce-back, momentum, what worked before, where
applications stop and the odds of the next yes. Field names are `nextyes stats --json`'s."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from nextyes.domain.applications import Channel
from nextyes.domain.insights import DEFAULT_N, MAX_N
from nextyes.services.insights import insights
from nextyes.web.api.fields import Day, Out, problems
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["insights"])

Rate = Annotated[float | None, Field(ge=0, le=1)]


class FunnelStepOut(Out):
    stage: str = Field(description="applied, replied, screening, interviewing, final_round, offer.")
    label: str = Field(description="The stage as people say it.")
    reached: int = Field(description="Applications that got at least this far.")
    of_applied: Rate = Field(description="reached / applied, or null with none sent.")
    of_previous: Rate = Field(description="reached / the previous step's reached, or null.")


class FunnelOut(Out):
    group: str = Field(description="all, a channel, or a month (YYYY-MM).")
    sent: int = Field(description="Applications sent.")
    replied: int = Field(
        description="Sent applications with any reply (a call or further, or a no)."
    )
    response_rate: Rate = Field(description="replied / sent, or null.")
    ghosted: int = Field(description="Sent applications that went silent at some point.")
    ghosting_rate: Rate = Field(description="ghosted / sent, or null.")
    steps: list[FunnelStepOut] = Field(description="The stages, in order.")


class CompanyReplyTimeOut(Out):
    company: str = Field(description="The company.")
    replies: int = Field(description="Its applications with a first reply.")
    median_days: float | None = Field(description="Median days from sending to that reply.")


class ReplyTimesOut(Out):
    replies: int = Field(description="Applications with a dated first reply.")
    median_days: float | None = Field(description="Median days from sending to a first reply.")
    by_company: list[CompanyReplyTimeOut] = Field(description="The companies that replied most.")


class BounceMonthOut(Out):
    month: str = Field(description="YYYY-MM of the rejections.")
    rejections: int = Field(description="Rejections (a no or a silence) that month.")
    median_days: float | None = Field(description="Median days to the next application sent.")


class BounceBackOut(Out):
    rejections: int = Field(description="Rejections so far.")
    bounced: int = Field(description="Of them, followed by a new application.")
    waiting: int = Field(description="Of them, with no application sent since.")
    median_days: float | None = Field(description="Median days to the next application.")
    by_month: list[BounceMonthOut] = Field(description="The last twelve months, oldest first.")
    trend: str = Field(description="quicker, slower, steady or unknown.")
    sentence: str = Field(description="The figure in a plain sentence.")


class WeekMomentumOut(Out):
    week_of: date = Field(description="The week's Monday.")
    sent: int = Field(description="Applications sent that week.")
    target: int | None = Field(description="The weekly plan's target, or null with no plan.")


class MomentumOut(Out):
    weeks: list[WeekMomentumOut] = Field(description="The last eight weeks, oldest first.")
    average: float = Field(description="Applications a week over those weeks.")
    planned_weeks: int = Field(description="Weeks with a plan.")
    weeks_met: int = Field(description="Planned weeks that reached their target.")
    sentence: str = Field(description="The figure in a plain sentence.")


class ChannelMixOut(Out):
    channel: Channel = Field(description="The channel.")
    past_jobs: int = Field(description="Past jobs found through it.")
    current: int = Field(description="Applications sent through it in this search.")
    current_share: Rate = Field(description="current / all sent, or null.")


class WhatWorkedOut(Out):
    channels: list[ChannelMixOut] = Field(description="Channels used before or now.")
    suggestion: str | None = Field(description="A plain suggestion when the two differ.")


class OddsOutlookOut(Out):
    more_applications: int = Field(description="Decided applications beyond today's.")
    low: float = Field(ge=0, le=1, description="The range's low end.")
    high: float = Field(ge=0, le=1, description="The range's high end.")


class NextYesOut(Out):
    n: int = Field(description="The next n applications.")
    offers: int = Field(description="Applications that reached an offer.")
    decided: int = Field(description="Applications with an offer, a no or a silence.")
    chance: float = Field(ge=0, le=1, description="The model's central chance of an offer.")
    low: float = Field(ge=0, le=1, description="The 80% credible range's low end.")
    high: float = Field(ge=0, le=1, description="The 80% credible range's high end.")
    sentence: str = Field(description="The range in a plain sentence.")
    assumption: str = Field(description="The assumption behind it.")
    source: str = Field(description="The published figure behind the prior.")
    outlook: list[OddsOutlookOut] = Field(description="How the range narrows with more data.")


class WeakestStepOut(Out):
    from_stage: str = Field(description="The stage applications stop after.")
    to_stage: str = Field(description="The stage they do not reach.")
    decided: int = Field(description="Applications that reached from_stage and moved on or ended.")
    moved_on: int = Field(description="Of them, how many reached to_stage.")
    rate: float = Field(ge=0, le=1, description="moved_on / decided.")
    sentence: str = Field(description="The step in a plain sentence.")
    suggestion: str = Field(description="One concrete thing that tends to help.")
    link: str = Field(description="The page that helps.")
    command: str = Field(description="The same from a terminal.")


class InsightThemeOut(Out):
    kind: str = Field(description="tag, or phrase for a word pair found in 2+ reflections.")
    text: str = Field(description="The tag or the phrase.")
    count: int = Field(description="How many reflections mention it.")
    last_seen: date = Field(description="The day of the newest of them.")


class ReasonCountOut(Out):
    reason: str = Field(description="A reason a company gave, as recorded.")
    count: int = Field(description="How many times it was given.")


class InsightsOut(Out):
    as_of: date = Field(description="The day the figures are for.")
    summary: list[str] = Field(description="Where the search stands, in a few sentences.")
    funnel: FunnelOut = Field(description="The whole search.")
    by_channel: list[FunnelOut] = Field(description="One funnel per channel used.")
    by_month: list[FunnelOut] = Field(description="One funnel per month sent, oldest first.")
    reply_times: ReplyTimesOut
    bounce_back: BounceBackOut
    momentum: MomentumOut
    what_worked: WhatWorkedOut
    next_yes: NextYesOut
    weakest_step: WeakestStepOut | None = Field(description="Null until a step has data.")
    themes: list[InsightThemeOut] = Field(description="Recurring themes of your reflections.")
    reasons: list[ReasonCountOut] = Field(description="Reasons for a no given more than once.")


@router.get(
    "/insights",
    summary="Your search in figures, and the odds of the next yes",
    responses=problems(422),
)
def get_insights(
    ws: WorkspaceDep,
    next_n: Annotated[
        int,
        Query(
            alias="next",
            ge=1,
            le=MAX_N,
            description="The odds are about the next `next` applications.",
        ),
    ] = DEFAULT_N,
    as_of: Annotated[
        Day | None,
        Query(
            description="Figures as they stood on this day (not in the future); today by default."
        ),
    ] = None,
) -> InsightsOut:
    """Every figure comes from your own applications, except the prior of the odds (a
    published hiring funnel, named in `next_yes.source`)."""
    return InsightsOut.model_validate(insights(ws, as_of, next_n))
