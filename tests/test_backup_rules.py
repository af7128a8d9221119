"""Which automatic backups stay: the newest of each recent day and week (domain/backups.py)."""

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.backups import backup_name, is_due, read_name, to_delete

START = datetime(2026, 1, 1)
moments = st.datetimes(min_value=START, max_value=datetime(2027, 12, 31)).map(
    lambda moment: moment.replace(microsecond=0)
)
taken_sets = st.lists(moments, max_size=60, unique=True).map(
    lambda found: {backup_name(moment, automatic=True): moment for moment in found}
)
keep_days = st.integers(min_value=1, max_value=10)
keep_weeks = st.integers(min_value=0, max_value=6)


def kept(backups: dict[str, datetime], days: int, weeks: int) -> dict[str, datetime]:
    gone = to_delete(backups, days, weeks)
    return {name: taken for name, taken in backups.items() if name not in gone}


@given(taken_sets, keep_days, keep_weeks)
def test_the_newest_backup_is_always_kept(backups, days, weeks) -> None:
    if backups:
        newest = max(backups, key=backups.__getitem__)
        assert newest in kept(backups, days, weeks)


@given(taken_sets, keep_days, keep_weeks)
def test_no_more_than_the_days_and_weeks_are_kept(backups, days, weeks) -> None:
    assert len(kept(backups, days, weeks)) <= min(len(backups), days + weeks)


@given(taken_sets, keep_days, keep_weeks)
def test_the_most_recent_days_each_keep_their_newest(backups, days, weeks) -> None:
    remaining = kept(backups, days, weeks)
    recent_days = sorted({taken.date() for taken in backups.values()}, reverse=True)[:days]
    for day in recent_days:
        newest_that_day = max(taken for taken in backups.values() if taken.date() == day)
        assert newest_that_day in remaining.values()
    # Only deletes what it was given, and never two of one day.
    assert set(remaining) <= set(backups)
    assert len({taken.date() for taken in remaining.values()}) == len(remaining)


@given(taken_sets, keep_days, keep_weeks)
def test_the_most_recent_weeks_each_keep_their_newest(backups, days, weeks) -> None:
    remaining = kept(backups, days, weeks).values()
    by_week: dict[tuple[int, int], datetime] = {}
    for taken in backups.values():
        week = (taken.isocalendar().year, taken.isocalendar().week)
        by_week[week] = max(by_week.get(week, taken), taken)
    for week in sorted(by_week, reverse=True)[:weeks]:
        assert by_week[week] in remaining


@given(taken_sets, keep_days, keep_weeks)
def test_pruning_again_deletes_nothing_more(backups, days, weeks) -> None:
    remaining = kept(backups, days, weeks)
    assert to_delete(remaining, days, weeks) == set()


def test_a_month_away_still_leaves_the_last_backups() -> None:
    # Backups on days 1-10, then nothing for a month: the last seven days that have one stay.
    backups = {
        backup_name(START + timedelta(days=n), automatic=True): START + timedelta(days=n)
        for n in range(10)
    }
    remaining = sorted(kept(backups, days=7, weeks=0).values())
    assert remaining == [START + timedelta(days=n) for n in range(3, 10)]


def test_names_sort_in_the_order_taken_and_read_back() -> None:
    earlier, later = datetime(2026, 12, 3, 9, 5, 0), datetime(2026, 12, 3, 21, 30, 0)
    assert backup_name(later, automatic=False) == "nextyes-2026-12-03T213000.db"
    assert backup_name(later, automatic=True) == "nextyes-2026-12-03T213000-auto.db"
    assert backup_name(earlier, False) < backup_name(later, False)
    found = read_name("nextyes-2026-12-03T213000-auto-2.db")
    assert found is not None
    assert (found.taken, found.automatic) == (later, True)
    for other in ("nextyes.db", "nextyes-2026-13-03T213000.db", "notes.txt", ".lock"):
        assert read_name(other) is None


def test_one_automatic_backup_a_day() -> None:
    assert is_due([], date(2026, 12, 3))
    assert is_due([datetime(2026, 12, 2, 23, 59)], date(2026, 12, 3))
    assert not is_due([datetime(2026, 12, 3, 0, 1)], date(2026, 12, 3))
