"""Export and import (issue 15): everything a person keeps goes out as one file and comes
back exactly; a bad file is refused whole, in one line, with nothing written; an older
file is brought up to date; on a shared database a second person's import never touches
the first's rows. On SQLite and PostgreSQL."""

import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from sqlalchemy import Integer, MetaData, func, select

from nextyes.classify.labels import Example, Label
from nextyes.services import portable
from nextyes.services.demo import load_demo
from nextyes.services.inbox import review_queue
from nextyes.services.trash import Kind, delete_item
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.engine import make_engine
from nextyes.store.inbox import Corrections
from nextyes.store.migrate import HEAD, downgrade, upgrade
from nextyes.store.portable import (
    OPAQUE,
    SOFT_REFERENCES,
    exported_tables,
    owned_rows,
    references,
)
from nextyes.store.portable_schema import export_schema
from nextyes.store.tables import ApplicationRow, Base, EventRow
from tests.cli_runner import Cli, assert_one_line_error

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "export.schema.json"


def full_search(ws: Workspace) -> None:
    """The demo, plus what it leaves empty: a correction, a setting, something in the trash."""
    load_demo(ws)
    with ws.db.transaction() as session:
        example = Example(
            "Re: your application", "Not this time.", "hr@acme.example", Label.REJECTION
        )
        Corrections(session, ws.owner_id).add(example, 1, ws.clock.now())
    delete_item(ws, Kind.CONTACT, 1)
    from nextyes.services.preferences import calendar_token

    calendar_token(ws)


def exported(ws: Workspace) -> str:
    out = io.StringIO()
    portable.write_export(ws, out)
    return out.getvalue()


def without_moment(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith('"exported_at"')]


def other_person(ws: Workspace, name: str = "second") -> Workspace:
    return Workspace(ws.db, ws.db.owner_id(name), ws.clock)


def test_every_kind_of_row_goes_out_and_comes_back_exactly(ws: Workspace, tmp_path: Path) -> None:
    full_search(ws)
    first = exported(ws)
    data = json.loads(first)
    empty = [name for name, rows in data.items() if isinstance(rows, list) and not rows]
    assert empty == [], f"the test search leaves {empty} empty: fill them so they are checked"

    target = Database(f"sqlite:///{tmp_path / 'new.db'}").prepare()
    moved = Workspace(target, target.owner_id("local"), ws.clock)
    done = portable.import_data(moved, data)
    assert done.rows == sum(len(v) for v in data.values() if isinstance(v, list))
    assert done.applications == 30
    assert without_moment(exported(moved)) == without_moment(first)
    target.dispose()


def test_the_file_matches_its_published_schema(ws: Workspace) -> None:
    on_disk = json.loads(SCHEMA_FILE.read_text())
    assert on_disk == export_schema(portable.VERSION), (
        "docs/export.schema.json is out of date: run scripts/export_schema.py (and, if a"
        " migration changed an owned table, say so in docs/export.md)"
    )
    full_search(ws)
    validator = jsonschema_rs.Draft202012Validator(on_disk)
    assert validator.is_valid(json.loads(exported(ws)))
    broken = json.loads(exported(ws))
    broken["applications"][0]["company"] = 12
    assert not validator.is_valid(broken)


def test_the_version_is_the_schema_revision() -> None:
    assert int(HEAD) == portable.VERSION


def test_every_id_column_is_followed_when_ids_change() -> None:
    for table in exported_tables(Base.metadata):
        for column in table.columns:
            if column.name.endswith("_id") and column.name != "owner_id":
                known = column.name in references(table) or (table.name, column.name) in OPAQUE
                assert known, f"{table.name}.{column.name} is neither a key nor declared"
                if not column.foreign_keys and (table.name, column.name) not in OPAQUE:
                    assert (table.name, column.name) in SOFT_REFERENCES
                    assert isinstance(column.type, Integer)


def test_an_import_goes_only_into_an_empty_nextyes(ws: Workspace) -> None:
    full_search(ws)
    data = json.loads(exported(ws))
    before = exported(ws)
    with pytest.raises(Exception, match="already data here"):
        portable.import_data(ws, data)
    assert without_moment(exported(ws)) == without_moment(before)


