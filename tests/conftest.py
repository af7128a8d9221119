"""Fixtures on real parts: a fresh SQLite file per test, and the same tests on PostgreSQL
when NEXTYES_TEST_DATABASE_URL names a server (the test command sets it when one answers)."""

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from nextyes.clock import FixedClock
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.engine import normalise_url
from nextyes.store.tables import Base
from tests.tiny_disk import TinyDisk, mounted

PG_URL = os.environ.get("NEXTYES_TEST_DATABASE_URL")
PG_SKIP = (
    "PostgreSQL run SKIPPED: NEXTYES_TEST_DATABASE_URL is not set. The test command sets it"
    " when a server answers on 127.0.0.1:5432; set it yourself to run these tests there."
)
# A fixed Monday, so every date in a test reads the same on any day it runs.
TODAY = date(2026, 3, 16)


@pytest.fixture(scope="session", autouse=True)
def classifier_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One cache folder for the fitted classifier for the whole run (never the developer's
    own): the first process that needs the model trains and stores it, the rest load it."""
    folder = tmp_path_factory.mktemp("classifier-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEXTYES_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(scope="session", autouse=True)
def no_automatic_backups() -> Iterator[None]:
    """Automatic backups off unless a test asks for them (tests/test_backup*.py do): a test
    is about what it does, not about a copy the app makes on the side."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEXTYES_BACKUP_DAYS", "0")
        yield


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets its own copy (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("template") / "nextyes.db"
    database = Database(f"sqlite:///{path}").prepare()
    database.dispose()  # closing the last connection folds the WAL into the file
    return path


@pytest.fixture(scope="session")
def prepared_cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A NEXTYES_HOME whose database the CLI itself has made (migrated, empty). CLI tests that
    are not about a first run copy it (Cli.copy_of) instead of migrating in every test: each
    command is a new process, and the first one in an empty home pays for every migration."""
    from tests.cli_runner import Cli  # it finds the installed script when imported

    cli = Cli(tmp_path_factory.mktemp("prepared-home"))
    cli.ok("settings", "show")
    return cli.home


# Throwaway databases are dropped when the test process ends, not after each test: on
# PostgreSQL 15 every DROP DATABASE forces an immediate checkpoint, which flushes what the
# other test process has just written too (8-14 s each while the suite runs, ~6 minutes of
# one worker's time over the hosted tests). Each test still gets a new, empty database.
_TO_DROP: list[tuple[str, str]] = []


@pytest.fixture(scope="session", autouse=True)
def drop_throwaway_databases() -> Iterator[None]:
    yield
    for admin_url, name in _TO_DROP:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    _TO_DROP.clear()


@contextmanager
def throwaway_postgres(prefix: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped when the run ends; yields its URL."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    admin_url = make_url(normalise_url(PG_URL))
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    _TO_DROP.append((admin_url.render_as_string(hide_password=False), name))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        # What the test left connected is cut off now, as dropping it used to do (cheap:
        # no checkpoint), so a run never runs out of connections.
        with admin.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway database on the test server, migrated once for the whole run."""
    with throwaway_postgres("nextyes_test") as url:
        Database(url).prepare().dispose()
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        path = tmp_path / "nextyes.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        database = Database(f"sqlite:///{path}")
    else:
        database = Database(request.getfixturevalue("postgres_url"))
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with database.engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield database
    database.dispose()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    """A 4 MB disk of the test's own (a tmpfs) to fill or make read-only; skipped, loudly,
    where mounting is not allowed."""
    with mounted(tmp_path / "disk") as disk:
        yield disk


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def ws(database: Database, clock: FixedClock) -> Workspace:
    """The local person's workspace on a fresh database, at noon on TODAY."""
    return Workspace(database, database.owner_id("local"), clock)
