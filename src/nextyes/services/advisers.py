"""Advisers (hosted mode, docs/hosting.md): a seeker invites an adviser with a single-use
link and chooses, field by field, what that adviser sees; the adviser gets a caseload of
everyone sharing with them, sorted by need, and can leave notes. Every look an adviser
takes is written down and shown to the seeker. A seeker stopping it ends access at once.

An adviser reaches a seeker's data only through `AdviserView`, which checks the pair
exists on every call and reads nothing the seeker has not switched on."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from nextyes.clock import Clock
from nextyes.domain.advisers import SHARED_AT_FIRST, Share, Signals, signals
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.insights import Funnel, Momentum
from nextyes.domain.weekly import WeeklyPlan
from nextyes.domain.wellbeing import Who5
from nextyes.domain.writing import WritingSummary
from nextyes.services.insights import insights
from nextyes.services.reflections import lessons
from nextyes.services.weekly import week_plan
from nextyes.services.wellbeing import list_checkins, wellbeing_history
from nextyes.services.workspace import Workspace
from nextyes.services.writing import list_entries
from nextyes.store import accounts as account_store
from nextyes.store.account_tables import (
    AccountRow,
    AdviserInviteRow,
    AdviserNoteRow,
    AdviserRow,
    AdviserViewRow,
)
from nextyes.store.database import Database
from nextyes.store.tables import ApplicationRow, RejectionRow, StepRow

INVITE_DAYS = 14
NOTE_MAX = 2000
NOTE_ON_TODAY_DAYS = 7  # a note shows on Today for a week, then on the Account page only
LINK_SPENT = "this adviser link has been used or has expired: ask for a new one"


@dataclass(frozen=True)
class AdviserLink:
    """One adviser of a seeker, as the seeker sees it."""

    id: int
    email: str
    since: datetime
    shares: frozenset[Share]


@dataclass(frozen=True)
class Note:
    id: int
    by: str  # the adviser's address
    body: str
    at: datetime


@dataclass(frozen=True)
class Look:
    by: str
    seen: str
    at: datetime


@dataclass(frozen=True)
class CaseloadEntry:
    link_id: int
    email: str
    shares: frozenset[Share]
    signals: Signals
    momentum: str | None  # the momentum sentence, when the funnel is shared


@dataclass(frozen=True)
class SharedView:
    """What an adviser sees of one seeker: only the parts the seeker switched on."""

    email: str
    shares: frozenset[Share]
    signals: Signals
    funnel: Funnel | None
    momentum: Momentum | None
    plans: dict[str, int] | None  # step status -> count
    week: WeeklyPlan | None
    moods: list[tuple[datetime, int]] | None
    who5: list[Who5] | None
    lesson_themes: list[str] | None
    writing: list[WritingSummary] | None
    notes: list[Note]


def _shares(row: AdviserRow) -> frozenset[Share]:
    return frozenset(share for share in Share if getattr(row, f"share_{share.value}"))


def _email(session: Session, user_id: int) -> str:
    account = session.get(AccountRow, user_id)
    return account.email if account is not None else "(no account)"


class Advisers:
    """Both sides of sharing with an adviser, on one database and clock."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # The seeker's side ---------------------------------------------------------------------

    def invite(self, seeker_id: int) -> str:
        """A single-use link for an adviser, valid for two weeks."""
        now = self.clock.now()
        token = account_store.new_token()
        with self.db.transaction() as session:
            session.add(
                AdviserInviteRow(
                    id=account_store.digest(token),
                    seeker_id=seeker_id,
                    created_at=now,
                    expires_at=now + timedelta(days=INVITE_DAYS),
                )
            )
        return token

    def advisers_of(self, seeker_id: int) -> list[AdviserLink]:
        with self.db.transaction() as session:
            rows = session.scalars(
                select(AdviserRow).where(AdviserRow.seeker_id == seeker_id).order_by(AdviserRow.id)
            )
            return [
                AdviserLink(
                    row.id,
                    _email(session, row.adviser_id),
                    account_store.aware(row.created_at),
                    _shares(row),
                )
                for row in rows
            ]

    def set_shares(self, seeker_id: int, link_id: int, shares: set[Share]) -> None:
        with self.db.transaction() as session:
            row = self._seekers_link(session, seeker_id, link_id)
            for share in Share:
                setattr(row, f"share_{share.value}", share in shares)

    def stop(self, seeker_id: int, link_id: int) -> None:
        """End an adviser's access at once; their notes stay with the seeker."""
        with self.db.transaction() as session:
            session.delete(self._seekers_link(session, seeker_id, link_id))

    def notes_for(self, seeker_id: int) -> list[Note]:
        with self.db.transaction() as session:
            return self._notes(session, seeker_id)

    def latest_note(self, seeker_id: int) -> Note | None:
        """The newest note an adviser left, if it is recent enough to show on Today."""
        notes = self.notes_for(seeker_id)
        if not notes or self.clock.now() - notes[0].at > timedelta(days=NOTE_ON_TODAY_DAYS):
            return None
        return notes[0]

    def looks_at(self, seeker_id: int, limit: int = 30) -> list[Look]:
        with self.db.transaction() as session:
            rows = session.scalars(
                select(AdviserViewRow)
                .where(AdviserViewRow.seeker_id == seeker_id)
                .order_by(AdviserViewRow.at.desc(), AdviserViewRow.id.desc())
                .limit(limit)
            )
            return [
                Look(_email(session, r.adviser_id), r.seen, account_store.aware(r.at)) for r in rows
            ]

    def _seekers_link(self, session: Session, seeker_id: int, link_id: int) -> AdviserRow:
        row = session.get(AdviserRow, link_id)
        if row is None or row.seeker_id != seeker_id:
            raise NotFound(f"no adviser with id {link_id}")
        return row

    # The adviser's side --------------------------------------------------------------------

    def accept(self, adviser_id: int, token: str) -> int:
        """Become the adviser of the seeker who made the link; the link's id as a pair."""
        now = self.clock.now()
        with self.db.transaction(write=True) as session:
            invite = session.scalars(
                select(AdviserInviteRow)
                .where(AdviserInviteRow.id == account_store.digest(token))
                .with_for_update()
            ).first()
            if (
                invite is None
                or invite.used_at is not None
                or account_store.aware(invite.expires_at) <= now
            ):
                raise InvalidInput(LINK_SPENT)
            if invite.seeker_id == adviser_id:
                raise InvalidInput("this is your own adviser link: send it to your adviser")
            invite.used_at = now
            found = session.scalars(
                select(AdviserRow).where(
                    AdviserRow.seeker_id == invite.seeker_id, AdviserRow.adviser_id == adviser_id
                )
            ).first()
            if found is not None:
                return found.id
            row = AdviserRow(seeker_id=invite.seeker_id, adviser_id=adviser_id, created_at=now)
            for share in Share:
                setattr(row, f"share_{share.value}", share in SHARED_AT_FIRST)
            session.add(row)
            session.flush()
            return row.id

    def caseload_ids(self, adviser_id: int) -> list[int]:
        with self.db.transaction() as session:
            return list(
                session.scalars(select(AdviserRow.id).where(AdviserRow.adviser_id == adviser_id))
            )

    def caseload(self, adviser_id: int) -> list[CaseloadEntry]:
        """Everyone sharing with this adviser, most in need first."""
        with self.db.transaction() as session:
            pairs = [
                (row.id, row.seeker_id, _shares(row), _email(session, row.seeker_id))
                for row in session.scalars(
                    select(AdviserRow).where(AdviserRow.adviser_id == adviser_id)
                )
            ]
        entries = []
        # Each seeker's figures are read in a snapshot of their own (services/insights.py).
        for link_id, seeker_id, shares, email in pairs:
            ws = Workspace(self.db, seeker_id, self.clock)
            momentum = insights(ws).momentum.sentence if Share.FUNNEL in shares else None
            entries.append(
                CaseloadEntry(link_id, email, shares, self._signals(ws, shares), momentum)
            )
        return sorted(entries, key=lambda e: (e.signals.need, e.email))

    def view(self, adviser_id: int, link_id: int) -> SharedView:
        """One seeker's shared parts; the look is written down for the seeker to see."""
        with self.db.transaction() as session:
            row = session.get(AdviserRow, link_id)
            if row is None or row.adviser_id != adviser_id:
                raise NotFound(f"no one with id {link_id} shares with you")
            shares, seeker_id = _shares(row), row.seeker_id
            email = _email(session, seeker_id)
            seen = ", ".join(s.value for s in Share if s in shares) or "nothing shared"
            session.add(
                AdviserViewRow(
                    seeker_id=seeker_id, adviser_id=adviser_id, seen=seen, at=self.clock.now()
                )
            )
        ws = Workspace(self.db, seeker_id, self.clock)
        found = insights(ws) if Share.FUNNEL in shares else None
        return SharedView(
            email=email,
            shares=shares,
            signals=self._signals(ws, shares),
            funnel=found.funnel if found else None,
            momentum=found.momentum if found else None,
            plans=self._plans(seeker_id) if Share.PLANS in shares else None,
            week=week_plan(ws) if Share.WEEK in shares else None,
            moods=_moods(ws) if Share.CHECKINS in shares else None,
            who5=wellbeing_history(ws, 6).questionnaires if Share.WHO5 in shares else None,
            lesson_themes=_themes(ws) if Share.REFLECTIONS in shares else None,
            writing=_shared_writing(ws) if Share.WRITING in shares else None,
            notes=self.notes_for(seeker_id),
        )

    def leave_note(self, adviser_id: int, link_id: int, body: str) -> None:
        text = body.strip()
        if not text:
            raise InvalidInput("write the note first")
        if len(text) > NOTE_MAX:
            raise InvalidInput(f"a note is at most {NOTE_MAX} characters")
        with self.db.transaction() as session:
            row = session.get(AdviserRow, link_id)
            if row is None or row.adviser_id != adviser_id:
                raise NotFound(f"no one with id {link_id} shares with you")
            session.add(
                AdviserNoteRow(
                    seeker_id=row.seeker_id,
                    adviser_id=adviser_id,
                    body=text,
                    created_at=self.clock.now(),
                )
            )

    # Reading -------------------------------------------------------------------------------

    def _signals(self, ws: Workspace, shares: frozenset[Share]) -> Signals:
        owner = ws.owner_id
        with self.db.transaction() as session:
            last_no = session.scalar(
                select(func.max(RejectionRow.rejected_on)).where(RejectionRow.owner_id == owner)
            )
            last_sent = session.scalar(
                select(func.max(ApplicationRow.applied_on)).where(ApplicationRow.owner_id == owner)
            )
        moods = [c.mood for c in list_checkins(ws, limit=5)] if Share.CHECKINS in shares else None
        return signals(ws.clock.today(), _day(last_no), _day(last_sent), moods)

    def _plans(self, owner: int) -> dict[str, int]:
        with self.db.transaction() as session:
            rows = session.execute(
                select(StepRow.status, func.count())
                .where(StepRow.owner_id == owner)
                .group_by(StepRow.status)
            )
            return {str(status): int(count) for status, count in rows}

    def _notes(self, session: Session, seeker_id: int) -> list[Note]:
        rows = session.scalars(
            select(AdviserNoteRow)
            .where(AdviserNoteRow.seeker_id == seeker_id)
            .order_by(AdviserNoteRow.created_at.desc(), AdviserNoteRow.id.desc())
        )
        return [
            Note(r.id, _email(session, r.adviser_id), r.body, account_store.aware(r.created_at))
            for r in rows
        ]

    def forget_invites(self, seeker_id: int) -> None:
        with self.db.transaction() as session:
            session.execute(delete(AdviserInviteRow).where(AdviserInviteRow.seeker_id == seeker_id))


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _moods(ws: Workspace) -> list[tuple[datetime, int]]:
    """Moods only: a check-in's note stays the seeker's own."""
    return [(c.checked_at, c.mood) for c in list_checkins(ws, limit=14)]


def _themes(ws: Workspace) -> list[str]:
    return [theme.text for theme in lessons(ws).themes][:8]


def _shared_writing(ws: Workspace) -> list[WritingSummary]:
    """Entries the seeker did not mark private; private ones are never shown, shared or not."""
    return [entry for entry in list_entries(ws) if not entry.private]
