"""The Today agenda: a few things in full, most important first, and the rest grouped.

Today never grows into a wall. Whatever the size of the day, it shows at most MAX_THINGS
things, in this order of importance, and everything else in one line each with a way to
see it:

1. An interview today or tomorrow (at most MAX_INTERVIEWS; more are counted). It is an
   appointment the person already made, not a task, so it shows on a gentle day too.
2. During a pause (the days after a "no" set aside to feel it, or a rest day): the pause's
   own gentle step, and nothing else. Everything else due waits, counted in one quiet line
   ("6 other steps can wait"); the full list is there if the person asks, never pushed.
3. Otherwise the single most useful next step, in full (see `usefulness`).
4. A short, specific nudge back into the search: once the pause after the latest "no" is
   over and no application has gone out since.
5. Follow-ups after silence, as ONE group: how many applications have gone quiet, and the
   oldest QUIET_ROWS of them as compact rows.
6. More due steps, most useful first, as compact rows, while the five last.
7. The rest: one line with how many more steps can wait, and a link to all of them.

Wherever Today names a "no" (the pause, the evidence card) it is the latest one: the
newest by date, and by id (the one recorded last) on the same date.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

from nextyes.domain.evidence_texts import EvidenceCard
from nextyes.domain.recovery import StepKind
from nextyes.domain.steps import Step
from nextyes.domain.wellbeing import SupportSuggestion

# During a feel-it window or a rest day only these are shown; nothing asks for work.
GENTLE = frozenset({StepKind.FEEL, StepKind.REST})
# Things shown on Today, at most: interviews, steps (in full or as rows), the nudge, and the
# group of quiet applications. The line counting the rest comes on top.
MAX_THINGS = 5
# Interviews today or tomorrow shown at most; more are counted ("and 1 more interview").
MAX_INTERVIEWS = 2
# The quiet applications shown as rows in their group: the oldest, the rest counted.
QUIET_ROWS = 2
# A step keeps its place near the top for this many days after it falls due; later it
# still counts, but below the steps that are on time (a thank-you six weeks late matters
# less than this week's).
FRESH_DAYS = 14


class Usefulness(IntEnum):
    """How useful a due step is today, most useful first."""

    # A thank-you, a request for feedback, a connection, a polite follow-up: they matter
    # most while the people still remember the conversation.
    TIMELY = 0
    # Back on your feet: look at the fit, write the post-mortem, plan the way back in.
    BACK_IN = 1
    # Keeping the door open: a company's new openings, a note to old contacts months on.
    IN_TOUCH = 2
    # Any step more than FRESH_DAYS past its day: still worth doing, never urgent.
    LATER = 3


# Each kind's place within its usefulness, when two steps fall due the same day.
KIND_ORDER = (
    StepKind.THANK_YOU,
    StepKind.FEEDBACK_REQUEST,
    StepKind.CONNECT,
    StepKind.FOLLOW_UP,
    StepKind.FIT_CHECK,
    StepKind.POST_MORTEM,
    StepKind.JUMP_BACK_IN,
    StepKind.WATCH_COMPANY,
    StepKind.RECONNECT,
    StepKind.FEEL,
    StepKind.REST,
)
TIMELY_KINDS = frozenset(KIND_ORDER[:4])
BACK_IN_KINDS = frozenset(KIND_ORDER[4:7])


def usefulness(step: Step, as_of: date) -> Usefulness:
    if (as_of - step.due_on).days > FRESH_DAYS:
        return Usefulness.LATER
    if step.kind in TIMELY_KINDS:
        return Usefulness.TIMELY
    if step.kind in BACK_IN_KINDS:
        return Usefulness.BACK_IN
    return Usefulness.IN_TOUCH


def most_useful_first(steps: Sequence[Step], as_of: date) -> list[Step]:
    """Due steps in the order Today offers them: by usefulness; within it one step of each
    kind before a second of any (three thank-yous to one company do not crowd out the
    request for feedback); among steps on time the one that has waited longest, among late
    ones the least late (likelier still to help); then the kind (a thank-you before a
    connection), then the plan's own order."""

    def key(step: Step) -> tuple[int, int, int, int]:
        use = usefulness(step, as_of)
        waited = (as_of - step.due_on).days
        return (
            use,
            waited if use is Usefulness.LATER else -waited,
            KIND_ORDER.index(step.kind),
            step.id,
        )

    ranked = sorted(steps, key=key)
    seen: dict[tuple[Usefulness, StepKind], int] = {}
    turn: dict[int, int] = {}
    for step in ranked:
        kind = (usefulness(step, as_of), step.kind)
        turn[step.id] = seen.get(kind, 0)
        seen[kind] = turn[step.id] + 1
    place = {step.id: n for n, step in enumerate(ranked)}
    return sorted(ranked, key=lambda s: (usefulness(s, as_of), turn[s.id], place[s.id]))


