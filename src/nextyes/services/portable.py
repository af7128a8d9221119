"""Export everything a person keeps, and import it again: the file described in
docs/export.md (its JSON Schema: docs/export.schema.json).

The file's `version` is the schema revision it was written at (the Alembic revision
number). A file from an older NextYes is upgraded the way a database is: its rows go into a
scratch SQLite database at that revision, the migrations bring it to today's, and the rows
are read out again. A file from a newer NextYes is refused."""

import csv
import io
import json
import os
import tempfile
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, MetaData, func, insert, select

from nextyes.domain.errors import InvalidInput
from nextyes.services.workspace import Workspace
from nextyes.store.engine import make_engine
from nextyes.store.memo import mark_changed
from nextyes.store.migrate import HEAD, upgrade
from nextyes.store.portable import (
    checked_rows,
    exported_columns,
    exported_tables,
    owned_rows,
    plain,
    put_rows,
)
from nextyes.store.tables import Base, User

FORMAT = "nextyes-export"
VERSION = int(HEAD)  # the schema revision; tests/test_portable.py keeps them together
FIRST_VERSION = 1
ENVELOPE = ("format", "version", "exported_at")


@dataclass(frozen=True)
class Imported:
    rows: int  # rows written, in all tables
    applications: int
    upgraded_from: int | None  # the file's version, when it was older than this NextYes


def write_export(ws: Workspace, out: IO[str]) -> int:
    """Write the whole export to `out`, one row at a time (memory stays flat); how many rows.

    One read transaction, so the file is one consistent moment even while the app writes.
    The layout is fixed (one row a line, keys in column order), so exporting the same data
    twice gives the same text apart from `exported_at`."""
    count = 0
    encode = json.JSONEncoder(ensure_ascii=False).encode
    with ws.db.transaction() as session:
        connection = session.connection()
        out.write("{\n")
        out.write(f'"format": {json.dumps(FORMAT)},\n"version": {VERSION},\n')
        out.write(f'"exported_at": {json.dumps(plain(ws.clock.now()))}')
        for table in exported_tables(Base.metadata):
            out.write(f",\n{json.dumps(table.name)}: [")
            first = True
            for row in owned_rows(connection, table, ws.owner_id):
                out.write("\n" if first else ",\n")
                out.write(encode(row))
                first = False
                count += 1
            out.write("\n]" if not first else "]")
        out.write("\n}\n")
    return count


def export_to_file(ws: Workspace, path: Path) -> int:
    """The export written beside `path` and then moved over it, so a failure halfway never
    leaves half a file where the person expects a whole one. Readable by the person only:
    it holds their private writing."""
    part = path.with_name(f".{path.name}.part")
    try:
        handle = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(handle, "w", encoding="utf-8") as out:
            count = write_export(ws, out)
            out.flush()
            os.fsync(out.fileno())
        part.replace(path)
    except OSError as problem:
        part.unlink(missing_ok=True)
        raise InvalidInput(f"cannot write {path}: {problem.strerror}") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return count


def export_csv(ws: Workspace, folder: Path) -> dict[str, int]:
    """One CSV file a table in `folder` (for spreadsheets), values as in the JSON file,
    empty cells for empty values; rows in each."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as problem:
        raise InvalidInput(f"cannot make the folder {folder}: {problem.strerror}") from None
    counts: dict[str, int] = {}
    with ws.db.transaction() as session:
        connection = session.connection()
        for table in exported_tables(Base.metadata):
            names = [column.name for column in exported_columns(table)]
            handle = os.open(
                folder / f"{table.name}.csv", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600
            )
            with open(handle, "w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(names)
                n = 0
                for row in owned_rows(connection, table, ws.owner_id):
                    writer.writerow(["" if row[name] is None else row[name] for name in names])
                    n += 1
            counts[table.name] = n
    return counts


def read_file(path: Path) -> dict[str, Any]:
    """The file's JSON, or InvalidInput saying in one line why it cannot be read."""
    try:
        with path.open("rb") as source:
            data = json.load(source)
    except FileNotFoundError:
        raise InvalidInput(f"no file at {path}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not an export file") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text; is it a NextYes export?") from None
    except json.JSONDecodeError as error:
        # A string still open at the end is reported where it began: incomplete too.
        if error.pos >= max(len(error.doc) - 1, 0) or error.msg.startswith("Unterminated"):
            raise InvalidInput(
                f"{path} ends too early (line {error.lineno}): the file is incomplete"
            ) from None
        raise InvalidInput(
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} is not a NextYes export (no export object in it)")
    return data


