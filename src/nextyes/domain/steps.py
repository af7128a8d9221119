"""Plan steps as stored: done, snoozed to a later day, or skipped — never a guilt list.

Each kind of step leads to the thing it asks for (a draft to write, the reflection, this
week's plan), a snooze only ever moves a step forward, and an open plan follows what
became known after it was written (people linked, feedback received)."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from nextyes.domain.contacts import Contact
from nextyes.domain.draft_wording import DraftKind
from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import PER_PERSON, PlannedStep, StepKind, StepStatus

# A snooze moves a step to a day that still means something; further off, skip it instead.
SNOOZE_HORIZON = timedelta(days=366)
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Step:
    id: int
    application_id: int
    kind: StepKind
    title: str
    why: str
    due_on: date
    original_due_on: date
    status: StepStatus
    rejection_id: int | None = None
    contact_id: int | None = None
    note: str | None = None
    resolved_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.status is StepStatus.OPEN


def check_resolvable(step: Step) -> None:
    if not step.is_open:
        raise InvalidInput(f"step {step.id} is already {step.status.value}")


def next_step(steps: Sequence[Step], today: date, feel_ends: date | None = None) -> Step | None:
    """The plan's next open step, in the plan's order (due day, then as written): a feel-it
    step while its days last (`feel_ends`: the first day after them; without it, its own
    day), a rest step on its day; every other open step until it is done or skipped."""
    for step in sorted(steps, key=lambda s: (s.due_on, s.id)):
        if not step.is_open:
            continue
        if step.kind is StepKind.FEEL and today >= (feel_ends or step.due_on + timedelta(1)):
            continue
        if step.kind is StepKind.REST and step.due_on < today:
            continue
        return step
    return None


# --- snooze: forward only ---------------------------------------------------------------


def earliest_snooze(step: Step, today: date) -> date:
    """The first day a step may be snoozed to: after today, and after the day it is due."""
    return max(today, step.due_on) + timedelta(days=1)


def latest_snooze(today: date) -> date:
    return today + SNOOZE_HORIZON


def check_snooze(step: Step, until: date, today: date) -> None:
    """A snooze moves a step forward: never to today or before, never to its own due day or
    before it (that would bring it nearer), and at most a year ahead."""
    check_resolvable(step)
    if until <= today:
        raise InvalidInput(
            f"snooze to a later day than today ({today.isoformat()}); you chose {until.isoformat()}"
        )
    if until <= step.due_on:
        raise InvalidInput(
            f"snooze to a later day than the step's due day ({step.due_on.isoformat()}),"
            f" you chose {until.isoformat()}: a snooze never brings a step nearer"
        )
    latest = latest_snooze(today)
    if until > latest:
        raise InvalidInput(
            f"snooze at most a year ahead (to {latest.isoformat()}); you chose {until.isoformat()}"
        )


class SnoozeWord(StrEnum):
    """Days a snooze can be named by instead of a date."""

    TOMORROW = "tomorrow"
    NEXT_WEEK = "next-week"


def snooze_day(word: SnoozeWord, step: Step, today: date) -> date:
    """Tomorrow is the day after today; next week is a week after today, or a week after the
    day the step is due when that is later (a snooze never brings a step nearer)."""
    if word is SnoozeWord.TOMORROW:
        return today + timedelta(days=1)
    return max(today, step.due_on) + WEEK


@dataclass(frozen=True)
class SnoozeChoice:
    label: str
    until: date


def snooze_choices(step: Step, today: date) -> list[SnoozeChoice]:
    """The one-tap snoozes a step offers: tomorrow and next week while it is due, a week
    later when it is not due yet. None of them is on or before the step's due day."""
    if step.due_on <= today:
        return [
            SnoozeChoice("Tomorrow", snooze_day(SnoozeWord.TOMORROW, step, today)),
            SnoozeChoice("Next week", snooze_day(SnoozeWord.NEXT_WEEK, step, today)),
        ]
    return [SnoozeChoice("A week later", snooze_day(SnoozeWord.NEXT_WEEK, step, today))]


