"""`nextyes restore FILE`: check a backup, bring it up to date, then put it in place.

Every check runs on a private copy in the data folder, never on the person's file and never
on the live database: an SQLite file, whole (not cut short), `PRAGMA integrity_check` ok,
with NextYes's schema at a revision this program knows (an older one is migrated on the
copy; a newer one is refused). Only then is the current database kept aside (itself a
backup, `nextyes.db.before-restore-<when>`) and the copy written into the live file through
SQLite's backup API: one transaction, so a running web app (WAL mode) simply sees the
restored data on its next request, and a failure leaves the database as it was."""

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.domain.errors import InvalidInput
from nextyes.store import migrate
from nextyes.store.backup import BUSY_SECONDS, local_database, reason, take
from nextyes.store.engine import make_engine
from nextyes.store.private import FOLDER, SIDE_FILES, private_database, private_file

HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Restored:
    source: Path
    revision: str  # the schema revision the file had
    migrated: bool  # brought up to this program's revision on the way
    kept_aside: Path | None  # the database it replaced, if there was one


def restore(settings: Settings, source: Path, clock: Clock) -> Restored:
    live = local_database(settings)
    try:
        return _restore(live, source, clock)
    except OSError as problem:
        # An unreadable backup, a full disk: every step before the last changes nothing, and
        # the last (SQLite's backup API) is one transaction.
        message = f"the restore stopped: {reason(problem)}; nothing was changed"
        raise InvalidInput(message) from None


def _restore(live: Path, source: Path, clock: Clock) -> Restored:
    _check_file(source)
    stamp = clock.now().astimezone().strftime("%Y-%m-%dT%H%M%S")
    live.parent.mkdir(mode=FOLDER, parents=True, exist_ok=True)  # a new machine: made private
    with _scratch(live.parent / f".restore-{stamp}.db") as work:
        shutil.copyfile(source, work)  # into the private file: its mode stays 0600
        _check_integrity(source, work)
        revision = _check_revision(source, work)
        if revision != migrate.HEAD:
            _migrate(source, work)
        aside = None
        if live.is_file() and live.stat().st_size > 0:
            aside = live.with_name(f"{live.name}.before-restore-{stamp}")
            take(live, aside)
        _replace(live, work)
    return Restored(source, revision, revision != migrate.HEAD, aside)


def _check_file(source: Path) -> None:
    if not source.is_file():
        raise InvalidInput(f"there is no file {source}")
    with source.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(HEADER):
        raise InvalidInput(f"{source} is not an SQLite database, so not a NextYes backup")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is trustworthy when the "valid for" number matches the
    # change counter; a file shorter than it says is a copy that was cut short.
    counted = header[92:96] == header[24:28] and pages > 0
    if counted and source.stat().st_size < page_size * pages:
        raise InvalidInput(f"{source} is cut short (truncated): it is not a whole backup")


def _check_integrity(source: Path, work: Path) -> None:
    try:
        with closing(sqlite3.connect(work)) as connection:
            found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as problem:
        raise InvalidInput(f"{source} is damaged and cannot be read ({problem})") from None
    if found != ["ok"]:
        raise InvalidInput(f"{source} is damaged: the integrity check found {found[0]}")


def _check_revision(source: Path, work: Path) -> str:
    try:
        with closing(sqlite3.connect(work)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table (or not the one Alembic makes)
        row = None
    if row is None:
        raise InvalidInput(f"{source} holds no NextYes data (it has no schema revision)")
    revision = str(row[0])
    if revision in _known_revisions():
        return revision
    if revision.isdigit() and int(revision) > int(migrate.HEAD):
        raise InvalidInput(
            f"{source} comes from a newer NextYes (schema {revision}; this one knows up to"
            f" {migrate.HEAD}): update NextYes, then restore it"
        )
    raise InvalidInput(f"{source} has a schema revision NextYes does not know ({revision})")


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def _migrate(source: Path, work: Path) -> None:
    engine = make_engine(f"sqlite:///{work}")
    try:
        migrate.upgrade(engine)
    except SQLAlchemyError as problem:
        reason = str(getattr(problem, "orig", None) or problem).splitlines()[0]
        raise InvalidInput(f"{source} could not be brought up to date ({reason})") from None
    finally:
        engine.dispose()  # closes the last connection, folding its WAL into the file


def _replace(live: Path, work: Path) -> None:
    private_database(live)  # a new machine has no database yet: an empty, private one
    with (
        closing(sqlite3.connect(work)) as restored,
        closing(sqlite3.connect(live, timeout=BUSY_SECONDS)) as target,
    ):
        try:
            _above_live_revisions(restored, target)
            restored.backup(target)
        except sqlite3.OperationalError as problem:
            # The backup API writes the whole file in one transaction: nothing changed.
            raise InvalidInput(f"your database could not be replaced ({problem})") from None


def _above_live_revisions(restored: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """A running web app remembers figures per person and data revision (store/memo.py).
    The restored data must not reuse a revision it has seen, or it would show figures
    from before the restore: lift every restored revision above the live ones."""
    has_users = target.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'"
    ).fetchone()
    highest = target.execute("SELECT max(revision) FROM users").fetchone()[0] if has_users else 0
    with restored:
        restored.execute("UPDATE users SET revision = revision + ?", ((highest or 0) + 1,))


@contextmanager
def _scratch(path: Path) -> Iterator[Path]:
    """A private working file, removed with its side files whatever happens."""
    private_file(path)
    try:
        yield path
    finally:
        for leftover in [path, *(path.with_name(path.name + s) for s in SIDE_FILES)]:
            leftover.unlink(missing_ok=True)
