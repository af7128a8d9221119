"""`nextyes edit`, `nextyes delete` and `nextyes trash` through the installed entry point:
only the options given change, "" clears, bad input is one line with exit 2 and nothing
written, and whatever is deleted comes back from the trash."""

from pathlib import Path

import pytest

from tests.cli_runner import Cli


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def test_an_application_is_corrected_with_only_the_options_given(cli: Cli) -> None:
    app_id = cli.add("Lumen Helth", "Data Analyst", "--channel", "referral", "--link",
                     "https://lumen.example/jobs/1")  # fmt: skip
    said = cli.ok("edit", "application", app_id, "--company", "Lumen Health",
                  "--notes", "Priya said the team is small", "--link", "")  # fmt: skip
    assert f"Corrected #{app_id} Data Analyst at Lumen Health." in said
    shown = cli.json("show", app_id)["application"]
    assert shown["company"] == "Lumen Health"
    assert shown["channel"] == "referral"  # untouched
    assert shown["notes"] == "Priya said the team is small"
    assert shown["link"] is None  # "" clears it
    assert "Your notes: Priya said the team is small" in cli.ok("show", app_id)


def test_bad_corrections_are_one_line_and_change_nothing(cli: Cli) -> None:
    app_id = cli.add("Lumen Health", "Data Analyst")
    cli.refused("edit", "application", app_id, "--excitement", "9", problem="excitement must be")
    cli.refused("edit", "application", app_id, "--company", " ", problem="company must not")
    cli.refused("edit", "application", "999", "--notes", "x", problem="no application with id 999")
    cli.refused("edit", "application", app_id, "--salary-min", "lots",
                problem="salary-min must be a whole number")  # fmt: skip
    cli.refused("edit", "entry", "999", "--note", "x", problem="no entry with id 999")
    cli.refused("delete", "spaceship", "1", problem="cannot delete 'spaceship'")
    cli.refused("delete", "application", problem="give the id of the application")


def test_a_duplicate_is_refused_unless_added_anyway(cli: Cli) -> None:
    first = cli.add("Lumen Health", "Data Analyst")
    cli.refused("add", "Lumen Health Ltd", "Data Analyst",
                problem=f"you already have Data Analyst at Lumen Health (#{first}")  # fmt: skip
    again = cli.add("Lumen Health Ltd", "Data Analyst", "--anyway")
    assert again != first


def test_a_timeline_entry_is_corrected_and_the_latest_move_taken_back(cli: Cli) -> None:
    app_id = cli.add("Orchard & Co", "Analyst", "--on", "2026-01-05")
    cli.ok("move", app_id, "screening", "--on", "2026-01-12")
    shown = cli.ok("show", app_id)
    entries = cli.json("show", app_id)["events"]
    assert f"#{entries[1]['id']}" in shown  # ids are shown, to be corrected

    cli.ok("edit", "entry", str(entries[1]["id"]), "--on", "2026-01-10", "--note", "A call")
    assert cli.json("show", app_id)["application"]["stage_since"] == "2026-01-10"
    cli.refused("edit", "entry", str(entries[1]["id"]), "--on", "2026-01-01",
                problem="before the entry before it")  # fmt: skip

    said = cli.ok("delete", "entry", str(entries[1]["id"]))
    assert "Deleted: Analyst at Orchard & Co: the move to screening." in said
    assert cli.json("show", app_id)["application"]["stage"] == "applied"
    [trashed] = cli.json("trash")
    cli.ok("trash", "restore", str(trashed["id"]))
    assert cli.json("show", app_id)["application"]["stage"] == "screening"


def test_a_deleted_application_waits_in_the_trash_and_comes_back(cli: Cli) -> None:
    app_id = cli.add("Orchard & Co", "Analyst")
    cli.ok("contact", "add", "Mei Chen", "--role", "interviewer", "--application", app_id)
    said = cli.ok("delete", "application", app_id)
    assert "Deleted: Analyst at Orchard & Co. It stays in the trash for 30 days" in said
    assert cli.json("list") == []
    listing = cli.ok("trash")
    assert "application: Analyst at Orchard & Co" in listing
    [trashed] = cli.json("trash")
    restored = cli.ok("trash", "restore", str(trashed["id"]))
    assert f"Restored: Analyst at Orchard & Co (#{app_id})." in restored
    assert [c["name"] for c in cli.json("show", app_id)["contacts"]] == ["Mei Chen"]
    assert cli.ok("trash").strip() == "The trash is empty."
    cli.refused("trash", "restore", str(trashed["id"]), problem="no item in the trash with id")


def test_small_things_are_corrected_and_deleted(cli: Cli) -> None:
    app_id = cli.add("Orchard & Co", "Analyst")
    contact = cli.json("contact", "add", "Mei Chn", "--application", app_id)["id"]
    cli.ok("edit", "contact", str(contact), "--name", "Mei Chen", "--role", "interviewer")
    assert cli.json("contact", "list")[0]["name"] == "Mei Chen"

    checkin = cli.json("checkin", "2", "--note", "tired")["checkin"]["id"]
    cli.ok("edit", "checkin", str(checkin), "--mood", "3")
    assert cli.json("wellbeing", "history")["checkins"][0]["mood"] == 3
    cli.refused("edit", "checkin", str(checkin), "--mood", "7", problem="mood must be from 1")

    plan = cli.json("ifthen", "add", "I hear no", "I take a walk")["id"]
    cli.ok("edit", "ifthen", str(plan), "--then", "I take a walk, then apply once")
    assert cli.json("ifthen", "list")[0]["action"] == "I take a walk, then apply once"

    job = cli.json("history", "add", "Halcyon", "Analyst", "--channel", "referral")["id"]
    cli.ok("edit", "past-job", str(job), "--company", "Halcyon Media")
    assert cli.json("history", "list")[0]["company"] == "Halcyon Media"

    talk = cli.json("interview", "add", app_id, "--at", "2026-12-10 14:00")["id"]
    cli.ok("edit", "interview", str(talk), "--minutes", "45", "--title", "Panel")
    assert cli.json("interview", "list")[0]["minutes"] == 45

    for what, item in (("checkin", checkin), ("ifthen", plan), ("past-job", job),
                       ("interview", talk), ("contact", contact)):  # fmt: skip
        assert "Deleted:" in cli.ok("delete", what, str(item))
    assert len(cli.json("trash")) == 5
    assert "Forgot 5 deleted item(s) for good." in cli.ok("trash", "empty", "--yes")
    assert cli.json("trash") == []
