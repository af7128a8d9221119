"""Insights: the search seen honestly, from the person's own counts and published figures.

Pure: the store counts in SQL (store/insights.py) and hands over small groups; these
functions turn them into figures and plain sentences. Rates are fractions from 0 to 1, or
None when there is nothing to divide by. Small counts are said as "2 of 3", never as a
percentage. Nothing here shames: a figure says where applications stop, not who failed."""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from nextyes.domain.applications import Channel
from nextyes.domain.evidence_figures import FUNNEL_APPLICANTS, FUNNEL_OFFERS, FUNNEL_SOURCE
from nextyes.domain.lessons import Theme
from nextyes.domain.odds import Beta, chance_of_at_least_one, chance_range, prior_from_rate
from nextyes.domain.stages import PIPELINE, Stage

MIN_FOR_PERCENT = 10  # below this many, say "2 of 3"
MIN_STEP_SAMPLE = 5  # a step needs this many decided applications to be called weakest
MIN_TREND_MONTHS = 2
DEFAULT_N = 20  # "the next 20 applications": about a month at a steady pace
MAX_N = 500
PRIOR_APPLICATIONS = 50  # the published rate counts as much as 50 of the person's own
PUBLISHED_OFFER_RATE = FUNNEL_OFFERS.value / FUNNEL_APPLICANTS.value
OUTLOOK_STEPS = (0, 50, 100, 200)  # more decided applications, to show the range narrowing
REPLY_STAGES = (Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER)
NO_STAGES = frozenset({Stage.REJECTED, Stage.GHOSTED})
ACCEPTED_RANK = len(PIPELINE)  # accepted is past an offer

# The funnel's steps: (key, label, least rank reached); "replied" also counts a clear "no".
FUNNEL_STEPS: tuple[tuple[str, str, int], ...] = (
    ("applied", "Applied", PIPELINE.index(Stage.APPLIED)),
    ("replied", "Any reply", PIPELINE.index(Stage.SCREENING)),
    ("screening", "Screening", PIPELINE.index(Stage.SCREENING)),
    ("interviewing", "Interviewing", PIPELINE.index(Stage.INTERVIEWING)),
    ("final_round", "Final round", PIPELINE.index(Stage.FINAL_ROUND)),
    ("offer", "Offer", PIPELINE.index(Stage.OFFER)),
)


def rank(stage: Stage) -> int:
    """How far along the pipeline a stage is; accepted is past an offer, other outcomes -1."""
    if stage is Stage.ACCEPTED:
        return ACCEPTED_RANK
    return PIPELINE.index(stage) if stage in PIPELINE else -1


# ---- what the store hands over -----------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """A group of sent applications alike in every way the figures need, and how many."""

    channel: Channel
    month: str  # YYYY-MM it was sent
    furthest: int  # rank of the furthest stage its timeline entered (see `rank`)
    said_no: bool  # a clear "no" on record
    quiet: bool  # went silent at some point
    stage: Stage  # where it stands now
    count: int

    @property
    def replied(self) -> bool:
        return self.furthest >= rank(Stage.SCREENING) or self.said_no


@dataclass(frozen=True)
class Middle:
    """A median over some replies or rejections (None when there were none)."""

    count: int
    median_days: float | None


# ---- the figures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStep:
    stage: str  # applied, replied, screening, interviewing, final_round, offer
    label: str
    reached: int  # applications that got at least this far
    of_applied: float | None  # reached / applied
    of_previous: float | None  # reached / the step before's reached


@dataclass(frozen=True)
class Funnel:
    group: str  # "all", a channel, or a month (YYYY-MM)
    sent: int
    replied: int
    response_rate: float | None  # replied / sent
    ghosted: int  # applications that went silent at some point
    ghosting_rate: float | None  # ghosted / sent
    steps: list[FunnelStep]


@dataclass(frozen=True)
class CompanyReplyTime:
    company: str
    replies: int
    median_days: float | None


@dataclass(frozen=True)
class ReplyTimes:
    replies: int  # applications with a first reply after they were sent
    median_days: float | None
    by_company: list[CompanyReplyTime]  # most replies first


@dataclass(frozen=True)
class BounceMonth:
    month: str  # YYYY-MM of the rejections
    rejections: int
    median_days: float | None  # days to the next application sent


@dataclass(frozen=True)
class BounceBack:
    rejections: int
    bounced: int  # rejections followed by a new application
    waiting: int  # rejections with no application sent since
    median_days: float | None
    by_month: list[BounceMonth]  # oldest first
    trend: str  # quicker, slower, steady, or unknown
    sentence: str


