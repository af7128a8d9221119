"""`nextyes add --from URL|FILE` through the real console script: a saved page or a link
fills the application, the person sees what was found before it is saved, a posting already
in the search is caught first, and bad input is one line with nothing saved."""

from pathlib import Path

import pytest

from tests.cli_runner import Cli, assert_one_line_error
from tests.posting_server import Answer, posting_page, posting_server, slow

CANONICAL = "https://careers.lumenhealth.example/jobs/4411-data-analyst"


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    page = tmp_path / "Data Analyst - Lumen Health.html"
    page.write_bytes(posting_page("Data Analyst", "Lumen Health", url=CANONICAL))
    return page


def test_a_saved_page_is_shown_then_added_when_the_person_says_yes(cli: Cli, saved: Path) -> None:
    out = cli.ok("add", "--from", str(saved), stdin="y\n")
    assert "Found on the page" in out
    for shown in ("Data Analyst", "Lumen Health", "Leeds", "38,000 to 44,000 GBP a year"):
        assert shown in out, out
    assert "Added #1: Data Analyst at Lumen Health (saved)." in out
    added = cli.json("show", "1")["application"]
    assert added["link"] == CANONICAL
    assert added["salary_min"] == 38000
    assert added["salary_currency"] == "GBP"
    assert "Help our clinics see their data." in added["description"]
    assert "<p>" not in added["description"]
    assert "Type: full time" in added["notes"]


def test_saying_no_saves_nothing(cli: Cli, saved: Path) -> None:
    out = cli.ok("add", "--from", str(saved), stdin="n\n")
    assert "Nothing was added." in out
    assert cli.json("list") == []


def test_a_dry_run_shows_and_saves_nothing(cli: Cli, saved: Path) -> None:
    out = cli.ok("add", "--from", str(saved), "--dry-run")
    assert "Lumen Health" in out
    assert "Nothing was saved" in out
    assert cli.json("list") == []


def test_what_the_person_types_wins_over_the_page(cli: Cli, saved: Path) -> None:
    added = cli.json("add", "Lumen", "--from", str(saved), "--stage", "applied", "--yes")
    assert added["company"] == "Lumen"
    assert added["role"] == "Data Analyst"
    assert added["stage"] == "applied"


def test_the_same_posting_again_is_caught_before_it_is_saved(cli: Cli, saved: Path) -> None:
    cli.ok("add", "--from", str(saved), "--yes")
    # Re-posted under a slightly different title, reached through a tracking link.
    again = saved.parent / "again.html"
    again.write_bytes(
        posting_page(
            "Data Analyst (Remote)", "Lumen Health Ltd", url=CANONICAL + "?utm_source=linkedin"
        )
    )
    cli.refused("add", "--from", str(again), "--yes", problem="you already have Data Analyst")
    added = cli.json("add", "--from", str(again), "--yes", "--anyway")
    assert added["id"] == 2
    assert added["earlier_id"] == 1  # applying again, linked to the first time


def test_a_link_is_fetched_and_read(cli: Cli) -> None:
    with posting_server({"/jobs/7": Answer(body=posting_page("Nurse", "St Anne's"))}) as site:
        added = cli.json("add", "--from", site.url("/jobs/7"), "--yes")
    assert (added["company"], added["role"]) == ("St Anne's", "Nurse")
    assert added["link"].endswith("/jobs/7")  # the page names no address of its own


def test_a_link_that_times_out_is_one_line_and_saves_nothing(cli: Cli) -> None:
    quick = {"NEXTYES_FETCH_TIMEOUT": "0.5"}
    with posting_server({"/slow": Answer(stream=slow(3))}) as site:
        before = cli.snapshot()
        done = cli("add", "--from", site.url("/slow"), "--yes", env=quick)
        assert_one_line_error(done, "did not answer within 0.5 seconds")
        assert cli.snapshot() == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "not a web page"),
        (
            b"<html><head></head><body><p>News of the week</p></body></html>",
            "does not look like a job posting",
        ),
    ],
)
def test_a_file_that_is_not_a_posting_is_refused(
    cli: Cli, tmp_path: Path, content: bytes, problem: str
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    cli.refused("add", "--from", str(page), "--yes", problem=problem)


def test_a_missing_file_and_missing_names_are_one_line(cli: Cli) -> None:
    cli.refused("add", "--from", "nowhere.html", problem="there is no file nowhere.html")
    cli.refused("add", problem="give the company and the role")
    cli.refused("add", "Acme", "Analyst", "--dry-run", problem="go with --from")
