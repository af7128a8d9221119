"""One place decides how to talk to a database: SQLite by default, PostgreSQL when configured."""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from nextyes.domain.errors import InvalidInput
from nextyes.store.private import FOLDER, private_database

READ_ONLY = "nextyes_read_only"  # marks a pooled connection opened for reading only
SUPPORTED = {"sqlite", "sqlite+pysqlite", "postgresql+psycopg"}


def normalise_url(address: str) -> str:
    """Accept the URLs people paste (postgres://, postgresql://) and use psycopg 3 for them."""
    try:
        url = make_url(address)
    except ArgumentError:
        # The address may hold a password: name the problem, never the text.
        raise InvalidInput(
            "the database URL cannot be read; expected sqlite:/// or postgresql://"
        ) from None
    if url.drivername in {"postgres", "postgresql"}:
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in SUPPORTED:
        raise InvalidInput(
            f"database {url.drivername!r} is not supported; use sqlite:/// or postgresql://"
        )
    return url.render_as_string(hide_password=False)


def make_engine(address: str) -> Engine:
    """The engine for `address`. A SQLite file that cannot be opened for writing because its
    disk is full or its folder read-only is opened for reading only: what only reads still
    works, and a write fails as SQLite's "readonly database", which the faces explain."""
    url = make_url(normalise_url(address))
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        path = Path(url.database)
        path.parent.mkdir(mode=FOLDER, parents=True, exist_ok=True)
        # Before the first connect: SQLite makes new files with the process's umask (0644),
        # and a connect event comes too late to change that.
        private_database(path)
    engine = create_engine(url, connect_args={"timeout": 30})
    if url.database and url.database != ":memory:":
        event.listen(engine, "do_connect", _connect_or_read_only)
        event.listen(engine, "checkin", _forget_read_only)
    event.listen(engine, "connect", _tune_sqlite)
    return engine


def _connect_or_read_only(
    dialect: Any, record: Any, cargs: list[Any], cparams: dict[str, Any]
) -> Any:
    """A connection that can write; else, when the folder is read-only or full, one that
    reads the file as it is (immutable: no lock, no shared-memory file, nothing written)."""
    from nextyes.store.storage import folder_trouble

    record.info.pop(READ_ONLY, None)
    connection = dialect.dbapi.connect(*cargs, **cparams)
    try:
        # The first statement that needs the file: WAL needs its -shm file, which a full
        # or read-only folder cannot give it.
        connection.execute("PRAGMA journal_mode=WAL").fetchall()
        return connection
    except dialect.dbapi.OperationalError:
        connection.close()
        path = Path(cargs[0])
        wal = path.with_name(path.name + "-wal")
        # Immutable ignores a -wal file: only safe when it holds nothing.
        unsafe = wal.exists() and wal.stat().st_size > 0
        if unsafe or not path.is_file() or folder_trouble(path) is None:
            raise
    record.info[READ_ONLY] = True
    return dialect.dbapi.connect(f"{path.as_uri()}?mode=ro&immutable=1", **{**cparams, "uri": True})


def _forget_read_only(_connection: Any, record: Any) -> None:
    """A reading-only connection is not kept in the pool: the next use tries to open the
    file for writing again, so a running server works again once space is freed, and never
    reads an immutable file that has since been written."""
    if record is not None and record.info.pop(READ_ONLY, False):
        record.invalidate()


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the web server read while the CLI writes; the busy timeout makes a writer
    # wait for another instead of failing; foreign keys are off in SQLite unless asked.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's own lower() folds ASCII only; PostgreSQL's folds every letter. Match it, so a
    # case-insensitive search for "École" finds "école" on both.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value
