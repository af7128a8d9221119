"""Backups: by hand, by themselves, and restoring one (docs/backups.md). The files are the
store's work (store/backup.py, store/restore.py); this is what the faces call."""

from dataclasses import dataclass
from pathlib import Path

from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.store import backup as files
from nextyes.store.restore import Restored
from nextyes.store.restore import restore as restore_file


@dataclass(frozen=True)
class BackedUp:
    path: Path
    size: int  # bytes


def back_up(settings: Settings, clock: Clock, target: Path | None = None) -> BackedUp:
    """A consistent copy of the local database now, at `target` or in the backups folder."""
    path, size = files.backup_now(settings, clock, target)
    return BackedUp(path, size)


def restore(settings: Settings, source: Path, clock: Clock) -> Restored:
    """Replace the local database with the backup at `source`, once it passes every check;
    the database it replaces is kept aside."""
    return restore_file(settings, source, clock)


def back_up_by_itself(settings: Settings, clock: Clock) -> str | None:
    """Today's automatic backup, if it is due. Never raises: a backup that fails must not
    stop what the person asked for. Returns a one-line note when it failed, else None."""
    try:
        files.automatic_backup(settings, clock)
    except Exception as problem:
        # The reason, not a traceback: the next command or the server tries again.
        return f"today's automatic backup could not be made ({files.reason(problem)})"
    return None
