"""Importing a CSV of applications: the preview, the question, the import.

`nextyes import FILE.csv` calls `import_applications_csv`. Until that command exists, the
same options run from `python -m nextyes.cli.import_csv FILE.csv` (what the tests use)."""

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from nextyes.cli.common import console, fail, print_json, workspace
from nextyes.domain.csv_applications import PlannedRow, RowProblem
from nextyes.domain.errors import NextYesError
from nextyes.services.csv_import import (
    CsvImported,
    CsvPreview,
    DuplicateRow,
    RowsWithProblems,
    import_csv,
    preview_csv,
)

PREVIEW_ROWS = 10
LISTED = 20  # duplicates and problems listed one a line; the rest are counted
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def import_applications_csv(
    path: Path, dry_run: bool, yes: bool, skip_bad_rows: bool, as_json: bool
) -> None:
    """Show what the file holds and what would be added; then, unless it is a dry run, ask
    (or not, with `yes`) and add it. Problems are one line and exit 2; nothing is written."""
    if as_json and not (dry_run or yes):
        fail("--json cannot ask before adding; add --yes to import, or --dry-run to preview")
    try:
        ws = workspace()
        preview = preview_csv(ws, path)
        if not as_json:
            show_preview(preview, path)
        if dry_run:
            if as_json:
                print_json(preview_record(preview))
            else:
                console.print("Dry run: nothing was added.")
            return
        if preview.plan.problems and not skip_bad_rows:
            raise RowsWithProblems(list(preview.plan.problems))
        count = len(preview.to_add)
        if count == 0:
            if as_json:
                print_json(imported_record(CsvImported([], preview.duplicates, [], 0, 0)))
            else:
                console.print("Nothing to add: every row is in your search already.")
            return
        question = f"Add {count} application{'s' if count != 1 else ''}?"
        if not yes and not typer.confirm(question, default=False):
            console.print("Nothing was added.")
            return
        done = import_csv(ws, path, skip_bad_rows)
    except NextYesError as problem:
        fail(str(problem))
    if as_json:
        print_json(imported_record(done))
    else:
        show_imported(done)


def show_preview(preview: CsvPreview, path: Path) -> None:
    plan = preview.plan
    read = preview.file
    console.print(
        f"[bold]{escape(path.name)}[/]: {len(read.rows)} rows,"
        f" {read.encoding}, {DELIMITER_NAMES[read.delimiter]}-separated."
    )
    for use in plan.columns:
        console.print(f"  {use.field.label} ← {escape(repr(use.header))}")
    if plan.ignored:
        left = ", ".join(escape(repr(h)) for h in plan.ignored)
        console.print(f"  [dim]Not imported: {left}[/]")
    if plan.order_guessed:
        console.print(
            f"Dates are read as {plan.date_order.value}: no date in the file says which"
            " comes first (none has a day above 12). If that is wrong, write them as"
            " YYYY-MM-DD."
        )
    if preview.to_add:
        console.print(preview_table(preview.to_add[:PREVIEW_ROWS]))
        if len(preview.to_add) > PREVIEW_ROWS:
            console.print(f"  … and {len(preview.to_add) - PREVIEW_ROWS} more.")
    for duplicate in preview.duplicates[:LISTED]:
        console.print(f"  Left out, row {duplicate.line}: {escape(_duplicate_text(duplicate))}")
    for problem in plan.problems[:LISTED]:
        console.print(f"  [yellow]Problem[/], {escape(str(problem))}")
    more = len(preview.duplicates) + len(plan.problems) - 2 * LISTED
    if more > 0:
        console.print(f"  … and {more} more (see --json for all).")
    console.print(
        f"To add: {len(preview.to_add)} · already there: {len(preview.duplicates)}"
        f" · rows with problems: {plan.bad_rows}"
    )


def preview_table(rows: list[PlannedRow]) -> Table:
    table = Table(title="As NextYes reads them", title_justify="left")
    for name in ("Row", "Company", "Role", "Stage", "Since", "Applied", "Channel", "Filled in"):
        table.add_column(name)
    for row in rows:
        table.add_row(
            str(row.line),
            escape(row.new.company),
            escape(row.new.role),
            row.stage.label,
            row.stage_on.isoformat(),
            row.applied_on.isoformat() if row.applied_on else "—",
            row.new.channel.value.replace("_", " "),
            escape("; ".join(row.assumed)),
        )
    return table


def _duplicate_text(duplicate: DuplicateRow) -> str:
    return f"{duplicate.role} at {duplicate.company} looks like {duplicate.like}"


def show_imported(done: CsvImported) -> None:
    count = len(done.added)
    said = f"Added {count} application{'s' if count != 1 else ''}."
    if done.duplicates:
        said += f" Left out {len(done.duplicates)} already in your search."
    if done.skipped:
        rows = len({p.line for p in done.skipped})
        said += f" Skipped {rows} row{'s' if rows != 1 else ''} with problems."
    console.print(said)
    if done.plans_started:
        console.print(
            f"{done.plans_started} recent rejection(s) got a recovery plan: see `nextyes today`."
        )
    if done.old_rejections:
        console.print(
            f"{done.old_rejections} older rejection(s) are on record without the early steps"
            " of a plan; reconnecting later is still planned."
        )


def preview_record(preview: CsvPreview) -> dict[str, Any]:
    plan = preview.plan
    return {
        "dry_run": True,
        "encoding": preview.file.encoding,
        "delimiter": preview.file.delimiter,
        "columns": [{"field": u.field.value, "header": u.header} for u in plan.columns],
        "ignored": list(plan.ignored),
        "date_order": plan.date_order.value,
        "date_order_guessed": plan.order_guessed,
        "to_add": [_row_record(row) for row in preview.to_add],
        "duplicates": preview.duplicates,
        "problems": [_problem_record(p) for p in plan.problems],
    }


def imported_record(done: CsvImported) -> dict[str, Any]:
    return {
        "dry_run": False,
        "added": done.added,
        "duplicates": done.duplicates,
        "skipped": [_problem_record(p) for p in done.skipped],
        "plans_started": done.plans_started,
        "old_rejections": done.old_rejections,
    }


def _row_record(row: PlannedRow) -> dict[str, Any]:
    return {
        "line": row.line,
        "company": row.new.company,
        "role": row.new.role,
        "stage": row.stage,
        "stage_on": row.stage_on,
        "applied_on": row.applied_on,
        "channel": row.new.channel,
        "path": [{"stage": row.new.stage, "on": row.new.on}]
        + [{"stage": m.stage, "on": m.on} for m in row.moves],
        "assumed": list(row.assumed),
    }


def _problem_record(problem: RowProblem) -> dict[str, Any]:
    return {"line": problem.line, "column": problem.column, "message": problem.message}


def _standalone(
    path: Annotated[Path, typer.Argument(help="The CSV file.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show, add nothing.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
    skip_bad_rows: Annotated[
        bool, typer.Option("--skip-bad-rows", help="Add the good rows, leave the others out.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    import_applications_csv(path, dry_run, yes, skip_bad_rows, as_json)


if __name__ == "__main__":
    typer.run(_standalone)