def check_envelope(data: Mapping[str, Any]) -> int:
    """The file's version, after checking it is a NextYes export this NextYes can read."""
    if data.get("format") != FORMAT:
        raise InvalidInput(f'not a NextYes export: "format" must be "{FORMAT}"')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < FIRST_VERSION:
        raise InvalidInput('"version" must be a whole number of 1 or more')
    if version > VERSION:
        raise InvalidInput(
            f"this file was made by a newer NextYes (version {version}; this one reads up to"
            f" {VERSION}): update NextYes, then import it"
        )
    moment = data.get("exported_at")
    try:
        datetime.fromisoformat(moment) if isinstance(moment, str) else None
    except ValueError:
        raise InvalidInput('"exported_at" must be a date and time (ISO 8601)') from None
    if not isinstance(moment, str):
        raise InvalidInput('"exported_at" must be a date and time (ISO 8601)')
    return version


def lists_of(data: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in ENVELOPE}


def import_data(ws: Workspace, data: Mapping[str, Any]) -> Imported:
    """Put a whole export into this person's empty workspace, in one transaction: all of
    it, or (InvalidInput naming the problem) none of it."""
    version = check_envelope(data)
    lists = lists_of(data)
    upgraded_from = None
    if version < VERSION:
        lists = upgraded(lists, version)
        upgraded_from = version
    rows = checked_rows(Base.metadata, lists)
    with ws.db.transaction(write=True) as session:
        connection = session.connection()
        if holds_anything(connection, ws.owner_id):
            raise InvalidInput(
                "there is already data here: an export is imported into an empty NextYes"
                " (move what is here aside with `nextyes backup`, then `nextyes forget"
                " --everything`; on a shared database use --as-new-person NAME)"
            )
        counts = put_rows(connection, Base.metadata, rows, ws.owner_id)
        mark_changed(session, ws.owner_id)
    return Imported(sum(counts.values()), counts.get("applications", 0), upgraded_from)


def holds_anything(connection: Connection, owner_id: int) -> bool:
    return any(
        connection.scalar(
            select(func.count()).select_from(table).where(table.c.owner_id == owner_id)
        )
        for table in exported_tables(Base.metadata)
    )


def upgraded(lists: Mapping[str, Any], version: int) -> dict[str, Any]:
    """An older file's lists as this version writes them: loaded into a scratch SQLite
    database at the file's revision, migrated, and read out again."""
    with tempfile.TemporaryDirectory(prefix="nextyes-upgrade-") as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'upgrade.db'}")
        try:
            return _upgrade_in(engine, lists, version)
        finally:
            engine.dispose()


def _upgrade_in(engine: Engine, lists: Mapping[str, Any], version: int) -> dict[str, Any]:
    upgrade(engine, f"{version:04d}")
    old = MetaData()
    with warnings.catch_warnings():
        # Indexes on expressions are not reflected; only the columns matter here.
        warnings.simplefilter("ignore")
        old.reflect(engine)
    rows = checked_rows(old, lists)
    with engine.begin() as connection:
        owner = connection.execute(
            insert(old.tables["users"]).values(
                name="import", created_at=datetime.fromisoformat("2000-01-01T00:00:00+00:00")
            )
        ).inserted_primary_key
        assert owner is not None
        owner_id = int(owner[0])
        put_rows(connection, old, rows, owner_id)
    upgrade(engine, "head")
    with engine.connect() as connection:
        return {
            table.name: list(owned_rows(connection, table, owner_id))
            for table in exported_tables(Base.metadata)
        }


def import_file(ws: Workspace, path: Path) -> Imported:
    return import_data(ws, read_file(path))


def new_person(ws: Workspace, name: str) -> Workspace:
    """A workspace for a person who is not in this database yet (a hosted database)."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > 200:
        raise InvalidInput("the new person's name must be 1 to 200 characters")
    with ws.db.transaction() as session:
        if session.scalar(select(User.id).where(User.name == cleaned)) is not None:
            raise InvalidInput(f"there is already a person called {cleaned!r} in this database")
    return Workspace(ws.db, ws.db.owner_id(cleaned), ws.clock)


def export_chunks(ws: Workspace) -> Iterator[bytes]:
    """The export for a download: written to a private temporary file first (one consistent
    read, memory flat), then handed out in pieces."""
    with tempfile.TemporaryFile("w+b") as spool:
        text_out = io.TextIOWrapper(spool, encoding="utf-8", write_through=True)
        write_export(ws, text_out)
        text_out.flush()
        text_out.detach()
        spool.seek(0)
        while piece := spool.read(64 * 1024):
            yield piece
