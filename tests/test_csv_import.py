"""Importing a CSV of applications: columns and dates read generously (domain), real files
as Excel, Google Sheets, Numbers, Notion, Huntr and Teal write them imported into a real
database (SQLite, and PostgreSQL when available), and the command run as a process."""

import json
import string
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.csv_applications import plan_import, read_salary
from nextyes.domain.csv_columns import (
    HEADER_NAMES,
    Field,
    header_score,
    match_headers,
    read_channel,
    read_stage,
)
from nextyes.domain.csv_dates import DateOrder, date_order, parse_date
from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import EventKind, EventSource
from nextyes.domain.recovery import StepStatus
from nextyes.domain.stages import Stage
from nextyes.services import applications as applications_service
from nextyes.services import csv_import
from nextyes.services.csv_import import (
    RowsWithProblems,
    import_csv,
    preview_csv,
    read_csv_file,
)
from nextyes.services.recovery import plan_view
from nextyes.services.workspace import Workspace
from nextyes.store.tables import ApplicationRow, EventRow, RejectionRow, StepRow
from tests.cli_runner import Cli, assert_one_line_error
from tests.conftest import TODAY

CSV = Path(__file__).parent / "fixtures" / "csv"
DAY = timedelta(days=1)


# --- dates -----------------------------------------------------------------------------

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
ENGLISH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
GERMAN = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"


@given(days)
def test_every_usual_spreadsheet_shape_reads_as_the_same_day(day: date) -> None:
    d, m, y = day.day, day.month, day.year
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.isoformat()}T09:15:00.000Z") == day
    assert parse_date(f"{d:02}/{m:02}/{y}", DateOrder.DAY_FIRST) == day
    assert parse_date(f"{m}/{d}/{y}", DateOrder.MONTH_FIRST) == day
    assert parse_date(f"{m}/{d}/{y} 10:22 AM", DateOrder.MONTH_FIRST) == day
    # A dotted date is day first whatever the rest of the file says (German, Swiss, Dutch).
    assert parse_date(f"{d:02}.{m:02}.{y}", DateOrder.MONTH_FIRST) == day
    assert parse_date(f"{ENGLISH[m - 1]} {d}, {y}") == day
    assert parse_date(f"{d} {ENGLISH[m - 1]} {y}") == day
    assert parse_date(f"{d}. {GERMAN.split()[m - 1]} {y}") == day


@given(st.dates(min_value=date(1955, 1, 1), max_value=date(2118, 12, 31)))
def test_excel_serial_numbers_are_days_since_1899_12_30(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(str(serial)) == day
    assert parse_date(f"{serial}.75") == day  # a time of day as a fraction


@given(st.text(alphabet=string.ascii_letters + " ,;!?", max_size=20))
def test_words_are_never_taken_for_a_date(text: str) -> None:
    with pytest.raises(InvalidInput, match="not a date"):
        parse_date(text)


@given(st.lists(days, min_size=1, max_size=20), st.sampled_from(DateOrder))
def test_a_day_above_12_anywhere_decides_the_whole_file(
    dates: list[date], order: DateOrder
) -> None:
    telling = date(2026, 3, 14)  # 14 cannot be a month
    written = [
        f"{d.day}/{d.month}/{d.year}"
        if order is DateOrder.DAY_FIRST
        else f"{d.month}/{d.day}/{d.year}"
        for d in [*dates, telling]
    ]
    assert date_order(written) == (order, False)
    assert [parse_date(w, order) for w in written] == [*dates, telling]


def test_a_file_where_every_date_could_be_either_says_it_guessed() -> None:
    assert date_order(["03/04/2026", "05/06/2026"]) == (DateOrder.DAY_FIRST, True)
    assert date_order(["2026-03-04", "14.03.2026"]) == (DateOrder.DAY_FIRST, False)


# --- headers and words -----------------------------------------------------------------

SEPARATORS = st.sampled_from([" ", "_", "-", "  ", ". ", "/"])


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, Field]:
    """A known header as someone may have typed it: any case, any separators, a colon."""
    name, field = draw(st.sampled_from(sorted(HEADER_NAMES.items())))
    words = [
        "".join(c.upper() if draw(st.booleans()) else c for c in word) for word in name.split()
    ]
    text = draw(SEPARATORS).join(words)
    return (
        draw(st.sampled_from(["", " ", "*"])) + text + draw(st.sampled_from(["", ":", " *", " "])),
        field,
    )


