"""Backups by name and date: what a backup file is called, whether today's automatic one is
still to make, and which automatic ones to let go (the newest of each of the last few days
and of the last few weeks stay). Pure: names and dates in, names out; store/backup.py does
the files."""

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

STAMP = "%Y-%m-%dT%H%M%S"
# The stamp first and zero-padded: names sort in the order the backups were taken.
_NAME = re.compile(r"^nextyes-(\d{4}-\d\d-\d\dT\d{6})(-auto)?(?:-(\d+))?\.db$")


@dataclass(frozen=True)
class Backup:
    name: str
    taken: datetime  # the person's local time, without a zone, as the name says it
    automatic: bool


def backup_name(taken: datetime, automatic: bool, attempt: int = 1) -> str:
    """`nextyes-2026-12-03T213000.db`, or `...-auto.db` for an automatic one; a second
    backup within the same second gets `-2` (`attempt`), so none overwrites another."""
    auto = "-auto" if automatic else ""
    again = f"-{attempt}" if attempt > 1 else ""
    return f"nextyes-{taken.strftime(STAMP)}{auto}{again}.db"


def read_name(name: str) -> Backup | None:
    """The backup a file name stands for, or None for any other file."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        taken = datetime.strptime(found.group(1), STAMP)
    except ValueError:  # right shape, impossible date (month 13): not one of ours
        return None
    return Backup(name, taken, automatic=found.group(2) is not None)


def is_due(taken: Iterable[datetime], today: date) -> bool:
    """An automatic backup is made at most once a day: due unless one is dated today."""
    return all(moment.date() != today for moment in taken)


def to_delete(backups: Mapping[str, datetime], days: int, weeks: int) -> set[str]:
    """The automatic backups to delete, by name, from {name: when it was taken}.

    Kept: the newest backup of each of the `days` most recent days that have one, and the
    newest of each of the `weeks` most recent (ISO) weeks that have one. Counting days that
    have a backup, not calendar days, means a month away from the app still leaves the last
    `days` backups, not none. Everything else goes."""
    newest_first = sorted(backups, key=lambda name: (backups[name], name), reverse=True)
    keep = _newest_of_each(newest_first, lambda name: backups[name].date(), days)
    keep |= _newest_of_each(newest_first, lambda name: backups[name].isocalendar()[:2], weeks)
    return set(backups) - keep


def _newest_of_each(
    newest_first: list[str], period: Callable[[str], Hashable], limit: int
) -> set[str]:
    kept: dict[Hashable, str] = {}
    for name in newest_first:
        if len(kept) >= limit:
            break
        kept.setdefault(period(name), name)
    return set(kept.values())
