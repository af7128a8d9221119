"""`nextyes settings show|set|reset` through the installed console script, each run as a
separate process against its own SQLite file under a fresh NEXTYES_HOME; and the person's own
settings at work in `nextyes sweep` and `nextyes today`.

The script uses the real clock, so dates are relative to today."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli_runner import Cli

WINDOWS = {
    "reply_days_applied": 21,
    "reply_days_screening": 10,
    "reply_business_days_interviewing": 10,
    "reply_business_days_final_round": 7,
    "ghost_after_follow_up_days": 7,
}
FIELDS = {*WINDOWS, "support_resources", "own", "defaults"}


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    """Its database exists, so refusals can compare it (conftest.py)."""
    return Cli.copy_of(prepared_cli_home, tmp_path)


def test_show_starts_with_the_installations_settings(cli: Cli) -> None:
    shown = cli.json("settings", "show")
    assert set(shown) == FIELDS
    assert shown["own"] == []
    assert {name: shown[name] for name in WINDOWS} == WINDOWS
    assert shown["support_resources"] == shown["defaults"]["support_resources"]
    text = cli.ok("settings", "show")
    assert "After you apply" in text
    assert "21 days" in text
    assert "this installation's list" in text


def test_the_installations_setting_is_the_default_until_the_person_chooses(cli: Cli) -> None:
    centre = {"NEXTYES_REPLY_DAYS_APPLIED": "30"}
    assert '"reply_days_applied": 30' in cli.ok("settings", "show", "--json", env=centre)
    cli.ok("settings", "set", "--reply-days-applied", "12")
    assert '"reply_days_applied": 12' in cli.ok("settings", "show", "--json", env=centre)


def test_set_changes_only_what_is_given(cli: Cli) -> None:
    saved = cli.json(
        "settings", "set", "--reply-days-applied", "14", "--resource", "My sister; evenings",
        "--resource", "[bold]Coach[/bold], Tuesdays",
    )  # fmt: skip
    assert saved["own"] == ["reply_days_applied", "support_resources"]
    assert saved["reply_days_applied"] == 14
    assert saved["support_resources"] == ["My sister; evenings", "[bold]Coach[/bold], Tuesdays"]

    again = cli.json("settings", "set", "--ghost-after-follow-up-days", "3")
    assert again["own"] == ["reply_days_applied", "ghost_after_follow_up_days", "support_resources"]
    assert cli.json("settings", "show") == again

    text = cli.ok("settings", "show")
    assert "yours (default 21)" in text
    assert "[bold]Coach[/bold], Tuesdays" in text  # shown as typed, never as markup


def test_default_returns_one_setting_and_reset_returns_all(cli: Cli) -> None:
    cli.ok("settings", "set", "--reply-days-applied", "14", "--reply-days-screening", "4")
    cli.ok("settings", "set", "--resource", "A friend.")
    one = cli.json("settings", "set", "--reply-days-applied", "default", "--default-resources")
    assert one["own"] == ["reply_days_screening"]
    assert one["reply_days_applied"] == 21

    cleared = cli.json("settings", "reset")
    assert cleared["own"] == []
    assert "back on this installation's defaults" in cli.ok("settings", "reset")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--reply-days-applied", "0"], "the wait after you apply must be from 1 to 365 days"),
        (["--reply-days-screening", "soon"], "must be a whole number of days; you wrote 'soon'"),
        (["--reply-business-days-final-round", "261"], "from 1 to 260 working days"),
        (["--ghost-after-follow-up-days", ""], "needs a number or 'default'"),
        (["--resource", "  "], "support resource 1 is empty"),
        (["--resource", "x" * 301], "301 characters; the limit is 300"),
        ([arg for n in range(11) for arg in ("--resource", f"Place {n}")], "you wrote 11"),
        (["--resource", "A friend.", "--default-resources"], "not both"),
        (["--reply-days-applied"], "requires an argument"),
    ],
)
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, args: list[str], problem: str
) -> None:
    cli.ok("settings", "set", "--reply-days-applied", "14")
    cli.refused("settings", "set", "--reply-days-screening", "3", *args, problem=problem)


def test_set_with_nothing_to_set_says_how(cli: Cli) -> None:
    cli.refused("settings", "set", problem="nothing to change: give an option such as")


def test_the_sweep_goes_by_the_persons_windows(cli: Cli) -> None:
    ten_days_ago = (date.today() - timedelta(days=10)).isoformat()
    app_id = cli.add("Patient Co", "Analyst", "--on", ten_days_ago)
    assert cli.json("sweep")["quiet"] == []  # 10 days is within the default 21

    cli.ok("settings", "set", "--reply-days-applied", "7")
    assert cli.json("sweep")["quiet"] == [int(app_id)]


def test_checkin_and_today_point_to_the_persons_own_places_to_turn(cli: Cli) -> None:
    cli.ok("settings", "set", "--resource", "My coach, Tuesdays at 10.")
    cli.ok("checkin", "1")
    cli.ok("checkin", "2")
    third = cli.json("checkin", "1")["suggestion"]
    assert third is not None
    assert third["resources"] == ["My coach, Tuesdays at 10."]
    support = cli.json("today")["support"]
    assert support is not None
    assert support["resources"] == ["My coach, Tuesdays at 10."]