@given(spelled())
def test_every_known_header_is_found_whatever_its_case_and_punctuation(
    header: tuple[str, Field],
) -> None:
    text, field = header
    assert header_score(text, field) == 100
    assert match_headers([text]) == {field: 0}


@given(spelled(), st.sampled_from(["x", "q"]))
def test_a_typo_in_a_longer_header_is_still_found(header: tuple[str, Field], extra: str) -> None:
    text, field = header
    if len(text.strip(" *:")) < 8:
        return  # a letter more in a short word is another word ("role" -> "rolex")
    assert field in match_headers([text.strip(" *:") + extra])


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Employer", "Job Title"], {Field.COMPANY: 0, Field.ROLE: 1}),
        (["Company Name", "Position", "Date Applied"], {Field.COMPANY: 0, Field.ROLE: 1}),
        (["Firma", "Stelle", "Beworben am"], {Field.COMPANY: 0, Field.ROLE: 1}),
        (["Entreprise", "Poste", "Statut"], {Field.COMPANY: 0, Field.ROLE: 1}),
        (["Empresa", "Puesto", "Estado"], {Field.COMPANY: 0, Field.ROLE: 1}),
        (["Bedrijf", "Functie", "Opmerkingen"], {Field.COMPANY: 0, Field.ROLE: 1}),
        (["Comapny", "Job Titel"], {Field.COMPANY: 0, Field.ROLE: 1}),  # typos
    ],
)
def test_company_and_role_columns_in_five_languages(
    headers: list[str], expected: dict[Field, int]
) -> None:
    assert expected.items() <= match_headers(headers).items()


def test_a_column_is_used_once_and_unknown_ones_are_left_out() -> None:
    found = match_headers(["Company", "Employer", "Role", "Favourite colour"])
    assert found[Field.COMPANY] == 0  # the first of two equally good columns
    assert 1 not in found.values()
    assert 3 not in found.values()


@pytest.mark.parametrize(
    ("status", "stage", "reached"),
    [
        ("Wishlist", Stage.SAVED, None),
        ("Bookmarked", Stage.SAVED, None),
        ("Submitted", Stage.APPLIED, None),
        ("Phone screen", Stage.SCREENING, None),
        ("Recruiter call", Stage.SCREENING, None),
        ("On-site", Stage.INTERVIEWING, None),
        ("Intervewing", Stage.INTERVIEWING, None),  # a typo
        ("FINAL ROUND", Stage.FINAL_ROUND, None),
        ("Negotiating", Stage.OFFER, None),
        ("Not selected", Stage.REJECTED, None),
        ("Declined", Stage.REJECTED, None),
        ("Rejected after final round", Stage.REJECTED, Stage.FINAL_ROUND),
        ("No response", Stage.GHOSTED, None),
        ("Never heard back", Stage.GHOSTED, None),
        ("I withdrew", Stage.WITHDRAWN, None),
        ("Offer declined", Stage.WITHDRAWN, None),
        ("Position filled", Stage.CLOSED, None),
        ("Absage", Stage.REJECTED, None),
        ("Vorstellungsgespräch", Stage.INTERVIEWING, None),
        ("Keine Rückmeldung", Stage.GHOSTED, None),
        ("Refusée", Stage.REJECTED, None),
        ("Entretien", Stage.INTERVIEWING, None),
        ("Sin respuesta", Stage.GHOSTED, None),
        ("Afgewezen", Stage.REJECTED, None),
    ],
)
def test_stage_words_as_trackers_and_people_write_them(
    status: str, stage: Stage, reached: Stage | None
) -> None:
    assert read_stage(status) == (stage, reached)


def test_a_status_that_names_no_stage_is_not_guessed() -> None:
    assert read_stage("Maybe later") is None


