"""One place decides how to talk to a database: SQLite by default, PostgreSQL when configured."""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from nextyes.domain.errors import InvalidInput
from nextyes.store.private import FOLDER, private_database

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
    event.listen(engine, "connect", _tune_sqlite)
    return engine


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