def broken_files() -> list[tuple[str, Any, str]]:
    return [
        ("newer", lambda d: d.update(version=portable.VERSION + 1), "newer NextYes"),
        ("not ours", lambda d: d.update(format="somebody-else"), "not a NextYes export"),
        ("dangling", lambda d: d["events"][0].update(application_id=9999), "not in the file"),
        ("wrong type", lambda d: d["applications"][0].update(applied_on="last week"), "a date"),
        ("unknown list", lambda d: d.update(hobbies=[]), "'hobbies'"),
        ("unknown field", lambda d: d["contacts"][0].update(shoe_size=44), "'shoe_size'"),
        ("twice", lambda d: d["applications"].append(d["applications"][0]), "appears twice"),
        ("missing", lambda d: d["applications"][0].pop("company"), "no 'company'"),
        ("too long", lambda d: d["applications"][0].update(company="x" * 5000), "longer than"),
    ]


@pytest.mark.parametrize(
    ("name", "spoil", "problem"), broken_files(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_bad_file_is_refused_whole(
    ws: Workspace, tmp_path: Path, name: str, spoil: Any, problem: str
) -> None:
    source = Database(f"sqlite:///{tmp_path / 'source.db'}").prepare()
    full_search(Workspace(source, source.owner_id("local"), ws.clock))
    data = json.loads(exported(Workspace(source, source.owner_id("local"), ws.clock)))
    source.dispose()
    spoil(data)
    with pytest.raises(Exception, match=problem):
        portable.import_data(ws, data)
    assert json.loads(exported(ws))["applications"] == []  # nothing was written


def test_an_older_file_is_brought_up_to_date(tmp_path: Path, ws: Workspace) -> None:
    # A search kept by the NextYes of one revision ago: the demo, taken back one migration.
    made = Database(f"sqlite:///{tmp_path / 'made.db'}").prepare()
    full_search(Workspace(made, made.owner_id("local"), ws.clock))
    made.dispose()
    old_file = tmp_path / "old.db"
    shutil.copy(tmp_path / "made.db", old_file)
    older = f"{int(HEAD) - 1:04d}"
    engine = make_engine(f"sqlite:///{old_file}")
    downgrade(engine, older)
    old = MetaData()
    with pytest.warns(Warning, match="expression-based index"):  # only columns matter
        old.reflect(engine)
    with engine.connect() as connection:
        owner = int(connection.scalar(select(old.tables["users"].c.id)) or 0)
        data: dict[str, Any] = {
            "format": "nextyes-export",
            "version": int(older),
            "exported_at": "2026-03-16T12:00:00+00:00",
        }
        for table in exported_tables(old):
            data[table.name] = list(owned_rows(connection, table, owner))
    # What that database holds once NextYes upgrades it in place is what the import holds.
    upgrade(engine, "head")
    with engine.connect() as connection:
        expected = {
            table.name: list(owned_rows(connection, table, owner))
            for table in exported_tables(Base.metadata)
        }
    engine.dispose()

    done = portable.import_data(ws, data)
    assert done.upgraded_from == int(older)
    now = json.loads(exported(ws))
    assert {name: now[name] for name in expected} == expected


def test_a_second_person_on_a_shared_database_gets_their_own_rows(
    ws: Workspace, tmp_path: Path
) -> None:
    full_search(ws)
    first_before = exported(ws)
    data = json.loads(first_before)
    second = portable.new_person(ws, "casey")
    portable.import_data(second, data)
    # The first person's rows are as they were; the second's ids are new (they were taken)
    # and every reference followed them.
    assert without_moment(exported(ws)) == without_moment(first_before)
    theirs = json.loads(exported(second))
    assert len(theirs["applications"]) == 30
    assert not {a["id"] for a in theirs["applications"]} & {a["id"] for a in data["applications"]}
    companies = {a["id"]: a["company"] for a in theirs["applications"]}
    originals = {a["id"]: a["company"] for a in data["applications"]}
    mine = sorted(originals[e["application_id"]] for e in data["events"])
    assert sorted(companies[e["application_id"]] for e in theirs["events"]) == mine
    with ws.db.transaction() as session:
        owners = session.scalars(select(EventRow.owner_id).distinct()).all()
    assert len(owners) == 2
    # A new row made afterwards gets a free id on both engines (PostgreSQL's counters moved).
    from nextyes.domain.applications import NewApplication
    from nextyes.services.applications import add_application

    add_application(second, NewApplication(company="Later Ltd", role="Analyst"))
    with pytest.raises(Exception, match="already a person called"):
        portable.new_person(ws, "casey")


def test_the_export_is_one_row_a_line_and_reads_in_any_json_tool(ws: Workspace) -> None:
    full_search(ws)
    text = exported(ws)
    lines = text.splitlines()
    assert lines[1] == '"format": "nextyes-export",'
    assert lines[2] == f'"version": {portable.VERSION},'
    data = json.loads(text)
    datetime.fromisoformat(data["exported_at"])
    with ws.db.transaction() as session:
        count = session.scalar(select(func.count()).select_from(ApplicationRow))
    assert len(data["applications"]) == count
    assert review_queue(ws)  # the demo's review queue went out too
    assert len(data["inbox_review"]) >= 1


# -- through the command line -------------------------------------------------------------


def test_export_and_import_through_the_cli(tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / name).mkdir()
    one = Cli.fresh(tmp_path / "a")
    one.ok("demo")
    demo_home = one.home / "demo"  # `nextyes demo` fills a home of its own
    source = Cli(demo_home)
    out = tmp_path / "everything.json"
    said = source.ok("export", str(out), "--csv", str(tmp_path / "tables"))
    assert "Wrote everything you keep" in said
    assert out.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "tables" / "applications.csv").read_text().startswith("id,company,role")

    two = Cli.fresh(tmp_path / "b")
    said = two.ok("import", str(out))
    assert "Imported" in said
    assert "30 of them applications" in said
    again = tmp_path / "again.json"
    two.ok("export", str(again))
    assert without_moment(again.read_text()) == without_moment(out.read_text())

    # Into a NextYes that holds data, and a truncated file: one line, exit 2, nothing new.
    assert_one_line_error(two("import", str(out)), "already data here")
    cut = tmp_path / "cut.json"
    cut.write_text(out.read_text()[:5000])
    three = Cli.fresh(tmp_path / "c")
    assert_one_line_error(three("import", str(cut)), "ends too early")
    assert_one_line_error(three("import", str(tmp_path / "nowhere.json")), "no file at")
    assert three.json("list", "--json") == []


def test_export_to_stdout_is_the_file(tmp_path: Path) -> None:
    cli = Cli.fresh(tmp_path)
    cli.ok("add", "Acme", "Analyst")
    done = cli.ok("export", "-")
    data = json.loads(done)
    assert [a["company"] for a in data["applications"]] == ["Acme"]
    assert_one_line_error(cli("export"), "name a file")


def test_the_download_is_the_same_file(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from nextyes.clock import FixedClock
    from nextyes.config import Settings
    from nextyes.web.app import create_app

    settings = Settings(home=tmp_path, database_url=None, secret_key=None)
    app = create_app(settings, clock=FixedClock(datetime(2026, 3, 16, 12, tzinfo=UTC)))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert app.state.first_sweep.wait(60), "the startup sweep never finished"
        ws = app.state.workspace
        load_demo(ws)
        page = client.get("/settings")
        assert "Download all my data" in page.text
        for path in ("/settings/export", "/api/v1/export"):
            got = client.get(path)
            assert got.status_code == 200
            assert "attachment" in got.headers["content-disposition"]
            assert "nextyes-export-2026-03-16.json" in got.headers["content-disposition"]
            assert without_moment(got.text) == without_moment(exported(ws))
    app.state.workspace.db.dispose()


def test_import_reads_a_spreadsheet_of_applications(tmp_path: Path) -> None:
    sheet = Path(__file__).parent / "fixtures" / "csv" / "teal.csv"
    cli = Cli.fresh(tmp_path)
    preview = cli.ok("import", str(sheet), "--dry-run")
    assert "Company" in preview
    assert cli.json("list", "--json") == []  # a dry run adds nothing
    cli.ok("import", str(sheet), "--yes")
    added = {row["company"] for row in cli.json("list", "--json")}
    assert {"Aster Health", "Beacon Retail", "Cobalt Fintech", "Delta Air"} <= added
    assert_one_line_error(cli("import", str(sheet), "--as-new-person", "x"), "--as-new-person")
