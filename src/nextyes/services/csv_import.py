"""Import a CSV of applications exported from a spreadsheet or another tracker.

`preview_csv` reads the file and says what an import would do, writing nothing;
`import_csv` does it, all or nothing, through the same services a person uses, so each
application's timeline, stage dates and insight figures come out as if typed on the day.

A "no" or a silence in the file records its rejection. One from the last
RECENT_REJECTION_DAYS gets its whole recovery plan, as if it had just been recorded; an
older one keeps only the steps still ahead (checking the company's openings, reconnecting
months later): a list of overdue thank-yous and feel-it days for a months-old "no" is noise,
and the person has long since lived through it."""

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from nextyes.domain.applications import Application
from nextyes.domain.csv_applications import CsvPlan, PlannedRow, RowProblem, plan_import
from nextyes.domain.duplicates import alike, same_posting
from nextyes.domain.errors import InvalidInput, NextYesError
from nextyes.domain.events import EventSource
from nextyes.domain.recovery import StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    add_application,
    move_application,
    record_rejection,
    similar_applications,
)
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications

RECENT_REJECTION_DAYS = 30
DELIMITERS = (",", ";", "\t")
# A spreadsheet's own file format, saved instead of a CSV: zip (xlsx, ods, numbers), OLE (xls).
NOT_CSV = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


@dataclass(frozen=True)
class CsvFile:
    header: list[str]
    rows: list[list[str]]
    encoding: str  # utf-8, utf-16 or cp1252
    delimiter: str


@dataclass(frozen=True)
class DuplicateRow:
    line: int
    company: str
    role: str
    like: str  # what it looks like: an application already there, or an earlier row


@dataclass(frozen=True)
class CsvPreview:
    file: CsvFile
    plan: CsvPlan
    to_add: list[PlannedRow]
    duplicates: list[DuplicateRow]


@dataclass(frozen=True)
class CsvImported:
    added: list[Application]
    duplicates: list[DuplicateRow]
    skipped: list[RowProblem]  # problems of the rows left out (with --skip-bad-rows)
    plans_started: int  # rejections recent enough for a whole recovery plan
    old_rejections: int  # older ones: recorded, with only the steps still ahead


class RowsWithProblems(InvalidInput):
    """Some rows cannot be read: nothing is imported unless the person says to skip them."""

    def __init__(self, problems: list[RowProblem]) -> None:
        rows = len({p.line for p in problems})
        super().__init__(
            f"{rows} row{'s' if rows != 1 else ''} cannot be imported, so nothing was added"
            f" ({problems[0]}); fix {'them' if rows != 1 else 'it'} in the file,"
            " or import the other rows with --skip-bad-rows"
        )
        self.rows_problems = problems


def read_csv_file(path: Path) -> CsvFile:
    """The file's header and rows: UTF-8 with or without a BOM, UTF-16 with one, else
    Windows-1252 (Excel's "CSV" on Windows); comma, semicolon or tab between cells."""
    try:
        raw = path.read_bytes()
    except OSError as problem:
        raise InvalidInput(f"cannot read {path}: {problem.strerror or problem}") from None
    if raw.startswith(NOT_CSV):
        raise InvalidInput(
            f"{path.name} is a spreadsheet file, not a CSV; save it as CSV first"
            " (File > Save as, or Download > CSV)"
        )
    text, encoding = _decode(raw, path)
    if not text.strip():
        raise InvalidInput(
            f"{path.name} is empty: it needs a header row and one row an application"
        )
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as problem:
        raise InvalidInput(f"cannot read {path.name} as CSV: {problem}") from None
    rows = [r for r in rows if r]  # csv gives [] for an empty line
    return CsvFile(rows[0], rows[1:], encoding, delimiter)


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        raise InvalidInput(f"{path.name} is not a text file; save the spreadsheet as CSV")
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{path.name} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8"
        ) from None


def _delimiter(text: str) -> str:
    """The separator that splits the header row into the most cells (quotes respected)."""
    head = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: len(next(csv.reader([head], delimiter=d), [])) for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))


def preview_csv(ws: Workspace, path: Path) -> CsvPreview:
    """What importing `path` would do; nothing is written."""
    read = read_csv_file(path)
    plan = plan_import(read.header, read.rows, ws.clock.today())
    to_add, duplicates = _sort_out(ws, list(plan.rows))
    return CsvPreview(read, plan, to_add, duplicates)


