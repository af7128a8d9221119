"""Mail imports in the background, for hosted mode: an upload or an IMAP folder is read by a
small pool of worker threads, never in the request that started it, and its progress and
summary live in the database (`import_jobs`), where any app process can show them.

Per person, one import at a time (a partial unique index, so it holds across processes)
and at most `per_day` started in a day. The request checks what it can before a job exists
(the first message of an upload is read, the IMAP login is made), so a file that is not
mail or a refused login is still one clear line and no job. The mail itself never enters
the database: an upload waits in a private temporary folder on the machine that received
it, an IMAP folder is read over the connection the request opened (the password is used
for that one login and never kept). So a job runs in the process that took it; if that
process stops, the job's heartbeat stops too, and the next look calls it failed. Nothing
is lost either way: what was imported stays, and the same import again skips it."""

import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from threading import Lock

from pydantic import TypeAdapter
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nextyes.clock import Clock
from nextyes.domain.errors import InvalidInput, NextYesError, NotFound
from nextyes.mail.readers import RawMessage
from nextyes.services import inbox as service
from nextyes.services.workspace import Workspace
from nextyes.store.account_tables import ACTIVE_IMPORT, ImportJobRow
from nextyes.store.database import Database

log = logging.getLogger("nextyes.imports")

# A running job writes its heartbeat at least once a chunk (services.inbox.CHUNK messages);
# ten minutes without one means its process is gone.
STALE_RUNNING = timedelta(minutes=10)
# A queued job waits for a free worker of its own process; an hour is far past any queue.
STALE_QUEUED = timedelta(hours=1)
KEEP_FINISHED = timedelta(days=7)  # a finished job's summary is shown for a week, then goes
DAY = timedelta(days=1)
LOST = (
    "the app stopped while this import was running; what it read before that is kept, so"
    " import the same mail again to go on from there"
)
FAILED = (
    "the import stopped on an error of ours; what it read before that is kept, so import"
    " the same mail again to go on from there"
)
DROPPED = (
    "the mail server stopped answering ({reason}); what was read before that is kept, so"
    " import again to go on from there"
)
STILL_RUNNING = (
    "an import of yours is still running; wait for it to finish (its page shows where it"
    " stands), then start the next"
)
_SUMMARY = TypeAdapter(service.ImportSummary)


class ImportLimit(NextYesError):
    """A person's import limit is reached: one at a time, and `per_day` in a day (429)."""


@dataclass(frozen=True)
class ImportJob:
    id: int
    source: str  # mbox, eml or imap
    what: str  # the files' names, or "INBOX at imap.example.org"
    status: str  # queued, running, done or failed
    created_at: datetime
    finished_at: datetime | None
    read: int  # messages read so far
    summary: service.ImportSummary | None  # when done
    error: str | None  # one line, when failed

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_IMPORT


def summary_json(summary: service.ImportSummary) -> str:
    return _SUMMARY.dump_json(summary).decode()


def summary_from_json(text: str) -> service.ImportSummary:
    return _SUMMARY.validate_json(text)


