"""backup, restore: a copy of your data, and putting one back (docs/backups.md)."""

from pathlib import Path
from typing import Annotated

import typer

from nextyes.cli.common import console, settings
from nextyes.clock import SystemClock
from nextyes.services.backups import back_up, restore


def backup(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="A new file, or a folder to put it in; by default the backups folder in your"
            " data folder.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Make a copy of your data now, consistent even while NextYes is in use."""
    made = back_up(settings(), SystemClock(), path)
    console.print(
        f"Backed up your data to {made.path} ({readable_size(made.size)}).",
        soft_wrap=True,
        markup=False,
    )


def restore_command(
    path: Annotated[Path, typer.Argument(help="A backup made by `nextyes backup`.")],
) -> None:
    """Put your data back from a backup, after checking it; what it replaces is kept aside."""
    done = restore(settings(), path, SystemClock())
    updated = " and brought it up to date" if done.migrated else ""
    console.print(f"Restored your data from {done.source}{updated}.", soft_wrap=True, markup=False)
    if done.kept_aside is not None:
        console.print(
            f"What was there before is kept at {done.kept_aside}.", soft_wrap=True, markup=False
        )


def readable_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def register(app: typer.Typer) -> None:
    app.command()(backup)
    app.command(name="restore")(restore_command)
