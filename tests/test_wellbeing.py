"""Check-ins, the WHO-5 and the support suggestion: the rules, then the services on `ws`."""

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.clock import FixedClock
from nextyes.domain.errors import InvalidInput
from nextyes.domain.wellbeing import (
    WHO5_ITEMS,
    WHO5_LEAD,
    WHO5_NAME,
    WHO5_SCALE,
    CheckIn,
    SupportReason,
    Who5,
    acknowledgement,
    low_mood_run,
    parse_answers,
    support_suggestion,
    who5_change,
)
from nextyes.services import wellbeing as service
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

NOON = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
DAY = timedelta(days=1)
# Words that label or shame; none belongs in anything NextYes says about how someone feels.
FORBIDDEN = re.compile(
    r"depress|disorder|diagnos|symptom|clinical|illness|patient|anxiety|suicid|treatment"
    r"|phq|fail|weak|should|must|lazy",
    re.IGNORECASE,
)


def checkins(*moods: int, days_ago: int = 0) -> list[CheckIn]:
    """Check-ins an hour apart, oldest first, the last one `days_ago` days before TODAY."""
    end = NOON - days_ago * DAY
    count = len(moods)
    return [
        CheckIn(i, end - timedelta(hours=count - 1 - i), mood, None) for i, mood in enumerate(moods)
    ]


def who5(raw: int, days_ago: int = 0, id_: int = 1) -> Who5:
    return Who5(id_, NOON - days_ago * DAY, (0, 0, 0, 0, 0), raw, raw * 4)


# --- the low-mood rule --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moods", "fires"),
    [
        ((2, 2, 3, 3), False),  # 2 of the last 4 low
        ((2, 3, 2, 2), True),  # 3 of 4
        ((1, 1, 1, 1), True),
        ((2, 2, 2), True),  # three check-ins, all low
        ((1, 1), False),  # fewer than three check-ins
        ((), False),
        ((1, 1, 1, 4, 4), False),  # the last four are 1, 1, 4, 4
        ((4, 1, 1, 1), True),
        ((3, 3, 3, 3), False),  # 3 is not low
    ],
)
def test_a_run_of_low_checkins_is_three_of_the_last_four(
    moods: tuple[int, ...], fires: bool
) -> None:
    assert low_mood_run(checkins(*moods), TODAY) is fires


def test_checkins_older_than_fourteen_days_are_ignored() -> None:
    old_lows = checkins(1, 1, days_ago=14)
    recent_low = checkins(2)
    assert not low_mood_run(old_lows + recent_low, TODAY)
    assert low_mood_run(checkins(1, 1, days_ago=13) + recent_low, TODAY)
    assert not low_mood_run(checkins(1, 1, 1, days_ago=14), TODAY)
    assert low_mood_run(checkins(1, 1, 1, days_ago=13), TODAY)


def test_every_short_history_follows_the_rule() -> None:
    for length in range(6):
        for moods in product(range(1, 6), repeat=length):
            last_four = moods[-4:]
            expected = sum(1 for m in last_four if m <= 2) >= 3
            assert low_mood_run(checkins(*moods), TODAY) is expected, moods


@given(st.lists(st.integers(1, 5), max_size=8), st.randoms(use_true_random=False))
def test_the_order_check_ins_arrive_in_does_not_matter(moods: list[int], rnd: object) -> None:
    ordered = checkins(*moods)
    shuffled = list(ordered)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert low_mood_run(shuffled, TODAY) is low_mood_run(ordered, TODAY)


# --- the WHO-5 ----------------------------------------------------------------------------


def test_the_who5_items_and_scale_are_reproduced_exactly() -> None:
    assert WHO5_NAME == "WHO-5 Well-Being Index"
    assert WHO5_LEAD == "Over the last two weeks:"
    assert WHO5_ITEMS == (
        "I have felt cheerful and in good spirits",
        "I have felt calm and relaxed",
        "I have felt active and vigorous",
        "I woke up feeling fresh and rested",
        "My daily life has been filled with things that interest me",
    )
    assert WHO5_SCALE == (
        (5, "All of the time"),
        (4, "Most of the time"),
        (3, "More than half of the time"),
        (2, "Less than half of the time"),
        (1, "Some of the time"),
        (0, "At no time"),
    )


@pytest.mark.parametrize(
    ("raw", "suggests"), [(0, True), (12, True), (13, False), (20, False), (25, False)]
)
def test_a_raw_who5_below_13_suggests_talking_to_someone(raw: int, suggests: bool) -> None:
    found = support_suggestion([], [who5(raw)], TODAY, ["Someone you trust"])
    assert (found is not None) is suggests
    if found is not None:
        assert found.reason is SupportReason.WHO5
        assert f"{raw} out of 25 ({raw * 4} out of 100)" in found.message
        assert found.resources == ("Someone you trust",)


def test_only_the_latest_recent_who5_counts() -> None:
    assert support_suggestion([], [who5(8, days_ago=3), who5(20, id_=2)], TODAY) is None
    assert support_suggestion([], [who5(8, days_ago=14)], TODAY) is None
    assert support_suggestion([], [who5(8, days_ago=13)], TODAY) is not None


def test_low_checkins_suggest_support_too() -> None:
    found = support_suggestion(checkins(2, 1, 2), [who5(20)], TODAY)
    assert found is not None
    assert found.reason is SupportReason.LOW_CHECKINS
    assert support_suggestion(checkins(2, 3, 4), [], TODAY) is None


