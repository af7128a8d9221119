"""The signals an adviser's caseload is sorted by (domain/advisers.py), on their own."""

from datetime import date, timedelta

from nextyes.domain.advisers import SHARED_AT_FIRST, STUCK_DAYS, Share, signals

TODAY = date(2026, 12, 4)


def test_a_no_with_nothing_sent_since_counts_after_two_weeks() -> None:
    no = TODAY - timedelta(days=STUCK_DAYS)
    assert signals(TODAY, no, no - timedelta(days=30), None).stuck_days == STUCK_DAYS
    assert signals(TODAY, no, None, None).stuck_days == STUCK_DAYS
    assert signals(TODAY, TODAY - timedelta(days=STUCK_DAYS - 1), None, None).stuck_days is None
    assert signals(TODAY, no, no + timedelta(days=1), None).stuck_days is None  # sent again
    assert signals(TODAY, None, None, None).stuck_days is None


def test_a_low_mood_run_is_three_low_check_ins_in_a_row_and_only_when_shared() -> None:
    assert signals(TODAY, None, None, [1, 2, 2, 5]).low_mood_run is True
    assert signals(TODAY, None, None, [1, 3, 1]).low_mood_run is False
    assert signals(TODAY, None, None, [1, 1]).low_mood_run is False
    assert signals(TODAY, None, None, None).low_mood_run is None  # not shared: not known


def test_need_puts_a_low_mood_run_first_then_the_longest_quiet() -> None:
    low = signals(TODAY, None, None, [1, 1, 1])
    long_quiet = signals(TODAY, TODAY - timedelta(days=40), None, None)
    short_quiet = signals(TODAY, TODAY - timedelta(days=15), None, None)
    steady = signals(TODAY, None, TODAY, [4, 4, 4])
    ordered = sorted([steady, short_quiet, low, long_quiet], key=lambda s: s.need)
    assert ordered == [low, long_quiet, short_quiet, steady]


def test_only_the_searchs_shape_is_shared_at_first() -> None:
    assert {Share.FUNNEL, Share.PLANS, Share.WEEK} == SHARED_AT_FIRST
    for private in (Share.CHECKINS, Share.WHO5, Share.REFLECTIONS, Share.WRITING):
        assert private not in SHARED_AT_FIRST
