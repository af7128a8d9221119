"""Forgetting for good: everything (`nextyes forget --everything`) or one application, on
SQLite and PostgreSQL, through the services and the real CLI.

The canary test writes one unique text everywhere a person can write, checks it is in the
database file, forgets everything through the CLI, then reads every byte of the data folder
(the database, its -wal and -shm files, the backups) and finds it nowhere."""

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import NotFound
from nextyes.services.applications import add_application, list_applications
from nextyes.services.demo import is_empty
from nextyes.services.forget import (
    application_label,
    forget_application,
    forget_everything,
    summary,
)
from nextyes.services.inbox import review_queue
from nextyes.services.trash import trash_items
from nextyes.services.workspace import Workspace
from nextyes.store.tables import InboxMessageRow, InboxReviewRow, QuestionRow
from nextyes.store.wipe import owned_tables
from tests.cli_runner import DB_FILE, Cli, assert_one_line_error
from tests.conftest import TODAY
from tests.forget_helpers import fill, rows_of
from tests.inbox_helpers import CachedCli

MAIL = Path(__file__).parent / "fixtures" / "mail"


def canary() -> str:
    return f"canary-{uuid.uuid4().hex}"


# --- forget everything, through the service, on both engines ----------------------------


def test_forgetting_everything_leaves_nothing_and_another_person_untouched(
    ws: Workspace,
) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    mine, theirs = canary(), canary()
    fill(ws, mine)
    fill(other, theirs)
    before = rows_of(other)

    done = forget_everything(ws)

    assert is_empty(ws)
    assert rows_of(other) == before  # not one row of theirs changed
    assert done.rows == sum(done.removed.values()) > 30
    for table in ("applications", "trash", "inbox_messages", "inbox_review",
                  "inbox_corrections", "checkins", "writing_entries", "profiles"):  # fmt: skip
        assert done.removed[table] >= 1, table
    assert done.scrubbed is (ws.db.engine.dialect.name == "sqlite")
    assert done.backups == 0  # no data folder was named
    # The same id goes on working, as on a first run.
    assert ws.db.owner_id("local") == ws.owner_id
    again = add_application(ws, NewApplication("Fresh Start", "Analyst"))
    assert [a.id for a in list_applications(ws)] == [again.id]


def test_forgetting_everything_twice_is_calm(ws: Workspace) -> None:
    forget_everything(ws)
    done = forget_everything(ws)
    assert (done.rows, done.removed) == (0, {})


def test_the_summary_says_what_went_in_words() -> None:
    lines = summary({"applications": 1, "events": 4, "contact_links": 2, "request_keys": 1})
    assert lines == [
        "1 application",
        "4 timeline entries",
        "3 other records (kept behind the scenes)",
    ]


# --- forget one application ----------------------------------------------------------------


# Tables whose rows may point at an application, or be drawn from it, without being part
# of it: forgetting it empties their pointer (or, for the skills, counts them again).
POINTING = {"interactions", "practice_questions", "inbox_messages", "inbox_review",
            "inbox_corrections", "skills", "trash"}  # fmt: skip


def rows_apart(ws: Workspace, application_id: int, text: str) -> dict[str, list[str]]:
    """Every row of this person's that is not of this application: not pointing at it
    through `application_id`; in the tables that may point at it, also neither unlinked
    (forgetting empties the pointer) nor holding its text. Rows of every other table
    (check-ins, writing...) are all there, canary or not."""
    with ws.db.transaction() as session:
        found: dict[str, list[str]] = {}
        for table in owned_tables():
            rows = [
                dict(row._mapping)
                for row in session.execute(select(table).where(table.c.owner_id == ws.owner_id))
            ]
            key = "id" if table.name == "applications" else "application_id"
            apart = [row for row in rows if row.get(key) != application_id]
            if table.name in POINTING:
                apart = [
                    row
                    for row in apart
                    if text not in repr(row)
                    and ("application_id" not in row or row["application_id"])
                ]
            found[table.name] = sorted(repr(sorted(row.items())) for row in apart)
        return found


