"""The command line's `--user` path keeps people apart too: every command that takes an id
(found by walking the CLI's own command tree, so a new one cannot escape) is run as A with
each kind of B's ids. Each is refused in one line with exit status 2, as an id no one has
would be, and none of B's rows changes. Through the real entry point, on PostgreSQL."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from typer.main import get_command

from nextyes.cli import app as cli_app
from tests.cli_runner import Cli
from tests.hosted.test_hosted_cli import hosted_env
from tests.hosted.test_isolation_matrix import Person, ids_of, snapshot

# Which of B's rows an id argument names (by the command, then by the argument's name).
TABLE_BY_COMMAND = {"delete": "applications", "draft": "applications"}
TABLE_BY_ARGUMENT = {
    "application_id": "applications",
    "entry_id": "events",
    "contact_id": "contacts",
    "interview_id": "interviews",
    "checkin_id": "checkins",
    "plan_id": "if_then_plans",
    "job_id": "past_jobs",
    "draft_id": "drafts",
    "trash_id": "trash",
    "step_id": "steps",
    "skill_id": "skills",
    "question_id": "practice_questions",
}
# What else a command needs to get as far as looking the id up.
BEFORE = {"delete": ["application"]}
AFTER = {
    "move": ["screening"],
    "edit application": ["--role", "Changed"],
    "edit entry": ["--note", "changed"],
    "edit contact": ["--name", "Changed"],
    "edit interview": ["--title", "Changed"],
    "edit checkin": ["--mood", "3"],
    "edit ifthen": ["--then", "changed"],
    "edit past-job": ["--role", "Changed"],
    "edit draft": ["--body", "changed"],
    "step snooze": ["--until", "2099-01-01"],
    "skill": ["done"],
    "practice log": ["--felt", "3"],
    "interview add": ["--at", "2099-01-01T10:00"],
    "contact link": [],
    "draft": ["thank_you"],
}


def id_commands() -> list[tuple[str, list[str]]]:
    """(command, its id arguments) for every CLI command taking an id."""
    found: list[tuple[str, list[str]]] = []

    def walk(command: Any, path: list[str]) -> None:
        children = getattr(command, "commands", None)
        if children:
            for name in list(children):
                walk(children[name], [*path, name])
            return
        names = [
            p.name
            for p in command.params
            if type(p).__name__.endswith("Argument") and "id" in (p.name or "").lower()
        ]
        if names:
            found.append((" ".join(path), names))

    walk(get_command(cli_app), [])
    return found


def test_the_walk_finds_the_commands_that_take_ids() -> None:
    names = {name for name, _ in id_commands()}
    assert {"show", "move", "step done", "trash restore", "edit contact"} <= names
    assert len(names) >= 20


@pytest.fixture
def people(hosted_app: FastAPI) -> tuple[Person, Person]:
    return Person(hosted_app, "a@example.org"), Person(hosted_app, "b@example.org")


def test_no_command_reaches_anything_of_another_person(
    hosted_app: FastAPI, people: tuple[Person, Person], hosted_url: str, tmp_path: Path
) -> None:
    a, b = people
    theirs = ids_of(hosted_app, b.user_id)
    before = snapshot(hosted_app, b.user_id)
    cli = Cli.fresh(tmp_path)
    env = hosted_env(hosted_url, NEXTYES_USER="a@example.org")
    mine = ids_of(hosted_app, a.user_id)["applications"][0]
    shown = json.loads(cli.ok("show", str(mine), "--json", env=env))
    assert shown["application"]["id"] == mine  # the same command works on A's own
    problems = []
    for command, arguments in id_commands():
        values = []
        for argument in arguments:
            if argument == "kind_or_id":
                continue
            table = TABLE_BY_COMMAND.get(command) or TABLE_BY_ARGUMENT[argument]
            assert theirs[table], f"B has no {table}: cannot try `{command}`"
            values.append(str(theirs[table][0]))
        if command == "draft":
            values = [str(theirs["applications"][0])]
        args = [*command.split(), *BEFORE.get(command, []), *values, *AFTER.get(command, [])]
        done = cli(*args, env=env, stdin="y\n")
        lines = done.stderr.strip().splitlines()
        # Refused because the id is not A's, as an id no one has is: not for a typo.
        said = lines[0] if len(lines) == 1 else ""
        if done.returncode != 2 or not re.match(r"error: no [\w -]+ with id \d+$", said):
            problems.append(f"{' '.join(args)}: exit {done.returncode}, {done.stderr.strip()!r}")
    assert not problems, "\n".join(problems)
    assert snapshot(hosted_app, b.user_id) == before
