"""One runner for the CLI tests: the installed `nextyes` console script, run as a separate
process against its own SQLite file under a private NEXTYES_HOME.

Every NEXTYES_* variable is dropped from the inherited environment (a developer's own home or
test database must not leak in), automatic backups are off unless a test turns them on, the
width is fixed at 120 columns and colour forcing is off, so output reads the same on any
machine."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

DB_FILE = "nextyes.db"


def find_script() -> Path:
    """The console script installed next to the running interpreter (the project's venv)."""
    beside = Path(sys.executable).parent / "nextyes"
    if beside.is_file():
        return beside
    found = shutil.which("nextyes", path=str(Path(sys.executable).parent)) or shutil.which(
        "nextyes"
    )
    if found is None:
        pytest.fail("the `nextyes` console script is not installed; run pip install -e .")
    return Path(found)


SCRIPT = find_script()


def assert_one_line_error(done: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Refused: exit 2, no traceback, one stderr line starting "error: " with each fragment."""
    assert done.returncode == 2, (done.args, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), done.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


class Cli:
    """`nextyes` bound to one home folder.

    `stdin` is what the person types or pipes in (nothing by default), `tz` sets the
    machine's zone, `env` adds variables, `command` runs something other than the script."""

    def __init__(self, home: Path) -> None:
        self.home = home

    @classmethod
    def fresh(cls, tmp_path: Path) -> "Cli":
        """A new, empty home folder under `tmp_path`."""
        home = tmp_path / "home"
        home.mkdir()
        return cls(home)

    @classmethod
    def copy_of(cls, source: Path, tmp_path: Path) -> "Cli":
        """A copy of the home folder `source` under `tmp_path`, for a test that writes."""
        home = tmp_path / "home"
        shutil.copytree(source, home)
        return cls(home)

    def env(self, tz: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
        env.pop("FORCE_COLOR", None)
        env.update(NEXTYES_HOME=str(self.home), COLUMNS="120", PYTHONIOENCODING="utf-8")
        # Automatic backups off unless a test asks (env={"NEXTYES_BACKUP_DAYS": ...}).
        env["NEXTYES_BACKUP_DAYS"] = "0"
        if tz is not None:
            env["TZ"] = tz
        env.update(extra or {})
        return env

    def __call__(
        self,
        *args: str,
        stdin: str = "",
        tz: str | None = None,
        env: dict[str, str] | None = None,
        command: list[str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*(command or [str(SCRIPT)]), *args],
            env=self.env(tz, env),
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )

    def ok(
        self,
        *args: str,
        stdin: str = "",
        tz: str | None = None,
        env: dict[str, str] | None = None,
    ) -> str:
        done = self(*args, stdin=stdin, tz=tz, env=env)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        return done.stdout

    def json(self, *args: str, stdin: str = "", tz: str | None = None) -> Any:
        return json.loads(self.ok(*args, "--json", stdin=stdin, tz=tz))

    def add(self, *args: str) -> str:
        """`add ... --json`; the new application's id."""
        return str(self.json("add", *args)["id"])

    def snapshot(self) -> list[str]:
        """Every row of every table, straight from the SQLite file."""
        with closing(sqlite3.connect(self.home / DB_FILE)) as connection:
            return list(connection.iterdump())

    def refused(self, *args: str, problem: str, stdin: str = "") -> None:
        """The command is refused in one line, exit 2, and the database is untouched."""
        before = self.snapshot()
        assert_one_line_error(self(*args, stdin=stdin), problem)
        assert self.snapshot() == before, args