@pytest.mark.parametrize(
    ("source", "channel"),
    [
        ("LinkedIn Easy Apply", Channel.JOB_BOARD),
        ("Referred by Dev", Channel.REFERRAL),
        ("Careers page", Channel.DIRECT),
        ("Agency", Channel.RECRUITER),
        ("Career fair", Channel.NETWORKING),
        ("A flyer", Channel.OTHER),
    ],
)
def test_sources_become_channels(source: str, channel: Channel) -> None:
    assert read_channel(source) is channel


def test_salaries_are_read_or_kept_in_the_notes() -> None:
    assert read_salary("£45,000 - £52,000") == (45000, 52000, "GBP")
    assert read_salary("52.5k EUR") == (52500, 52500, "EUR")
    assert read_salary("competitive") is None
    [row] = plan_import(["Company", "Role", "Salary"], [["A", "B", "DOE"]], TODAY).rows
    assert row.new.notes == "Salary: DOE"


# --- the plan of a file ----------------------------------------------------------------


def test_each_bad_row_is_named_in_one_line() -> None:
    read = read_csv_file(CSV / "bad_rows.csv")
    plan = plan_import(read.header, read.rows, TODAY)
    assert [r.new.company for r in plan.rows] == ["Acme"]
    assert [str(p) for p in plan.problems] == [
        "row 3, Company: company must not be empty",
        "row 4, Status: 'Maybe later' is not a stage NextYes knows; use one of saved, applied,"
        " screening, interviewing, final round, offer, accepted, rejected, ghosted, withdrawn,"
        " closed (or words like them)",
        "row 5, Date Applied: '31/31/2026' is not a date NextYes can read",
        "row 6, Date Applied: date 2099-01-01 is in the future (today is 2026-03-16)",
    ]


def test_dates_out_of_order_are_a_problem_of_their_row() -> None:
    plan = plan_import(
        ["Company", "Role", "Status", "Date applied", "Rejected on"],
        [["A", "B", "Rejected", "2026-03-01", "2026-02-01"]],
        TODAY,
    )
    assert [str(p) for p in plan.problems] == [
        "row 2, Rejected on: 2026-02-01 comes before 2026-03-01 (Date applied);"
        " the dates are out of order"
    ]


def test_a_rejection_after_an_interview_goes_through_the_interview() -> None:
    [row] = plan_import(
        ["Company", "Role", "Status", "Applied", "Interview date", "Last updated"],
        [["A", "B", "Rejected", "2026-01-05", "2026-01-20", "2026-02-02"]],
        TODAY,
    ).rows
    path = [(row.new.stage, row.new.on)] + [(m.stage, m.on) for m in row.moves]
    assert path == [
        (Stage.APPLIED, date(2026, 1, 5)),
        (Stage.INTERVIEWING, date(2026, 1, 20)),
        (Stage.REJECTED, date(2026, 2, 2)),
    ]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("no_company.csv", "no column for the company"),
        ("header_only.csv", "the file has a header row but no applications"),
    ],
)
def test_a_file_that_is_no_list_of_applications_is_refused(name: str, problem: str) -> None:
    read = read_csv_file(CSV / name)
    with pytest.raises(InvalidInput, match=problem):
        plan_import(read.header, read.rows, TODAY)


# --- importing real files --------------------------------------------------------------


def table_counts(ws: Workspace) -> tuple[int, ...]:
    with ws.db.transaction() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (ApplicationRow, EventRow, RejectionRow, StepRow)
        )


def stages(ws: Workspace) -> dict[str, tuple[Stage, date, date | None]]:
    return {
        a.company: (a.stage, a.stage_since, a.applied_on)
        for a in applications_service.list_applications(ws)
    }


