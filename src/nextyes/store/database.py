"""A database: its engine, its transactions, and the owners (users) it holds."""

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from nextyes.store.engine import make_engine
from nextyes.store.memo import Memo, remember, watch
from nextyes.store.migrate import ensure_current
from nextyes.store.tables import User

LOCAL_OWNER = "local"
T = TypeVar("T")


class Database:
    def __init__(self, address: str) -> None:
        self.engine: Engine = make_engine(address)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.memo = Memo()
        watch(self._sessions, self.memo)
        self._current: ContextVar[Session | None] = ContextVar(f"session-{id(self)}", default=None)

    def prepare(self) -> "Database":
        """Create or upgrade the schema: a new database is usable on first use."""
        ensure_current(self.engine)
        return self

    @contextmanager
    def transaction(self, write: bool = False) -> Iterator[Session]:
        """All or nothing: a failure anywhere inside writes nothing.

        A transaction opened inside another joins it, so a use case made of other use
        cases (loading the demo, importing a mailbox) commits once or not at all.

        `write=True` is for a use case that reads, checks, then writes (record a "no" unless
        it is on record already): two of them at once must not both pass the check. On
        SQLite it takes the write lock before its first read (BEGIN IMMEDIATE; another
        writer waits for it, up to the busy timeout); on PostgreSQL the use case locks the
        row it checks (`SELECT ... FOR UPDATE`, OwnedRepository.owned(lock=True))."""
        outer = self._current.get()
        if outer is not None:
            yield outer
            return
        with self._sessions.begin() as session:
            token = self._current.set(session)
            try:
                if write and self.engine.dialect.name == "sqlite":
                    # pysqlite opens its own transaction only at the first write, so this is
                    # the first statement of the transaction on the connection.
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                yield session
            finally:
                self._current.reset(token)

    def remember(self, owner_id: int, question: Hashable, answer: Callable[[], T]) -> T:
        """`answer()`, remembered for this owner until their data changes (store/memo.py).

        The question must name everything the answer depends on besides the owner's data
        (a day, a filter). `answer()` runs inside this transaction, so it reads the same
        data the revision was read with."""
        with self.transaction() as session:
            return remember(session, owner_id, question, answer)

    def owner_id(self, name: str = LOCAL_OWNER) -> int:
        """The id of the named owner, created on first use (local mode has one: 'local')."""
        with self.transaction() as session:
            found = session.scalar(select(User.id).where(User.name == name))
            if found is not None:
                return found
        try:
            with self.transaction() as session:
                user = User(name=name, created_at=datetime.now(UTC))
                session.add(user)
                session.flush()
                return user.id
        except IntegrityError:
            # Another process created it between our look and our insert.
            with self.transaction() as session:
                return session.scalars(select(User.id).where(User.name == name)).one()

    def dispose(self) -> None:
        self.engine.dispose()
