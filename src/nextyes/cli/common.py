"""What every command shares: opening the workspace, dates, JSON, one-line errors."""

import dataclasses
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any, NoReturn

from pydantic import ValidationError
from rich.console import Console

from nextyes.clock import SystemClock
from nextyes.config import Settings
from nextyes.services.backups import back_up_by_itself
from nextyes.services.workspace import Workspace

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)

JSON_HELP = "Print JSON (stable field names, see docs/json.md) instead of a table."


def fail(message: str, status: int = 2) -> NoReturn:
    if message:  # `nextyes` alone prints its help and has nothing more to say
        errors.print(f"error: {message}", markup=False, soft_wrap=True)
    sys.exit(status)


def workspace() -> Workspace:
    config = settings()
    clock = SystemClock()
    if config.hosted():
        return _account_workspace(config, clock)
    # Before opening (and perhaps migrating) the database: today's first command keeps a
    # copy of the data as it was. Once a day; quick; never in the way (docs/backups.md).
    note = back_up_by_itself(config, clock)
    if note:
        errors.print(f"note: {note}", markup=False, soft_wrap=True)
    return Workspace.open(config, clock=clock)


def _account_workspace(config: Settings, clock: SystemClock) -> Workspace:
    """Hosted mode holds many people's searches: a command acts for the one --user names."""
    from nextyes.services.accounts import account_workspace

    problem = config.hosted_problem()
    if problem is not None:
        fail(problem)
    if not config.user:
        fail(
            "hosted mode holds many people's searches: say whose with --user EMAIL"
            " (or NEXTYES_USER)"
        )
    found = account_workspace(config, config.user, clock)
    if found is None:
        fail("--user: no account has that address; nothing was changed")
    return found


def settings() -> Settings:
    """Settings from the environment; a bad value is a one-line error, like any bad input."""
    try:
        return Settings()
    except ValidationError as problem:
        first = problem.errors()[0]
        name = "NEXTYES_" + str(first["loc"][0]).upper() if first["loc"] else "a setting"
        fail(f"{name}: {first['msg']}")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")


def as_record(value: Any) -> Any:
    """Dataclasses (and lists of them) as plain JSON-ready dicts."""
    if isinstance(value, list):
        return [as_record(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_record(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(as_record(value), default=_plain, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")