def is_quiet_follow_up(step: Step) -> bool:
    """A follow-up the silence sweep asked for (it belongs to no rejection's plan)."""
    return step.kind is StepKind.FOLLOW_UP and step.rejection_id is None


class DueFilter(StrEnum):
    """Which steps the full list behind Today shows."""

    ALL = "all"
    QUIET = "quiet"  # the follow-ups after silence: one per quiet application
    PLAN = "plan"  # every other step: the recovery plans


@dataclass(frozen=True)
class Pause:
    """A stretch of days that belongs to feeling it or resting."""

    start: date
    end: date  # first day after the pause
    application_id: int
    company: str
    kind: StepKind  # feel or rest: which step belongs to these days

    def covers(self, day: date) -> bool:
        return self.start <= day < self.end


@dataclass(frozen=True)
class LatestNo:
    """The "no" Today names: the newest by date, then by id."""

    rejection_id: int
    application_id: int
    company: str
    role: str
    on: date
    pause_end: date  # the first day after its feel-it window


def latest_no(candidates: Sequence[LatestNo]) -> LatestNo | None:
    """The newest "no" of these: the latest date, and the later id on the same date."""
    return max(candidates, key=lambda n: (n.on, n.rejection_id), default=None)


@dataclass(frozen=True)
class AgendaItem:
    step: Step
    company: str
    role: str
    overdue_days: int


@dataclass(frozen=True)
class AgendaInterview:
    id: int
    application_id: int
    company: str
    role: str
    starts_at: datetime  # in the person's own time zone
    minutes: int
    title: str | None = None
    location: str | None = None

    @property
    def day(self) -> date:
        return self.starts_at.date()


@dataclass(frozen=True)
class DueCounts:
    """Open steps due, feel and rest aside, counted (up to a bound) in the store."""

    plan_steps: int  # every due step but the sweep's follow-ups
    follow_ups: int  # follow-ups the silence sweep asked for: one per quiet application


@dataclass(frozen=True)
class Agenda:
    as_of: date
    gentle: bool
    pause_until: date | None
    # The steps shown, most useful first: the first in full, the rest as compact rows.
    # During a pause: only the pause's own feel-it or rest step.
    items: list[AgendaItem]
    waiting: int  # steps due that the pause holds back
    quiet: list[AgendaItem]  # the oldest follow-ups after silence (at most QUIET_ROWS)
    nudges: list[str] = field(default_factory=list)
    # "It is rarely about you": shown while a recent "no" is fresh.
    evidence: list[EvidenceCard] = field(default_factory=list)
    # A gentle suggestion to talk to someone, after a run of low check-ins.
    support: SupportSuggestion | None = None
    # Due steps beyond the ones listed (plan steps and quiet applications); 0 in a pause.
    more: int = 0
    # Applications gone quiet with a follow-up due, in all (`quiet` shows the oldest).
    quiet_total: int = 0
    # Due plan steps not listed (the "can wait" line); `more` adds the quiet ones unlisted.
    more_steps: int = 0
    # Interviews today or tomorrow, soonest first, and how many more there are.
    interviews: list[AgendaInterview] = field(default_factory=list)
    interviews_more: int = 0
    # The "no" Today names (the newest in the last few weeks), or None.
    latest_no: LatestNo | None = None

    @property
    def things(self) -> int:
        """What Today shows in full or as a row: never more than MAX_THINGS."""
        return (
            len(self.interviews)
            + len(self.items)
            + len(self.nudges)
            + (1 if self.quiet_total else 0)
        )

    @property
    def is_empty(self) -> bool:
        return not (self.items or self.quiet_total or self.nudges or self.interviews)


