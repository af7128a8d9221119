"""`nextyes interview ...` and `nextyes calendar export` through the installed console script,
each run as a separate process against its own SQLite file under a fresh NEXTYES_HOME.

The script uses the real clock, so times are picked relative to today."""

import dataclasses
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from nextyes.domain.interviews import Interview
from tests.cli_runner import SCRIPT, Cli, assert_one_line_error

LATER = date.today() + timedelta(days=30)  # safely ahead whatever the machine's zone
INTERVIEW_FIELDS = {f.name for f in dataclasses.fields(Interview)}


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def interviewing(cli: Cli) -> int:
    new = cli.json("add", "Zoë; Café", "Analyst, Data")["id"]
    cli.ok("move", str(new), "interviewing")
    return int(new)


@pytest.fixture
def app_id(cli: Cli) -> int:
    """An application in interviewing, in a fresh home."""
    return interviewing(cli)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """One home with application 1 in interviewing, for tests that must not change it."""
    shared = Cli(tmp_path_factory.mktemp("shared"))
    assert interviewing(shared) == 1
    return shared


def uids(ics: bytes) -> set[str]:
    return {str(e["UID"]) for e in Calendar.from_ical(ics).walk("VEVENT")}


def test_add_list_and_cancel(cli: Cli, app_id: int) -> None:
    at = f"{LATER.isoformat()}T14:00+01:00"
    first = cli.json("interview", "add", str(app_id), "--at", at, "--title", "Panel; 2")
    assert set(first) == INTERVIEW_FIELDS
    assert first["starts_at"] == f"{LATER.isoformat()}T13:00:00+00:00"
    assert (first["minutes"], first["title"], first["notes"]) == (60, "Panel; 2", None)

    # Without an offset the time is the machine's own: EST+5 is five hours behind UTC.
    second = cli.json(
        "interview", "add", str(app_id), "--at", f"{LATER.isoformat()} 09:30",
        "--minutes", "30", "--location", "https://meet.example/x", "--notes", "ask about team",
        tz="EST+5",
    )  # fmt: skip
    assert second["starts_at"] == f"{LATER.isoformat()}T14:30:00+00:00"
    assert (second["minutes"], second["location"]) == (30, "https://meet.example/x")

    listed = cli.json("interview", "list")
    assert [i["id"] for i in listed] == [first["id"], second["id"]]
    text = cli.ok("interview", "list", tz="UTC")
    assert f"#{first['id']}  {LATER.isoformat()} 13:00  60 min  Analyst, Data at Zoë; Café" in text
    assert "https://meet.example/x" in text

    assert f"#{first['id']}" in cli.ok("interview", "cancel", str(first["id"]))
    assert [i["id"] for i in cli.json("interview", "list")] == [second["id"]]
    assert_one_line_error(cli("interview", "cancel", str(first["id"])), "no interview with id")


def test_export_to_a_file_and_to_stdout(cli: Cli, app_id: int, tmp_path: Path) -> None:
    at = f"{LATER.isoformat()} 14:00"
    interview = cli.json("interview", "add", str(app_id), "--at", at, "--notes", "SECRET")
    rejected = cli.json("add", "Acme", "Engineer", "--stage", "interviewing")["id"]
    cli.ok("reject", str(rejected))
    steps = [s["id"] for s in cli.json("plan", str(rejected))["steps"]]
    expected = {f"interview-{interview['id']}@nextyes"} | {f"step-{i}@nextyes" for i in steps}

    target = tmp_path / "out" / "nextyes.ics"
    target.parent.mkdir()
    target.write_text("an older export")
    said = cli.ok("calendar", "export", str(target))
    assert f"Wrote {len(expected)} item(s)" in said
    assert f"{len(steps)} step(s), 1 interview(s)" in said
    assert uids(target.read_bytes()) == expected
    assert b"SECRET" not in target.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["nextyes.ics"]  # no temp file left

    piped = subprocess.run(
        [str(SCRIPT), "calendar", "export", "-"],
        env=cli.env(),
        capture_output=True,
        check=True,
    )
    assert piped.stdout.startswith(b"BEGIN:VCALENDAR")
    assert uids(piped.stdout) == expected


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["interview", "add", "1", "--at", "next tuesday"], ["cannot read time 'next tuesday'"]),
        (["interview", "add", "1", "--at", "2026-11-25"], ["cannot read time", "HH:MM"]),
        (["interview", "add", "1", "--at", "2026-02-30 10:00"], ["no such date or time"]),
        (["interview", "add", "1", "--at", "2030-01-01 10:00", "--minutes", "0"], ["minutes"]),
        (["interview", "add", "99", "--at", "2030-01-01 10:00"], ["no application with id 99"]),
        (["interview", "cancel", "7"], ["no interview with id 7"]),
        (["interview", "cancel", "seven"], ["'ID'"]),
        (["calendar", "export", "/no/such/folder/x.ics"], ["cannot write", "/no/such/folder"]),
    ],
)
def test_bad_input_is_one_line(shared: Cli, args: list[str], fragments: list[str]) -> None:
    done = shared(*args)
    assert_one_line_error(done, *fragments)
    assert done.stdout == ""


def test_no_interview_for_a_rejected_application(cli: Cli, app_id: int) -> None:
    cli.ok("reject", str(app_id))
    done = cli("interview", "add", str(app_id), "--at", f"{LATER.isoformat()} 10:00")
    assert_one_line_error(done, f"application {app_id} is rejected")
    assert cli.json("interview", "list") == []


def test_an_empty_calendar_is_still_a_calendar(cli: Cli) -> None:
    assert "No interviews scheduled" in cli.ok("interview", "list")
    ics = cli.ok("calendar", "export", "-").encode()
    assert uids(ics) == set()
    assert str(Calendar.from_ical(ics)["X-WR-CALNAME"]) == "NextYes"