def import_csv(ws: Workspace, path: Path, skip_bad_rows: bool = False) -> CsvImported:
    """Add every new application of the file in one transaction (all or nothing). Rows with
    problems stop the import unless `skip_bad_rows`; rows that look like an application
    already there, or like an earlier row, are left out and named."""
    read = read_csv_file(path)
    today = ws.clock.today()
    plan = plan_import(read.header, read.rows, today)
    if plan.problems and not skip_bad_rows:
        raise RowsWithProblems(list(plan.problems))
    added: list[Application] = []
    started = old = 0
    with ws.db.transaction(write=True) as session:
        Applications(session, ws.owner_id).lock_owner()  # a second import waits its turn
        to_add, duplicates = _sort_out(ws, list(plan.rows))
        for row in to_add:
            try:
                application, rejection_on = _add(ws, row, today)
            except NextYesError as problem:
                raise InvalidInput(f"row {row.line}: {problem}; nothing was added") from None
            added.append(application)
            if rejection_on is not None and _is_old(rejection_on, today):
                old += 1
            elif rejection_on is not None:
                started += 1
    return CsvImported(added, duplicates, list(plan.problems), started, old)


def _is_old(day: date, today: date) -> bool:
    return day < today - timedelta(days=RECENT_REJECTION_DAYS)


def _sort_out(ws: Workspace, rows: list[PlannedRow]) -> tuple[list[PlannedRow], list[DuplicateRow]]:
    """The rows to add, and those that repeat an application already there or an earlier
    row: the same company and role (domain/duplicates.py) applied for on the same day, or
    with no date to tell them apart. Another day is another application, worth its row."""
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        known = applications.postings()
        to_add: list[PlannedRow] = []
        duplicates: list[DuplicateRow] = []
        for row in rows:
            company, role = row.new.company, row.new.role
            same = applications.by_ids(alike(known, company, role)).values()
            there = [a for a in same if _same_day(a.applied_on, row.applied_on)]
            earlier = next(
                (
                    r
                    for r in to_add
                    if same_posting(r.new.company, r.new.role, company, role)
                    and _same_day(r.applied_on, row.applied_on)
                ),
                None,
            )
            if there:
                ids = {a.id for a in there}
                like = next(
                    s.describe()
                    for s in similar_applications(ws, company, role)
                    if s.application.id in ids
                )
                duplicates.append(DuplicateRow(row.line, company, role, like))
            elif earlier is not None:
                duplicates.append(DuplicateRow(row.line, company, role, f"row {earlier.line}"))
            else:
                to_add.append(row)
        return to_add, duplicates


def _same_day(a: date | None, b: date | None) -> bool:
    return a is None or b is None or a == b


def _add(ws: Workspace, row: PlannedRow, today: date) -> tuple[Application, date | None]:
    """Add one row's application and take it through its stages; the day of its rejection,
    if it has one."""
    application = add_application(ws, row.new, source=EventSource.IMPORTED)
    rejected_on = None
    for move in row.moves:
        if move.stage in (Stage.REJECTED, Stage.GHOSTED):
            silence = move.stage is Stage.GHOSTED
            recorded = record_rejection(
                ws,
                application.id,
                RejectionForm.SILENCE if silence else RejectionForm.EXPLICIT,
                move.on,
                source=EventSource.IMPORTED,
            )
            application, rejected_on = recorded.application, move.on
            if _is_old(move.on, today):
                _drop_overdue_steps(ws, application.id, recorded.rejection.id, today)
        else:
            application = move_application(
                ws, application.id, move.stage, move.on, source=EventSource.IMPORTED
            )
    return application, rejected_on


def _drop_overdue_steps(ws: Workspace, application_id: int, rejection_id: int, today: date) -> None:
    """An old rejection keeps only the steps of its plan still ahead (see the module's
    docstring)."""
    with ws.db.transaction() as session:
        steps = Steps(session, ws.owner_id)
        for step in steps.for_application(application_id):
            if (
                step.rejection_id == rejection_id
                and step.status is StepStatus.OPEN
                and step.due_on < today
            ):
                session.delete(steps.row(step.id))
        session.flush()
