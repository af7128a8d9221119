"""Backups on real SQLite files: consistent while another process writes, taken by themselves
once a day and rotated, private files, and a restore the running app sees at once."""

import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.backups import read_name
from nextyes.domain.errors import InvalidInput
from nextyes.services.applications import add_application, list_applications
from nextyes.services.backups import back_up, back_up_by_itself, restore
from nextyes.services.workspace import Workspace
from nextyes.store.backup import automatic_backup
from nextyes.store.database import Database
from nextyes.web import app as app_module
from nextyes.web.app import create_app
from tests.conftest import throwaway_postgres


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # Automatic backups on, as a person has them (the test run turns them off by default).
    return Settings(home=tmp_path / "home", database_url=None, backup_days=7, backup_weeks=4)


@pytest.fixture
def workspace(settings: Settings) -> Iterator[Workspace]:
    ws = Workspace.open(settings, clock=FixedClock.on(date(2026, 3, 2)))
    yield ws
    ws.db.dispose()


def add(ws: Workspace, company: str) -> None:
    add_application(ws, NewApplication(company=company, role="Analyst"))


def companies(ws: Workspace) -> list[str]:
    return sorted(app.company for app in list_applications(ws))


def automatic(settings: Settings) -> list[Path]:
    folder = settings.home / "backups"
    return sorted(p for p in folder.iterdir() if (found := read_name(p.name)) and found.automatic)


def local_day(instant: datetime) -> date:
    return instant.astimezone().date()  # backups are named in the machine's own time


# --- automatic backups ---------------------------------------------------------------------


def test_forty_days_of_automatic_backups_keep_seven_days_and_four_weeks(
    settings: Settings, workspace: Workspace
) -> None:
    add(workspace, "Lumen Health")
    clock = FixedClock.on(date(2026, 3, 2))  # a Monday: day n falls in ISO week (n-1)//7 + 1
    first = clock.now()
    for day in range(1, 41):
        made = automatic_backup(settings, clock)
        assert made is not None, f"day {day}: no backup"
        assert automatic_backup(settings, clock) is None, f"day {day}: a second one"
        clock.advance(hours=6)
        assert automatic_backup(settings, clock) is None, f"day {day}: later that day"
        clock.advance(hours=18)
        assert len(automatic(settings)) <= 11

    # The newest of days 34-40, and of weeks 3, 4 and 5 (days 21, 28 and 35; week 6 is
    # day 40's own).
    expected = {local_day(first + timedelta(days=n - 1)) for n in [21, 28, *range(34, 41)]}
    remaining = [read_name(path.name) for path in automatic(settings)]
    assert {found.taken.date() for found in remaining if found} == expected


def test_a_backup_taken_by_hand_is_never_rotated_away(
    settings: Settings, workspace: Workspace
) -> None:
    clock = FixedClock.on(date(2026, 3, 2))
    mine = back_up(settings, clock)
    for _ in range(30):
        automatic_backup(settings, clock)
        clock.advance(days=1)
    assert mine.path.exists()
    assert mine.path.parent == settings.home / "backups"


def test_no_automatic_backup_when_turned_off_for_the_demo_or_before_any_data(
    tmp_path: Path, settings: Settings
) -> None:
    clock = FixedClock.on(date(2026, 3, 2))
    assert automatic_backup(settings, clock) is None  # no database yet: nothing to copy
    assert not (settings.home / "backups").exists()

    Workspace.open(settings).db.dispose()
    off = settings.model_copy(update={"backup_days": 0})
    assert automatic_backup(off, clock) is None
    assert not (settings.home / "backups").exists()

    demo = settings.for_demo()
    Workspace.open(demo).db.dispose()
    assert automatic_backup(demo, clock) is None
    assert not (demo.home / "backups").exists()


def test_a_failed_automatic_backup_is_one_quiet_note_and_never_an_error(
    settings: Settings, workspace: Workspace
) -> None:
    (settings.home / "backups").write_text("a file where the folder should be")
    note = back_up_by_itself(settings, FixedClock.on(date(2026, 3, 2)))
    assert note is not None
    assert note.startswith("today's automatic backup could not be made")
    assert "\n" not in note


def wait_for_backups(settings: Settings, count: int) -> None:
    deadline = time.monotonic() + 30
    while not (settings.home / "backups").is_dir() or len(automatic(settings)) < count:
        assert time.monotonic() < deadline, f"the server made no backup number {count}"
        time.sleep(0.05)


def test_the_server_backs_up_at_start_then_once_a_day_but_not_the_demo(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "BACKUP_CHECK_SECONDS", 0.05)  # an hour, quickly
    Workspace.open(settings).db.dispose()  # data exists before the server starts
    clock = FixedClock.on(date(2026, 3, 2))
    app = create_app(settings, clock=clock)
    with TestClient(app, base_url="http://127.0.0.1"):
        wait_for_backups(settings, 1)
        time.sleep(0.5)  # ten more looks the same day
        assert len(automatic(settings)) == 1
        clock.advance(days=1)
        wait_for_backups(settings, 2)
    app.state.workspace.db.dispose()
    assert len(automatic(settings)) == 2

    demo_app = create_app(settings, clock=FixedClock.on(date(2026, 3, 2)), demo=True)
    with TestClient(demo_app, base_url="http://127.0.0.1") as client:
        assert client.get("/healthz").status_code == 200
        time.sleep(0.5)
    demo_app.state.workspace.db.dispose()
    assert not (settings.demo_home() / "backups").exists()


