"""`nextyes today` through the installed command: the same five things as the page, the
quiet applications as one group, and `--all` for everything due, by application."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli_runner import Cli

TODAY = date.today()  # a subprocess has the real clock


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def test_today_groups_the_quiet_applications_and_lists_everything_on_asking(cli: Cli) -> None:
    for n in range(3):
        cli.add(f"Quiet {n}", "Analyst", "--on", ago(30 + n))
    said_no = cli.add("Said No", "Analyst", "--on", ago(40))
    cli.ok("reject", said_no, "--on", ago(20))
    cli.ok("sweep")

    agenda = cli.json("today")
    assert agenda["quiet_total"] == 3
    # The two follow-ups asked first (one sweep asked all three: the first it asked).
    assert [i["company"] for i in agenda["quiet"]] == ["Quiet 0", "Quiet 1"]
    # Both its steps are over two weeks late: the least late (jumping back in) comes first.
    assert [i["step"]["kind"] for i in agenda["items"]] == ["jump_back_in", "fit_check"]
    text = cli.ok("today")
    assert "Your next step" in text
    assert "3 quiet applications: follow up on the 2 oldest today" in text
    assert "All of them: nextyes today --all --only quiet" in text

    everything = cli.json("today", "--all")
    assert everything["applications"] == 4
    assert everything["groups"][0]["company"] == "Said No"  # it has waited longest
    listed = {i["step"]["id"] for g in everything["groups"] for i in g["items"]}
    shown = {i["step"]["id"] for i in agenda["items"] + agenda["quiet"]}
    assert shown <= listed
    assert len(listed) == len(agenda["items"]) + agenda["more"] + len(agenda["quiet"])
    quiet = cli.ok("today", "--all", "--only", "quiet")
    assert "Quiet 0 · Analyst" in quiet
    assert "Said No" not in quiet


def test_today_refuses_options_that_do_not_go_together(cli: Cli) -> None:
    cli.refused("today", "--page", "2", problem="--page and --only go with --all")
    cli.refused("today", "--all", "--as-of", ago(1), problem="leave out --as-of")
    cli.refused("today", "--all", "--only", "soon", problem="only")
    cli.refused("today", "--all", "--page", "0", problem="page must be from 1")
