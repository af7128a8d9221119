"""`nextyes stats` through the real entry point: tables and bars, --json, --csv to a file
or a folder, and one-line refusals that change nothing."""

import csv
import io
from pathlib import Path

import pytest

from tests.cli_runner import Cli


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


@pytest.fixture(scope="module")
def searched_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the small search typed in once (each command is a new process)."""
    home = Cli(tmp_path_factory.mktemp("searched"))
    small_search(home)
    return home.home


@pytest.fixture
def searched(searched_home: Path, tmp_path: Path) -> Cli:
    """A copy of that home of the test's own."""
    return Cli.copy_of(searched_home, tmp_path)


def small_search(cli: Cli) -> None:
    """Three sent: one call that ended in a "no", one clear "no", one still waiting."""
    first = cli.add("Lumen Health", "Analyst", "--channel", "referral", "--on", "2026-01-05")
    cli.ok("move", first, "screening", "--on", "2026-01-08")
    cli.ok("reject", first, "--on", "2026-01-12", "--reason", "Internal candidate")
    second = cli.add("Globex", "Analyst", "--channel", "job_board", "--on", "2026-01-06")
    cli.ok("reject", second, "--on", "2026-01-10")
    cli.add("Initech", "Analyst", "--channel", "job_board", "--on", "2026-01-14")


def test_an_empty_search_says_so_kindly(cli: Cli) -> None:
    out = cli.ok("stats")
    assert "Nothing sent yet" in out
    assert "The next yes" in out
    assert "TalentWorks" in out
    found = cli.json("stats")
    assert found["funnel"]["sent"] == 0
    assert found["funnel"]["response_rate"] is None


def test_the_terminal_shows_the_funnel_with_bars(searched: Cli) -> None:
    cli = searched
    out = cli.ok("stats")
    assert "You have sent 3 applications; 2 of 3 got a reply of some kind." in out
    funnel_lines = [
        line
        for line in out.splitlines()
        if line.startswith(("│ Applied", "│ Any reply", "│ Screening"))
    ]
    assert len(funnel_lines) == 3
    cells = [[c.strip() for c in line.split("│")[2:5]] for line in funnel_lines]
    # The bars are proportional: 30, 20 and 10 blocks for 3, 2 and 1 of 3.
    assert cells == [["3", "100%", "█" * 30], ["2", "67%", "█" * 20], ["1", "33%", "█" * 10]]


def test_json_has_every_figure_with_stable_names(searched: Cli) -> None:
    cli = searched
    found = cli.json("stats", "--next", "10")
    assert set(found) == {
        "as_of", "summary", "funnel", "by_channel", "by_month", "reply_times", "bounce_back",
        "momentum", "what_worked", "next_yes", "weakest_step", "themes", "reasons",
    }  # fmt: skip
    assert [s["reached"] for s in found["funnel"]["steps"]] == [3, 2, 1, 0, 0, 0]
    # First replies after 3 days (screening) and 4 days (the "no"): median 3.5.
    assert found["reply_times"]["median_days"] == 3.5
    # "No"s on 10 and 12 January; the next application went out on the 14th: 4 and 2 days.
    assert found["bounce_back"]["median_days"] == 3.0
    assert (found["next_yes"]["n"], found["next_yes"]["decided"]) == (10, 2)


def test_csv_to_one_file_holds_every_table(searched: Cli, tmp_path: Path) -> None:
    cli = searched
    target = tmp_path / "insights.csv"
    out = cli.ok("stats", "--csv", str(target))
    assert f"Wrote {target}" in out.replace("\n", "")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {"table", "key", "column", "value"} == set(rows[0])
    reached = {
        r["key"]: r["value"] for r in rows if r["table"] == "funnel" and r["column"] == "reached"
    }
    assert reached == {
        "applied": "3", "replied": "2", "screening": "1", "interviewing": "0",
        "final_round": "0", "offer": "0",
    }  # fmt: skip


def test_csv_to_a_folder_writes_one_file_per_table(searched: Cli, tmp_path: Path) -> None:
    cli = searched
    folder = tmp_path / "out"
    folder.mkdir()
    cli.json("stats", "--csv", str(folder))
    names = sorted(p.name for p in folder.iterdir())
    assert "funnel.csv" in names
    assert "momentum.csv" in names
    assert "next_yes.csv" in names
    channels = list(csv.reader(io.StringIO((folder / "funnel_by_channel.csv").read_text())))
    assert channels[0][:3] == ["channel", "applied", "replied"]
    assert channels[1][:3] == ["referral", "1", "1"]


def test_bad_input_is_one_line_and_changes_nothing(searched: Cli, tmp_path: Path) -> None:
    cli = searched
    cli.refused("stats", "--next", "0", problem="from 1 to 500")
    cli.refused("stats", "--next", "many", problem="--next")
    missing = tmp_path / "no-such-folder" / "x.csv"
    cli.refused("stats", "--csv", str(missing), problem="does not exist")
    assert not missing.parent.exists()
