"""forget: delete for good, not into the trash: one application, or everything."""

from pathlib import Path
from typing import Annotated

import typer

from nextyes.cli.common import JSON_HELP, console, fail, print_json, settings
from nextyes.domain.errors import InvalidInput
from nextyes.services.forget import (
    CONFIRM_WORD,
    Forgotten,
    application_label,
    forget_application,
    forget_everything,
    summary,
)
from nextyes.services.workspace import Workspace


def forget(
    application_id: Annotated[
        int | None,
        typer.Argument(help="The application to forget (ids are in `nextyes list`).", min=1),
    ] = None,
    everything: Annotated[
        bool,
        typer.Option("--everything", help="Forget everything you have recorded, for good."),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Delete for good, not into the trash: one application with everything about it, or
    (--everything) all of your data, the automatic backups included."""
    if everything == (application_id is not None):
        raise InvalidInput(
            "say what to forget: nextyes forget APPLICATION_ID, or nextyes forget --everything"
        )
    config = settings()
    ws = Workspace.open(config)
    try:
        if application_id is not None:
            _forget_one(ws, application_id, yes, as_json)
        else:
            _forget_all(ws, config.home, yes, as_json)
    finally:
        ws.db.dispose()


def _forget_one(ws: Workspace, application_id: int, yes: bool, as_json: bool) -> None:
    label = application_label(ws, application_id)  # an unknown id stops here, untouched
    question = (
        f"Delete {label} and everything about it for good? It does not go to the trash,"
        " so it cannot be brought back."
    )
    if not yes and not typer.confirm(question, default=False):
        raise typer.Abort()
    done = forget_application(ws, application_id)
    if as_json:
        print_json(done)
        return
    console.print(
        f"Done: {done.label} is gone for good, with"
        f" {_listed(summary(done.removed, leave_out=('applications',)))}.",
        soft_wrap=True,
        markup=False,
    )


def _forget_all(ws: Workspace, home: Path, yes: bool, as_json: bool) -> None:
    if not yes:
        console.print(
            "This deletes everything you have recorded in NextYes, for good: applications,"
            " rejections and plans, contacts, reflections, private writing, check-ins,"
            " drafts, settings, imported mail and the trash, and the automatic backups."
            " It cannot be undone.",
            soft_wrap=True,
            markup=False,
        )
        typed = typer.prompt(f'To go on, type "{CONFIRM_WORD}"', default="", show_default=False)
        if typed.strip().lower() != CONFIRM_WORD:
            fail(f'that was not "{CONFIRM_WORD}", so nothing was deleted')
    done = forget_everything(ws, home)
    if as_json:
        print_json(done)
        return
    _say_done(done, hosted=ws.db.engine.dialect.name != "sqlite")


def _say_done(done: Forgotten, hosted: bool) -> None:
    if done.rows:
        console.print(
            f"Done. Deleted for good: {_listed(summary(done.removed))}.",
            soft_wrap=True,
            markup=False,
        )
    else:
        console.print("Done. There was nothing of yours to delete.", markup=False)
    if done.backups:
        plural = "s" if done.backups != 1 else ""
        console.print(
            f"Removed {done.backups} backup{plural} from the data folder as well.", markup=False
        )
    if done.scrubbed:
        console.print("The database file was rewritten, so it keeps no trace of them.")
    elif hosted:
        console.print(
            "Only your own records were deleted. The database server's own logs and backups"
            " are kept by whoever runs it: ask them if you want those cleared too.",
            soft_wrap=True,
            markup=False,
        )
    else:
        console.print(
            "NextYes is open somewhere else (the web app?), so the database's log could not"
            " be emptied yet: it is, as soon as that closes.",
            soft_wrap=True,
            markup=False,
        )
    console.print(
        "NextYes is ready to start afresh whenever you are; copies you made yourself"
        " (exports, backups elsewhere) are yours to delete.",
        soft_wrap=True,
        markup=False,
    )


def _listed(lines: list[str]) -> str:
    if not lines:
        return "nothing else"
    if len(lines) == 1:
        return lines[0]
    return ", ".join(lines[:-1]) + " and " + lines[-1]


def register(app: typer.Typer) -> None:
    app.command()(forget)