D = date
TRACKERS: dict[str, dict[str, tuple[Stage, date, date | None]]] = {
    "excel_uk.csv": {
        "Lumen Health": (Stage.INTERVIEWING, D(2026, 3, 2), D(2026, 3, 2)),
        "Fernwood Bank": (Stage.REJECTED, D(2026, 1, 14), D(2026, 1, 14)),
        "Quill Publishing": (Stage.APPLIED, D(2026, 3, 9), D(2026, 3, 9)),
    },
    "google_sheets.csv": {
        "Kestrel Games": (Stage.SCREENING, D(2026, 3, 2), D(2026, 2, 20)),
        "Northwind Energy": (Stage.APPLIED, D(2026, 2, 25), D(2026, 2, 25)),
        "Pico Robotics": (Stage.GHOSTED, D(2026, 2, 24), D(2026, 1, 13)),
    },
    "numbers.csv": {
        "Orchard & Co": (Stage.SCREENING, D(2026, 3, 9), D(2026, 3, 9)),
        "Solace Insurance": (Stage.FINAL_ROUND, D(2026, 2, 14), D(2026, 2, 14)),
    },
    "notion.csv": {
        "Tandem Bikes": (Stage.INTERVIEWING, D(2026, 2, 27), D(2026, 2, 27)),
        "Halcyon Media": (Stage.OFFER, D(2026, 1, 8), D(2026, 1, 8)),
        "Brightline Logistics": (Stage.SAVED, TODAY, None),
    },
    "huntr.csv": {
        "Riverbend Council": (Stage.REJECTED, D(2025, 10, 3), D(2025, 10, 3)),
        "Granite Labs": (Stage.SAVED, D(2026, 3, 10), None),
        "Marlow Foods": (Stage.INTERVIEWING, D(2026, 2, 2), D(2026, 2, 2)),
    },
    "teal.csv": {
        "Aster Health": (Stage.REJECTED, D(2026, 2, 12), D(2026, 2, 12)),
        "Beacon Retail": (Stage.WITHDRAWN, D(2026, 1, 7), D(2026, 1, 7)),
        "Cobalt Fintech": (Stage.OFFER, D(2026, 1, 21), D(2026, 1, 21)),
        "Delta Air": (Stage.SAVED, D(2026, 3, 14), None),
    },
    "excel_de.csv": {
        "Müller & Söhne GmbH": (Stage.APPLIED, D(2026, 3, 14), D(2026, 3, 14)),
        "Bäckerei Schäfer AG": (Stage.REJECTED, D(2026, 1, 2), D(2026, 1, 2)),
        "Grün Energie": (Stage.INTERVIEWING, D(2026, 2, 20), D(2026, 2, 20)),
        "Straßenbau Nord": (Stage.GHOSTED, D(2026, 1, 5), D(2026, 1, 5)),
    },
}


@pytest.mark.parametrize("name", sorted(TRACKERS))
def test_each_trackers_export_imports_with_its_stages_and_dates(ws: Workspace, name: str) -> None:
    done = import_csv(ws, CSV / name)
    assert stages(ws) == TRACKERS[name]
    assert len(done.added) == len(TRACKERS[name])
    assert done.duplicates == []
    assert done.skipped == []


def test_the_timeline_is_as_if_typed_on_each_day(ws: Workspace) -> None:
    import_csv(ws, CSV / "teal.csv")
    [aster] = [a for a in applications_service.list_applications(ws) if a.company == "Aster Health"]
    detail = applications_service.application_detail(ws, aster.id)
    assert [(e.kind, e.to_stage, e.occurred_on, e.source) for e in detail.events] == [
        (EventKind.CREATED, Stage.SAVED, D(2026, 2, 10), EventSource.IMPORTED),
        (EventKind.STAGE_CHANGED, Stage.APPLIED, D(2026, 2, 12), EventSource.IMPORTED),
        (EventKind.REJECTED, Stage.REJECTED, D(2026, 2, 12), EventSource.IMPORTED),
    ]
    assert aster.excitement == 4
    assert aster.link == "https://aster.example/1"


def test_text_survives_windows_1252_a_bom_and_quoted_lines(ws: Workspace) -> None:
    german = read_csv_file(CSV / "excel_de.csv")
    assert (german.encoding, german.delimiter) == ("cp1252", ";")
    uk = read_csv_file(CSV / "excel_uk.csv")
    assert (uk.encoding, uk.header[0]) == ("utf-8", "Company")  # the BOM is not in the name
    import_csv(ws, CSV / "excel_de.csv")
    import_csv(ws, CSV / "numbers.csv")
    found = {a.company: a for a in applications_service.list_applications(ws)}
    assert found["Müller & Söhne GmbH"].location == "Köln"
    assert found["Müller & Söhne GmbH"].notes == "Über Xing gefunden"
    assert found["Orchard & Co"].notes == "Call with Sam.\nAsked about SQL and stakeholder work."


