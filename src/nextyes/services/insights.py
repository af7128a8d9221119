"""Insights for one person: the funnel, reply times, bounce-back, momentum, what worked
before, the weakest step and the odds of the next "yes", all in one read transaction; and
whether today is a pause after a "no", when the odds wait until the person asks for them."""

from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from nextyes.domain.applications import Channel
from nextyes.domain.errors import InvalidInput
from nextyes.domain.insights import (
    DEFAULT_N,
    MAX_N,
    Insights,
    bounce_back,
    decided_counts,
    funnel,
    funnels_by_channel,
    funnels_by_month,
    momentum,
    months_up_to,
    next_yes,
    reply_times,
    summary,
    weakest_step,
    what_worked,
)
from nextyes.domain.weekly import monday_of
from nextyes.services.today import today as today_agenda
from nextyes.services.workspace import Workspace
from nextyes.store.insights import InsightCounts

MONTHS_SHOWN = 12
WEEKS_SHOWN = 8
COMPANIES_SHOWN = 10
REASONS_SHOWN = 5
RECENT_JOBS = 3


def checked_n(n: int) -> int:
    if not 1 <= n <= MAX_N:
        raise InvalidInput(f"the number of applications must be from 1 to {MAX_N}, got {n}")
    return n


def insights(ws: Workspace, as_of: date | None = None, n: int = DEFAULT_N) -> Insights:
    """Every figure as of `as_of` (today when left out): applications sent, events and
    rejections up to that day; `n` is how many next applications the odds are about."""
    today = ws.clock.today()
    day = as_of or today
    if day > today:
        raise InvalidInput(
            f"date {day.isoformat()} is in the future (today is {today.isoformat()})"
        )
    checked_n(n)
    with ws.db.transaction() as session:
        _one_snapshot(session)
        counts = InsightCounts(session, ws.owner_id)
        search = counts.search(day, today, COMPANIES_SHOWN)
        rejections, waiting, overall_bounce, bounce_months = counts.bounce_back(day, MONTHS_SHOWN)
        first_monday = monday_of(day) - timedelta(weeks=WEEKS_SHOWN - 1)
        weeks = counts.weeks(first_monday, day)
        past, recent_past = counts.past_channels(RECENT_JOBS)
        reasons = counts.reasons(day, REASONS_SHOWN)
        themes = counts.themes()
    outcomes = search.outcomes
    overall = funnel("all", outcomes)
    channels = funnels_by_channel(outcomes)
    step = weakest_step(outcomes)
    odds = next_yes(*decided_counts(outcomes), n=n)
    replies = reply_times(search.replies, search.by_company)
    return Insights(
        as_of=day,
        summary=summary(overall, step, odds, replies),
        funnel=overall,
        by_channel=channels,
        by_month=funnels_by_month(outcomes, months_up_to(day, MONTHS_SHOWN)),
        reply_times=replies,
        bounce_back=bounce_back(rejections, waiting, overall_bounce, bounce_months),
        momentum=momentum(weeks),
        what_worked=what_worked(past, recent_past, {Channel(f.group): f.sent for f in channels}),
        next_yes=odds,
        weakest_step=step,
        themes=themes,
        reasons=reasons,
    )


def pause_until(ws: Workspace) -> date | None:
    """During a pause after a "no" (its feel-it window, or a rest day of its plan), the first
    day after it; None on any other day. Today's own rule (services.today), so the Insights
    page and Today agree on when a day is gentle."""
    agenda = today_agenda(ws)
    return agenda.pause_until if agenda.gentle else None


def _one_snapshot(session: Session) -> None:
    """On PostgreSQL (many people, many writers), every query of the transaction reads the
    same snapshot, so the figures add up even while the person writes elsewhere."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