# --- every step leads to its action -----------------------------------------------------


class Goes(StrEnum):
    """Where a step's action takes the person."""

    COMPOSE = "compose"  # the message composer, with a kind and a person chosen
    REFLECT = "reflect"  # the post-mortem reflection
    FIT = "fit"  # the posting next to the fit question
    WEEK = "week"  # this week's plan
    PEOPLE = "people"  # the people of the application: add or link the one to thank


@dataclass(frozen=True)
class StepAction:
    goes: Goes
    label: str  # what the button says: "Write the thank-you to Mei Chen"
    draft: DraftKind | None = None
    contact_id: int | None = None


# The message each kind of step asks for; feel and rest ask for nothing.
DRAFT_FOR = {
    StepKind.THANK_YOU: DraftKind.THANK_YOU,
    StepKind.CONNECT: DraftKind.CONNECTION_NOTE,
    StepKind.FEEDBACK_REQUEST: DraftKind.FEEDBACK_REQUEST,
    StepKind.FOLLOW_UP: DraftKind.FOLLOW_UP,
    StepKind.RECONNECT: DraftKind.RECONNECT,
    StepKind.WATCH_COMPANY: DraftKind.DOOR_OPEN,
}
ELSEWHERE = {
    StepKind.POST_MORTEM: StepAction(Goes.REFLECT, "Write the post-mortem"),
    StepKind.FIT_CHECK: StepAction(Goes.FIT, "Look at the fit"),
    StepKind.JUMP_BACK_IN: StepAction(Goes.WEEK, "Make this week's plan"),
}
NO_ACTION = frozenset({StepKind.FEEL, StepKind.REST})

# The button's words, with the person's name and without.
WRITE = {
    DraftKind.THANK_YOU: ("Write the thank-you to {name}", "Write the thank-you"),
    DraftKind.CONNECTION_NOTE: ("Write the connection note to {name}", "Write a connection note"),
    DraftKind.FEEDBACK_REQUEST: ("Ask {name} for feedback", "Write the feedback request"),
    DraftKind.FOLLOW_UP: ("Write the follow-up to {name}", "Write the follow-up"),
    DraftKind.RECONNECT: ("Write a note to {name}", "Write a note to reconnect"),
    DraftKind.DOOR_OPEN: ("Ask {name} about new roles", "Write a keep-in-touch note"),
}
FIND_SOMEONE = StepAction(Goes.PEOPLE, "Add the person you met")

# Whom each message is best sent to, when a step names nobody: the people who decide, or
# who pass the message on, first.
ADDRESSEE = {
    DraftKind.THANK_YOU: ("interviewer", "hiring_manager", "recruiter", "referrer"),
    DraftKind.CONNECTION_NOTE: ("hiring_manager", "interviewer", "recruiter"),
    DraftKind.FEEDBACK_REQUEST: ("recruiter", "hiring_manager"),
    DraftKind.FOLLOW_UP: ("recruiter", "hiring_manager"),
    DraftKind.DOOR_OPEN: ("recruiter", "hiring_manager"),
    DraftKind.RECONNECT: ("hiring_manager", "recruiter", "interviewer", "referrer"),
}


def addressee(kind: DraftKind, people: Iterable[Contact]) -> Contact | None:
    """The linked person a message of this kind is best sent to, or None."""
    order = ADDRESSEE[kind]
    fitting = [c for c in people if c.role.value in order]
    return min(fitting, key=lambda c: (order.index(c.role.value), c.id), default=None)