@dataclass(frozen=True)
class WeekMomentum:
    week_of: date  # the Monday
    sent: int
    target: int | None  # the weekly plan's target, when there was a plan


@dataclass(frozen=True)
class Momentum:
    weeks: list[WeekMomentum]  # oldest first, the current week last
    average: float  # applications a week over the weeks shown
    planned_weeks: int
    weeks_met: int  # planned weeks that reached their target
    sentence: str


@dataclass(frozen=True)
class ChannelMix:
    channel: Channel
    past_jobs: int
    current: int  # sent applications in this search
    current_share: float | None


@dataclass(frozen=True)
class WhatWorked:
    channels: list[ChannelMix]
    suggestion: str | None


@dataclass(frozen=True)
class OddsOutlook:
    more_applications: int  # decided applications beyond today's, at today's rate
    low: float
    high: float


@dataclass(frozen=True)
class NextYes:
    n: int  # the next n applications
    offers: int  # applications that reached an offer
    decided: int  # applications that reached an offer or ended without one
    chance: float  # the model's central chance of at least one offer in the next n
    low: float  # the credible range (80%) of that chance
    high: float
    sentence: str
    assumption: str
    source: str
    outlook: list[OddsOutlook]


@dataclass(frozen=True)
class WeakestStep:
    from_stage: str
    to_stage: str
    decided: int  # applications that reached from_stage and have moved on or ended
    moved_on: int  # of those, how many reached to_stage
    rate: float
    sentence: str
    suggestion: str
    link: str  # the page that helps
    command: str  # the same from a terminal


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    count: int


@dataclass(frozen=True)
class Insights:
    as_of: date
    summary: list[str]
    funnel: Funnel
    by_channel: list[Funnel]
    by_month: list[Funnel]
    reply_times: ReplyTimes
    bounce_back: BounceBack
    momentum: Momentum
    what_worked: WhatWorked
    next_yes: NextYes
    weakest_step: WeakestStep | None
    themes: list[Theme]
    reasons: list[ReasonCount]


# ---- wording -------------------------------------------------------------------------------


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def share_text(part: int, whole: int) -> str:
    """'2 of 3' for small counts; '29% (12 of 42)' from 10 on."""
    if whole < MIN_FOR_PERCENT:
        return f"{part} of {whole}"
    return f"{math.floor(100 * part / whole)}% ({part} of {whole})"


def percent(value: float) -> str:
    """A chance for people: under 1% says so, else a whole number."""
    if value < 0.01:
        return "less than 1%"
    if value > 0.99:
        return "more than 99%"
    return f"{round(100 * value)}%"


def days_text(days: float | None) -> str:
    if days is None:
        return "not known yet"
    if days == 0:
        return "the same day"
    shown = f"{days:.1f}".removesuffix(".0")
    return f"{shown} day" + ("" if shown == "1" else "s")


def channel_label(channel: Channel) -> str:
    return channel.value.replace("_", " ")


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


# ---- funnel --------------------------------------------------------------------------------


def funnel(group: str, outcomes: Iterable[Outcome]) -> Funnel:
    chosen = list(outcomes)
    sent = sum(o.count for o in chosen)
    replied = sum(o.count for o in chosen if o.replied)
    ghosted = sum(o.count for o in chosen if o.quiet)
    steps: list[FunnelStep] = []
    previous = sent
    for key, label, least in FUNNEL_STEPS:
        if key == "applied":
            reached = sent
        elif key == "replied":
            reached = replied
        else:
            reached = sum(o.count for o in chosen if o.furthest >= least)
        steps.append(
            FunnelStep(key, label, reached, ratio(reached, sent), ratio(reached, previous))
        )
        previous = reached
    return Funnel(group, sent, replied, ratio(replied, sent), ghosted, ratio(ghosted, sent), steps)


def funnels_by_channel(outcomes: Sequence[Outcome]) -> list[Funnel]:
    """One funnel per channel used, in the Channel order."""
    used = {o.channel for o in outcomes}
    return [funnel(c.value, (o for o in outcomes if o.channel is c)) for c in Channel if c in used]


def funnels_by_month(outcomes: Sequence[Outcome], months: Sequence[str]) -> list[Funnel]:
    """One funnel per month, from the first of `months` with an application sent."""
    used = {o.month for o in outcomes}
    shown = list(months)
    while shown and shown[0] not in used:
        shown.pop(0)
    return [funnel(m, (o for o in outcomes if o.month == m)) for m in shown]


def months_up_to(as_of: date, count: int) -> list[str]:
    """The `count` months ending with as_of's, oldest first, as YYYY-MM."""
    found = []
    year, month = as_of.year, as_of.month
    for _ in range(count):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found[::-1]


