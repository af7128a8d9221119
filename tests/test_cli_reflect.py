"""Reflect, lessons, skill, practice and write through the installed `nextyes` console script,
run as a separate process against its own SQLite file under a fresh NEXTYES_HOME.

Every refused input must exit 2 with one stderr line starting with "error:", no traceback,
and leave the database exactly as it was."""

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import Cli

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Built once: an interview-stage "no" two days ago, with feedback."""
    home = tmp_path_factory.mktemp("seeded")
    shared = Cli(home)
    app_id = str(shared.json("add", "Lumen [bold]", "Analyst", "--on", ago(30))["id"])
    shared.ok("move", app_id, "interviewing", "--on", ago(10))
    shared.ok("reject", app_id, "--on", ago(2), "--feedback", "More SQL depth")
    return {"home": home, "app": app_id}


@pytest.fixture
def cli(seeded: dict[str, Any], tmp_path: Path) -> Cli:
    return Cli.copy_of(seeded["home"], tmp_path)


def write_json(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_reflect_from_a_json_file_saves_updates_and_closes_the_post_mortem(
    cli: Cli, seeded: dict[str, Any], tmp_path: Path
) -> None:
    app = seeded["app"]
    answers = {
        "fit_score": 4,
        "caught_out": ["Why us?"],
        "to_learn": "SQL\ndbt",
        "tags": ["Nerves"],
    }
    saved = cli.json("reflect", app, "--from", write_json(tmp_path, answers))
    assert saved["answers"]["fit_score"] == 4
    assert saved["answers"]["feedback"] == "More SQL depth"  # prefilled from the rejection
    assert saved["answers"]["to_learn"] == ["SQL", "dbt"]
    assert saved["answers"]["tags"] == ["nerves"]
    steps = cli.json("plan", app)["steps"]
    assert [s["status"] for s in steps if s["kind"] == "post_mortem"] == ["done"]
    again = cli.json("reflect", app, "--from", write_json(tmp_path, {"fit_score": 3}))
    assert again["id"] == saved["id"]
    assert again["answers"]["fit_score"] == 3
    assert again["answers"]["caught_out"] == ["Why us?"]  # left out of the file: kept


def test_interactive_reflect_reads_answers_piped_to_stdin(cli: Cli, seeded: dict[str, Any]) -> None:
    typed = [
        "Two mock interviews",  # preparation
        "Tell me about a [red]conflict",  # caught out, one per line, then an empty line
        "Design a URL shortener",
        "",
        "4",  # fit
        "Strong overlap",
        "",  # impressed: skipped
        "",  # feedback: Enter keeps the rejection's feedback
        "SQL window functions",  # to learn
        "",
        "",
        "",
        "",
        "",
        "Asking good questions",  # keep doing
        "system design",  # tags
        "",
    ]
    out = cli.ok("reflect", seeded["app"], stdin="\n".join(typed) + "\n")
    assert "Lumen [bold]" in out  # the name as typed, never read as markup
    assert "post-mortem step of your plan is done" in out
    found = cli.json("lessons")
    assert [(s["name"], s["status"], s["mentions"]) for s in found["skills"]] == [
        ("SQL window functions", "to_learn", 1)
    ]
    assert [p["text"] for p in found["practice_next"]] == [
        "Tell me about a [red]conflict",
        "Design a URL shortener",
    ]
    assert [(t["kind"], t["text"]) for t in found["themes"]] == [("tag", "system-design")]


def test_practice_log_and_skill_status_shape_lessons(
    cli: Cli, seeded: dict[str, Any], tmp_path: Path
) -> None:
    answers = {"caught_out": ["Why us?", "A gap in the CV?"], "to_learn": ["SQL"]}
    cli.ok("reflect", seeded["app"], "--from", write_json(tmp_path, answers))
    entry = cli.json("practice", "log", "1", "--felt", "2", "--note", "rambled")
    assert (entry["question_id"], entry["felt"], entry["note"]) == (1, 2, "rambled")
    assert entry["practised_on"] == TODAY.isoformat()
    order = cli.json("practice")
    assert [(p["question_id"], p["last_felt"]) for p in order] == [(2, None), (1, 2)]
    skill = cli.json("skill", "1", "learning")
    assert (skill["name"], skill["status"]) == ("SQL", "learning")
    found = cli.json("lessons")
    assert found["skills"][0]["status"] == "learning"
    assert found["practice_next"][0]["question_id"] == 2


def test_write_from_stdin_is_private_and_the_list_shows_first_words_only(
    cli: Cli, tmp_path: Path
) -> None:
    out = cli.ok("write", stdin="Waiting is the hardest part of all this, and [b]today too.\n")
    assert "53%" in out
    assert "Saved as private" in out
    shared_file = tmp_path / "entry.txt"
    shared_file.write_text("A better day today.", encoding="utf-8")
    entry = cli.json("write", "--file", str(shared_file), "--share")
    assert (entry["private"], entry["body"]) == (False, "A better day today.")
    listed = cli.ok("write", "--list")
    assert "Waiting is the hardest part of all this," in listed
    assert "today too" not in listed  # first words only
    summaries = cli.json("write", "--list")
    assert [(s["private"], "body" in s) for s in summaries] == [(False, False), (True, False)]


def test_bad_input_exits_2_in_one_line_and_writes_nothing(
    cli: Cli, seeded: dict[str, Any], tmp_path: Path
) -> None:
    app = seeded["app"]
    cli.refused(
        "reflect", app, "--from", write_json(tmp_path, {"fit_score": 7}), problem="fit score"
    )
    cli.refused("reflect", "999", problem="no application with id 999")
    cli.refused("practice", "log", "1", "--felt", "9", problem="felt must be from 1")
    cli.refused("skill", "1", "maybe", problem="unknown skill status 'maybe'")
    cli.refused("write", stdin="  \n", problem="the entry is empty")
