"""Check-ins and the WHO-5 through the real entry point: the installed `nextyes` console
script, run as a separate process against its own SQLite file under a fresh NEXTYES_HOME.

Commands covered: checkin, wellbeing (with --answers and interactively), wellbeing history.
Every refused input exits 2 with one stderr line starting "error:" and changes nothing."""

from pathlib import Path

import pytest

from nextyes.domain.wellbeing import WHO5_ITEMS, WHO5_LEAD, WHO5_SCALE
from tests.cli_runner import Cli


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def test_a_check_in_is_acknowledged_kindly_and_kept(cli: Cli) -> None:
    said = cli.ok("checkin", "4", "--note", "[bold]good call[/bold] with Ana")
    assert "Thank you for checking in" in said
    assert "gentle suggestion" not in said
    made = cli.json("checkin", "3")
    assert set(made) == {"checkin", "message", "suggestion"}
    assert set(made["checkin"]) == {"id", "checked_at", "mood", "note"}
    assert made["checkin"]["mood"] == 3
    assert made["suggestion"] is None
    past = cli.json("wellbeing", "history")
    assert [c["mood"] for c in past["checkins"]] == [3, 4]
    assert past["checkins"][1]["note"] == "[bold]good call[/bold] with Ana"
    assert past["questionnaires"] == []
    shown = cli.ok("wellbeing", "history")
    assert "[bold]good call[/bold] with Ana" in shown  # markup in a note is shown as typed


def test_three_low_check_ins_bring_a_gentle_suggestion(cli: Cli) -> None:
    assert "gentle suggestion" not in cli.ok("checkin", "2")
    assert "gentle suggestion" not in cli.ok("checkin", "1", "--note", "another no")
    said = cli.ok("checkin", "2")
    assert "A gentle suggestion" in said
    assert "talk to someone" in said
    assert "local emergency number" in said
    own = cli.ok(
        "checkin", "1", env={"NEXTYES_SUPPORT_RESOURCES": '["The Northside careers team, ext. 42"]'}
    )
    assert "The Northside careers team, ext. 42" in own
    assert "local emergency number" not in own


def test_wellbeing_with_answers_scores_and_compares(cli: Cli) -> None:
    first = cli.json("wellbeing", "--answers", "3,4,2,3,4")
    assert set(first) == {"questionnaire", "change", "suggestion"}
    assert first["questionnaire"]["answers"] == [3, 4, 2, 3, 4]
    assert (first["questionnaire"]["raw_score"], first["questionnaire"]["percent"]) == (16, 64)
    assert first["change"] is None
    assert first["suggestion"] is None
    said = cli.ok("wellbeing", "--answers", "2,2,2,3,3")
    assert "12 out of 25, 48 out of 100" in said
    assert "16 points lower than last time" in said
    assert "A gentle suggestion" in said


def test_wellbeing_asks_the_five_questions_when_no_answers_are_given(cli: Cli) -> None:
    # A slip (9) is asked again, not counted and not fatal.
    said = cli.ok("wellbeing", stdin="5\n9\n4\n3\n4\n5\n")
    assert WHO5_LEAD in said
    for number, item in enumerate(WHO5_ITEMS, start=1):
        assert f"{number}. {item} [0-5]:" in said
    for value, label in WHO5_SCALE:
        assert f"{value} = {label}" in said
    assert "21 out of 25, 84 out of 100" in said
    assert cli.json("wellbeing", "history")["questionnaires"][0]["answers"] == [5, 4, 3, 4, 5]


def test_bad_input_is_refused_in_one_line(cli: Cli) -> None:
    cli.ok("checkin", "3")  # the database exists, so a refusal can be seen to change nothing
    cli.refused("checkin", "0", problem="mood must be from 1 (low) to 5 (good); you wrote 0")
    cli.refused("checkin", "6", problem="you wrote 6")
    cli.refused("wellbeing", "--answers", "6,1,1,1,1", problem="must be from 0 to 5; you wrote 6")
    cli.refused("wellbeing", "--answers", "1,2,3,4", problem="you gave 4 answer(s)")
