"""Every row one person owns, in every table: for replacing a whole workspace (the demo) and
for forgetting everything (`nextyes forget --everything`), which share `Everything.delete`.

`scrub` then makes a SQLite file keep no trace of what was deleted: deleting a row only
marks its space free, and older copies of its pages may still sit in the write-ahead log."""

from sqlalchemy import Engine, Table, delete, func, select
from sqlalchemy.orm import Session

from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import Base, User


def owned_tables() -> list[Table]:
    """The tables holding owned rows, those that others point at last (safe to delete in
    this order whatever the foreign keys). A table added later is included by itself."""
    return [
        table
        for table in reversed(Base.metadata.sorted_tables)
        if "owner_id" in table.c and table is not User.__table__
    ]


class Everything(OwnedRepository):
    def delete(self) -> dict[str, int]:
        """Delete all of this person's rows; their user row (and id) stays. How many rows
        went, by table (the tables that had any)."""
        secure_delete(self.session)
        removed: dict[str, int] = {}
        for table in owned_tables():
            result = self.session.execute(delete(table).where(table.c.owner_id == self.owner_id))
            count = int(getattr(result, "rowcount", 0) or 0)
            if count:
                removed[table.name] = count
        return removed

    def count(self) -> int:
        """How many rows this person owns, in all tables together."""
        return sum(self.counts().values())

    def counts(self) -> dict[str, int]:
        """How many rows this person owns, by table (the tables that have any)."""
        found = {
            table.name: self.session.scalar(
                select(func.count()).select_from(table).where(table.c.owner_id == self.owner_id)
            )
            or 0
            for table in owned_tables()
        }
        return {name: count for name, count in found.items() if count}


def secure_delete(session: Session) -> None:
    """On SQLite, zero what this transaction deletes instead of only marking it free. It
    stays on for the pooled connection: later deletes through it are as private."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def scrub(engine: Engine) -> bool:
    """Rewrite a SQLite file so that nothing deleted can be read from it: VACUUM rebuilds
    every page from the rows that remain, and a TRUNCATE checkpoint folds the write-ahead log
    into the file and empties it (it may hold older copies of pages). True when both were
    done; False on PostgreSQL (its server owns its files), or when another process kept the
    log open, so that it could not be emptied now (SQLite empties it when that one closes)."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("PRAGMA secure_delete=ON")
        connection.exec_driver_sql("VACUUM")
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return not busy