def test_forgetting_one_application_removes_exactly_its_rows(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    mine, second = canary(), canary()
    ids = fill(ws, mine)
    fill(ws, second)  # a second application of the same person, with everything
    fill(other, canary())
    theirs = rows_of(other)
    before = rows_apart(ws, ids["kept"], mine)
    trash_before = len(trash_items(ws))

    done = forget_application(ws, ids["kept"])

    assert done.label == f"Data Analyst at Orchard {mine}"
    assert done.removed["applications"] == 1
    assert done.removed["events"] == 4
    assert done.removed["drafts"] == 1
    assert done.trash_entries == 1  # the draft of it in the trash; not the other application
    # Every other row of theirs is exactly as it was (the trash apart: one entry went).
    after = rows_apart(ws, ids["kept"], mine)
    assert {**after, "trash": []} == {**before, "trash": []}
    assert len(trash_items(ws)) == trash_before - 1
    assert len(rows_of(ws)["interactions"]) == 2  # the note about the contact stays
    assert rows_of(other) == theirs
    # Nothing of it is left anywhere but in what pointed at it (emptied, below).
    everything = rows_of(ws)
    for table in ("applications", "events", "rejections", "steps", "interviews", "reflections",
                  "drafts", "contact_links", "trash"):  # fmt: skip
        assert mine not in repr(everything[table]) or table == "trash", table
    kept_trash = [t.label for t in trash_items(ws)]
    assert f"Role at Gone {mine}" in kept_trash  # another application in the trash: stays
    assert not any(f"Orchard {mine}" in label for label in kept_trash)
    # What pointed at it stays, unlinked: the practice question, the review item.
    with ws.db.transaction() as session:
        questions = session.scalars(select(QuestionRow).where(QuestionRow.owner_id == ws.owner_id))
        assert {q.application_id for q in questions if mine in q.text} == {None}
        linked = session.scalars(
            select(InboxMessageRow.application_id).where(InboxMessageRow.owner_id == ws.owner_id)
        )
        assert ids["kept"] not in set(linked)
        pointers = session.scalars(
            select(InboxReviewRow.application_id).where(InboxReviewRow.owner_id == ws.owner_id)
        )
        assert ids["kept"] not in set(pointers)
    assert review_queue(ws).total == 2  # one unsure message of each search still waits


def test_forgetting_an_application_in_the_trash(ws: Workspace) -> None:
    mine = canary()
    ids = fill(ws, mine)
    assert application_label(ws, ids["gone"]) == f"Role at Gone {mine}"
    done = forget_application(ws, ids["gone"])
    assert done.trash_entries == 1
    assert [t.label for t in trash_items(ws) if "Gone" in t.label] == []
    assert [a.id for a in list_applications(ws)] == [ids["kept"]]


def test_an_unknown_application_is_refused_and_nothing_changes(ws: Workspace) -> None:
    fill(ws, canary())
    before = rows_of(ws)
    with pytest.raises(NotFound, match="no application with id 999"):
        application_label(ws, 999)
    with pytest.raises(NotFound, match="no application with id 999"):
        forget_application(ws, 999)
    assert rows_of(ws) == before


def test_another_persons_application_is_never_found(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = fill(other, canary())
    before = rows_of(other)
    with pytest.raises(NotFound):
        forget_application(ws, theirs["kept"])
    assert rows_of(other) == before


# --- the CLI, and the canary in the bytes ----------------------------------------------------


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def filled_home(home: Path, text: str) -> Cli:
    ws = Workspace.open(Settings(home=home, database_url=None), clock=FixedClock.on(TODAY))
    try:
        fill(ws, text)
    finally:
        ws.db.dispose()  # closing the last connection folds the log into the file
    return Cli(home)


def every_file(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_forget_everything_leaves_no_trace_in_the_data_folder(home: Path) -> None:
    text = canary()
    cli = filled_home(home, text)
    database = home / DB_FILE
    assert text.encode() in database.read_bytes()  # the test would prove nothing otherwise
    # An automatic backup (a copy of the database) and another file there that is not one.
    backups = home / "backups"
    backups.mkdir()
    shutil.copy(database, backups / "nextyes-2026-03-15.db")
    (backups / "notes.txt").write_text("not a backup")
    aside = home / f"{DB_FILE}.before-restore-20260315T120000"  # what a restore kept aside
    shutil.copy(database, aside)

    said = cli.ok("forget", "--everything", stdin="delete everything\n")

    assert "Deleted for good: 1 application," in said
    assert "1 piece of private writing" in said
    assert "Removed 2 backups from the data folder as well." in said
    assert "keeps no trace" in said
    found = {p: p.read_bytes() for p in every_file(home)}
    assert database in found
    assert home / "backups" / "notes.txt" in found  # not a backup: not ours to remove
    assert not (backups / "nextyes-2026-03-15.db").exists()
    assert not aside.exists()
    for path, data in found.items():
        assert text.encode() not in data, path
    for extra in ("-wal", "-shm"):  # if SQLite left them, they hold no trace either
        beside = home / (DB_FILE + extra)
        assert not beside.exists() or text.encode() not in beside.read_bytes()
    # The app works as on a first run, with the same person.
    assert cli.json("list") == []
    assert cli.add("Fresh Start", "Analyst") == "1"


def test_forget_everything_while_another_connection_is_open(home: Path) -> None:
    """The web app may hold the database open; the file and its log still keep no trace
    once NextYes has closed (the log is emptied as soon as it can be)."""
    text = canary()
    cli = filled_home(home, text)
    ws = Workspace.open(Settings(home=home, database_url=None))
    try:
        list_applications(ws)  # an idle pooled connection, as a running server has
        cli.ok("forget", "--everything", "--yes")
    finally:
        ws.db.dispose()
    for path in every_file(home):
        assert text.encode() not in path.read_bytes(), path


def test_forget_everything_asks_for_the_word(home: Path) -> None:
    cli = filled_home(home, canary())
    before = cli.snapshot()
    done = cli("forget", "--everything", stdin="delete\n")
    assert_one_line_error(done, 'that was not "delete everything", so nothing was deleted')
    assert "cannot be undone" in done.stdout
    assert cli.snapshot() == before
    said = cli.ok("forget", "--everything", stdin="  Delete Everything \n")  # case is forgiven
    assert "Deleted for good" in said


def test_forget_says_what_to_forget(home: Path) -> None:
    cli = filled_home(home, canary())
    cli.refused("forget", problem="say what to forget")
    cli.refused("forget", "1", "--everything", problem="say what to forget")


def test_forget_one_application_through_the_cli(home: Path) -> None:
    text = canary()
    cli = filled_home(home, text)
    cli.refused("forget", "999", "--yes", problem="no application with id 999")
    cli.refused("forget", "first", problem="valid integer")
    before = cli.snapshot()
    asked = cli("forget", "1", stdin="n\n")
    assert asked.returncode == 1
    assert f"Delete Data Analyst at Orchard {text} and everything about it for good?" in (
        asked.stdout
    )
    assert cli.snapshot() == before
    said = cli.ok("forget", "1", stdin="y\n")
    assert f"Data Analyst at Orchard {text} is gone for good, with 4 timeline entries," in said
    assert cli.json("list") == []
    assert [i["label"] for i in cli.json("trash")] == [f"Role at Gone {text}"]
    gone = cli.json("forget", "2", "--yes")
    assert gone["label"] == f"Role at Gone {text}"
    assert gone["trash_entries"] == 1
    assert cli.json("trash") == []


def test_the_demo_rebuilt_forgets_the_mail_it_had_imported(tmp_path: Path) -> None:
    """`nextyes demo` (the old `demo --force`) empties what `forget --everything` empties:
    mail imported into the demo before is imported again afterwards."""
    home = tmp_path / "home"
    home.mkdir()
    cli, demo = CachedCli(home), CachedCli(home / "demo")
    cli.ok("demo")
    first = demo.json("inbox", "import", "mbox", str(MAIL / "search.mbox"))
    assert first["already_seen"] < first["read"]
    again = demo.json("inbox", "import", "mbox", str(MAIL / "search.mbox"))
    assert again["already_seen"] == again["read"]  # every message remembered
    cli.ok("demo")
    rebuilt = demo.json("inbox", "import", "mbox", str(MAIL / "search.mbox"))
    assert rebuilt == first
