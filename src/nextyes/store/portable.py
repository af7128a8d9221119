"""All of one person's rows, out and back in: the export file's rows, read and written.

The export holds every table with an owner (the trash too), one list per table, each row
with every column but `owner_id`, ids kept so references hold. Values are JSON: dates and
times in ISO 8601, bytes in base64. It is read and written from a table list, not from the
app's classes, so the same code reads a database still at an older schema revision (an
older file is upgraded by loading it into such a database and migrating it, see
services/portable.py).

Left out on purpose: `users` (the person is whoever imports the file) and `request_keys`
(answers to requests kept for a day so a retry is not run twice; nothing of the person's)."""

import base64
import binascii
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
    text,
)

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LARGEST_WHOLE
from nextyes.store.repositories import as_utc

LEFT_OUT = frozenset({"users", "request_keys", "alembic_version"})
# Columns that hold another table's id without a foreign key (a message may point at an
# application that was deleted since). tests/test_portable.py checks every `*_id` column
# is either a foreign key or named here, so a new one cannot be missed.
SOFT_REFERENCES: dict[tuple[str, str], str] = {
    ("inbox_corrections", "application_id"): "applications",
    ("inbox_messages", "application_id"): "applications",
    ("inbox_review", "application_id"): "applications",
    ("practice_questions", "application_id"): "applications",
    ("interactions", "application_id"): "applications",
    ("applications", "earlier_id"): "applications",
}
# Ids with a meaning that depends on another column (the trash entry's kind): kept as they
# are. The trash restores its rows by itself, finding new ids where the old ones are taken.
OPAQUE = frozenset({("trash", "item_id")})
CHUNK = 500


def exported_tables(metadata: MetaData) -> list[Table]:
    """The owned tables, parents before children (the order a file lists them in)."""
    return [
        table
        for table in metadata.sorted_tables
        if "owner_id" in table.c and table.name not in LEFT_OUT
    ]


def exported_columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns if column.name != "owner_id"]


def references(table: Table) -> dict[str, str]:
    """Column name -> the table whose id it holds (foreign keys and the soft ones)."""
    found: dict[str, str] = {}
    for column in table.columns:
        if column.name == "owner_id":
            continue
        for key in column.foreign_keys:
            if key.column.table.name != "users":
                found[column.name] = key.column.table.name
    for (name, column_name), parent in SOFT_REFERENCES.items():
        if name == table.name and column_name in table.c:
            found[column_name] = parent
    return found


# -- out ------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A column's value as JSON holds it."""
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def owned_rows(connection: Connection, table: Table, owner_id: int) -> Iterator[dict[str, Any]]:
    """One person's rows of one table as JSON values, in id order, read a page at a time
    (an export's memory stays the same whatever the size of the search)."""
    columns = exported_columns(table)
    names = [column.name for column in columns]
    # Only dates, times and bytes need turning into JSON; the rest go as they are.
    turned = [
        (index, plain)
        for index, column in enumerate(columns)
        if isinstance(column.type, Date | DateTime | LargeBinary)
    ]
    order = list(table.primary_key.columns)
    query = select(*columns).where(table.c.owner_id == owner_id).order_by(*order)
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    for row in result:
        values = list(row)
        for index, turn in turned:
            if values[index] is not None:
                values[index] = turn(values[index])
        yield dict(zip(names, values, strict=True))


# -- checking a file's rows -------------------------------------------------------------


