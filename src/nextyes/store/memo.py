"""Figures over a person's whole search, remembered until their data changes.

Some pages show a handful of numbers drawn from every application (how far this "no" got
next to the rest, which channel answers most). Counted in SQL they still grow with the
search, so they are remembered per person and *revision*: `users.revision` goes up in every
transaction that writes one of that person's rows, so a remembered figure is never older
than the data it was read in. Every app process keeps its own memory and reads the revision
from the database, so several processes sharing one database stay right.

Writes are noticed where they happen: `after_flush` sees every row the session adds,
changes or deletes (each carries its owner_id), and `do_orm_execute` sees bulk UPDATE and
DELETE statements, whose owner is read from their WHERE clause.
"""

import copy
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from sqlalchemy import BinaryExpression, BindParameter, ColumnElement, event, select, update
from sqlalchemy.orm import (
    ORMExecuteState,
    Session,
    SessionTransaction,
    UOWTransaction,
    sessionmaker,
)
from sqlalchemy.sql import visitors

from nextyes.store.tables import User

MEMO = "nextyes.memo"
BUMPED = "nextyes.bumped"  # owners whose revision this transaction has raised
REVISIONS = "nextyes.revisions"  # the revisions this transaction has read, by owner
EVERYONE = -1  # a bulk change whose owner could not be read: every revision goes up
SIZE = 512  # remembered figures per process; least recently used go first

P = ParamSpec("P")
T = TypeVar("T")


class Memo:
    """A bounded, thread-safe map from (owner, revision, question) to its answer."""

    def __init__(self, size: int = SIZE) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key]

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def forget(self, owner_id: int) -> None:
        """Drop every answer remembered for this owner (their data is gone: so are these)."""
        with self._lock:
            for key in [k for k in self._items if isinstance(k, tuple) and k[0] == owner_id]:
                del self._items[key]

    def __len__(self) -> int:
        return len(self._items)


def watch(sessions: sessionmaker[Session], memo: Memo) -> None:
    """Give every session of `sessions` the memo, and raise revisions as it writes."""
    event.listen(sessions, "after_transaction_create", lambda session, _: _give(session, memo))
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _bulk_change)
    event.listen(sessions, "after_transaction_end", _forget_bumps)


def _give(session: Session, memo: Memo) -> None:
    session.info[MEMO] = memo


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    owners = {
        owner
        for row in (*session.new, *session.dirty, *session.deleted)
        if isinstance(owner := getattr(row, "owner_id", None), int)
    }
    _bump(session, owners)


def _bulk_change(state: ORMExecuteState) -> None:
    if state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and "owner_id" not in table.c:
            return  # no one's search (sign-ins, accounts): no remembered figure can change
        where = getattr(state.statement, "whereclause", None)
        _bump(state.session, _owners_named(where) or {EVERYONE})


def _owners_named(clause: ColumnElement[Any] | None) -> set[int]:
    """The owner ids a WHERE clause compares `owner_id` with."""
    if clause is None:
        return set()
    found: set[int] = set()
    for element in visitors.iterate(clause):
        if not isinstance(element, BinaryExpression):
            continue
        column, value = element.left, element.right
        named = getattr(column, "key", None) == "owner_id" and isinstance(value, BindParameter)
        if named and isinstance(owner := value.effective_value, int):
            found.add(owner)
    return found


def _bump(session: Session, owners: Iterable[int]) -> None:
    bumped: set[int] = session.info.setdefault(BUMPED, set())
    fresh = set(owners) - bumped
    if not fresh:
        return
    bumped.update(fresh)
    # Straight on the connection: a flush is under way, and this is no row of the session's.
    statement = update(User).values(revision=User.revision + 1)
    if EVERYONE not in fresh:
        statement = statement.where(User.id.in_(sorted(fresh)))
    session.connection().execute(statement)


def mark_changed(session: Session, owner_id: int) -> None:
    """Raise a person's revision for a change the session cannot see (rows written with
    INSERT statements rather than added as objects)."""
    _bump(session, {owner_id})


def _forget_bumps(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # a flush ends an inner transaction of its own
        session.info.pop(BUMPED, None)
        session.info.pop(REVISIONS, None)


def remember(session: Session, owner_id: int, question: Hashable, answer: Callable[[], T]) -> T:
    """`answer()` for this owner at their current revision: remembered, or worked out now."""
    memo: Memo | None = session.info.get(MEMO)
    if memo is None:
        return answer()
    session.flush()  # so a pending change of this person's raises the revision first
    bumped = session.info.get(BUMPED, ())
    if owner_id in bumped or EVERYONE in bumped:
        return answer()
    # Read once a transaction: a page asks several questions, and each read is a round trip.
    # Whatever is read after it is at least as new, so an answer is never older than its key.
    revisions: dict[int, int | None] = session.info.setdefault(REVISIONS, {})
    if owner_id not in revisions:
        revisions[owner_id] = session.scalar(select(User.revision).where(User.id == owner_id))
    key = (owner_id, revisions[owner_id], question)
    hit, value = memo.get(key)
    if not hit:
        value = answer()
        memo.put(key, value)
    return cast(T, copy.copy(value) if isinstance(value, list | dict | set) else value)


class Owned(Protocol):
    session: Session
    owner_id: int


R = TypeVar("R", bound=Owned)


def remembered(
    method: Callable[Concatenate[R, P], T],
) -> Callable[Concatenate[R, P], T]:
    """Remember a repository method's answer for this owner until their data changes.

    Its arguments must be hashable and its answer must not be changed by callers (a copy
    of a list or dict is handed out). In a transaction that has itself written for this
    owner nothing is remembered: it might still roll back."""

    @functools.wraps(method)
    def wrapper(self: R, *args: P.args, **kwargs: P.kwargs) -> T:
        asked = tuple(tuple(a) if isinstance(a, list) else a for a in args)
        question = (method.__qualname__, asked, tuple(sorted(kwargs.items())))
        return remember(
            self.session, self.owner_id, question, lambda: method(self, *args, **kwargs)
        )

    return cast(Callable[Concatenate[R, P], T], wrapper)
