"""A spreadsheet of applications read into a plan, before anything is written: which column
means what, each row as an application with the stages it went through and when, and each
row's problems named in one line (row, column, what is wrong).

Row numbers are the spreadsheet's: the header is row 1, the first application row 2."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from nextyes.domain.applications import NewApplication
from nextyes.domain.csv_columns import (
    DATE_FIELDS,
    Field,
    match_headers,
    plain,
    read_channel,
    read_stage,
)
from nextyes.domain.csv_dates import DateOrder, date_order, parse_date
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import search_day
from nextyes.domain.stages import PIPELINE, Stage


@dataclass(frozen=True)
class ColumnUse:
    field: Field
    header: str  # as the file spells it


@dataclass(frozen=True)
class Move:
    stage: Stage
    on: date


@dataclass(frozen=True)
class PlannedRow:
    line: int
    new: NewApplication  # cleaned; its stage and `on` are the first step of its path
    moves: tuple[Move, ...] = ()  # what followed, oldest first; an outcome comes last
    assumed: tuple[str, ...] = ()  # what the row did not say and was filled in

    @property
    def stage(self) -> Stage:
        return self.moves[-1].stage if self.moves else self.new.stage

    @property
    def stage_on(self) -> date:
        on = self.moves[-1].on if self.moves else self.new.on
        assert on is not None
        return on

    @property
    def applied_on(self) -> date | None:
        if self.new.stage is Stage.APPLIED:
            return self.new.on
        return next((m.on for m in self.moves if m.stage is Stage.APPLIED), None)


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str | None  # the header of the column it is about, if one
    message: str

    def __str__(self) -> str:
        where = f"row {self.line}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class CsvPlan:
    columns: tuple[ColumnUse, ...]
    ignored: tuple[str, ...]  # headers of columns nothing was taken from
    rows: tuple[PlannedRow, ...]  # rows understood, in file order
    problems: tuple[RowProblem, ...]
    date_order: DateOrder
    order_guessed: bool  # no date in the file told day from month

    @property
    def bad_rows(self) -> int:
        return len({p.line for p in self.problems})


def plan_import(header: list[str], rows: list[list[str]], today: date) -> CsvPlan:
    """Read the file's header and rows; InvalidInput if it cannot be an application list
    (no header, no company or role column, no rows)."""
    if not any(cell.strip() for cell in header):
        raise InvalidInput("the file is empty: it needs a header row and one row an application")
    found = match_headers(header)
    missing = [f.value for f in (Field.COMPANY, Field.ROLE) if f not in found]
    if missing:
        named = ", ".join(repr(h.strip()) for h in header if h.strip())
        raise InvalidInput(
            f"no column for the {' or the '.join(missing)} (looked for names such as Company,"
            f" Employer, Role, Job Title); the header row has: {named}"
        )
    filled = [(n, r) for n, r in enumerate(rows, start=2) if any(c.strip() for c in r)]
    if not filled:
        raise InvalidInput("the file has a header row but no applications under it")
    found = _with_dates_only(found, [r for _, r in filled])
    order, guessed = date_order(
        _cell(r, i) for _, r in filled for f, i in found.items() if f in DATE_FIELDS
    )
    reader = _RowReader({f: header[i].strip() or f.label for f, i in found.items()}, order, today)
    planned: list[PlannedRow] = []
    problems: list[RowProblem] = []
    for line, row in filled:
        cells = {f: _cell(row, i) for f, i in found.items()}
        result = reader.read(line, cells)
        if isinstance(result, PlannedRow):
            planned.append(result)
        else:
            problems.extend(result)
    used = set(found.values())
    return CsvPlan(
        columns=tuple(
            ColumnUse(f, header[i].strip()) for f, i in sorted(found.items(), key=_by_column)
        ),
        ignored=tuple(h.strip() for i, h in enumerate(header) if i not in used and h.strip()),
        rows=tuple(planned),
        problems=tuple(problems),
        date_order=order,
        order_guessed=guessed,
    )


def _by_column(item: tuple[Field, int]) -> int:
    return item[1]


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _with_dates_only(found: dict[Field, int], rows: list[list[str]]) -> dict[Field, int]:
    """A date column must hold dates: "Interview" full of yes/no is not a date column."""
    kept = dict(found)
    for field, index in found.items():
        values = [_cell(r, index) for r in rows if _cell(r, index)]
        if field in DATE_FIELDS and values and not any(_is_date(v) for v in values):
            del kept[field]
    return kept


def _is_date(value: str) -> bool:
    for order in DateOrder:
        try:
            parse_date(value, order)
        except InvalidInput:
            continue
        return True
    return False


STAGES_KNOWN = ", ".join(s.value.replace("_", " ") for s in Stage)
LEVELS = {
    "high": 4, "hoch": 4, "haute": 4, "elevee": 4, "alta": 4, "hoog": 4,
    "medium": 3, "mittel": 3, "moyenne": 3, "media": 3, "gemiddeld": 3,
    "low": 2, "niedrig": 2, "basse": 2, "faible": 2, "baja": 2, "laag": 2,
}  # fmt: skip
CURRENCIES = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY"}
AMOUNT = re.compile(r"(\d[\d.,' ]*\d|\d)\s*([kK])?")
CODE = re.compile(r"\b[A-Z]{3}\b")
BARE_LINK = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)+(/\S*)?$")
# Field names of NewApplication's checks, and the column each one is about.
CHECKED = {
    "company": Field.COMPANY,
    "role": Field.ROLE,
    "excitement": Field.EXCITEMENT,
    "link": Field.LINK,
    "location": Field.LOCATION,
    "description": Field.DESCRIPTION,
    "notes": Field.NOTES,
    "salary_min": Field.SALARY,
    "salary_currency": Field.SALARY,
}


class _RowReader:
    def __init__(self, headers: dict[Field, str], order: DateOrder, today: date) -> None:
        self.headers = headers
        self.order = order
        self.today = today

    def read(self, line: int, cells: dict[Field, str]) -> PlannedRow | list[RowProblem]:
        problems: list[RowProblem] = []

        def problem(field: Field | None, message: str) -> None:
            problems.append(RowProblem(line, self.headers.get(field) if field else None, message))

        target, reached = Stage.APPLIED, None
        if cells.get(Field.STAGE):
            read = read_stage(cells[Field.STAGE])
            if read is None:
                problem(
                    Field.STAGE,
                    f"{cells[Field.STAGE]!r} is not a stage NextYes knows; use one of"
                    f" {STAGES_KNOWN} (or words like them)",
                )
            else:
                target, reached = read
        dates: dict[Field, date] = {}
        assumed: list[str] = []
        for field in sorted(DATE_FIELDS & cells.keys()):
            if not cells[field]:
                continue
            try:
                day = parse_date(cells[field], self.order)
            except InvalidInput as wrong:
                problem(field, str(wrong))
                continue
            if field is Field.INTERVIEW_ON and day > self.today:
                assumed.append(
                    f"the interview on {day.isoformat()} is still ahead: add it with"
                    " `nextyes interview add`"
                )
                continue
            try:
                dates[field] = search_day(day, self.today)
            except InvalidInput as wrong:
                problem(field, str(wrong))
        excitement = 3
        if cells.get(Field.EXCITEMENT):
            level = read_excitement(cells[Field.EXCITEMENT])
            if level is None:
                problem(
                    Field.EXCITEMENT,
                    f"{cells[Field.EXCITEMENT]!r} is not a level from 1 to 5 (a number, stars,"
                    " or high, medium, low)",
                )
            else:
                excitement = level
        notes = [cells[Field.NOTES]] if cells.get(Field.NOTES) else []
        salary: tuple[int | None, int | None, str | None] = (None, None, None)
        if cells.get(Field.SALARY):
            read_pay = read_salary(cells[Field.SALARY])
            if read_pay is None:  # "competitive", "DOE": kept in the notes, not lost
                notes.append(f"{self.headers[Field.SALARY]}: {cells[Field.SALARY]}")
            else:
                salary = read_pay
        path = self._path(target, reached, dates, assumed, problem)
        if problems:
            return problems
        (first_stage, first_on), *rest = path
        new = NewApplication(
            company=cells.get(Field.COMPANY, ""),
            role=cells.get(Field.ROLE, ""),
            channel=read_channel(cells.get(Field.CHANNEL, "")),
            stage=first_stage,
            on=first_on,
            excitement=excitement,
            link=read_link(cells.get(Field.LINK, "")),
            description=cells.get(Field.DESCRIPTION) or None,
            location=cells.get(Field.LOCATION) or None,
            salary_min=salary[0],
            salary_max=salary[1],
            salary_currency=salary[2],
            notes="\n".join(notes) or None,
        )
        try:
            clean = new.validated(self.today)
        except InvalidInput as wrong:
            for each in wrong.problems:
                problem(CHECKED.get(each.field or ""), str(each))
            return problems
        return PlannedRow(line, clean, tuple(Move(s, d) for s, d in rest), tuple(assumed))

    def _path(
        self,
        target: Stage,
        reached: Stage | None,
        dates: dict[Field, date],
        assumed: list[str],
        problem: Callable[[Field | None, str], None],
    ) -> list[tuple[Stage, date]]:
        """The stages the row went through, each on its own date or, without one, on the
        date of the step before it (the first on the first date given, or today)."""
        saved, applied = dates.get(Field.SAVED_ON), dates.get(Field.APPLIED_ON)
        interview, stage_on = dates.get(Field.INTERVIEW_ON), dates.get(Field.STAGE_ON)
        if target is Stage.SAVED:
            steps: list[tuple[Stage, date | None, Field | None]] = [
                (Stage.SAVED, saved or stage_on, Field.SAVED_ON if saved else Field.STAGE_ON)
            ]
        else:
            steps = []
            if saved and applied and saved < applied:
                steps.append((Stage.SAVED, saved, Field.SAVED_ON))
            elif saved and not applied:
                applied = saved
                assumed.append(f"applied on the day it was added ({saved.isoformat()})")
            steps.append((Stage.APPLIED, applied, Field.APPLIED_ON))
            for stage in _between(target, reached, interview is not None):
                own = interview if stage is Stage.INTERVIEWING else None
                steps.append((stage, own, Field.INTERVIEW_ON if own else None))
            if target is not Stage.APPLIED:
                own = stage_on or (interview if target is Stage.INTERVIEWING else None)
                field = Field.STAGE_ON if stage_on else Field.INTERVIEW_ON
                steps.append((target, own, field if own else None))
        known = [d for _, d, _ in steps if d is not None]
        if not known:
            assumed.append("no date in this row: dated today")
        previous: tuple[date, Field | None] = (known[0] if known else self.today, None)
        path: list[tuple[Stage, date]] = []
        for stage, own, column in steps:
            if own is not None and own < previous[0]:
                before = f" ({self.headers[previous[1]]})" if previous[1] else ""
                problem(
                    column,
                    f"{own.isoformat()} comes before {previous[0].isoformat()}{before};"
                    " the dates are out of order",
                )
            if own is not None:
                previous = (own, column)
            path.append((stage, previous[0]))
        return path


def _between(target: Stage, reached: Stage | None, interviewed: bool) -> list[Stage]:
    """The stages between applied and `target` a row names: the stage an outcome reached,
    an interview when it gives an interview date, an offer before an acceptance."""
    top = PIPELINE.index(target) if target in PIPELINE else len(PIPELINE)
    wanted = {reached} if reached else set()
    if interviewed:
        wanted.add(Stage.INTERVIEWING)
    if target is Stage.ACCEPTED:
        wanted.add(Stage.OFFER)
    return sorted(
        (
            s
            for s in wanted
            if s in PIPELINE and PIPELINE.index(Stage.APPLIED) < PIPELINE.index(s) < top
        ),
        key=PIPELINE.index,
    )


def read_excitement(text: str) -> int | None:
    """1-5 from a number ("4", "4.0", "4/5"), stars ("★★★★") or a word ("High")."""
    stars = text.count("★") + text.count("⭐")
    if stars:
        return stars
    found = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(?:/\s*5)?", text.strip())
    if found:
        return round(float(found.group(1).replace(",", ".")))
    return LEVELS.get(plain(text))


def read_salary(text: str) -> tuple[int | None, int | None, str | None] | None:
    """A salary or a range: "55000", "50,000 - 60,000 EUR", "£45k to £52k"; None if no
    amount can be read from it."""
    amounts = [_amount(digits, bool(k)) for digits, k in AMOUNT.findall(text)]
    if not amounts or len(amounts) > 2:
        return None
    symbol = next((code for sign, code in CURRENCIES.items() if sign in text), None)
    code = CODE.search(text)
    currency = code.group(0) if code else symbol
    return min(amounts), max(amounts), currency


def _amount(digits: str, thousands: bool) -> int:
    number = digits.replace(" ", "").replace("'", "")
    decimals = re.search(r"[.,](\d{1,2})$", number)
    whole = number[: decimals.start()] if decimals else number
    value = float(re.sub(r"[.,]", "", whole) + ("." + decimals.group(1) if decimals else ""))
    return round(value * (1000 if thousands else 1))


def read_link(text: str) -> str | None:
    """A posting's address; "linkedin.com/jobs/view/1" as spreadsheets often keep it gets
    its https:// (anything else is left for the link check to name)."""
    link = text.strip()
    if link and not link.lower().startswith(("http://", "https://")) and BARE_LINK.match(link):
        return "https://" + link
    return link or None
