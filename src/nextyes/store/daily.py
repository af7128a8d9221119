"""A task that runs once a day however many app processes share the database (the silence
sweep, in hosted mode). On PostgreSQL an advisory lock lets one process at a time look;
whoever finds today not yet done runs it and writes the day down in `daily_runs`."""

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, select

from nextyes.store.account_tables import DailyRunRow
from nextyes.store.database import Database

# An advisory lock key of our own (store/migrate.py uses another), for "a daily task runs".
DAILY_LOCK_KEY = 7_345_019_002


def once_a_day(db: Database, name: str, day: date, now: datetime, work: Callable[[], None]) -> bool:
    """Run `work` unless it has run on `day` already, or another process is running it
    right now; True when it ran here. A failed run is not written down: the next look
    tries again."""
    if db.engine.dialect.name != "postgresql":
        return _unless_done(db, name, day, now, work)
    with db.engine.connect() as holder:
        # A session-level lock on a connection of its own, held while `work` uses others.
        got = holder.execute(select(func.pg_try_advisory_lock(DAILY_LOCK_KEY))).scalar()
        holder.commit()
        if not got:
            return False
        try:
            return _unless_done(db, name, day, now, work)
        finally:
            holder.execute(select(func.pg_advisory_unlock(DAILY_LOCK_KEY)))
            holder.commit()


def _unless_done(
    db: Database, name: str, day: date, now: datetime, work: Callable[[], None]
) -> bool:
    with db.transaction() as session:
        row = session.get(DailyRunRow, name)
        if row is not None and row.last_day >= day:
            return False
    work()
    with db.transaction() as session:
        row = session.get(DailyRunRow, name)
        if row is None:
            session.add(DailyRunRow(name=name, last_day=day, ran_at=now))
        else:
            row.last_day, row.ran_at = day, now
    return True
