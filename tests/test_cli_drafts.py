"""Drafts and the profile through the real entry point: the installed `nextyes` console
script, run as a separate process against its own SQLite file under a fresh NEXTYES_HOME.

Commands covered: draft ID KIND, draft sent DRAFT_ID, profile. Every refused input exits 2
with one stderr line starting with "error:" and leaves the database exactly as it was."""

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import Cli

TODAY = date.today()
DRAFT_FIELDS = {
    "id",
    "application_id",
    "contact_id",
    "kind",
    "tone",
    "subject",
    "body",
    "mailto",
    "missing",
    "created_at",
    "sent_at",
}


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Built once: an interview-stage "no" two days ago at Lumen, the interviewer linked,
    with a reason the drafts must keep to themselves unless asked."""
    home = tmp_path_factory.mktemp("seeded")
    cli = Cli(home)
    app = str(cli.json("add", "Lumen", "Data Analyst", "--on", ago(30))["id"])
    cli.ok("move", app, "interviewing", "--on", ago(10))
    person = cli.json(
        "contact", "add", "Priya Shah", "--role", "interviewer",
        "--email", "priya@lumen.test", "--application", app,
    )  # fmt: skip
    cli.ok("reject", app, "--on", ago(2), "--reason", "a zephyrine internal move")
    return {"home": home, "app": app, "person": str(person["id"])}


@pytest.fixture
def cli(seeded: dict[str, Any], tmp_path: Path) -> Cli:
    return Cli.copy_of(seeded["home"], tmp_path)


def test_a_draft_shows_subject_body_link_and_what_to_add(cli: Cli, seeded: dict[str, Any]) -> None:
    app, person = seeded["app"], seeded["person"]
    shown = cli.ok("draft", app, "thank_you", "--contact", person)
    assert "Subject: " in shown
    assert "Hi Priya," in shown
    assert "Email link: mailto:priya@lumen.test?subject=" in shown
    assert "your name (set it once: Settings, About you; or nextyes profile --name)" in shown
    assert "nextyes draft sent 1" in shown
    assert "zephyrine" not in shown
    draft = cli.json("draft", app, "thank-you", "--contact", person, "--tone", "brief")
    assert set(draft) == DRAFT_FIELDS
    assert (draft["kind"], draft["tone"], draft["contact_id"]) == ("thank_you", "brief", 1)
    assert draft["sent_at"] is None
    formal = cli.json(
        "draft", app, "feedback_request", "--contact", person, "--tone", "formal", "--with-reason"
    )
    assert formal["body"].startswith("Dear Priya Shah,")
    # --with-reason thanks them for explaining, in general words; it never quotes them.
    assert "zephyrine" not in formal["body"]
    assert "explain your decision" in formal["body"]


def test_the_profile_signs_drafts_and_shows_markup_as_typed(
    cli: Cli, seeded: dict[str, Any]
) -> None:
    saved = cli.json("profile", "--name", "Ana [bold]Ruiz[/bold]", "--headline", "Analyst")
    assert (saved["name"], saved["headline"]) == ("Ana [bold]Ruiz[/bold]", "Analyst")
    assert "Name: Ana [bold]Ruiz[/bold]" in cli.ok("profile")
    assert cli.json("profile", "--headline", "")["name"] == "Ana [bold]Ruiz[/bold]"
    note = cli.json("draft", seeded["app"], "connection_note", "--contact", seeded["person"])
    assert note["subject"] is None
    assert note["body"].endswith("Ana [bold]Ruiz[/bold]")
    assert len(note["body"]) <= 300


def test_marking_a_draft_sent_completes_its_step_once(cli: Cli, seeded: dict[str, Any]) -> None:
    app, person = seeded["app"], seeded["person"]
    draft_id = str(cli.json("draft", app, "thank_you", "--contact", person)["id"])
    sent = cli.json("draft", "sent", draft_id)
    assert sent["logged"] is True
    assert sent["draft"]["sent_at"] is not None
    assert (sent["step"]["kind"], sent["step"]["status"]) == ("thank_you", "done")
    plan = cli.json("plan", app)
    thanks = [s for s in plan["steps"] if s["kind"] == "thank_you"]
    assert [s["status"] for s in thanks] == ["done"]
    cli.refused("draft", "sent", draft_id, problem=f"draft {draft_id} was already marked sent")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("draft", "1", "poem"), "unknown draft kind 'poem'"),
        (("draft", "1", "thank_you", "--tone", "loud"), "unknown tone 'loud'"),
        (("draft", "99", "thank_you"), "no application with id 99"),
        (("draft", "1", "thank_you", "--contact", "42"), "no contact with id 42"),
        (("draft", "Lumen", "thank_you"), "application id must be a number"),
        (("draft", "sent", "7"), "no draft with id 7"),
    ],
)
def test_bad_input_is_refused_in_one_line(cli: Cli, args: tuple[str, ...], problem: str) -> None:
    cli.refused(*args, problem=problem)