# ---- the weakest step ------------------------------------------------------------------------

# (from, to): what tends to help when applications stop there, and where to find it.
STEP_HELP: dict[tuple[Stage, Stage], tuple[str, str, str]] = {
    (Stage.APPLIED, Stage.SCREENING): (
        "Try fewer, closer-fitting applications through the channels that have answered"
        " you, with the first lines written for each posting; the weekly plan keeps them"
        " steady.",
        "/if-then",
        "nextyes week",
    ),
    (Stage.SCREENING, Stage.INTERVIEWING): (
        "Practise the questions in your question bank aloud, and prepare a two-minute"
        " answer to 'why this role?' before each first call.",
        "/lessons#practice",
        "nextyes practice",
    ),
    (Stage.INTERVIEWING, Stage.FINAL_ROUND): (
        "Practise the questions that caught you out, from your question bank, and write a"
        " short reflection after each interview while it is fresh.",
        "/lessons#practice",
        "nextyes practice",
    ),
    (Stage.FINAL_ROUND, Stage.OFFER): (
        "You are getting to final rounds, which is far. Ask for feedback after each one"
        " (a draft is ready in the application's plan) and add what you learn to your"
        " reflections.",
        "/lessons",
        "nextyes draft ID feedback_request",
    ),
}


def weakest_step(outcomes: Sequence[Outcome]) -> WeakestStep | None:
    """The step where the largest share of the applications that reached it stopped.

    Only applications that have moved on or ended count: one still waiting at a stage has
    not had its chance yet. A step needs MIN_STEP_SAMPLE of them; the earliest wins a tie."""
    found: WeakestStep | None = None
    for (start, end), (suggestion, link, command) in STEP_HELP.items():
        reached = [o for o in outcomes if o.furthest >= rank(start)]
        moved_on = sum(o.count for o in reached if o.furthest >= rank(end))
        # One that went past the step has had its chance even if it now stands at the
        # step again (its stage corrected back): it counts as decided, so that the share
        # moved on is never above one.
        decided = sum(o.count for o in reached if o.stage is not start or o.furthest >= rank(end))
        if decided < MIN_STEP_SAMPLE:
            continue
        rate = moved_on / decided
        if found is None or rate < found.rate:
            stopped = decided - moved_on
            found = WeakestStep(
                from_stage=start.value,
                to_stage=end.value,
                decided=decided,
                moved_on=moved_on,
                rate=rate,
                sentence=(
                    f"Applications stop most often between {start.label.lower()} and"
                    f" {end.label.lower()}: of the {decided} that got to {start.label.lower()}"
                    f" and have moved on or ended, {stopped} went no further. That is common,"
                    " and it is where a little practice helps most."
                ),
                suggestion=suggestion,
                link=link,
                command=command,
            )
    return found


# ---- reply times, bounce-back, momentum ------------------------------------------------------


def reply_times(overall: Middle, by_company: Sequence[tuple[str, Middle]]) -> ReplyTimes:
    return ReplyTimes(
        replies=overall.count,
        median_days=overall.median_days,
        by_company=[CompanyReplyTime(c, m.count, m.median_days) for c, m in by_company],
    )


def bounce_back(
    rejections: int, waiting: int, overall: Middle, by_month: Sequence[BounceMonth]
) -> BounceBack:
    trend = bounce_trend(by_month)
    if not rejections:
        sentence = "No rejections yet, so nothing to bounce back from."
    elif overall.median_days is None:
        sentence = (
            "After your rejections so far no new application has gone out yet. Whenever you"
            " are ready, one small application is a fine way back in."
        )
    else:
        sentence = (
            f'After a "no", you typically sent your next application'
            f" {_within(overall.median_days)}."
        )
        if trend == "quicker":
            sentence += " Lately you have been getting back to it sooner."
        elif trend == "slower":
            sentence += (
                " Lately it has been taking a little longer, which is understandable;"
                " the weekly plan can make the next step smaller."
            )
    return BounceBack(
        rejections=rejections,
        bounced=overall.count,
        waiting=waiting,
        median_days=overall.median_days,
        by_month=list(by_month),
        trend=trend,
        sentence=sentence,
    )


def _within(days: float) -> str:
    return "on the same day" if days == 0 else f"within {days_text(days)}"


