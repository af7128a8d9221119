"""The trash: what a person deleted, kept for a while so one click brings it back.

Deleting copies the rows of a thing (an application with its events, plan, drafts...) into
one trash row as JSON, then deletes them from their tables, so every other query in the
app stays as it is: nothing reads a "deleted" flag. Restoring puts the rows back in
parent-before-child order. Ids are kept where they are still free; where one was given out
again meanwhile (SQLite reuses the highest id), the row gets a new one and the rows pointing
at it follow. A row whose parent is gone for good (a contact deleted since) is left out,
or keeps its place without the link when the link may be empty.

Rows outside the thing that merely point at it (a message in the review queue suggesting
this application) are "detached": their pointer is emptied on delete and set again on
restore, if it is still empty then."""

import base64
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    DateTime,
    LargeBinary,
    Table,
    UniqueConstraint,
    and_,
    delete,
    insert,
    select,
    update,
)

from nextyes.domain.errors import NotFound
from nextyes.domain.fields import LARGEST_WHOLE
from nextyes.store.memo import mark_changed
from nextyes.store.repositories import OwnedRepository, as_utc
from nextyes.store.tables import Base, TrashRow

TABLES: dict[str, Table] = {table.name: table for table in Base.metadata.sorted_tables}
ORDER = [table.name for table in Base.metadata.sorted_tables]  # parents before children


@dataclass(frozen=True)
class Part:
    """Rows of `table` that belong to the thing being deleted: those where `column` is one
    of the thing's ids (`of` names the table those ids come from; None: the thing itself)."""

    table: str
    column: str
    of: str | None = None


@dataclass(frozen=True)
class Detached:
    """Rows of another thing that point at this one through `column`: emptied on delete,
    pointed back on restore."""

    table: str
    column: str
    of: str


@dataclass(frozen=True)
class Shape:
    """What one kind of thing is made of, when it goes to the trash."""

    table: str  # the thing's own table
    parts: tuple[Part, ...] = ()
    detached: tuple[Detached, ...] = ()


@dataclass
class Snapshot:
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    detached: list[dict[str, Any]] = field(default_factory=list)  # {table, column, id, value}

    def to_json(self) -> str:
        return json.dumps({"rows": self.rows, "detached": self.detached}, default=_plain)

    @classmethod
    def from_json(cls, text: str) -> "Snapshot":
        data = json.loads(text)
        return cls(rows=data["rows"], detached=data["detached"])


@dataclass(frozen=True)
class TrashItem:
    id: int
    kind: str
    item_id: int
    label: str
    deleted_at: datetime


@dataclass(frozen=True)
class Restored:
    kind: str
    item_id: int  # its id now (a new one if its old one was taken meanwhile)
    label: str
    left_out: int  # rows that could not come back (their parent is gone for good)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    raise TypeError(f"cannot keep {type(value).__name__} in the trash")


