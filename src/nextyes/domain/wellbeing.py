"""Check-ins, the WHO-5 Well-Being Index and the gentle support suggestion.

NextYes supports; it never diagnoses. A run of low check-ins or a low WHO-5 score leads to
one kind suggestion to talk to someone, with places to turn — never a label."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import optional_text

MOOD_LOW = 2  # a check-in at 2 or below counts as low
NOTE_LIMIT = 2_000  # a check-in note is a line or two, not a journal
LOW_RUN_DAYS = 14  # today and the 13 days before
LOW_RUN_LOOK_AT = 4  # the last four check-ins in that window...
LOW_RUN_NEEDED = 3  # ...of which three are low

# The WHO-5 Well-Being Index (World Health Organization, 1998), reproduced unaltered: its
# terms of use allow free use only of the original wording.
WHO5_NAME = "WHO-5 Well-Being Index"
WHO5_SOURCE = "WHO-5 Well-Being Index, World Health Organization, 1998"
WHO5_LEAD = "Over the last two weeks:"
WHO5_ITEMS = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)
WHO5_SCALE = (
    (5, "All of the time"),
    (4, "Most of the time"),
    (3, "More than half of the time"),
    (2, "Less than half of the time"),
    (1, "Some of the time"),
    (0, "At no time"),
)
WHO5_LOW_RAW = 13  # a raw score below this is a reason to suggest talking to someone
WHO5_NOTABLE_CHANGE = 10  # points on the 0-100 scale


class SupportReason(StrEnum):
    LOW_CHECKINS = "low_checkins"
    WHO5 = "who5"


@dataclass(frozen=True)
class CheckIn:
    id: int
    checked_at: datetime
    mood: int  # 1-5
    note: str | None


@dataclass(frozen=True)
class Who5:
    """One WHO-5 questionnaire as taken."""

    id: int
    taken_at: datetime
    answers: tuple[int, ...]  # the five answers, 0-5, in the order of WHO5_ITEMS
    raw_score: int  # 0-25
    percent: int  # 0-100, the raw score times 4


@dataclass(frozen=True)
class Who5Change:
    since: datetime  # when the previous questionnaire was taken
    previous_percent: int
    points: int  # this one minus the previous one, on the 0-100 scale
    worth_noting: bool
    message: str | None


@dataclass(frozen=True)
class SupportSuggestion:
    reason: SupportReason
    message: str
    resources: tuple[str, ...]


def check_mood(mood: int) -> int:
    if not 1 <= mood <= 5:
        raise InvalidInput(f"mood must be from 1 (low) to 5 (good); you wrote {mood}")
    return mood


def check_note(note: str | None) -> str | None:
    return optional_text(note, "note", NOTE_LIMIT)


def acknowledgement(mood: int) -> str:
    """What the person reads after checking in: kind, short, no advice they did not ask for."""
    if mood <= MOOD_LOW:
        return "Thank you for checking in. Hard days are part of a search; be gentle with yourself."
    if mood == 3:
        return "Thank you for checking in. An in-between day still counts."
    return "Thank you for checking in. Good to hear — may it carry into the next step."


def parse_answers(text: str) -> tuple[int, ...]:
    """WHO-5 answers as typed: five whole numbers from 0 to 5, separated by commas."""
    parts = [part.strip() for part in text.split(",")]
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        raise InvalidInput(
            f"cannot read WHO-5 answers {text!r}; give five numbers from 0 to 5, e.g. 3,4,2,3,4"
        ) from None
    return check_answers(numbers)


def check_answers(answers: Sequence[int]) -> tuple[int, ...]:
    if len(answers) != len(WHO5_ITEMS):
        raise InvalidInput(f"the WHO-5 has 5 items; you gave {len(answers)} answer(s)")
    for number, answer in enumerate(answers, start=1):
        if not 0 <= answer <= 5:
            raise InvalidInput(f"WHO-5 answer {number} must be from 0 to 5; you wrote {answer}")
    return tuple(answers)


def raw_score(answers: Sequence[int]) -> int:
    return sum(check_answers(answers))


def as_percent(raw: int) -> int:
    return raw * 4


def who5_change(previous: Who5 | None, current: Who5) -> Who5Change | None:
    """How far this questionnaire moved from the one before; 10 points or more is noted."""
    if previous is None:
        return None
    points = current.percent - previous.percent
    notable = abs(points) >= WHO5_NOTABLE_CHANGE
    return Who5Change(
        since=previous.taken_at,
        previous_percent=previous.percent,
        points=points,
        worth_noting=notable,
        message=_change_message(points) if notable else None,
    )


def _change_message(points: int) -> str:
    if points > 0:
        return (
            f"Your score is {points} points higher than last time, a real change."
            " Whatever has been helping may be worth keeping up."
        )
    return (
        f"Your score is {-points} points lower than last time, a real change."
        " Searching is tiring; go easy on yourself, and let someone you trust know how it is going."
    )


def in_window(moment: datetime, today: date) -> bool:
    return 0 <= (today - moment.date()).days < LOW_RUN_DAYS


def low_mood_run(checkins: Sequence[CheckIn], today: date) -> bool:
    """At least 3 of the last 4 check-ins of the last 14 days at 2 or below."""
    recent = sorted(
        (c for c in checkins if in_window(c.checked_at, today)),
        key=lambda c: (c.checked_at, c.id),
        reverse=True,
    )[:LOW_RUN_LOOK_AT]
    return sum(1 for c in recent if c.mood <= MOOD_LOW) >= LOW_RUN_NEEDED


def latest_low_who5(questionnaires: Sequence[Who5], today: date) -> Who5 | None:
    """The latest questionnaire, when it is recent (it covers two weeks) and below 13."""
    recent = [q for q in questionnaires if in_window(q.taken_at, today)]
    if not recent:
        return None
    latest = max(recent, key=lambda q: (q.taken_at, q.id))
    return latest if latest.raw_score < WHO5_LOW_RAW else None


def support_suggestion(
    checkins: Sequence[CheckIn],
    wellbeing: Sequence[Who5],
    today: date,
    resources: Sequence[str] = (),
) -> SupportSuggestion | None:
    """One gentle suggestion to talk to someone, or None when nothing calls for it."""
    low = latest_low_who5(wellbeing, today)
    if low is not None:
        message = (
            f"Your WHO-5 score is {low.raw_score} out of 25 ({low.percent} out of 100)."
            " Scores under 13 suggest the last two weeks have been heavy, and that is"
            " worth sharing: talking with someone can lighten it. It says nothing about"
            " your worth, and you do not have to wait until things get harder."
        )
        return SupportSuggestion(SupportReason.WHO5, message, tuple(resources))
    if low_mood_run(checkins, today):
        message = (
            "Your last few check-ins have been low. A run of noes wears anyone down, and"
            " you do not have to carry it on your own. It may help to talk to someone"
            " about how you have been feeling."
        )
        return SupportSuggestion(SupportReason.LOW_CHECKINS, message, tuple(resources))
    return None