@pytest.mark.parametrize(
    ("text", "answers"), [("3,4,2,3,4", (3, 4, 2, 3, 4)), (" 0, 0,0,0 ,0", (0, 0, 0, 0, 0))]
)
def test_answers_are_read_from_text(text: str, answers: tuple[int, ...]) -> None:
    assert parse_answers(text) == answers


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("6,1,1,1,1", "answer 1 must be from 0 to 5; you wrote 6"),
        ("1,1,1,1,-1", "answer 5 must be from 0 to 5; you wrote -1"),
        ("1,2,3,4", "you gave 4 answer(s)"),
        ("1,2,3,4,5,5", "you gave 6 answer(s)"),
        ("a,b,c,d,e", "cannot read WHO-5 answers"),
        ("", "cannot read WHO-5 answers"),
    ],
)
def test_bad_answers_are_refused(text: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(problem)):
        parse_answers(text)


@pytest.mark.parametrize(
    ("before", "after", "notable"), [(10, 12, False), (10, 13, True), (20, 17, True)]
)
def test_a_change_of_ten_points_is_noted(before: int, after: int, notable: bool) -> None:
    change = who5_change(who5(before, days_ago=20), who5(after, id_=2))
    assert change is not None
    assert change.points == (after - before) * 4
    assert change.previous_percent == before * 4
    assert change.worth_noting is notable
    assert (change.message is not None) is notable
    assert who5_change(None, who5(after)) is None


def test_no_message_labels_or_shames() -> None:
    messages = [acknowledgement(mood) for mood in range(1, 6)]
    for found in (
        support_suggestion([], [who5(5)], TODAY, service.default_resources()),
        support_suggestion(checkins(1, 1, 1), [], TODAY, service.default_resources()),
    ):
        assert found is not None
        messages += [found.message, *found.resources]
    for before, after in ((5, 20), (20, 5)):
        change = who5_change(who5(before, days_ago=20), who5(after))
        assert change is not None
        assert change.message is not None
        messages.append(change.message)
    for message in messages:
        assert not FORBIDDEN.search(message), message
    assert any("emergency number" in m for m in messages)


# --- the services, on a real database -----------------------------------------------------


def test_three_low_checkins_bring_the_suggestion_for_two_weeks(
    ws: Workspace, clock: FixedClock
) -> None:
    first = service.check_in(ws, 2, "  a rough day  ")
    assert first.checkin.note == "a rough day"
    assert first.checkin.checked_at == clock.now()
    assert first.suggestion is None
    assert service.check_in(ws, 1).suggestion is None
    third = service.check_in(ws, 2)
    assert third.suggestion is not None
    assert third.suggestion.resources == tuple(service.default_resources())
    assert service.support_now(ws, ["Your coach"]) == replace(
        third.suggestion, resources=("Your coach",)
    )
    clock.advance(days=13)
    assert service.support_now(ws) is not None
    clock.advance(days=1)
    assert service.support_now(ws) is None
    assert [c.mood for c in service.list_checkins(ws)] == [2, 1, 2]


@pytest.mark.parametrize("mood", [0, 6, -1])
def test_a_mood_outside_1_to_5_writes_nothing(ws: Workspace, mood: int) -> None:
    with pytest.raises(InvalidInput, match="mood must be from 1"):
        service.check_in(ws, mood)
    with pytest.raises(InvalidInput, match="note is 2,001 characters"):
        service.check_in(ws, 3, "x" * 2_001)
    assert service.list_checkins(ws) == []


def test_a_who5_is_scored_and_compared_with_the_last_one(ws: Workspace, clock: FixedClock) -> None:
    first = service.take_who5(ws, [3, 4, 2, 3, 4])
    assert (first.questionnaire.raw_score, first.questionnaire.percent) == (16, 64)
    assert first.change is None
    assert first.suggestion is None
    clock.advance(days=14)
    second = service.take_who5(ws, [2, 2, 2, 3, 3])
    assert second.questionnaire.answers == (2, 2, 2, 3, 3)
    assert second.change is not None
    assert (second.change.points, second.change.worth_noting) == (-16, True)
    assert second.change.since == first.questionnaire.taken_at
    assert second.suggestion is not None
    assert second.suggestion.reason is SupportReason.WHO5
    history = service.wellbeing_history(ws)
    assert [q.raw_score for q in history.questionnaires] == [12, 16]


@pytest.mark.parametrize("answers", [[6, 1, 1, 1, 1], [-1, 1, 1, 1, 1], [1, 1, 1, 1]])
def test_bad_who5_answers_write_nothing(ws: Workspace, answers: list[int]) -> None:
    with pytest.raises(InvalidInput):
        service.take_who5(ws, answers)
    assert service.wellbeing_history(ws).questionnaires == []


def test_check_ins_are_private_to_their_owner(ws: Workspace, clock: FixedClock) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), clock)
    for mood in (1, 1, 1):
        service.check_in(ws, mood, "mine")
    service.take_who5(ws, [0, 0, 0, 0, 0])
    assert service.support_now(ws) is not None
    assert service.support_now(other) is None
    assert service.list_checkins(other) == []
    assert service.wellbeing_history(other).questionnaires == []
    # A first check-in of theirs is theirs alone: no run, no change from someone else's score.
    assert service.check_in(other, 2).suggestion is None
    assert service.take_who5(other, [5, 5, 5, 5, 5]).change is None


@pytest.mark.parametrize("limit", [0, 1_001])
def test_a_limit_out_of_range_is_refused(ws: Workspace, limit: int) -> None:
    with pytest.raises(InvalidInput, match="limit must be from 1"):
        service.list_checkins(ws, limit)


def test_the_limit_keeps_the_newest(ws: Workspace, clock: FixedClock) -> None:
    for mood in (1, 2, 3):
        service.check_in(ws, mood)
        clock.advance(hours=1)
    assert [c.mood for c in service.list_checkins(ws, 2)] == [3, 2]
