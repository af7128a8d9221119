"""`nextyes evidence [ID]` through the real entry point: the installed console script, run
as a separate process against its own SQLite file under a fresh NEXTYES_HOME per test."""

from pathlib import Path

import pytest

from tests.cli_runner import Cli

CARD_FIELDS = {"kind", "headline", "body", "source", "numbers"}


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo loaded once (it is slow); each test reads a copy."""
    home = tmp_path_factory.mktemp("demo")
    Cli(home).ok("demo")
    shared = Cli(home / "demo")  # `nextyes demo` builds the demo in a home of its own
    lumen = next(a for a in shared.json("list") if a["company"] == "Lumen Health")
    return shared.home, str(lumen["id"])


@pytest.fixture
def demo(demo_home: tuple[Path, str], tmp_path: Path) -> tuple[Cli, str]:
    return Cli.copy_of(demo_home[0], tmp_path), demo_home[1]


def test_an_empty_database_gets_kind_cards_and_no_numbers_of_its_own(cli: Cli) -> None:
    out = cli.ok("evidence")
    assert "Nothing sent yet, so nothing to measure" in out
    assert "Silence is common" in out
    assert "Source: Greenhouse" in out
    cards = cli.json("evidence")
    assert [c["kind"] for c in cards] == ["too_early", "silence", "not_about_you"]
    assert all(set(c) == CARD_FIELDS for c in cards)
    assert cards[0]["numbers"] == {"sent": 0, "minimum": 5}


def test_the_demo_final_round_no_shows_how_far_it_got(demo: tuple[Cli, str]) -> None:
    cli, lumen = demo
    out = cli.ok("evidence", lumen)
    assert out.index("Final round in 2 of 28 applications (7%)") < out.index("Many reasons")
    assert "With Lumen Health you got as far as the final round." in out
    cards = cli.json("evidence", lumen)
    assert [c["kind"] for c in cards] == ["how_far", "not_about_you", "replies", "silence"]
    assert cards[0]["numbers"] == {"reached": 2, "sent": 28}
    assert cards[0]["source"] is None
    assert cards[2]["source"].startswith("TalentWorks")


def test_the_whole_demo_search_without_an_id(demo: tuple[Cli, str]) -> None:
    cli, _ = demo
    out = cli.ok("evidence")
    assert "Answers to 16 of 28 applications (57%)" in out
    assert "Final round" not in out


def test_an_unknown_or_unreadable_id_is_refused_in_one_line(demo: tuple[Cli, str]) -> None:
    cli, _ = demo
    cli.refused("evidence", "999", problem="no application with id 999")
    cli.refused("evidence", "lumen", problem="valid integer")


def test_markup_in_a_company_name_is_printed_as_typed(cli: Cli) -> None:
    added = cli.json("add", "[bold]Acme[/bold]", "Analyst")
    cli.ok("reject", str(added["id"]))
    out = cli.ok("evidence", str(added["id"]))
    assert "[bold]Acme[/bold] turned down an application" in out