def action_for(step: Step, people: Iterable[Contact] = ()) -> StepAction | None:
    """Where a step leads: the composer with its message and person, the reflection, the
    fit view or this week's plan. `people` are those linked to the application, when
    known; a step about nobody in particular then goes to the best of them. A thank-you
    or connection for nobody yet leads to finding the person; feel and rest lead nowhere."""
    if step.kind in NO_ACTION:
        return None
    if step.kind in ELSEWHERE:
        return ELSEWHERE[step.kind]
    draft = DRAFT_FOR[step.kind]
    linked = {c.id: c for c in people}
    if step.kind in PER_PERSON and step.contact_id is None:
        return FIND_SOMEONE
    person = linked.get(step.contact_id) if step.contact_id is not None else None
    if step.contact_id is None:
        person = addressee(draft, linked.values())
    named, alone = WRITE[draft]
    contact_id = person.id if person else step.contact_id
    label = named.format(name=person.name) if person else alone
    return StepAction(Goes.COMPOSE, label, draft, contact_id)


# --- an open plan follows what became known -------------------------------------------

# A person linked later than this after the "no" gets no thank-you of their own: by then
# the plan has moved on to watching the company and reconnecting, months later.
LATE_LINK_DAYS = 30


@dataclass(frozen=True)
class PlanChanges:
    """How an open plan follows what became known after it was written."""

    add: tuple[PlannedStep, ...] = ()
    drop: tuple[int, ...] = ()  # open steps no longer wanted (a placeholder, a person unlinked)
    retitle: tuple[tuple[int, str, str], ...] = ()  # (step id, title, why): a name changed
    close: tuple[int, ...] = ()  # open steps whose purpose is met (feedback came anyway)

    def __bool__(self) -> bool:
        return bool(self.add or self.drop or self.retitle or self.close)


def follow_plan(
    current: Sequence[Step], wanted: Sequence[PlannedStep], today: date, rejected_on: date
) -> PlanChanges:
    """What to change so a plan's open steps match what is known now.

    `current` are the plan's steps (any status); `wanted` is the plan `plan_for` would write
    today. Only the per-person steps (thank-you, connect) and the feedback request follow;
    every other step stays as the person left it, and done or skipped steps are history.

    - A person linked: their own steps replace the open "find the person" one (due when it
      was), unless that one was already done or skipped, or the "no" is over a month old.
    - A person no longer linked, or in another role: their open steps go.
    - A name changed: the open step's title follows.
    - Feedback recorded: an open feedback request is done (the feedback came anyway)."""
    add: list[PlannedStep] = []
    drop: list[int] = []
    retitle: list[tuple[int, str, str]] = []
    wanted_by_key = {(w.kind, w.contact_id): w for w in wanted if w.kind in PER_PERSON}
    recent = today <= rejected_on + timedelta(days=LATE_LINK_DAYS)
    for kind in sorted(PER_PERSON):
        mine = [s for s in current if s.kind is kind]
        handled = any(s.contact_id is None and not s.is_open for s in mine)
        kept: list[Step] = []
        replaced: list[date] = []
        for s in mine:
            want = wanted_by_key.get((kind, s.contact_id))
            if not s.is_open:
                kept.append(s)
            elif want is None and (s.contact_id is not None or recent):
                drop.append(s.id)
                replaced.append(s.due_on)
            else:
                kept.append(s)
                if want is not None and (s.title, s.why) != (want.title, want.why):
                    retitle.append((s.id, want.title, want.why))
        if not recent:
            continue
        have = {s.contact_id for s in kept}
        for (k, contact_id), want in wanted_by_key.items():
            if k is not kind or contact_id in have:
                continue
            if contact_id is None and kept:
                continue  # the plan still holds someone for this kind of step
            if contact_id is not None and handled and not want.variant:
                continue  # they found and thanked someone themselves
            due = min(replaced) if replaced else max(want.due_on, today)
            add.append(replace(want, due_on=due))
    close = tuple(
        s.id
        for s in current
        if s.kind is StepKind.FEEDBACK_REQUEST
        and s.is_open
        and not any(w.kind is StepKind.FEEDBACK_REQUEST for w in wanted)
    )
    return PlanChanges(tuple(add), tuple(drop), tuple(retitle), close)
