"""A full disk or a read-only data folder, through the real `nextyes` command: one line,
exit 2, never a traceback and never a half-written change; reading still works; and once
the disk has room again (or the folder is writable) the same command works."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli_runner import DB_FILE, Cli, assert_one_line_error
from tests.conftest import throwaway_postgres
from tests.tiny_disk import TinyDisk

# Commands that write: one row, a move with its event, a "no" with its recovery plan (many
# rows in one transaction), a check-in.
WRITES = [
    ("add", "Beta", "Engineer"),
    ("move", "1", "screening"),
    ("reject", "1", "--reason", "They chose an internal candidate"),
    ("checkin", "2", "--note", "A hard week, and I kept going."),
]


def cli_on(disk: TinyDisk, prepared_cli_home: Path) -> Cli:
    """A person's home on the tiny disk, with one application."""
    cli = Cli.copy_of(prepared_cli_home, disk.root)
    cli.add("Acme", "Analyst")
    return cli


def integrity(cli: Cli) -> str:
    with closing(sqlite3.connect(cli.home / DB_FILE)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


# No byte left for each; and a few pages left, so that SQLite starts writing the biggest
# changes and runs out part-way through them.
CASES = [(command, 0) for command in WRITES] + [(WRITES[0], 48 * 1024), (WRITES[2], 48 * 1024)]

CASE_IDS = [
    f"{command[0]}-{'a-few-pages-left' if leave else 'no-byte-left'}" for command, leave in CASES
]


@pytest.mark.parametrize(("command", "leave"), CASES, ids=CASE_IDS)
def test_a_write_on_a_full_disk_is_one_line_and_changes_nothing(
    tiny_disk: TinyDisk, prepared_cli_home: Path, command: tuple[str, ...], leave: int
) -> None:
    cli = cli_on(tiny_disk, prepared_cli_home)
    before = cli.snapshot()
    tiny_disk.fill(leave=leave)

    assert_one_line_error(cli(*command), "is full", str(cli.home), "nothing was saved")
    # Reading needs no room: the person can still look at their search.
    assert [a["company"] for a in cli.json("list")] == ["Acme"]

    tiny_disk.free()
    assert integrity(cli) == "ok"
    assert cli.snapshot() == before
    cli.ok(*command)
    assert cli.snapshot() != before


def test_a_first_run_on_a_full_disk_is_one_line(tiny_disk: TinyDisk) -> None:
    cli = Cli(tiny_disk.root / "home")  # nothing there yet: the first command makes it all
    tiny_disk.fill()
    assert_one_line_error(cli("list"), "is full", str(cli.home))
    tiny_disk.free()
    assert "No applications yet" in cli.ok("list")


def test_a_read_only_folder_still_reads_and_refuses_writes_in_one_line(
    tiny_disk: TinyDisk, prepared_cli_home: Path
) -> None:
    cli = cli_on(tiny_disk, prepared_cli_home)
    before = cli.snapshot()
    tiny_disk.read_only()

    assert [a["company"] for a in cli.json("list")] == ["Acme"]
    assert "Acme" in cli.ok("show", "1")
    for command in WRITES:
        assert_one_line_error(cli(*command), "read-only", str(cli.home), "nothing was saved")

    tiny_disk.writable()
    assert integrity(cli) == "ok"
    assert cli.snapshot() == before
    cli.ok("add", "Beta", "Engineer")


def test_a_data_folder_that_cannot_be_made_is_one_line(tiny_disk: TinyDisk) -> None:
    cli = Cli(tiny_disk.root / "home")
    tiny_disk.read_only()
    assert_one_line_error(cli("list"), "read-only", str(cli.home))


def test_a_read_only_postgresql_database_refuses_writes_in_one_line(tmp_path: Path) -> None:
    """A standby, or a database set read-only: PostgreSQL's own SQLSTATE says so."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from nextyes.store.database import Database

    with throwaway_postgres("nextyes_readonly") as url:
        Database(url).prepare().dispose()
        cli = Cli.fresh(tmp_path)
        server = {"NEXTYES_DATABASE_URL": url}
        assert cli("add", "Acme", "Analyst", env=server).returncode == 0
        name = make_url(url).database
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            read_only = f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'
            connection.execute(text(read_only))
        admin.dispose()

        listed = cli("list", "--json", env=server)
        assert listed.returncode == 0, listed.stderr
        assert "Acme" in listed.stdout
        done = cli("add", "Beta", "Engineer", env=server)
        assert_one_line_error(done, "only allows reading", "nothing was saved")
        assert "postgres" not in done.stderr  # never the address (it may hold a password)