def bounce_trend(by_month: Sequence[BounceMonth]) -> str:
    """Quicker or slower: the latest month's median against the median of the months before
    (a change under a day, or under a fifth, is steady)."""
    known = [m.median_days for m in by_month if m.median_days is not None]
    if len(known) < MIN_TREND_MONTHS:
        return "unknown"
    *before, latest = known
    earlier = sorted(before)[len(before) // 2] if len(before) % 2 else _even_median(before)
    change = latest - earlier
    if abs(change) < 1 or (earlier and abs(change) / earlier < 0.2):
        return "steady"
    return "quicker" if change < 0 else "slower"


def _even_median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return (ordered[middle - 1] + ordered[middle]) / 2


def momentum(weeks: Sequence[WeekMomentum]) -> Momentum:
    shown = list(weeks)
    average = sum(w.sent for w in shown) / len(shown) if shown else 0.0
    planned = [w for w in shown if w.target is not None]
    met = sum(1 for w in planned if w.target is not None and w.sent >= w.target)
    if not any(w.sent for w in shown):
        sentence = (
            "No applications in these weeks. A weekly plan with a small target is an easy"
            " way to start again."
        )
    elif planned:
        sentence = (
            f"About {average:.1f} applications a week; you reached your plan's target in"
            f" {met} of {plural(len(planned), 'planned week')}."
        )
    else:
        sentence = (
            f"About {average:.1f} applications a week. A weekly plan (what, when, how) helps:"
            " in one study, people who made one sent more applications and got more offers."
        )
    return Momentum(shown, average, len(planned), met, sentence)


# ---- what worked before ----------------------------------------------------------------------


def what_worked(
    past: dict[Channel, int], recent_past: Sequence[Channel], current: dict[Channel, int]
) -> WhatWorked:
    """Past jobs by channel next to this search's mix; a suggestion when the channel that
    found the person their recent jobs is a small part of this search."""
    sent = sum(current.values())
    channels = [
        ChannelMix(c, past.get(c, 0), current.get(c, 0), ratio(current.get(c, 0), sent))
        for c in Channel
        if past.get(c) or current.get(c)
    ]
    suggestion = None
    if recent_past and sent:
        channel = recent_past[0]
        streak = 0
        for found in recent_past:
            if found is not channel:
                break
            streak += 1
        past_share = past.get(channel, 0) / sum(past.values())
        used = current.get(channel, 0)
        if used / sent < past_share / 2:
            jobs = "your last job" if streak == 1 else f"your last {_count_word(streak)} jobs"
            suggestion = (
                f"{jobs.capitalize()} came through {channel_label(channel)};"
                f" {_one_in(used, sent)} of your current applications"
                f" {'is' if used <= 1 else 'are'} through {channel_label(channel)}."
                f" It may be worth a few more {channel_label(channel)} applications."
            )
    return WhatWorked(channels, suggestion)


def _count_word(count: int) -> str:
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    return words.get(count, str(count))


def _one_in(part: int, whole: int) -> str:
    """'none', '1 in 20', '3 of 40'."""
    if part == 0:
        return "none"
    if whole % part == 0:
        return f"1 in {whole // part}"
    return f"{part} of {whole}"


# ---- the next yes -----------------------------------------------------------------------------


PRIOR = prior_from_rate(PUBLISHED_OFFER_RATE, PRIOR_APPLICATIONS)
ASSUMPTION = (
    "This assumes each application has about the same chance of an offer, learned from your"
    f" own decided applications and, while you have few, from a published funnel counted as"
    f" {PRIOR_APPLICATIONS} applications; a better fit or a referral can change it."
)


def decided_counts(outcomes: Sequence[Outcome]) -> tuple[int, int]:
    """(offers, decided): applications that reached an offer, and those plus the ones that
    ended in a "no" or silence without one. Open, withdrawn and closed ones wait."""
    offers = sum(o.count for o in outcomes if o.furthest >= rank(Stage.OFFER))
    noes = sum(o.count for o in outcomes if o.stage in NO_STAGES and o.furthest < rank(Stage.OFFER))
    return offers, offers + noes


def next_yes(offers: int, decided: int, n: int = DEFAULT_N) -> NextYes:
    belief = PRIOR.updated(offers, decided - offers)
    low, high = chance_range(belief, n)
    outlook = []
    for more in OUTLOOK_STEPS:
        later = belief.updated(more * belief.mean, more * (1 - belief.mean))
        outlook.append(OddsOutlook(more, *chance_range(later, n)))
    if decided:
        basis = (
            f"based on your {plural(decided, 'decided application')}"
            f" ({plural(offers, 'offer')} among them)"
        )
    else:
        basis = "from a published funnel until your own applications are decided"
    sentence = (
        f"The chance of at least one offer in your next {n} applications is somewhere"
        f" between {percent(low)} and {percent(high)}, {basis}."
    )
    return NextYes(
        n=n,
        offers=offers,
        decided=decided,
        chance=chance_of_at_least_one(belief, n),
        low=low,
        high=high,
        sentence=sentence,
        assumption=ASSUMPTION,
        source=FUNNEL_SOURCE,
        outlook=outlook,
    )


def belief_after(offers: int, decided: int) -> Beta:
    return PRIOR.updated(offers, decided - offers)


# ---- the whole picture --------------------------------------------------------------------------


def summary(
    overall: Funnel, step: WeakestStep | None, odds: NextYes, reply: ReplyTimes
) -> list[str]:
    """Where the search stands, in a few plain sentences. The weakest step and the odds
    have their own sections (with their reasons and a next step): the summary points to the
    first and leaves the odds to theirs, which wait during a pause after a "no"."""
    if not overall.sent:
        return [
            "Nothing sent yet. Once you add applications, this page shows where they stand,"
            " what tends to work for you, and the honest odds of the next yes."
        ]
    lines = [
        f"You have sent {plural(overall.sent, 'application')};"
        f" {share_text(overall.replied, overall.sent)} got a reply of some kind."
    ]
    if reply.median_days is not None:
        lines.append(f"A first reply typically came after {days_text(reply.median_days)}.")
    if step is not None:
        start, end = Stage(step.from_stage).label.lower(), Stage(step.to_stage).label.lower()
        lines.append(
            f"Applications stop most often between {start} and {end}; below is where, and"
            " one next step."
        )
    return lines


# ---- the odds in words -----------------------------------------------------------------------


@dataclass(frozen=True)
class OddsWords:
    """The odds of the next yes said for people: never a bare range."""

    headline: str  # the model's central chance, in words, over the next n
    meaning: str  # how wide it honestly is, and what it rests on
    movers: list[str]  # what would move it, from the person's own data


def in_hundred(value: float) -> str:
    """A chance as a natural frequency: 'about 6 in 100', 'less than 1 in 100'."""
    if value < 0.01:
        return "less than 1 in 100"
    if value > 0.99:
        return "more than 99 in 100"
    return f"about {round(100 * value)} in 100"


def odds_words(odds: NextYes, step: WeakestStep | None) -> OddsWords:
    """What the odds mean and what would move them: the central chance in words, the
    honest range and what it rests on, then what would change it (more applications, more
    answers, getting past the step where applications stop most)."""
    n = odds.n
    chance = odds.chance
    if chance < 0.15:
        level = "has a small but real chance"
    elif chance < 0.4:
        level = "is a real possibility"
    elif chance < 0.6:
        level = "is about as likely as not"
    else:
        level = "is more likely than not"
    headline = (
        f"An offer within your next {plural(n, 'application')} {level}: {in_hundred(chance)}."
    )
    where = f"anywhere from {percent(odds.low)} to {percent(odds.high)}"
    published = (
        f"a published funnel where {FUNNEL_OFFERS.value:g} of {FUNNEL_APPLICANTS.value:g}"
        " applicants got an offer"
    )
    if not odds.decided:
        meaning = (
            f"Honestly it could be {where}. None of your applications has had its final"
            f" answer yet, so this starts from {published}; your own answers take over as"
            " they come. Low odds for any one application are normal for everyone."
        )
    else:
        basis = (
            f"your {plural(odds.decided, 'decided application')}"
            f" ({plural(odds.offers, 'offer')} among them)"
        )
        leaning = (
            f" and, while those are few, on {published}"
            if odds.decided < 3 * PRIOR_APPLICATIONS
            else ""
        )
        meaning = (
            f"Honestly it could be {where}. It rests on {basis}{leaning}. Low odds for any"
            " one application are normal for everyone: a search takes many."
        )
    movers = []
    more = min(2 * n, MAX_N)
    if more > n:
        wider = next_yes(odds.offers, odds.decided, more).chance
        movers.append(
            f"Sending more: over your next {more} applications it would be {in_hundred(wider)}."
        )
    later = next((o for o in odds.outlook if o.more_applications), None)
    if later is not None:
        movers.append(
            "Answers: every application that ends, in an offer or a no, teaches the estimate"
            f" about you. With {later.more_applications} more at today's rate the range would"
            f" be {percent(later.low)} to {percent(later.high)}."
        )
    if step is not None:
        start, end = Stage(step.from_stage).label.lower(), Stage(step.to_stage).label.lower()
        movers.append(
            f"Getting further: yours stop most often between {start} and {end}"
            f" ({step.moved_on} of {step.decided} moved on). A change there lifts these odds"
            " most; the section on where applications stop has one next step."
        )
    return OddsWords(headline, meaning, movers)
