"""`nextyes export` and `nextyes import`: everything you keep, out and back in."""

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from nextyes.cli.common import JSON_HELP, console, fail, print_json, workspace

STDOUT = "-"


def export(
    file: Annotated[
        str | None,
        typer.Argument(metavar="FILE.json", help="Where to write the export; - for stdout."),
    ] = None,
    csv_folder: Annotated[
        Path | None,
        typer.Option("--csv", metavar="DIR", help="Also write one CSV file a table into DIR."),
    ] = None,
) -> None:
    """Write everything you keep in NextYes to one JSON file (see docs/export.md)."""
    from nextyes.services import portable

    if file is None and csv_folder is None:
        fail("name a file to write (nextyes export FILE.json) or a folder (--csv DIR)")
    ws = workspace()
    if file == STDOUT:
        import sys

        portable.write_export(ws, sys.stdout)
        sys.stdout.flush()
    elif file is not None:
        rows = portable.export_to_file(ws, Path(file))
        console.print(
            f"Wrote everything you keep ({rows} rows) to {escape(file)}. It holds your private"
            " writing: keep it somewhere only you can read.",
            soft_wrap=True,
        )
    if csv_folder is not None:
        counts = portable.export_csv(ws, csv_folder)
        console.print(
            f"Wrote {len(counts)} CSV files ({sum(counts.values())} rows) to"
            f" {escape(str(csv_folder))}.",
            soft_wrap=True,
        )


def import_(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="A NextYes export (.json), or a spreadsheet of applications (.csv).",
        ),
    ],
    as_new_person: Annotated[
        str | None,
        typer.Option(
            "--as-new-person",
            metavar="NAME",
            help="On a shared database: import as a new person with this name.",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="CSV: show what would be added; add nothing.")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help="CSV: do not ask before adding.")] = False,
    skip_bad_rows: Annotated[
        bool, typer.Option("--skip-bad-rows", help="CSV: add the good rows, leave the others.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Import an export into an empty NextYes, or applications from a CSV file."""
    if file.suffix.lower() in {".csv", ".tsv", ".txt"}:
        if as_new_person:
            fail("--as-new-person is for NextYes exports (.json), not for CSV files")
        from nextyes.cli.import_csv import import_applications_csv

        import_applications_csv(file, dry_run, yes, skip_bad_rows, as_json)
        return
    if dry_run or skip_bad_rows:
        fail("--dry-run and --skip-bad-rows are for CSV files; an export is checked whole")
    from nextyes.services import portable

    ws = workspace()
    data = portable.read_file(file)
    if as_new_person is not None:
        ws = portable.new_person(ws, as_new_person)
    done = portable.import_data(ws, data)
    if as_json:
        print_json(done)
        return
    upgraded = (
        f" It was made by an older NextYes (version {done.upgraded_from}) and was brought up"
        " to date on the way in."
        if done.upgraded_from is not None
        else ""
    )
    who = f" as {escape(as_new_person)}" if as_new_person else ""
    console.print(
        f"Imported {done.rows} rows{who}, {done.applications} of them applications.{upgraded}",
        soft_wrap=True,
    )


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command(name="import")(import_)