def test_excels_unicode_text_export_utf16_with_tabs(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Firma\tStelle\tStatus\nZoë Café\tAnalystin\tBeworben\n".encode("utf-16"))
    import_csv(ws, path)
    [only] = applications_service.list_applications(ws)
    assert (only.company, only.role, only.stage) == ("Zoë Café", "Analystin", Stage.APPLIED)


def test_a_preview_writes_nothing(ws: Workspace) -> None:
    before = table_counts(ws)
    preview = preview_csv(ws, CSV / "google_sheets.csv")
    assert [r.new.company for r in preview.to_add] == list(TRACKERS["google_sheets.csv"])
    assert table_counts(ws) == before


def test_a_second_import_of_the_same_file_adds_nothing(ws: Workspace) -> None:
    import_csv(ws, CSV / "huntr.csv")
    before = table_counts(ws)
    again = import_csv(ws, CSV / "huntr.csv")
    assert again.added == []
    assert [d.line for d in again.duplicates] == [2, 3, 4]
    assert table_counts(ws) == before


def test_an_application_already_there_is_left_out_and_named(ws: Workspace) -> None:
    applications_service.add_application(
        ws, NewApplication("Kestrel Games Ltd", "Product Analyst (Remote)", on=D(2026, 2, 20))
    )
    done = import_csv(ws, CSV / "google_sheets.csv")
    [duplicate] = done.duplicates
    assert duplicate.line == 2
    assert duplicate.like.startswith("Product Analyst (Remote) at Kestrel Games Ltd (#1, applied")
    assert sorted(a.company for a in done.added) == ["Northwind Energy", "Pico Robotics"]


def test_the_same_posting_applied_for_again_later_is_another_application(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "Company,Role,Status,Date applied\n"
        "Acme,Data Analyst,Rejected,2025-06-01\n"
        "Acme,Data Analyst,Applied,2026-03-01\n"
        "ACME,Data analyst,Applied,2026-03-01\n"
    )
    done = import_csv(ws, path)
    assert [a.applied_on for a in done.added] == [D(2025, 6, 1), D(2026, 3, 1)]
    assert [(d.line, d.like) for d in done.duplicates] == [(4, "row 3")]


def test_rows_with_problems_stop_the_import_unless_skipped(ws: Workspace) -> None:
    before = table_counts(ws)
    with pytest.raises(RowsWithProblems) as refused:
        import_csv(ws, CSV / "bad_rows.csv")
    assert str(refused.value).startswith(
        "4 rows cannot be imported, so nothing was added (row 3, Company: company must not"
        " be empty)"
    )
    assert table_counts(ws) == before
    done = import_csv(ws, CSV / "bad_rows.csv", skip_bad_rows=True)
    assert [a.company for a in done.added] == ["Acme"]
    assert sorted({p.line for p in done.skipped}) == [3, 4, 5, 6]


def test_a_recent_no_gets_its_whole_plan_an_old_one_only_what_lies_ahead(
    ws: Workspace, tmp_path: Path
) -> None:
    done = import_csv(ws, CSV / "google_sheets.csv")  # Pico went quiet 20 days ago
    assert (done.plans_started, done.old_rejections) == (1, 0)
    [pico] = [a for a in done.added if a.company == "Pico Robotics"]
    assert any(s.due_on < TODAY for s in plan_view(ws, pico.id).steps)  # still fresh: kept

    done = import_csv(ws, CSV / "huntr.csv")  # Riverbend said no in October, to the CV
    assert (done.plans_started, done.old_rejections) == (0, 1)
    [riverbend] = [a for a in done.added if a.company == "Riverbend Council"]
    view = plan_view(ws, riverbend.id)
    assert view.rejection is not None
    assert view.rejection.on == D(2025, 10, 3)  # on record, for the insights
    assert view.steps == []  # every step of its plan was long overdue

    path = tmp_path / "after_interview.csv"
    path.write_text(
        "Company,Role,Status,Date applied\nAcme,Analyst,Rejected after interview,2025-12-01\n"
    )
    [acme] = import_csv(ws, path).added
    ahead = plan_view(ws, acme.id).steps
    assert [(s.kind.value, s.due_on) for s in ahead] == [("reconnect", D(2026, 6, 1))]
    assert all(s.status is StepStatus.OPEN for s in ahead)


def test_a_failure_midway_writes_nothing(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every row passes the plan; the service refuses the third one (as it would a stage
    # change another process made meanwhile): the two before it must not stay behind.
    real = applications_service.move_application
    calls: list[int] = []

    def refuse_the_third(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise InvalidInput("cannot move from rejected to screening")
        return real(*args, **kwargs)

    monkeypatch.setattr(csv_import, "move_application", refuse_the_third)
    before = table_counts(ws)
    with pytest.raises(InvalidInput, match=r"^row \d: cannot move .*; nothing was added$"):
        import_csv(ws, CSV / "teal.csv")
    assert table_counts(ws) == before


# --- the command -----------------------------------------------------------------------


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def run(cli: Cli, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The import as `nextyes import FILE.csv` will run it (the lead wires that command)."""
    return cli(*args, stdin=stdin, command=[sys.executable, "-m", "nextyes.cli.import_csv"])


def listed(cli: Cli) -> list[str]:
    return [a["company"] for a in cli.json("list")]


def test_a_dry_run_shows_the_mapping_and_the_rows_and_adds_nothing(cli: Cli) -> None:
    before = cli.snapshot()
    done = run(cli, str(CSV / "google_sheets.csv"), "--dry-run")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Company ← 'Employer'" in out
    assert "Role ← 'Position'" in out
    assert "Kestrel Games" in out
    assert "Screening" in out
    assert "To add: 3 · already there: 0 · rows with problems: 0" in out
    assert "Dry run: nothing was added." in out
    assert cli.snapshot() == before


def test_it_asks_first_and_no_means_nothing(cli: Cli) -> None:
    done = run(cli, str(CSV / "excel_uk.csv"), stdin="n\n")
    assert "Add 3 applications? [y/N]" in done.stdout
    assert listed(cli) == []
    done = run(cli, str(CSV / "excel_uk.csv"), stdin="y\n")
    assert "Added 3 applications." in done.stdout
    assert sorted(listed(cli)) == ["Fernwood Bank", "Lumen Health", "Quill Publishing"]


def test_yes_imports_and_a_second_run_finds_everything_there(cli: Cli) -> None:
    run(cli, str(CSV / "teal.csv"), "--yes")
    before = cli.snapshot()
    done = run(cli, str(CSV / "teal.csv"), "--yes")
    assert "Nothing to add: every row is in your search already." in done.stdout
    assert cli.snapshot() == before


def test_json_dry_run_lists_rows_duplicates_and_problems(cli: Cli) -> None:
    done = run(cli, str(CSV / "bad_rows.csv"), "--dry-run", "--json")
    record = json.loads(done.stdout)
    assert record["columns"][0] == {"field": "company", "header": "Company"}
    assert [r["company"] for r in record["to_add"]] == ["Acme"]
    assert [p["line"] for p in record["problems"]] == [3, 4, 5, 6]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["missing.csv"], "cannot read missing.csv: No such file or directory"),
        ([str(CSV / "no_company.csv")], "no column for the company"),
        ([str(CSV / "header_only.csv")], "no applications under it"),
        ([str(CSV / "bad_rows.csv"), "--yes"], "4 rows cannot be imported"),
        ([str(CSV / "excel_uk.csv"), "--json"], "--json cannot ask before adding"),
    ],
)
def test_bad_files_are_one_line_exit_2_and_nothing_written(
    cli: Cli, args: list[str], problem: str
) -> None:
    before = cli.snapshot()
    assert_one_line_error(run(cli, *args), problem)
    assert cli.snapshot() == before


def test_a_spreadsheet_file_saved_instead_of_csv_is_named(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    assert_one_line_error(run(cli, str(path)), "tracker.xlsx is a spreadsheet file, not a CSV")
