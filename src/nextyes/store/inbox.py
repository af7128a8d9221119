"""The inbox's tables, scoped to one owner: the ledger of processed messages, the review
queue and the person's corrections; and the latest reply per application, for the sweep."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Table, func, insert, select, update

from nextyes.classify.labels import Example, Label
from nextyes.domain.events import EventKind
from nextyes.domain.inbox import ReviewItem, ReviewStatus
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import (
    EventRow,
    InboxCorrectionRow,
    InboxMessageRow,
    InboxReviewRow,
    StepRow,
)

LEDGER: Table = InboxMessageRow.__table__  # type: ignore[assignment]
LOOKUP_BATCH = 500  # keys per IN (...) query: well under every database's parameter limit


class Outcome:
    """What became of a processed message (the ledger's `outcome`)."""

    ACTED = "acted"
    QUEUED = "queued"
    IGNORED = "ignored"
    SKIPPED = "skipped"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class LedgerEntry:
    key: str
    sent_on: date | None
    label: Label | None
    confidence: float | None
    outcome: str
    application_id: int | None = None
    sender: str | None = None


class Ledger(OwnedRepository):
    def seen(self, keys: Iterable[str]) -> set[str]:
        """Which of these keys were processed before (one query per batch of keys)."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for start in range(0, len(wanted), LOOKUP_BATCH):
            batch = wanted[start : start + LOOKUP_BATCH]
            query = select(InboxMessageRow.key).where(
                InboxMessageRow.owner_id == self.owner_id, InboxMessageRow.key.in_(batch)
            )
            found.update(self.session.scalars(query))
        return found

    def record(self, entries: Sequence[LedgerEntry], now: datetime) -> None:
        """Write many entries in one statement."""
        if not entries:
            return
        # The table itself, not the mapped class: a plain executemany, no ORM bookkeeping.
        self.session.execute(
            insert(LEDGER),
            [
                {
                    "owner_id": self.owner_id,
                    "key": e.key,
                    "sent_on": e.sent_on,
                    "label": e.label.value if e.label else None,
                    "confidence": e.confidence,
                    "outcome": e.outcome,
                    "application_id": e.application_id,
                    "sender": e.sender,
                    "imported_at": now,
                }
                for e in entries
            ],
        )

    def settle(self, key: str, outcome: str, application_id: int | None, sender: str) -> None:
        """What the person decided about a message the import asked about."""
        self.session.execute(
            update(InboxMessageRow)
            .where(InboxMessageRow.owner_id == self.owner_id, InboxMessageRow.key == key)
            .values(outcome=outcome, application_id=application_id, sender=sender)
        )

    def known_senders(self) -> dict[str, int]:
        """Sender address -> the application their latest settled message was about."""
        query = (
            select(InboxMessageRow.sender, InboxMessageRow.application_id)
            .where(
                InboxMessageRow.owner_id == self.owner_id,
                InboxMessageRow.sender.is_not(None),
                InboxMessageRow.application_id.is_not(None),
                InboxMessageRow.outcome.in_([Outcome.ACTED, Outcome.CONFIRMED]),
            )
            .order_by(InboxMessageRow.id)
        )
        return {sender: app for sender, app in self.session.execute(query) if sender and app}

    def count(self) -> int:
        query = select(func.count()).where(InboxMessageRow.owner_id == self.owner_id)
        return self.session.scalar(query) or 0


@dataclass(frozen=True)
class NewReviewItem:
    message_key: str
    sender: str
    sender_name: str | None
    subject: str
    sent_on: date
    excerpt: str
    label: Label
    confidence: float
    why: str
    application_id: int | None
    company: str | None
    role: str | None
    offer_new: bool


class ReviewQueue(OwnedRepository):
    def add(self, item: NewReviewItem, now: datetime) -> None:
        self.session.add(
            InboxReviewRow(
                owner_id=self.owner_id,
                message_key=item.message_key,
                sender=item.sender,
                sender_name=item.sender_name,
                subject=item.subject,
                sent_on=item.sent_on,
                excerpt=item.excerpt,
                label=item.label.value,
                confidence=item.confidence,
                why=item.why,
                application_id=item.application_id,
                company=item.company,
                role=item.role,
                offer_new=item.offer_new,
                status=ReviewStatus.OPEN.value,
                created_at=now,
            )
        )

    def row(self, item_id: int) -> InboxReviewRow:
        row = self.owned(InboxReviewRow, item_id, "review item")
        return row

    def page(self, status: ReviewStatus, limit: int, offset: int) -> tuple[list[ReviewItem], int]:
        """Items in one status, newest message first, and how many there are in all."""
        where = (InboxReviewRow.owner_id == self.owner_id, InboxReviewRow.status == status.value)
        total = self.session.scalar(select(func.count()).where(*where)) or 0
        query = (
            select(InboxReviewRow)
            .where(*where)
            .order_by(InboxReviewRow.sent_on.desc(), InboxReviewRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)], total

    def count_open(self) -> int:
        query = select(func.count()).where(
            InboxReviewRow.owner_id == self.owner_id,
            InboxReviewRow.status == ReviewStatus.OPEN.value,
        )
        return self.session.scalar(query) or 0

    @staticmethod
    def decide(row: InboxReviewRow, status: ReviewStatus, label: Label, now: datetime) -> None:
        row.status = status.value
        row.decided_label = label.value
        row.decided_at = now

    @staticmethod
    def to_domain(row: InboxReviewRow) -> ReviewItem:
        return ReviewItem(
            id=row.id,
            sender=row.sender,
            sender_name=row.sender_name,
            subject=row.subject,
            sent_on=row.sent_on,
            excerpt=row.excerpt,
            label=Label(row.label),
            confidence=row.confidence,
            why=row.why,
            application_id=row.application_id,
            company=row.company,
            role=row.role,
            offer_new=row.offer_new,
            status=ReviewStatus(row.status),
            decided_label=Label(row.decided_label) if row.decided_label else None,
        )


class Corrections(OwnedRepository):
    def add(
        self,
        example: Example,
        application_id: int | None,
        now: datetime,
    ) -> None:
        self.session.add(
            InboxCorrectionRow(
                owner_id=self.owner_id,
                sender=example.sender,
                subject=example.subject,
                body=example.body,
                label=example.label.value,
                application_id=application_id,
                created_at=now,
            )
        )

    def version(self) -> tuple[int, int]:
        """(how many, the latest id): changes whenever a correction is added or removed."""
        query = select(func.count(), func.coalesce(func.max(InboxCorrectionRow.id), 0)).where(
            InboxCorrectionRow.owner_id == self.owner_id
        )
        count, latest = self.session.execute(query).one()
        return int(count), int(latest)

    def examples(self) -> list[Example]:
        query = (
            select(InboxCorrectionRow)
            .where(InboxCorrectionRow.owner_id == self.owner_id)
            .order_by(InboxCorrectionRow.id)
        )
        return [
            Example(row.subject, row.body, row.sender, Label(row.label))
            for row in self.session.scalars(query)
        ]


class Replies(OwnedRepository):
    def latest(self) -> dict[int, date]:
        """Each application's latest reply from the company (from imported mail)."""
        query = (
            select(EventRow.application_id, func.max(EventRow.occurred_on))
            .where(
                EventRow.owner_id == self.owner_id,
                EventRow.kind == EventKind.REPLY_RECEIVED.value,
            )
            .group_by(EventRow.application_id)
        )
        return {app: day for app, day in self.session.execute(query)}

    def awaiting_follow_up(self) -> set[int]:
        """Applications with an open follow-up the silence sweep asked for."""
        query = select(StepRow.application_id).where(
            StepRow.owner_id == self.owner_id,
            StepRow.status == StepStatus.OPEN.value,
            StepRow.kind == StepKind.FOLLOW_UP.value,
            StepRow.rejection_id.is_(None),
        )
        return set(self.session.scalars(query))