def revived(column: Column[Any], value: Any, where: str) -> Any:
    """A JSON value as the column holds it; InvalidInput naming `where` when it cannot be."""
    if value is None:
        if not column.nullable:
            raise InvalidInput(f"{where} is empty, and it must have a value")
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if isinstance(value, bool):
            return value
        raise InvalidInput(f"{where} must be true or false, not {value!r}")
    if isinstance(kind, Integer):
        if isinstance(value, int) and not isinstance(value, bool):
            if abs(value) <= LARGEST_WHOLE:
                return value
            raise InvalidInput(f"{where} is too large: {value}")
        raise InvalidInput(f"{where} must be a whole number, not {value!r}")
    if isinstance(kind, Float):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise InvalidInput(f"{where} must be a number, not {value!r}")
    if isinstance(kind, DateTime):
        try:
            return as_utc(datetime.fromisoformat(value))
        except (TypeError, ValueError):
            raise InvalidInput(
                f"{where} must be a date and time (ISO 8601), not {value!r}"
            ) from None
    if isinstance(kind, Date):
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"{where} must be a date (YYYY-MM-DD), not {value!r}") from None
    if isinstance(kind, LargeBinary):
        try:
            return base64.b64decode(value, validate=True)
        except (TypeError, ValueError, binascii.Error):
            raise InvalidInput(f"{where} must be base64 text") from None
    if isinstance(kind, String):  # Text too
        if not isinstance(value, str):
            raise InvalidInput(f"{where} must be text, not {value!r}")
        if kind.length is not None and len(value) > kind.length:
            raise InvalidInput(f"{where} is longer than {kind.length} characters")
        return value
    raise InvalidInput(f"{where}: NextYes cannot read a column of type {kind}")  # pragma: no cover


