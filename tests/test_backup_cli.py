"""`nextyes backup` and `nextyes restore` through the real command, on real SQLite files."""

import json
import shutil
import socket
import sqlite3
import stat
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path

import pytest

from nextyes.store import migrate
from nextyes.store.database import Database
from tests.cli_runner import DB_FILE, SCRIPT, Cli, assert_one_line_error

BACKUPS_ON = {"NEXTYES_BACKUP_DAYS": "7"}


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    cli = Cli.copy_of(prepared_cli_home, tmp_path)
    cli.add("Lumen Health", "Senior Data Analyst")
    cli.ok("reject", "1", "--reason", "They chose an internal candidate")
    return cli


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def backed_up_to(output: str) -> Path:
    """The path in "Backed up your data to PATH (SIZE)."."""
    assert output.startswith("Backed up your data to "), output
    return Path(output.removeprefix("Backed up your data to ").rsplit(" (", 1)[0])


def test_backup_goes_into_the_backups_folder_and_says_where_and_how_big(cli: Cli) -> None:
    output = cli.ok("backup")
    made = backed_up_to(output)
    assert made.parent == cli.home / "backups"
    assert made.name.startswith("nextyes-")
    assert made.name.endswith(".db")
    assert "KB)." in output
    assert mode(made) == 0o600
    assert mode(made.parent) == 0o700
    with closing(sqlite3.connect(made)) as copy:
        assert copy.execute("SELECT company FROM applications").fetchall() == [("Lumen Health",)]


def test_backup_to_a_file_or_folder_of_your_choice(cli: Cli, tmp_path: Path) -> None:
    chosen = tmp_path / "usb-stick" / "nextyes-backup.db"
    chosen.parent.mkdir()
    assert backed_up_to(cli.ok("backup", str(chosen))) == chosen
    assert backed_up_to(cli.ok("backup", str(chosen.parent))).parent == chosen.parent
    # Never over an existing file.
    before = chosen.read_bytes()
    assert_one_line_error(cli("backup", str(chosen)), "exists already")
    assert chosen.read_bytes() == before
    assert_one_line_error(cli("backup", str(tmp_path / "nowhere" / "x.db")), "there is no folder")


