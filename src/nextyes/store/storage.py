"""A full disk or a read-only data folder: recognising it in an error, and saying so.

SQLite names the problem only some of the time (a full disk can show up as "disk I/O error"
when the shared-memory file cannot grow), so the folder itself is asked: is its file system
mounted read-only, is it out of space, may we write to it. PostgreSQL says it with a
SQLSTATE. Every face turns what this finds into one line (CLI) or a 503 (web)."""

import errno
import os
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy.exc import DBAPIError


class Trouble(Enum):
    FULL = "full"
    READ_ONLY = "read-only"


# SQLite's primary result codes (an extended code keeps its primary one in the low byte).
SQLITE_IOERR = 10
SQLITE_READONLY = 8
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
STORAGE_CODES = {SQLITE_IOERR, SQLITE_READONLY, SQLITE_FULL, SQLITE_CANTOPEN}
# PostgreSQL: disk_full, read_only_sql_transaction (a standby, or a read-only database).
PG_STATES = {"53100": Trouble.FULL, "25006": Trouble.READ_ONLY}
FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# Less free space than this, and a failed write is the disk being full: SQLite needs room
# for a page, its journal and the shared-memory index, never this much.
LOW_SPACE = 1024 * 1024


@dataclass(frozen=True)
class StorageProblem:
    trouble: Trouble
    # The data folder, or the file a write failed on; None for a database server.
    where: Path | None = None
    data: bool = True  # `where` is NextYes's own data folder, not a file the person named

    def message(self) -> str:
        if self.where is None:
            if self.trouble is Trouble.FULL:
                return (
                    "the database server has run out of disk space, so nothing was saved;"
                    " ask whoever runs it to free some space, then try again"
                )
            return (
                "the database only allows reading just now, so nothing was saved; try again"
                " later, or ask whoever runs it"
            )
        if not self.data:
            if self.trouble is Trouble.FULL:
                return f"the disk holding {self.where} is full; free some space and try again"
            return f"cannot use {self.where}: permission denied, or its disk is read-only"
        if self.trouble is Trouble.FULL:
            return (
                f"the disk holding your NextYes data ({self.where}) is full, so nothing was"
                " saved; free some space and try again"
            )
        return (
            f"your NextYes data folder ({self.where}) is read-only, so nothing was saved; make"
            " it writable again (or set NEXTYES_HOME to a folder you can write) and try again"
        )


def storage_problem(error: BaseException, database: Path | None) -> StorageProblem | None:
    """What `error` says about the storage of the SQLite file `database` (None for a
    database server), or None when it is some other error."""
    if isinstance(error, DBAPIError):
        return storage_problem(error.orig, database) if error.orig is not None else None
    folder = database.parent if database is not None else None
    state = getattr(error, "sqlstate", None)
    if isinstance(state, str):
        return StorageProblem(PG_STATES[state]) if state in PG_STATES else None
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is None or code & 0xFF not in STORAGE_CODES or database is None:
            return None
        trouble = folder_trouble(database)
        if trouble is None and code & 0xFF == SQLITE_FULL:
            trouble = Trouble.FULL  # a file-size or quota limit: the folder looks fine
        if trouble is None and code & 0xFF == SQLITE_READONLY:
            trouble = Trouble.READ_ONLY
        return StorageProblem(trouble, folder) if trouble is not None else None
    if isinstance(error, OSError):
        return _os_problem(error, folder)
    return None


def _os_problem(error: OSError, folder: Path | None) -> StorageProblem | None:
    if error.errno in FULL_ERRNOS:
        trouble = Trouble.FULL
    elif error.errno in READ_ONLY_ERRNOS:
        trouble = Trouble.READ_ONLY
    else:
        return None
    name = error.filename
    if not isinstance(name, str | os.PathLike):
        return StorageProblem(trouble, folder) if folder is not None else None
    path = Path(name).absolute()
    if folder is not None and (path == folder.absolute() or folder.absolute() in path.parents):
        return StorageProblem(trouble, folder)
    return StorageProblem(trouble, path, data=False)


def folder_trouble(database: Path) -> Trouble | None:
    """Whether the database's folder (or, before it exists, the nearest folder above it) is
    on a read-only or full file system, or cannot be written by us. Root may write anywhere,
    so a read-only mount is asked of the file system, not of the permissions."""
    probe = database.parent
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        found = os.statvfs(probe)
    except OSError:
        return None
    if found.f_flag & os.ST_RDONLY:
        return Trouble.READ_ONLY
    if found.f_bavail * found.f_frsize < LOW_SPACE:
        return Trouble.FULL
    if not os.access(probe, os.W_OK) or (database.exists() and not os.access(database, os.W_OK)):
        return Trouble.READ_ONLY
    return None
