"""Backups of the local SQLite database, by hand (`nextyes backup`) and by themselves.

A copy is taken with SQLite's online backup API, in one step: it reads one consistent
snapshot while the web app or another command goes on writing (WAL mode lets readers and a
writer work at once), and never copies a half-written change. Copies are private (0600, in
a 0700 folder), written under a temporary name and renamed only once complete."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from nextyes.clock import Clock
from nextyes.config import DEMO_FOLDER, Settings
from nextyes.domain import backups
from nextyes.domain.errors import InvalidInput
from nextyes.store.engine import normalise_url
from nextyes.store.private import private_file, private_folder

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock; the same-day check still holds
    fcntl = None  # type: ignore[assignment]

BACKUPS = "backups"  # inside the data folder
BUSY_SECONDS = 30  # as long as the app itself waits for another writer
ON_POSTGRESQL = (
    "backup and restore work on the local SQLite database; on PostgreSQL use pg_dump and"
    " pg_restore (see docs/backups.md)"
)


def sqlite_file(settings: Settings) -> Path | None:
    """The file of the configured database, or None when it is not an SQLite file."""
    url = make_url(normalise_url(settings.database_address()))
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def local_database(settings: Settings) -> Path:
    """The SQLite file `backup` and `restore` work on; refused, in one line, on PostgreSQL."""
    found = sqlite_file(settings)
    if found is None:
        raise InvalidInput(ON_POSTGRESQL)
    return found


def take(source: Path, target: Path) -> int:
    """Copy the database at `source` into the new file `target` (0600); its size in bytes."""
    partial = target.with_name(f".{target.name}.partial")
    # Made private before SQLite writes a byte: SQLite keeps the mode it finds.
    private_file(partial)
    try:
        with (
            closing(sqlite3.connect(_read_only(source), uri=True, timeout=BUSY_SECONDS)) as src,
            closing(sqlite3.connect(partial)) as copy,
        ):
            src.backup(copy)  # all pages in one step: one snapshot
        with partial.open("rb+") as written:
            os.fsync(written.fileno())  # on disk before it takes its real name
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target.stat().st_size


def backup_now(settings: Settings, clock: Clock, target: Path | None = None) -> tuple[Path, int]:
    """`nextyes backup [PATH]`: a copy at `target` (a new file, or into a folder), or in the
    data folder's backups/ by default. Where it went, and its size."""
    source = local_database(settings)
    if not source.is_file():
        raise InvalidInput(f"there is nothing to back up yet: no database at {source}")
    if target is None:
        target = private_folder(settings.home / BACKUPS)
    if target.is_dir():
        target = _unused(target, _local_now(clock), automatic=False)
    elif target.exists():
        raise InvalidInput(f"{target} exists already; give a new file name or a folder")
    elif not target.parent.is_dir():
        raise InvalidInput(f"there is no folder {target.parent}")
    try:
        return target, take(source, target)
    except (OSError, sqlite3.Error) as problem:
        # A full disk, a folder you may not write to: said in one line; no partial file stays.
        message = f"the backup could not be written to {target} ({reason(problem)})"
        raise InvalidInput(message) from None


def reason(problem: Exception) -> str:
    """What went wrong, in one line: the system's words for a file problem, else SQLite's."""
    if isinstance(problem, OSError) and problem.strerror:
        return problem.strerror
    return str(problem).strip().splitlines()[0] if str(problem).strip() else type(problem).__name__


def automatic_backup(settings: Settings, clock: Clock) -> Path | None:
    """Today's automatic backup, if none is made yet (then the old ones beyond the kept days
    and weeks go); the new file, or None when there was nothing to do.

    Nothing for the demo, for PostgreSQL, for a database not created yet, or with
    NEXTYES_BACKUP_DAYS=0. Callers must not let a failure stop what the person asked for."""
    if settings.backup_days == 0 or settings.home.name == DEMO_FOLDER:
        return None  # turned off; or the demo, rebuilt from nothing at every start
    try:
        source = sqlite_file(settings)
    except InvalidInput:
        return None  # an unreadable URL: opening the database says so, once
    if source is None or not source.is_file():
        return None
    folder = private_folder(settings.home / BACKUPS)
    with _only_one(folder) as alone:
        if not alone:  # another NextYes process is at it right now
            return None
        taken = {
            found.name: found.taken
            for found in map(backups.read_name, os.listdir(folder))
            if found is not None and found.automatic
        }
        now = _local_now(clock)
        made = None
        if backups.is_due(taken.values(), now.date()):
            made = _unused(folder, now, automatic=True)
            take(source, made)
            taken[made.name] = now
        for name in backups.to_delete(taken, settings.backup_days, settings.backup_weeks):
            (folder / name).unlink(missing_ok=True)
        return made


def _local_now(clock: Clock) -> datetime:
    # Names in the person's own time: "yesterday's backup" is the one dated yesterday.
    return clock.now().astimezone().replace(tzinfo=None, microsecond=0)


def _unused(folder: Path, taken: datetime, automatic: bool) -> Path:
    attempt = 1
    while (folder / backups.backup_name(taken, automatic, attempt)).exists():
        attempt += 1
    return folder / backups.backup_name(taken, automatic, attempt)


def _read_only(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


@contextmanager
def _only_one(folder: Path) -> Iterator[bool]:
    """Whether this process holds the backups folder's lock (held until the block ends)."""
    if fcntl is None:  # pragma: no cover
        yield True
        return
    lock = private_file(folder / ".lock")
    with lock.open("rb") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
