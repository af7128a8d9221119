"""The command line: `nextyes ...`. Commands call services only; rendering stays here."""

import functools
import importlib
import io
import os
import sys
from collections.abc import Iterator, MutableMapping
from typing import Annotated, Any

import typer
from sqlalchemy.exc import DBAPIError, OperationalError
from typer import _click  # Typer vendors Click; its Command is what groups hold
from typer.core import TyperGroup

from nextyes.cli.common import fail, settings
from nextyes.domain.errors import NextYesError

# Every command and the module under nextyes.cli that registers it, in the order
# `nextyes --help` lists them. A command imports only its own module (and what that uses),
# not the whole app, so each command starts sooner; `--help` imports them all.
# tests/test_cli.py holds this map to what each module registers.
COMMANDS: dict[str, str] = {
    "add": "applications",
    "list": "applications",
    "show": "applications",
    "move": "applications",
    "reject": "applications",
    "edit": "corrections",
    "delete": "corrections",
    "trash": "corrections",
    "forget": "forget",
    "today": "recovery",
    "plan": "recovery",
    "sweep": "recovery",
    "week": "recovery",
    "step": "recovery",
    "ifthen": "recovery",
    "contact": "contacts",
    "history": "history",
    "interview": "calendar",
    "calendar": "calendar",
    "settings": "preferences",
    "inbox": "inbox",
    "checkin": "wellbeing",
    "wellbeing": "wellbeing",
    "reflect": "reflect",
    "lessons": "reflect",
    "skill": "reflect",
    "practice": "reflect",
    "write": "reflect",
    "draft": "drafts",
    "profile": "profile",
    "fit": "profile",
    "evidence": "evidence",
    "stats": "stats",
    "export": "portable",
    "import": "portable",
    "demo": "admin",
    "serve": "admin",
    "db": "admin",
    "admin": "accounts",
    "backup": "backup",
    "restore": "backup",
}


@functools.cache
def commands_of(module: str) -> TyperGroup:
    """The commands one CLI module registers (through its `register(app)`), as a group."""
    registered = typer.Typer()
    importlib.import_module(f"nextyes.cli.{module}").register(registered)
    registered.callback()(lambda: None)  # always a group, even for a single command
    group = typer.main.get_command(registered)
    assert isinstance(group, TyperGroup)
    return group


class CommandsOnDemand(MutableMapping[str, _click.Command]):
    """The top-level commands by name, each loaded from its module when first asked for.
    Names alone (for "did you mean ...?") load nothing."""

    def __init__(self) -> None:
        self._added: dict[str, _click.Command] = {}

    def __getitem__(self, name: str) -> _click.Command:
        if name in self._added:
            return self._added[name]
        return commands_of(COMMANDS[name]).commands[name]

    def __setitem__(self, name: str, command: _click.Command) -> None:
        self._added[name] = command

    def __delitem__(self, name: str) -> None:
        del self._added[name]

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(COMMANDS), **self._added})

    def __len__(self) -> int:
        return len(COMMANDS.keys() | self._added.keys())


class TopLevel(TyperGroup):
    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = CommandsOnDemand()


app = typer.Typer(
    name="nextyes",
    help="NextYes: a job-search companion built around the hardest moment of a search, the 'no'.",
    cls=TopLevel,
    no_args_is_help=True,
    add_completion=False,
    # Locals in a traceback could show private writing or a database password.
    pretty_exceptions_show_locals=False,
)


@app.callback()
def _top_level(
    user: Annotated[
        str | None,
        typer.Option(
            "--user",
            metavar="EMAIL",
            help="Hosted mode: whose search a command reads or changes (an account's address).",
        ),
    ] = None,
) -> None:
    """NextYes: a job-search companion built around the hardest moment of a search, the 'no'."""
    if user is not None:
        os.environ["NEXTYES_USER"] = user  # read by settings(), as any NEXTYES_ variable


def not_text(arguments: list[str]) -> int | None:
    """The position of the first argument that is not UTF-8 text, if any. Python hands such
    bytes over as lone surrogates, which no database can store."""
    for position, argument in enumerate(arguments, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


def read_input_strictly() -> None:
    # Without a UTF-8 locale Python reads stdin with surrogateescape: bad bytes would reach
    # the database as lone surrogates and fail there. Strict decoding fails here instead.
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(encoding="utf-8", errors="strict")


def storage_trouble(problem: BaseException) -> None:
    """Fails in one line (exit 2) when `problem` is a full disk or a read-only data folder.
    The transaction it broke was rolled back (SQLite's journal sees to it), so nothing of
    the command is saved."""
    from nextyes.store.storage import storage_problem

    found = storage_problem(problem, settings().sqlite_file())
    if found is not None:
        fail(found.message())


def main() -> None:
    position = not_text(sys.argv[1:])
    if position is not None:
        fail(f"argument {position} is not UTF-8 text; nothing was saved")
    read_input_strictly()
    try:
        code = app(standalone_mode=False)
    except NextYesError as problem:
        fail(str(problem))
    except UnicodeDecodeError:
        fail("what was typed or piped in is not UTF-8 text; nothing was saved")
    except typer.Abort:
        fail("aborted", status=1)
    except typer.TyperException as problem:
        # Usage errors (an unknown command, a word where a number goes) in one line too.
        format_message = getattr(problem, "format_message", None)
        fail(format_message() if format_message else str(problem))
    except (DBAPIError, OSError) as problem:
        storage_trouble(problem)  # a full disk, a read-only folder: one line, exit 2
        if not isinstance(problem, OperationalError):
            raise
        # The driver's own first line says what went wrong; the URL (and any password) is
        # not part of it.
        reason = str(problem.orig).strip().splitlines()[0] if problem.orig else "unknown error"
        fail(f"cannot use the database: {reason}", status=1)
    sys.exit(code if isinstance(code, int) else 0)
