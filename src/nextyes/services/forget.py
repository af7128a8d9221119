"""Forget for good, not into the trash: everything a person has (`forget_everything`), or one
application with everything hanging off it (`forget_application`).

On SQLite the file is then rewritten so that it keeps no trace of what went (store/wipe.py,
`scrub`), and forgetting everything also removes the automatic backups in the data folder.
On a hosted (PostgreSQL) database only this person's rows go, never anyone else's; the
server's own files, logs and backups are its operator's (docs/forget.md).

What is kept on disk besides the database holds nothing of the person's: the classifier's
cache (classify/cache.py) is the model fitted on the shipped corpus alone; a model fitted
with their corrections lives in memory only, and is dropped here too."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from nextyes.domain.errors import NotFound
from nextyes.domain.lessons import skill_mentions
from nextyes.services.trash import SHAPES, Kind
from nextyes.services.workspace import Workspace
from nextyes.store.account_tables import ImportJobRow
from nextyes.store.reflections import Reflections, Skills
from nextyes.store.repositories import Applications, as_utc
from nextyes.store.tables import ApplicationRow, InboxCorrectionRow, InboxMessageRow
from nextyes.store.trash import Snapshot, Trash, TrashItem
from nextyes.store.wipe import Everything, scrub, secure_delete

CONFIRM_WORD = "delete everything"  # what a person types to forget everything
BACKUPS_FOLDER = "backups"  # in the data folder: the automatic daily and weekly copies
BACKUP_FILES = "nextyes-*.db"
# What `nextyes restore` keeps aside in the data folder itself (store/restore.py).
KEPT_ASIDE = "nextyes.db.before-restore-*"
# What SQLite may keep beside a copy of a database.
BESIDE = ("-wal", "-shm", "-journal")

# What each table holds, in the person's words (one, many), in the order a summary lists them.
WORDS: dict[str, tuple[str, str]] = {
    "applications": ("application", "applications"),
    "events": ("timeline entry", "timeline entries"),
    "rejections": ("recorded rejection", "recorded rejections"),
    "steps": ("plan step", "plan steps"),
    "contacts": ("contact", "contacts"),
    "interactions": ("note about a contact", "notes about contacts"),
    "interviews": ("interview", "interviews"),
    "reflections": ("reflection", "reflections"),
    "drafts": ("message draft", "message drafts"),
    "writing_entries": ("piece of private writing", "pieces of private writing"),
    "checkins": ("check-in", "check-ins"),
    "wellbeing": ("WHO-5 questionnaire", "WHO-5 questionnaires"),
    "if_then_plans": ("if-then plan", "if-then plans"),
    "weekly_plans": ("weekly plan", "weekly plans"),
    "past_jobs": ("past job", "past jobs"),
    "skills": ("skill", "skills"),
    "practice_questions": ("practice question", "practice questions"),
    "practice_log": ("practice session", "practice sessions"),
    "profiles": ("profile", "profiles"),
    "preferences": ("set of settings", "sets of settings"),
    "inbox_messages": ("imported message remembered", "imported messages remembered"),
    "import_jobs": ("import summary", "import summaries"),
    "inbox_review": ("message waiting for review", "messages waiting for review"),
    "inbox_corrections": ("classifier correction", "classifier corrections"),
    "trash": ("item in the trash", "items in the trash"),
}
# Kinds of trash entry that belong to one application (a contact does not: it stays).
OF_ONE_APPLICATION = (Kind.EVENT, Kind.INTERVIEW, Kind.DRAFT, Kind.REFLECTION)
OWN_TABLE = {
    Kind.EVENT.value: "events",
    Kind.INTERVIEW.value: "interviews",
    Kind.DRAFT.value: "drafts",
    Kind.REFLECTION.value: "reflections",
}


@dataclass(frozen=True)
class Forgotten:
    removed: dict[str, int]  # rows deleted, by table (those that had any)
    rows: int  # all of them together
    backups: int  # automatic backup files removed from the data folder
    scrubbed: bool  # SQLite: the file was rewritten and its log emptied; no trace is left


@dataclass(frozen=True)
class ForgottenApplication:
    application_id: int
    label: str  # "Data Analyst at Orchard & Co"
    removed: dict[str, int]  # rows deleted, by table
    trash_entries: int  # entries of the trash that held it, or a part of it
    scrubbed: bool


def summary(removed: dict[str, int], leave_out: tuple[str, ...] = ()) -> list[str]:
    """The rows removed, in words, most familiar first: ["12 applications", ...]. Records
    the person never sees one by one (links, remembered form sends) count as "other"."""
    lines = [
        f"{removed[name]} {one if removed[name] == 1 else many}"
        for name, (one, many) in WORDS.items()
        if removed.get(name) and name not in leave_out
    ]
    other = sum(count for name, count in removed.items() if name not in WORDS)
    if other:
        lines.append(f"{other} other record{'' if other == 1 else 's'} (kept behind the scenes)")
    return lines


def forget_everything(ws: Workspace, home: Path | None = None) -> Forgotten:
    """Delete every row this person owns, in every table (the same as a forced demo load
    does first); then, on SQLite, leave no trace in the file and remove the automatic
    backups in `home`. Their user row and id stay: the app works as on a first run."""
    with ws.db.transaction(write=True) as session:
        everything = Everything(session, ws.owner_id)
        everything.lock_owner()  # on PostgreSQL: no write of theirs slips in meanwhile
        removed = everything.delete()
        # Hosted mode's background imports name the applications they changed: they go too.
        imports = session.execute(delete(ImportJobRow).where(ImportJobRow.user_id == ws.owner_id))
        if imports.rowcount:  # type: ignore[attr-defined]
            removed["import_jobs"] = int(imports.rowcount)  # type: ignore[attr-defined]
    _forget_in_memory(ws)
    sqlite = ws.db.engine.dialect.name == "sqlite"
    scrubbed = scrub(ws.db.engine)
    backups = remove_backups(home) if sqlite and home is not None else 0
    return Forgotten(removed, sum(removed.values()), backups, scrubbed)


def remove_backups(home: Path) -> int:
    """Remove the backups in the data folder (BACKUP_FILES in its backups folder, and the
    databases a restore kept aside), with anything SQLite keeps beside them; how many went."""
    folder = home / BACKUPS_FOLDER
    found = sorted(folder.glob(BACKUP_FILES)) if folder.is_dir() else []
    found += sorted(home.glob(KEPT_ASIDE))
    removed = 0
    for backup in found:
        if not backup.is_file():
            continue
        for extra in BESIDE:
            backup.with_name(backup.name + extra).unlink(missing_ok=True)
        backup.unlink(missing_ok=True)
        removed += 1
    return removed


def application_label(ws: Workspace, application_id: int) -> str:
    """What `forget_application` would remove, in a few words (it may be in the trash).
    NotFound when there is no such application, here or in the trash."""
    with ws.db.transaction() as session:
        live = _live(session, ws, application_id)
        if live is not None:
            return f"{live.role} at {live.company}"
        trashed = _trashed_applications(session, ws, application_id)
        if not trashed:
            raise NotFound(f"no application with id {application_id}")
        return trashed[-1][0].label


def forget_application(ws: Workspace, application_id: int) -> ForgottenApplication:
    """Delete one application and everything hanging off it for good (its timeline,
    rejections and plans, contact links, interviews, reflection and drafts), and any trash
    entry holding it or a part of it; rows elsewhere that pointed at it (a message in the
    review queue, a practice question) stay, without the pointer. Also forgets an
    application that is in the trash. NotFound when it is nowhere."""
    with ws.db.transaction(write=True) as session:
        secure_delete(session)
        trash = Trash(session, ws.owner_id)
        live = _live(session, ws, application_id, lock=True)
        removed: dict[str, int] = {}
        if live is not None:
            label = f"{live.role} at {live.company}"
            gone = trash.remove(Kind.APPLICATION.value, [(SHAPES[Kind.APPLICATION], live.id)])
            removed = {name: len(rows) for name, rows in gone.rows.items() if rows}
            _unlink_mail(session, ws, application_id, gone)
            entries = _parts_in_trash(
                trash.with_rows(), application_id, as_utc(live.created_at), None
            )
        else:
            trashed = _trashed_applications(session, ws, application_id)
            if not trashed:
                raise NotFound(f"no application with id {application_id}")
            label = trashed[-1][0].label
            entries = [item.id for item, _ in trashed]
            for item, snapshot in trashed:
                created = snapshot.rows["applications"][0].get("created_at")
                began = as_utc(datetime.fromisoformat(created)) if created else None
                entries += _parts_in_trash(
                    trash.with_rows(), application_id, began, item.deleted_at
                )
        forgotten = trash.forget(entries)
        if forgotten:
            removed["trash"] = forgotten
        session.flush()
        mentions = skill_mentions(Reflections(session, ws.owner_id).all())
        Skills(session, ws.owner_id).sync(mentions, ws.clock.now())
    _forget_in_memory(ws)
    scrubbed = scrub(ws.db.engine)
    return ForgottenApplication(application_id, label, removed, forgotten, scrubbed)


def _live(
    session: Session, ws: Workspace, application_id: int, lock: bool = False
) -> ApplicationRow | None:
    try:
        return Applications(session, ws.owner_id).row(application_id, lock=lock)
    except NotFound:
        return None


def _trashed_applications(
    session: Session, ws: Workspace, application_id: int
) -> list[tuple[TrashItem, Snapshot]]:
    return [
        (item, snapshot)
        for item, snapshot in Trash(session, ws.owner_id).with_rows()
        if item.kind == Kind.APPLICATION.value and item.item_id == application_id
    ]


def _parts_in_trash(
    entries: list[tuple[TrashItem, Snapshot]],
    application_id: int,
    since: datetime | None,
    until: datetime | None,
) -> list[int]:
    """Trash entries holding a part of this application (a deleted timeline entry, draft,
    interview or reflection), deleted while it existed: an id given out again later names
    another application, whose parts are not this one's."""
    found = []
    for item, snapshot in entries:
        table = OWN_TABLE.get(item.kind)
        rows = snapshot.rows.get(table or "", [])
        if not rows or rows[0].get("application_id") != application_id:
            continue
        if (since is None or item.deleted_at >= since) and (
            until is None or item.deleted_at <= until
        ):
            found.append(item.id)
    return found


def _unlink_mail(session: Session, ws: Workspace, application_id: int, gone: Snapshot) -> None:
    """The import's ledger keeps a sender only for mail linked to an application; the
    person's corrections keep their example, without the link."""
    unlinked = [d["id"] for d in gone.detached if d["table"] == "inbox_messages"]
    if unlinked:
        session.execute(
            update(InboxMessageRow)
            .where(InboxMessageRow.owner_id == ws.owner_id, InboxMessageRow.id.in_(unlinked))
            .values(sender=None)
        )
    session.execute(
        update(InboxCorrectionRow)
        .where(
            InboxCorrectionRow.owner_id == ws.owner_id,
            InboxCorrectionRow.application_id == application_id,
        )
        .values(application_id=None)
    )


def _forget_in_memory(ws: Workspace) -> None:
    """Figures remembered for this person, and their own classifier, go with their data."""
    from nextyes.services.inbox import forget_classifier  # the classifier loads only here

    ws.db.memo.forget(ws.owner_id)
    forget_classifier(ws)