def checked_rows(metadata: MetaData, data: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every list of a file checked against the tables, values revived: unknown lists and
    fields, wrong types, repeated ids and references to rows not in the file are refused
    (InvalidInput naming the first problem). Nothing is written."""
    tables = {table.name: table for table in exported_tables(metadata)}
    for name in data:
        if name not in tables:
            raise InvalidInput(f"the file has a list NextYes does not know: {name!r}")
    rows: dict[str, list[dict[str, Any]]] = {}
    ids: dict[str, set[int]] = {}
    for name, table in tables.items():
        saved = data.get(name, [])
        if not isinstance(saved, list):
            raise InvalidInput(f"{name} must be a list")
        columns = {column.name: column for column in exported_columns(table)}
        revived_rows = rows.setdefault(name, [])
        seen = ids.setdefault(name, set())
        for index, row in enumerate(saved):
            where = f"{name}[{index}]"
            if not isinstance(row, dict):
                raise InvalidInput(f"{where} must be an object")
            unknown = sorted(set(row) - set(columns))
            if unknown:
                raise InvalidInput(f"{where} has a field NextYes does not know: {unknown[0]!r}")
            values = {}
            for column_name, column in columns.items():
                if column_name not in row and not column.nullable:
                    raise InvalidInput(f"{where} has no {column_name!r}")
                values[column_name] = revived(
                    column, row.get(column_name), f"{where}.{column_name}"
                )
            if "id" in values:
                if values["id"] in seen:
                    raise InvalidInput(f"{where}.id {values['id']} appears twice in {name}")
                seen.add(values["id"])
            revived_rows.append(values)
    for name, table in tables.items():
        for column_name, parent in references(table).items():
            if (name, column_name) in OPAQUE:
                continue
            for index, values in enumerate(rows[name]):
                value = values.get(column_name)
                if value is not None and value not in ids.get(parent, set()):
                    raise InvalidInput(
                        f"{name}[{index}].{column_name} points at {parent} {value},"
                        f" which is not in the file"
                    )
    _check_unique(tables, rows)
    return rows


def _check_unique(tables: Mapping[str, Table], rows: Mapping[str, list[dict[str, Any]]]) -> None:
    """Rows that would break a table's unique rules (besides the owner) are named here, so
    the database never has to refuse them halfway."""
    for name, table in tables.items():
        for columns in _unique_sets(table):
            seen: set[tuple[Any, ...]] = set()
            for index, values in enumerate(rows[name]):
                key = tuple(values.get(column) for column in columns)
                if None in key:  # SQL lets empty values repeat
                    continue
                if key in seen:
                    raise InvalidInput(
                        f"{name}[{index}] repeats another row's {', '.join(columns)}"
                    )
                seen.add(key)


def _unique_sets(table: Table) -> Iterable[tuple[str, ...]]:
    from sqlalchemy import UniqueConstraint

    if "id" not in table.c:
        # The key is the row's own columns; with none but the owner (preferences, the
        # profile), a person has one row: the empty tuple allows only one.
        yield tuple(c.name for c in table.primary_key.columns if c.name != "owner_id")
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = tuple(c.name for c in constraint.columns if c.name != "owner_id")
            if names and names != ("id",):
                yield names
    for index in table.indexes:
        if index.unique:
            names = tuple(c.name for c in index.columns if c.name != "owner_id")
            if names and names != ("id",):
                yield names


# -- in ---------------------------------------------------------------------------------


def put_rows(
    connection: Connection,
    metadata: MetaData,
    rows: Mapping[str, Sequence[dict[str, Any]]],
    owner_id: int,
) -> dict[str, int]:
    """Insert checked rows for `owner_id`, parents first. Ids are kept where nobody holds
    them; where one is taken (a shared database), the row gets a new id and the rows
    pointing at it follow. How many rows went into each table."""
    new_ids: dict[str, dict[int, int]] = {}
    counts: dict[str, int] = {}
    for table in exported_tables(metadata):
        saved = rows.get(table.name, [])
        if not saved:
            continue
        links = {
            column: parent
            for column, parent in references(table).items()
            if (table.name, column) not in OPAQUE
        }
        taken = (
            _taken_ids(connection, table, [row["id"] for row in saved])
            if "id" in table.c
            else set()
        )
        keep: list[dict[str, Any]] = []
        shared = _unique_for_everyone(table)
        for row in saved:
            values = dict(row, owner_id=owner_id)
            for column in shared:
                # Unique across all people (a calendar link's secret): a copy imported
                # beside its original must not share it, so it is left for a new one.
                if values.get(column) is not None and _held(connection, table, column, values):
                    values[column] = None
            for column, parent in links.items():
                if values.get(column) is not None:
                    values[column] = new_ids.get(parent, {}).get(values[column], values[column])
            if "id" in values and values["id"] in taken:
                old = values.pop("id")
                made = connection.execute(insert(table).values(values).returning(table.c.id))
                new_ids.setdefault(table.name, {})[old] = int(made.scalar_one())
            else:
                keep.append(values)
        for start in range(0, len(keep), CHUNK):
            connection.execute(insert(table), keep[start : start + CHUNK])
        counts[table.name] = len(saved)
    if connection.dialect.name == "postgresql":
        _move_sequences_past(connection, metadata)
    return counts


def _unique_for_everyone(table: Table) -> list[str]:
    """Nullable columns unique on their own, across every person's rows."""
    return [
        names[0]
        for names in _unique_sets(table)
        if len(names) == 1
        and names[0] != "id"
        and "owner_id" not in names
        and table.c[names[0]].nullable
        and not _per_owner(table, names[0])
    ]


def _per_owner(table: Table, name: str) -> bool:
    from sqlalchemy import UniqueConstraint

    return any(
        isinstance(constraint, UniqueConstraint)
        and {c.name for c in constraint.columns} == {name, "owner_id"}
        for constraint in table.constraints
    ) or any(
        index.unique and {c.name for c in index.columns} == {name, "owner_id"}
        for index in table.indexes
    )


def _held(connection: Connection, table: Table, column: str, values: Mapping[str, Any]) -> bool:
    found = select(table.c[column]).where(table.c[column] == values[column]).limit(1)
    return connection.execute(found).first() is not None


def _taken_ids(connection: Connection, table: Table, ids: Sequence[int]) -> set[int]:
    """Which of these ids someone holds already (anyone: ids are shared by all people)."""
    taken: set[int] = set()
    if "id" not in table.c:
        return taken
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        taken.update(connection.scalars(select(table.c.id).where(table.c.id.in_(part))))
    return taken


def _move_sequences_past(connection: Connection, metadata: MetaData) -> None:
    """Rows written with their own ids leave PostgreSQL's id counters behind: move each past
    the largest id, so the next row made by the app does not collide."""
    for table in exported_tables(metadata):
        if "id" not in table.c:
            continue
        largest = connection.scalar(select(func.max(table.c.id)))
        if largest:
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:name, 'id'), :value)"),
                {"name": table.name, "value": largest},
            )