def test_restore_round_trip_keeps_the_replaced_data_aside(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    cli.ok("backup", str(saved))
    before = cli.json("show", "1")
    cli.add("Northwind", "Analyst")
    cli.ok("checkin", "2", "--note", "Tired but fine")
    with_later_data = cli.snapshot()

    output = cli.ok("restore", str(saved))

    assert output.startswith(f"Restored your data from {saved}.")
    assert cli.json("show", "1") == before
    assert [app["company"] for app in cli.json("list")] == ["Lumen Health"]
    aside = next(cli.home.glob(f"{DB_FILE}.before-restore-*"))
    assert f"What was there before is kept at {aside}." in output
    assert mode(aside) == 0o600
    with closing(sqlite3.connect(aside)) as kept:
        assert list(kept.iterdump()) == with_later_data


def test_moving_to_a_new_machine_in_two_commands(cli: Cli, tmp_path: Path) -> None:
    moved = tmp_path / "moved.db"
    cli.ok("backup", str(moved))
    new_machine = Cli(tmp_path / "new-machine")  # nothing there yet, not even the folder
    output = new_machine.ok("restore", str(moved))
    assert "kept at" not in output  # nothing was there to keep
    assert new_machine.json("show", "1") == cli.json("show", "1")
    assert mode(new_machine.home / DB_FILE) == 0o600
    assert mode(new_machine.home) == 0o700


@pytest.fixture
def good_backup(cli: Cli, tmp_path: Path) -> Path:
    path = tmp_path / "good.db"
    cli.ok("backup", str(path))
    return path


def test_restore_refuses_a_truncated_file(cli: Cli, good_backup: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.db"
    cut.write_bytes(good_backup.read_bytes()[: good_backup.stat().st_size // 2])
    cli.refused("restore", str(cut), problem="cut short (truncated)")


def test_restore_refuses_a_file_that_is_not_sqlite(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "export.json"
    other.write_text('{"format": "nextyes"}')
    cli.refused("restore", str(other), problem="is not an SQLite database")
    cli.refused("restore", str(tmp_path / "missing.db"), problem="there is no file")


def test_restore_refuses_a_damaged_file(cli: Cli, good_backup: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    data = bytearray(good_backup.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble on every page but one
        data[offset + 8 : offset + 64] = b"\xff" * 56
    damaged.write_bytes(bytes(data))
    cli.refused("restore", str(damaged), problem="is damaged")


def test_restore_refuses_an_sqlite_file_that_is_not_nextyes(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.commit()
    cli.refused("restore", str(other), problem="holds no NextYes data")


def test_restore_refuses_a_backup_from_a_newer_nextyes(
    cli: Cli, good_backup: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.db"
    shutil.copy(good_backup, newer)
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
        connection.commit()
    cli.refused("restore", str(newer), problem="comes from a newer NextYes (schema 0999")
    assert not list(cli.home.glob("*.before-restore-*"))
    assert not list(cli.home.glob(".restore-*"))  # no working copy left behind


def test_restore_migrates_a_backup_from_an_older_nextyes(
    cli: Cli, good_backup: Path, tmp_path: Path
) -> None:
    older = tmp_path / "older.db"
    shutil.copy(good_backup, older)
    database = Database(f"sqlite:///{older}")
    migrate.downgrade(database.engine, "0006")
    database.dispose()
    original = good_backup.read_bytes()

    output = cli.ok("restore", str(older))

    assert "and brought it up to date" in output
    assert [app["company"] for app in cli.json("list")] == ["Lumen Health"]
    with closing(sqlite3.connect(cli.home / DB_FILE)) as restored:
        revision = restored.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == (migrate.HEAD,)
    # The file given was only read, never migrated in place.
    with closing(sqlite3.connect(older)) as given:
        assert given.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
    assert good_backup.read_bytes() == original


def test_backup_and_restore_point_to_pg_dump_on_postgresql(cli: Cli, tmp_path: Path) -> None:
    # Refused before any connection is made: no server is needed to say so.
    postgres = {"NEXTYES_DATABASE_URL": "postgresql://someone:secret@127.0.0.1:1/nextyes"}
    for args in (["backup"], ["restore", str(tmp_path / "any.db")]):
        done = cli(*args, env=postgres)
        assert_one_line_error(done, "pg_dump", "pg_restore", "docs/backups.md")
        assert "secret" not in done.stderr


def test_the_first_command_of_the_day_makes_the_automatic_backup(cli: Cli) -> None:
    assert not (cli.home / "backups").exists()  # off in tests unless asked
    cli.ok("list", env=BACKUPS_ON)
    cli.ok("today", env=BACKUPS_ON)
    made = list((cli.home / "backups").glob("nextyes-*-auto.db"))
    assert len(made) == 1  # once a day, not once a command
    assert mode(made[0]) == 0o600


def test_a_failed_automatic_backup_never_fails_the_command(cli: Cli) -> None:
    (cli.home / "backups").write_text("a file where the folder should be")
    done = cli("list", "--json", env=BACKUPS_ON)
    assert done.returncode == 0, done.stderr
    assert "Lumen Health" in done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("note: today's automatic backup could not be made")


def test_restore_while_the_server_runs_shows_the_restored_data(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    cli.ok("backup", str(saved))
    cli.add("Northwind", "Analyst")
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port)], env=cli.env(), stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}/api/v1/applications"
    try:
        assert sorted(companies_at(url, server)) == ["Lumen Health", "Northwind"]
        cli.ok("restore", str(saved))
        assert companies_at(url, server) == ["Lumen Health"]  # the next answer, no restart
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def companies_at(url: str, server: subprocess.Popen[bytes]) -> list[str]:
    deadline = time.monotonic() + 60
    while True:
        assert server.poll() is None, "the server stopped"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return [item["company"] for item in json.load(response)["items"]]
        except (urllib.error.URLError, ConnectionError):
            assert time.monotonic() < deadline, "the server did not answer"
            time.sleep(0.2)


def test_a_database_url_that_cannot_be_used_is_said_once(cli: Cli) -> None:
    done = cli("list", env={**BACKUPS_ON, "NEXTYES_DATABASE_URL": "mysql://someone@host/db"})
    assert_one_line_error(done, "'mysql' is not supported")