class ImportJobs:
    """The background imports of one app process, on the shared database."""

    def __init__(self, db: Database, clock: Clock, workers: int = 2, per_day: int = 20) -> None:
        if workers < 1 or per_day < 1:
            raise ValueError("an import pool needs at least one worker and one import a day")
        self.db, self.clock, self.per_day = db, clock, per_day
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="nextyes-import")
        self._lock = Lock()
        self._taken: set[int] = set()  # jobs of this process not yet finished

    def start(
        self,
        ws: Workspace,
        source: str,
        what: str,
        messages: Iterable[RawMessage],
        cleanup: Callable[[], None] = lambda: None,
        own_addresses: Sequence[str] = (),
    ) -> ImportJob:
        """Queue an import of `messages` for `ws`'s person; ImportLimit when their limit is
        reached (then `cleanup` has run and nothing is queued). `cleanup` runs once the job
        ends, whichever way (an upload's temporary folder goes)."""
        try:
            job_id = self._queue(ws.owner_id, source, what[:200])
        except BaseException:
            cleanup()
            raise
        with self._lock:
            self._taken.add(job_id)
        self._pool.submit(self._run, job_id, ws, messages, cleanup, own_addresses)
        return self.get(ws, job_id)

    def refusal(self, ws: Workspace) -> ImportLimit | None:
        """Why this person may not start an import now, if they may not (checked again,
        race-free, when one is queued)."""
        with self.db.transaction() as session:
            return self._refusal(session, ws.owner_id)

    def get(self, ws: Workspace, job_id: int) -> ImportJob:
        """One of this person's imports; NotFound for anyone else's (the same as no job)."""
        with self.db.transaction() as session:
            self._end_lost(session, ws.owner_id)
            row = session.scalars(
                select(ImportJobRow).where(
                    ImportJobRow.id == job_id, ImportJobRow.user_id == ws.owner_id
                )
            ).one_or_none()
            if row is None:
                raise NotFound(f"no import with id {job_id}")
            return _job(row)

    def recent(self, ws: Workspace, limit: int = 10) -> list[ImportJob]:
        """This person's imports of the last week, newest first."""
        with self.db.transaction() as session:
            self._end_lost(session, ws.owner_id)
            rows = session.scalars(
                select(ImportJobRow)
                .where(ImportJobRow.user_id == ws.owner_id)
                .order_by(ImportJobRow.id.desc())
                .limit(limit)
            )
            return [_job(row) for row in rows]

    def shutdown(self, wait: bool = False) -> None:
        """The process is stopping: queued jobs will not run, running ones are cut short.
        Say so on their rows now rather than when their heartbeat goes stale. With `wait`,
        return once the worker threads have let go (and so given back their connections)."""
        self._pool.shutdown(wait=wait, cancel_futures=True)
        with self._lock:
            taken = list(self._taken)
        if taken:
            self._finish(taken, "failed", error=LOST)

    # --- inside -----------------------------------------------------------------------

    def _queue(self, user_id: int, source: str, what: str) -> int:
        now = self.clock.now()
        try:
            with self.db.transaction() as session:
                self._end_lost(session, user_id)
                session.execute(
                    delete(ImportJobRow).where(
                        ImportJobRow.user_id == user_id,
                        ImportJobRow.finished_at < now - KEEP_FINISHED,
                    )
                )
                refused = self._refusal(session, user_id)
                if refused is not None:
                    raise refused
                row = ImportJobRow(
                    user_id=user_id,
                    source=source,
                    what=what,
                    status="queued",
                    created_at=now,
                    heartbeat_at=now,
                    read=0,
                )
                session.add(row)
                session.flush()
                return row.id
        except IntegrityError:  # another process queued one for this person just now
            raise ImportLimit(STILL_RUNNING) from None

    def _refusal(self, session: Session, user_id: int) -> ImportLimit | None:
        self._end_lost(session, user_id)
        now = self.clock.now()
        jobs = session.execute(
            select(ImportJobRow.status).where(
                ImportJobRow.user_id == user_id, ImportJobRow.created_at > now - DAY
            )
        ).scalars()
        statuses = list(jobs)
        if any(status in ACTIVE_IMPORT for status in statuses):
            return ImportLimit(STILL_RUNNING)
        if len(statuses) >= self.per_day:
            return ImportLimit(
                f"you have started {self.per_day} imports in the last 24 hours, the most this"
                " server allows; the next can start tomorrow"
            )
        return None

    def _end_lost(self, session: Session, user_id: int) -> None:
        """Call failed the person's jobs whose process is gone (no heartbeat for too long)."""
        now = self.clock.now()
        session.execute(
            update(ImportJobRow)
            .where(
                ImportJobRow.user_id == user_id,
                (
                    (ImportJobRow.status == "running")
                    & (ImportJobRow.heartbeat_at < now - STALE_RUNNING)
                )
                | (
                    (ImportJobRow.status == "queued")
                    & (ImportJobRow.heartbeat_at < now - STALE_QUEUED)
                ),
            )
            .values(status="failed", error=LOST, finished_at=now)
        )

    def _run(
        self,
        job_id: int,
        ws: Workspace,
        messages: Iterable[RawMessage],
        cleanup: Callable[[], None],
        own_addresses: Sequence[str] = (),
    ) -> None:
        try:
            self._beat(job_id, 0, status="running")
            summary = service.import_messages(
                ws,
                messages,
                progress=lambda done: self._beat(job_id, done.read),
                parallel=False,
                own_addresses=own_addresses,
            )
        except InvalidInput as refused:  # an unreadable source, found part-way through
            self._finish([job_id], "failed", error=str(refused))
        except OSError as lost:  # the mail server dropped the connection
            reason = lost.strerror or type(lost).__name__
            self._finish([job_id], "failed", error=DROPPED.format(reason=reason))
        except Exception:
            log.exception("import %s failed", job_id)  # the id only: no mail, no names
            self._finish([job_id], "failed", error=FAILED)
        else:
            self._finish([job_id], "done", summary=summary)
        finally:
            cleanup()

    def _beat(self, job_id: int, read: int, status: str | None = None) -> None:
        values: dict[str, object] = {"heartbeat_at": self.clock.now(), "read": read}
        if status is not None:
            values["status"] = status
        with self.db.transaction() as session:
            session.execute(update(ImportJobRow).where(ImportJobRow.id == job_id).values(values))

    def _finish(
        self,
        job_ids: list[int],
        status: str,
        summary: service.ImportSummary | None = None,
        error: str | None = None,
    ) -> None:
        values: dict[str, object] = {
            "status": status,
            "finished_at": self.clock.now(),
            "error": error,
            "summary": summary_json(summary) if summary is not None else None,
        }
        if summary is not None:
            values["read"] = summary.read
        with self.db.transaction() as session:
            session.execute(
                update(ImportJobRow)
                .where(ImportJobRow.id.in_(job_ids), ImportJobRow.status.in_(ACTIVE_IMPORT))
                .values(values)
            )
        with self._lock:
            self._taken.difference_update(job_ids)


def _job(row: ImportJobRow) -> ImportJob:
    return ImportJob(
        id=row.id,
        source=row.source,
        what=row.what,
        status=row.status,
        created_at=row.created_at,
        finished_at=row.finished_at,
        read=row.read,
        summary=summary_from_json(row.summary) if row.summary else None,
        error=row.error,
    )