# --- consistency while another process writes ---------------------------------------------

WRITER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
    connection.execute("PRAGMA busy_timeout=30000")
    n = 0
    while True:
        n += 1
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO ticks (n, note) VALUES (?, ?)", (n, "x" * 500))
        connection.execute("COMMIT")
        if n == 200:
            print("going", flush=True)
    """
)


def test_a_backup_taken_while_another_process_writes_is_whole(
    settings: Settings, workspace: Workspace, tmp_path: Path
) -> None:
    add(workspace, "Lumen Health")
    database = settings.home / "nextyes.db"
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE ticks (n INTEGER PRIMARY KEY, note TEXT)")
        connection.commit()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "going"
        for attempt in range(5):
            with closing(sqlite3.connect(database)) as reader:
                committed = reader.execute("SELECT max(n) FROM ticks").fetchone()[0]
            copy = back_up(settings, workspace.clock, tmp_path / f"copy-{attempt}.db").path
            assert writer.poll() is None, "the writer stopped: the backup got in its way"
            with closing(sqlite3.connect(copy)) as backed_up:
                assert backed_up.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                count, highest = backed_up.execute("SELECT count(*), max(n) FROM ticks").fetchone()
            # Every row committed before the backup started, and no gap: one snapshot.
            assert highest >= committed
            assert count == highest
            assert mode(copy) == 0o600
    finally:
        writer.kill()
        writer.wait(timeout=10)
        if writer.stdout is not None:
            writer.stdout.close()
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT count(*) FROM ticks").fetchone()[0] > 200


# --- restore into a database in use -------------------------------------------------------


def test_a_running_app_sees_the_restored_data_at_once(
    settings: Settings, workspace: Workspace, tmp_path: Path
) -> None:
    add(workspace, "Lumen Health")
    saved = back_up(settings, workspace.clock, tmp_path / "saved.db").path
    add(workspace, "Northwind")
    assert companies(workspace) == ["Lumen Health", "Northwind"]  # remembered by the app too

    revision_before = revision(workspace)

    done = restore(settings, saved, workspace.clock)  # the workspace stays open, as a server's

    assert companies(workspace) == ["Lumen Health"]
    # Above any revision the app has remembered figures for (store/memo.py).
    assert revision(workspace) > revision_before
    assert done.kept_aside is not None
    assert mode(done.kept_aside) == 0o600
    kept = Database(f"sqlite:///{done.kept_aside}")
    with kept.engine.connect() as connection:
        names = sorted(
            row[0] for row in connection.exec_driver_sql("SELECT company FROM applications")
        )
    kept.dispose()
    assert names == ["Lumen Health", "Northwind"]


def revision(ws: Workspace) -> int:
    with ws.db.engine.connect() as connection:
        found = connection.exec_driver_sql("SELECT revision FROM users").scalar_one()
    return int(found)


# --- private files -------------------------------------------------------------------------


def test_a_new_database_its_wal_files_and_the_data_folder_are_private(settings: Settings) -> None:
    ws = Workspace.open(settings)
    try:
        add(ws, "Lumen Health")
        database = settings.home / "nextyes.db"
        sides = [database.with_name(f"nextyes.db{suffix}") for suffix in ("-wal", "-shm")]
        assert all(side.exists() for side in sides)  # the app holds them open
        assert mode(settings.home) == 0o700
        assert [mode(path) for path in [database, *sides]] == [0o600] * 3
    finally:
        ws.db.dispose()


def test_files_made_readable_before_are_made_private_on_start(settings: Settings) -> None:
    ws = Workspace.open(settings)
    add(ws, "Lumen Health")
    database = settings.home / "nextyes.db"
    wal = database.with_name("nextyes.db-wal")
    shm = database.with_name("nextyes.db-shm")
    for path in (database, wal, shm):
        path.chmod(0o644)  # as older versions left them
    settings.home.chmod(0o755)

    again = Workspace.open(settings)
    assert mode(settings.home) == 0o700
    assert [mode(path) for path in (database, wal, shm)] == [0o600] * 3
    again.db.dispose()
    ws.db.dispose()


def test_the_backups_folder_and_its_files_are_private(
    settings: Settings, workspace: Workspace
) -> None:
    made = automatic_backup(settings, FixedClock(datetime(2026, 3, 2, 12, tzinfo=UTC)))
    assert made is not None
    assert mode(made.parent) == 0o700
    assert mode(made) == 0o600


# --- PostgreSQL ----------------------------------------------------------------------------


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    with throwaway_postgres("nextyes_backup") as url:
        yield url


def test_on_postgresql_backups_are_pg_dumps_job(fresh_postgres: str, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", database_url=fresh_postgres, backup_days=7)
    ws = Workspace.open(settings)  # a real server: the app itself works as ever
    try:
        add(ws, "Lumen Health")
        assert back_up_by_itself(settings, FixedClock.on(date(2026, 3, 2))) is None
        assert not (settings.home / "backups").exists()
        for attempt in (
            lambda: back_up(settings, ws.clock),
            lambda: restore(settings, tmp_path / "any.db", ws.clock),
        ):
            with pytest.raises(InvalidInput, match="use pg_dump and pg_restore"):
                attempt()
        assert companies(ws) == ["Lumen Health"]
    finally:
        ws.db.dispose()