def _revived(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return as_utc(datetime.fromisoformat(value))
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    return value


class Trash(OwnedRepository):
    def take(
        self, kind: str, pieces: Sequence[tuple[Shape, int]], label: str, now: datetime
    ) -> int:
        """Move things and what hangs off them into one trash entry; the entry's id. The
        first piece is the thing itself; NotFound when it is not there."""
        snapshot = self._remove(kind, pieces)
        item_id = pieces[0][1]
        entry = TrashRow(
            owner_id=self.owner_id,
            kind=kind,
            item_id=item_id,
            label=label,
            payload=snapshot.to_json(),
            deleted_at=now,
        )
        self.session.add(entry)
        self.session.flush()
        return entry.id

    def remove(self, kind: str, pieces: Sequence[tuple[Shape, int]]) -> Snapshot:
        """Delete things and what hangs off them for good, as `take` would, keeping nothing;
        the rows that went (and the pointers emptied). NotFound when the first is not there."""
        return self._remove(kind, pieces)

    def _remove(self, kind: str, pieces: Sequence[tuple[Shape, int]]) -> Snapshot:
        snapshot = Snapshot()
        for shape, item_id in pieces:
            self._snapshot(shape, item_id, snapshot)
        first, item_id = pieces[0][0], pieces[0][1]
        if not snapshot.rows.get(first.table):
            raise NotFound(f"no {kind.replace('_', ' ')} with id {item_id}")
        for shape, _ in pieces:
            for link in shape.detached:
                ids = [row["id"] for row in snapshot.rows.get(link.of, [])]
                self._detach(link, ids, snapshot)
        # Children first, so no foreign key is left pointing at a deleted row.
        for name in reversed(ORDER):
            rows = snapshot.rows.get(name)
            if rows:
                self._delete(TABLES[name], rows)
        return snapshot

    def saved_rows(self, trash_id: int, table: str) -> list[dict[str, Any]]:
        """The rows of one table an entry in the trash holds, as saved (JSON values)."""
        entry = self.owned(TrashRow, trash_id, "item in the trash")
        return list(Snapshot.from_json(entry.payload).rows.get(table, []))

    def restore(self, trash_id: int) -> Restored:
        entry = self.owned(TrashRow, trash_id, "item in the trash")
        snapshot = Snapshot.from_json(entry.payload)
        new_ids: dict[str, dict[int, int]] = {}
        left_out = 0
        for name in ORDER:
            for row in snapshot.rows.get(name, []):
                if not self._put_back(TABLES[name], row, new_ids):
                    left_out += 1
        for link in snapshot.detached:
            self._reattach(link, new_ids)
        own_table = next(iter(snapshot.rows)) if snapshot.rows else ""
        item_id = new_ids.get(own_table, {}).get(entry.item_id, entry.item_id)
        restored = Restored(entry.kind, item_id, entry.label, left_out)
        self.session.delete(entry)
        mark_changed(self.session, self.owner_id)
        return restored

    def items(self, limit: int = 200) -> list[TrashItem]:
        query = (
            select(TrashRow)
            .where(TrashRow.owner_id == self.owner_id)
            .order_by(TrashRow.deleted_at.desc(), TrashRow.id.desc())
            .limit(limit)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def item(self, trash_id: int) -> TrashItem:
        return self.to_domain(self.owned(TrashRow, trash_id, "item in the trash"))

    def empty_before(self, cutoff: datetime) -> int:
        """Forget for good what was deleted before `cutoff`; how many entries went."""
        result = self.session.execute(
            delete(TrashRow).where(TrashRow.owner_id == self.owner_id, TrashRow.deleted_at < cutoff)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def with_rows(self) -> list[tuple[TrashItem, Snapshot]]:
        """Every entry with the rows it holds, oldest first."""
        query = (
            select(TrashRow)
            .where(TrashRow.owner_id == self.owner_id)
            .order_by(TrashRow.deleted_at, TrashRow.id)
        )
        return [
            (self.to_domain(row), Snapshot.from_json(row.payload))
            for row in self.session.scalars(query)
        ]

    def forget(self, trash_ids: Iterable[int]) -> int:
        """Forget these entries for good; how many went."""
        ids = sorted(set(trash_ids))
        if not ids:
            return 0
        result = self.session.execute(
            delete(TrashRow).where(TrashRow.owner_id == self.owner_id, TrashRow.id.in_(ids))
        )
        return int(getattr(result, "rowcount", 0) or 0)

    @staticmethod
    def to_domain(row: TrashRow) -> TrashItem:
        return TrashItem(row.id, row.kind, row.item_id, row.label, as_utc(row.deleted_at))

    # -- taking -----------------------------------------------------------------------

    def _snapshot(self, shape: Shape, item_id: int, snapshot: Snapshot) -> None:
        known = snapshot.rows.setdefault(shape.table, [])
        known.extend(self._rows(shape.table, "id", [item_id]))
        for part in shape.parts:
            source = part.of or shape.table
            ids = [row["id"] for row in snapshot.rows.get(source, [])]
            found = self._rows(part.table, part.column, ids)
            known = snapshot.rows.setdefault(part.table, [])
            keys = {self._key(TABLES[part.table], row) for row in known}
            known.extend(row for row in found if self._key(TABLES[part.table], row) not in keys)

    def _rows(self, name: str, column: str, ids: Sequence[int]) -> list[dict[str, Any]]:
        if not ids:
            return []
        table = TABLES[name]
        query = select(table).where(table.c.owner_id == self.owner_id, table.c[column].in_(ids))
        return [dict(row._mapping) for row in self.session.execute(query)]

    @staticmethod
    def _key(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(row[c.name] for c in table.primary_key.columns)

    def _delete(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            match = [c == row[c.name] for c in table.primary_key.columns]
            self.session.execute(delete(table).where(table.c.owner_id == self.owner_id, *match))

    def _detach(self, link: Detached, ids: list[int], snapshot: Snapshot) -> None:
        if not ids:
            return
        table = TABLES[link.table]
        column = table.c[link.column]
        query = select(table.c.id, column).where(table.c.owner_id == self.owner_id, column.in_(ids))
        for row_id, value in self.session.execute(query):
            snapshot.detached.append(
                {"table": link.table, "column": link.column, "id": row_id, "value": value,
                 "of": link.of}
            )  # fmt: skip
        self.session.execute(
            update(table)
            .where(table.c.owner_id == self.owner_id, column.in_(ids))
            .values({link.column: None})
        )

    # -- putting back -----------------------------------------------------------------

    def _put_back(
        self, table: Table, saved: dict[str, Any], new_ids: dict[str, dict[int, int]]
    ) -> bool:
        row = {c.name: _revived(c, saved.get(c.name)) for c in table.columns if c.name in saved}
        row["owner_id"] = self.owner_id
        for column in table.columns:
            if column.name == "owner_id" or row.get(column.name) is None:
                continue
            for key in column.foreign_keys:
                parent = key.column.table.name
                if parent == "users":
                    continue
                value = new_ids.get(parent, {}).get(row[column.name], row[column.name])
                row[column.name] = value
                if not self._exists(TABLES[parent], value):
                    if not column.nullable or column.primary_key:
                        return False
                    row[column.name] = None
        if self._clashes(table, row):
            return False
        old_id = row.get("id")
        if isinstance(old_id, int) and self._exists(table, old_id, anyone=True):
            del row["id"]  # given out again meanwhile: a new id, and its children follow
            result = self.session.execute(insert(table).values(row).returning(table.c.id))
            new_ids.setdefault(table.name, {})[old_id] = int(result.scalar_one())
        else:
            self.session.execute(insert(table).values(row))
        return True

    def _exists(self, table: Table, row_id: Any, anyone: bool = False) -> bool:
        if not isinstance(row_id, int) or not 0 < row_id <= LARGEST_WHOLE:
            return False
        conditions: list[ColumnElement[bool]] = [table.c.id == row_id]
        if not anyone and "owner_id" in table.c:
            conditions.append(table.c.owner_id == self.owner_id)
        return self.session.execute(select(table.c.id).where(and_(*conditions))).first() is not None

    def _clashes(self, table: Table, row: dict[str, Any]) -> bool:
        """Whether the row would break a unique rule other than its id (a weekly plan for a
        week that has one again, a link made again): then the one there now stays."""
        for columns in _unique_sets(table):
            if any(row.get(name) is None for name in columns):
                continue
            where = [table.c[name] == row[name] for name in columns]
            if self.session.execute(select(*table.primary_key.columns).where(*where)).first():
                return True
        return False

    def _reattach(self, link: dict[str, Any], new_ids: dict[str, dict[int, int]]) -> None:
        table = TABLES[link["table"]]
        value = new_ids.get(link["of"], {}).get(link["value"], link["value"])
        self.session.execute(
            update(table)
            .where(
                table.c.owner_id == self.owner_id,
                table.c.id == link["id"],
                table.c[link["column"]].is_(None),
            )
            .values({link["column"]: value})
        )


def _unique_sets(table: Table) -> Iterable[tuple[str, ...]]:
    """The column sets a table keeps unique besides an `id` (which a restore may change):
    a primary key of other columns, unique constraints and unique indexes."""
    if "id" not in table.c:
        yield tuple(c.name for c in table.primary_key.columns)
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            names = tuple(c.name for c in constraint.columns)
            if names != ("id", "owner_id"):  # the (id, owner) key other tables point at
                yield names
    for index in table.indexes:
        if index.unique:
            yield tuple(c.name for c in index.columns)