def build_agenda(
    as_of: date,
    due: Sequence[tuple[Step, str, str]],
    pauses: Sequence[Pause],
    counts: DueCounts,
    *,
    latest: LatestNo | None = None,
    last_application_on: date | None = None,
    interviews: Sequence[AgendaInterview] = (),
    saved_role: tuple[str, str] | None = None,
) -> Agenda:
    """Today, from what the store found.

    `due` holds (step, company, role) for open steps due by `as_of`: at least the most useful
    MAX_THINGS of each kind, the oldest QUIET_ROWS quiet follow-ups, and the feel and rest
    steps of the applications paused today. `counts` counts every due step (feel and rest
    aside); `latest` is the newest "no" of the last weeks; `saved_role` is (company, role)
    of the newest saved application, for a nudge that names something real."""
    current = [p for p in pauses if p.covers(as_of)]
    gentle = bool(current)
    resting = {(p.application_id, p.kind) for p in current}
    known = {
        step.id: AgendaItem(step, company, role, _late(step, as_of))
        for step, company, role in due
        if step.is_open and step.due_on <= as_of
    }
    # Feeling it and resting belong to their own days: once those pass they are not "late".
    gentle_due = [i for i in known.values() if (i.step.application_id, i.step.kind) in resting]
    work = [i for i in known.values() if i.step.kind not in GENTLE]
    quiet_due = sorted(
        (i for i in work if is_quiet_follow_up(i.step)), key=lambda i: (i.step.due_on, i.step.id)
    )
    plan_due = [i for i in work if not is_quiet_follow_up(i.step)]
    order = {s.id: n for n, s in enumerate(most_useful_first([i.step for i in plan_due], as_of))}
    plan_due.sort(key=lambda i: order[i.step.id])
    # Counted steps cover at least the ones found (a count stops at its bound).
    plan_total = max(counts.plan_steps, len(plan_due))
    quiet_total = max(counts.follow_ups, len(quiet_due))

    shown_interviews = sorted(
        (i for i in interviews if 0 <= (i.day - as_of).days <= 1),
        key=lambda i: (i.starts_at, i.id),
    )
    interviews_more = max(0, len(shown_interviews) - MAX_INTERVIEWS)
    shown_interviews = shown_interviews[:MAX_INTERVIEWS]
    room = MAX_THINGS - len(shown_interviews)

    if gentle:
        interview_today = any(i.day == as_of for i in shown_interviews)
        gentle_due.sort(key=lambda i: (i.step.due_on, i.step.id))
        items = gentle_due[: max(1, room - 1)]  # the pause's own sentence is one thing
        held = len(gentle_due) - len(items)
        return Agenda(
            as_of=as_of,
            gentle=True,
            pause_until=max(p.end for p in current),
            items=items,
            waiting=plan_total + quiet_total + held,
            quiet=[],
            nudges=[_pause_words(current, latest, interview_today)],
            quiet_total=0,
            more=0,
            more_steps=0,
            interviews=shown_interviews,
            interviews_more=interviews_more,
            latest_no=latest,
        )

    # The next step, the nudge and the quiet group always find room (interviews take at
    # most MAX_INTERVIEWS); more steps fill what is left of the five, as compact rows.
    nudge = _nudge(as_of, latest, last_application_on, saved_role)
    nudges = [nudge] if nudge else []
    quiet = quiet_due[:QUIET_ROWS] if quiet_total else []
    room -= len(nudges) + (1 if quiet_total else 0)
    items = plan_due[: max(1, room)]
    more_steps = plan_total - len(items)
    return Agenda(
        as_of=as_of,
        gentle=False,
        pause_until=None,
        items=items,
        waiting=0,
        quiet=quiet,
        nudges=nudges,
        more=more_steps + quiet_total - len(quiet),
        quiet_total=quiet_total,
        more_steps=more_steps,
        interviews=shown_interviews,
        interviews_more=interviews_more,
        latest_no=latest,
    )


def _late(step: Step, as_of: date) -> int:
    return 0 if step.kind in GENTLE else max(0, (as_of - step.due_on).days)


def _pause_words(current: Sequence[Pause], latest: LatestNo | None, interview_today: bool) -> str:
    """The one sentence of a gentle day. It names a "no" only while feeling it, and then
    always the latest one, never an older "no" whose window happens to be open too. An
    interview that day is the person's own appointment: the sentence leaves room for it."""
    rest = "the rest of the plan"
    if interview_today:
        rest = f"apart from your interview, {rest}"
    feeling = [p for p in current if p.kind is StepKind.FEEL]
    if feeling:
        company = latest.company if latest else max(feeling, key=lambda p: p.start).company
        return f"Take it easy today. The {company} news is still fresh; {rest} will wait for you."
    off = "apart from your interview, it is" if interview_today else "it is"
    return (
        f"Take it easy today: {off} a day off from the search. The rest of the plan will wait"
        " for you."
    )


def _nudge(
    as_of: date,
    latest: LatestNo | None,
    last_application_on: date | None,
    saved_role: tuple[str, str] | None,
) -> str | None:
    """One small step back in, once the latest "no" has had its days and nothing has gone
    out since; never during a pause (the caller asks only outside one)."""
    if latest is None or as_of < latest.pause_end:
        return None
    if last_application_on is not None and last_application_on >= latest.on:
        return None  # a fresh start already: nothing to nudge
    if saved_role is not None:
        company, role = saved_role
        return (
            "When you feel ready, send a single application this week: the"
            f" {role} role at {company} you saved is a good place to start."
        )
    return (
        "When you feel ready, one small step helps: pick one new posting and send a single"
        " application this week."
    )
