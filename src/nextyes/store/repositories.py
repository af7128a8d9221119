"""Repositories scoped to one owner: every query they run filters on owner_id.

They turn rows into domain records and back; rules live in the domain, transactions in
the services."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    case,
    delete,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.contacts import Contact, ContactRole, NewContact
from nextyes.domain.duplicates import Posting
from nextyes.domain.errors import NotFound
from nextyes.domain.events import Event, EventKind, EventSource
from nextyes.domain.fields import LARGEST_WHOLE
from nextyes.domain.history import NewPastJob, PastJob
from nextyes.domain.recovery import StepStatus
from nextyes.domain.rejections import Rejection, RejectionForm
from nextyes.domain.stages import IN_PROCESS, Stage
from nextyes.domain.timelines import Timeline
from nextyes.domain.weekly import ChannelRecord
from nextyes.store.memo import remembered
from nextyes.store.tables import (
    ApplicationRow,
    Base,
    ContactLinkRow,
    ContactRow,
    EventRow,
    InterviewRow,
    PastJobRow,
    RejectionRow,
    StepRow,
    User,
)


def as_utc(moment: datetime) -> datetime:
    # SQLite hands timestamps back without a zone; they were written in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# A SELECT of any columns: filters add WHERE clauses and keep the statement's type.
AnySelect = TypeVar("AnySelect", bound=Select[*tuple[Any, ...]])
Owned = TypeVar("Owned", bound=Base)


class OwnedRepository:
    def __init__(self, session: Session, owner_id: int) -> None:
        self.session = session
        self.owner_id = owner_id

    def lock_owner(self) -> None:
        """Hold this person's writes that read before they add (is this application already
        there?) one at a time, until the transaction ends: PostgreSQL locks their users row;
        on SQLite a write transaction already holds the whole database."""
        self.session.execute(
            select(User.id).where(User.id == self.owner_id).with_for_update()
        ).first()

    def owned(self, table: type[Owned], row_id: int, what: str, lock: bool = False) -> Owned:
        """This person's row with this id; NotFound names `what` for anyone else's or none.
        An id beyond what a column holds was never given out: the drivers would refuse to
        send it (SQLite overflows past 64 bits, PostgreSQL past 32), so it is not looked up.

        `lock=True` holds the row until the transaction ends (SELECT ... FOR UPDATE on
        PostgreSQL; on SQLite a write transaction already holds the whole database)."""
        found = None
        columns: Any = table  # every owned table has its id and owner_id columns
        if 0 < row_id <= LARGEST_WHOLE:
            query = select(table).where(columns.id == row_id, columns.owner_id == self.owner_id)
            if lock:
                query = query.with_for_update()
            found = self.session.scalar(query)
        if found is None:
            raise NotFound(f"no {what} with id {row_id}")
        return found


@dataclass(frozen=True)
class ApplicationFilter:
    """Narrows the board: a channel, text found in the company or role, a least excitement.

    With `broad`, the text is also looked for in the application's own notes and in the
    names of the people linked to it (the pipeline's search box); the API's `q` keeps to
    the company and the role. Case is ignored (SQLite's lower() is Unicode-aware here)."""

    channel: Channel | None = None
    text: str | None = None
    min_excitement: int | None = None
    broad: bool = False

    def where(self, query: AnySelect) -> AnySelect:
        if self.channel is not None:
            query = query.where(ApplicationRow.channel == self.channel.value)
        if self.text:
            # icontains with autoescape: a typed % or _ is a character, not a wildcard.
            found = [
                ApplicationRow.company.icontains(self.text, autoescape=True),
                ApplicationRow.role.icontains(self.text, autoescape=True),
            ]
            if self.broad:
                found.append(ApplicationRow.notes.icontains(self.text, autoescape=True))
                found.append(self._person_named())
            query = query.where(or_(*found))
        if self.min_excitement is not None:
            query = query.where(ApplicationRow.excitement >= self.min_excitement)
        return query

    def _person_named(self) -> ColumnElement[bool]:
        """Someone linked to the application, of the same owner, whose name holds the text."""
        return (
            select(ContactLinkRow.application_id)
            .join(
                ContactRow,
                (ContactRow.id == ContactLinkRow.contact_id)
                & (ContactRow.owner_id == ContactLinkRow.owner_id),
            )
            .where(
                ContactLinkRow.application_id == ApplicationRow.id,
                ContactLinkRow.owner_id == ApplicationRow.owner_id,
                ContactRow.name.icontains(self.text or "", autoescape=True),
            )
            .exists()
        )


class Applications(OwnedRepository):
    def row(self, application_id: int, lock: bool = False) -> ApplicationRow:
        row = self.owned(ApplicationRow, application_id, "application", lock)
        return row

    def get(self, application_id: int) -> Application:
        return self.to_domain(self.row(application_id))

    def add(self, new: NewApplication, now: datetime) -> ApplicationRow:
        assert new.on is not None, "validated applications always carry their date"
        row = ApplicationRow(
            owner_id=self.owner_id,
            company=new.company,
            role=new.role,
            channel=new.channel.value,
            stage=new.stage.value,
            stage_since=new.on,
            excitement=new.excitement,
            created_on=new.on,
            applied_on=None if new.stage is Stage.SAVED else new.on,
            link=new.link,
            description=new.description,
            location=new.location,
            salary_min=new.salary_min,
            salary_max=new.salary_max,
            salary_currency=new.salary_currency,
            notes=new.notes,
            earlier_id=new.earlier_id,
            created_at=now,
            updated_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def change_stage(self, row: ApplicationRow, stage: Stage, day: date, now: datetime) -> None:
        if row.applied_on is None and (stage in IN_PROCESS or stage is Stage.OFFER):
            row.applied_on = day  # the first move into the process is when it was sent
        row.stage = stage.value
        row.stage_since = day
        row.updated_at = now

    def find(self, stage: Stage | None = None, channel: Channel | None = None) -> list[Application]:
        query = select(ApplicationRow).where(ApplicationRow.owner_id == self.owner_id)
        if stage is not None:
            query = query.where(ApplicationRow.stage == stage.value)
        if channel is not None:
            query = query.where(ApplicationRow.channel == channel.value)
        query = query.order_by(ApplicationRow.stage_since.desc(), ApplicationRow.id.desc())
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def count(self) -> int:
        return (
            self.session.scalar(
                select(func.count()).where(ApplicationRow.owner_id == self.owner_id)
            )
            or 0
        )

    def applied_again(self, application_id: int) -> list[Application]:
        """The person's later applications to the same posting as this one."""
        query = (
            select(ApplicationRow)
            .where(
                ApplicationRow.owner_id == self.owner_id,
                ApplicationRow.earlier_id == application_id,
            )
            .order_by(ApplicationRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def postings(self) -> list[Posting]:
        """Every application's id, company, role and link: what a duplicate is looked for in."""
        query = select(
            ApplicationRow.id, ApplicationRow.company, ApplicationRow.role, ApplicationRow.link
        ).where(ApplicationRow.owner_id == self.owner_id)
        return [Posting(*row) for row in self.session.execute(query)]

    def count_by_stage(self, only: ApplicationFilter | None = None) -> dict[Stage, int]:
        query = (
            select(ApplicationRow.stage, func.count())
            .where(ApplicationRow.owner_id == self.owner_id)
            .group_by(ApplicationRow.stage)
        )
        if only is not None:
            query = only.where(query)
        return {Stage(stage): count for stage, count in self.session.execute(query)}

    def latest_in_stages(
        self, stages: Sequence[Stage], per_stage: int, only: ApplicationFilter | None = None
    ) -> list[Application]:
        """The most recently changed applications of each stage, at most `per_stage` each.

        One short subquery per stage, each reading the (owner, stage, stage_since, id) index
        from its newest end, so the cost follows the cards shown, not the applications
        owned (a window function over every row did not); all of them in one statement,
        so a board costs one round trip to the database, not one per column."""
        if not stages:
            return []
        newest = (ApplicationRow.stage_since.desc(), ApplicationRow.id.desc())
        parts = []
        for stage in stages:
            part = select(ApplicationRow.id).where(
                ApplicationRow.owner_id == self.owner_id, ApplicationRow.stage == stage.value
            )
            if only is not None:
                part = only.where(part)
            # Wrapped, because SQLite allows no LIMIT on a member of a UNION itself.
            limited = part.order_by(*newest).limit(per_stage).subquery()
            parts.append(select(limited.c.id))
        chosen = union_all(*parts).subquery()
        query = select(ApplicationRow).where(
            ApplicationRow.owner_id == self.owner_id, ApplicationRow.id.in_(select(chosen.c.id))
        )
        rank = {stage.value: n for n, stage in enumerate(stages)}
        rows = sorted(
            self.session.scalars(query),
            key=lambda row: (rank[row.stage], -row.stage_since.toordinal(), -row.id),
        )
        return [self.to_domain(row) for row in rows]

    def recent(self, limit: int) -> list[Application]:
        """The most recently changed applications, at most `limit`."""
        query = (
            select(ApplicationRow)
            .where(ApplicationRow.owner_id == self.owner_id)
            .order_by(ApplicationRow.updated_at.desc(), ApplicationRow.id.desc())
            .limit(limit)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def by_ids(self, ids: Sequence[int]) -> dict[int, Application]:
        """The applications with these ids (unknown ids are left out)."""
        if not ids:
            return {}
        query = select(ApplicationRow).where(
            ApplicationRow.owner_id == self.owner_id, ApplicationRow.id.in_(list(ids))
        )
        return {row.id: self.to_domain(row) for row in self.session.scalars(query)}

    def page(
        self, stage: Stage | None, only: ApplicationFilter, limit: int, offset: int
    ) -> tuple[list[Application], int]:
        """One page of matching applications (latest change first) and how many match in all."""
        query = only.where(select(ApplicationRow).where(ApplicationRow.owner_id == self.owner_id))
        if stage is not None:
            query = query.where(ApplicationRow.stage == stage.value)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        query = query.order_by(ApplicationRow.stage_since.desc(), ApplicationRow.id.desc())
        rows = self.session.scalars(query.limit(limit).offset(offset))
        return [self.to_domain(row) for row in rows], total

    def sorted_page(
        self,
        only: ApplicationFilter,
        stage: Stage | None,
        sort: str,
        descending: bool,
        since: datetime,
        limit: int,
        offset: int,
    ) -> tuple[list[Application], int]:
        """One page of matching applications in the order asked for, and how many match.

        `sort` is one of company, role, stage (in the order of the search), channel,
        excitement, applied, changed (the day of the last move) or next (the sooner of the
        first open plan step's day and the first interview from `since`); an application
        without that value comes last either way, and ties go by id, so pages never overlap."""
        query = only.where(select(ApplicationRow).where(ApplicationRow.owner_id == self.owner_id))
        if stage is not None:
            query = query.where(ApplicationRow.stage == stage.value)
        total = self.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        key: SQLColumnExpression[Any]
        if sort == "next":
            query, key = self._with_next_day(query, since)
        else:
            key = {
                "company": func.lower(ApplicationRow.company),
                "role": func.lower(ApplicationRow.role),
                "stage": case(
                    {s.value: rank for rank, s in enumerate(Stage)}, value=ApplicationRow.stage
                ),
                "channel": ApplicationRow.channel,
                "excitement": ApplicationRow.excitement,
                "applied": ApplicationRow.applied_on,
                "changed": ApplicationRow.stage_since,
            }[sort]
        ordered = key.desc() if descending else key.asc()
        tie = ApplicationRow.id.desc() if descending else ApplicationRow.id.asc()
        rows = self.session.scalars(
            query.order_by(ordered.nulls_last(), tie).limit(limit).offset(offset)
        )
        return [self.to_domain(row) for row in rows], total

    def _with_next_day(
        self, query: Select[ApplicationRow], since: datetime
    ) -> tuple[Select[ApplicationRow], ColumnElement[Any]]:
        """The query joined to each application's first open step day and first interview
        day (from `since`), and the sooner of the two, for sorting by what comes next."""
        steps = (
            select(
                StepRow.application_id.label("application_id"),
                func.min(StepRow.due_on).label("day"),
            )
            .where(StepRow.owner_id == self.owner_id, StepRow.status == StepStatus.OPEN.value)
            .group_by(StepRow.application_id)
            .subquery()
        )
        talks = (
            select(
                InterviewRow.application_id.label("application_id"),
                func.min(func.date(InterviewRow.starts_at)).label("day"),
            )
            .where(
                InterviewRow.owner_id == self.owner_id,
                InterviewRow.starts_at >= since.astimezone(UTC),
            )
            .group_by(InterviewRow.application_id)
            .subquery()
        )
        joined = query.outerjoin(steps, steps.c.application_id == ApplicationRow.id).outerjoin(
            talks, talks.c.application_id == ApplicationRow.id
        )
        sooner = case(
            (steps.c.day.is_(None), talks.c.day),
            (talks.c.day.is_(None), steps.c.day),
            (steps.c.day <= talks.c.day, steps.c.day),
            else_=talks.c.day,
        )
        return joined, sooner

    def next_open_steps(self, ids: Sequence[int]) -> dict[int, tuple[str, date]]:
        """For each of these applications that has one, its open plan step due first:
        (title, due day). One query through the (owner, application) index, at most one
        row an application: the cost follows the cards shown."""
        if not ids:
            return {}
        first = (
            func.row_number()
            .over(partition_by=StepRow.application_id, order_by=(StepRow.due_on, StepRow.id))
            .label("n")
        )
        ranked = (
            select(StepRow.application_id, StepRow.title, StepRow.due_on, first)
            .where(
                StepRow.owner_id == self.owner_id,
                StepRow.application_id.in_(list(ids)),
                StepRow.status == StepStatus.OPEN.value,
            )
            .subquery()
        )
        query = select(ranked.c.application_id, ranked.c.title, ranked.c.due_on).where(
            ranked.c.n == 1
        )
        return {app: (title, due) for app, title, due in self.session.execute(query)}

    def next_interviews(
        self, ids: Sequence[int], since: datetime
    ) -> dict[int, tuple[datetime, str | None]]:
        """For each of these applications that has one, its first interview starting at or
        after `since`: (start in UTC, title). One query, at most one row an application."""
        if not ids:
            return {}
        first = (
            func.row_number()
            .over(
                partition_by=InterviewRow.application_id,
                order_by=(InterviewRow.starts_at, InterviewRow.id),
            )
            .label("n")
        )
        ranked = (
            select(InterviewRow.application_id, InterviewRow.starts_at, InterviewRow.title, first)
            .where(
                InterviewRow.owner_id == self.owner_id,
                InterviewRow.application_id.in_(list(ids)),
                # Compared as UTC on both sides, since SQLite stores the wall clock only.
                InterviewRow.starts_at >= since.astimezone(UTC),
            )
            .subquery()
        )
        query = select(ranked.c.application_id, ranked.c.starts_at, ranked.c.title).where(
            ranked.c.n == 1
        )
        return {app: (as_utc(at), title) for app, at, title in self.session.execute(query)}

    def count_sent_since(self, day: date) -> int:
        """How many applications were sent on or after `day`."""
        query = select(func.count()).where(
            ApplicationRow.owner_id == self.owner_id, ApplicationRow.applied_on >= day
        )
        return self.session.scalar(query) or 0

    @remembered
    def saved_first(self, limit: int) -> list[Application]:
        """Saved applications most worth sending: the most exciting, then the longest saved."""
        query = (
            select(ApplicationRow)
            .where(
                ApplicationRow.owner_id == self.owner_id,
                ApplicationRow.stage == Stage.SAVED.value,
            )
            .order_by(
                ApplicationRow.excitement.desc(),
                ApplicationRow.stage_since,
                ApplicationRow.id.desc(),
            )
            .limit(limit)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @remembered
    def channel_records(self, conversation: frozenset[Stage]) -> list[ChannelRecord]:
        """Per channel, the sent applications and how many ever reached `conversation`; the
        channel with the latest change first (weekly.channel_records)."""
        answered = ApplicationRow.id.in_(
            select(EventRow.application_id).where(
                EventRow.owner_id == self.owner_id,
                EventRow.to_stage.in_([s.value for s in conversation]),
            )
        )
        query = (
            select(
                ApplicationRow.channel,
                func.count(),
                func.coalesce(func.sum(case((answered, 1), else_=0)), 0),
            )
            .where(ApplicationRow.owner_id == self.owner_id, ApplicationRow.applied_on.is_not(None))
            .group_by(ApplicationRow.channel)
            .order_by(
                func.max(ApplicationRow.stage_since).desc(), func.max(ApplicationRow.id).desc()
            )
        )
        return [
            ChannelRecord(Channel(channel), int(sent), int(replied))
            for channel, sent, replied in self.session.execute(query)
        ]

    def latest_applied_on(self, until: date) -> date | None:
        """The most recent day an application was sent, up to `until` (None: none yet)."""
        return self.session.scalar(
            select(func.max(ApplicationRow.applied_on)).where(
                ApplicationRow.owner_id == self.owner_id, ApplicationRow.applied_on <= until
            )
        )

    def delete_all(self) -> None:
        self.session.execute(delete(ApplicationRow).where(ApplicationRow.owner_id == self.owner_id))

    @staticmethod
    def to_domain(row: ApplicationRow) -> Application:
        return Application(
            id=row.id,
            company=row.company,
            role=row.role,
            channel=Channel(row.channel),
            stage=Stage(row.stage),
            stage_since=row.stage_since,
            excitement=row.excitement,
            created_on=row.created_on,
            applied_on=row.applied_on,
            link=row.link,
            description=row.description,
            location=row.location,
            salary_min=row.salary_min,
            salary_max=row.salary_max,
            salary_currency=row.salary_currency,
            updated_at=as_utc(row.updated_at),
            notes=row.notes,
            earlier_id=row.earlier_id,
        )


def timeline_of(row: ApplicationRow) -> Timeline:
    return Timeline(
        reached=row.reached,
        said_no=bool(row.said_no),
        went_quiet=bool(row.went_quiet),
        first_reply_on=row.first_reply_on,
    )


class Events(OwnedRepository):
    def add(
        self,
        application_id: int,
        kind: EventKind,
        occurred_on: date,
        recorded_at: datetime,
        source: EventSource,
        from_stage: Stage | None = None,
        to_stage: Stage | None = None,
        note: str | None = None,
    ) -> None:
        """Record an event, and fold it into its application's timeline summary: events are
        written here and nowhere else, so the summary always matches them."""
        application = self.session.get(ApplicationRow, application_id)
        if application is None or application.owner_id != self.owner_id:
            raise NotFound(f"no application with id {application_id}")
        summary = timeline_of(application).after(kind, to_stage, occurred_on)
        application.reached = summary.reached
        application.said_no = summary.said_no
        application.went_quiet = summary.went_quiet
        application.first_reply_on = summary.first_reply_on
        self.session.add(
            EventRow(
                owner_id=self.owner_id,
                application_id=application_id,
                kind=kind.value,
                occurred_on=occurred_on,
                recorded_at=recorded_at,
                source=source.value,
                from_stage=from_stage.value if from_stage else None,
                to_stage=to_stage.value if to_stage else None,
                note=note,
            )
        )

    def applications_reaching(self, stages: frozenset[Stage]) -> set[int]:
        """Ids of the applications whose timeline ever entered one of `stages`."""
        query = select(EventRow.application_id).where(
            EventRow.owner_id == self.owner_id,
            EventRow.to_stage.in_([s.value for s in stages]),
        )
        return set(self.session.scalars(query))

    def with_stage_changes(self) -> list[Event]:
        """Every event that changed a stage, for reply-time history."""
        query = (
            select(EventRow)
            .where(EventRow.owner_id == self.owner_id, EventRow.to_stage.is_not(None))
            .order_by(EventRow.application_id, EventRow.occurred_on, EventRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def for_application(self, application_id: int) -> list[Event]:
        query = (
            select(EventRow)
            .where(EventRow.owner_id == self.owner_id, EventRow.application_id == application_id)
            .order_by(EventRow.occurred_on, EventRow.recorded_at, EventRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @staticmethod
    def to_domain(row: EventRow) -> Event:
        return Event(
            id=row.id,
            application_id=row.application_id,
            kind=EventKind(row.kind),
            occurred_on=row.occurred_on,
            recorded_at=as_utc(row.recorded_at),
            source=EventSource(row.source),
            from_stage=Stage(row.from_stage) if row.from_stage else None,
            to_stage=Stage(row.to_stage) if row.to_stage else None,
            note=row.note,
        )


class Rejections(OwnedRepository):
    def add(
        self,
        application_id: int,
        form: RejectionForm,
        stage_reached: Stage,
        on: date,
        reason: str | None,
        feedback: str | None,
        now: datetime,
    ) -> Rejection:
        row = RejectionRow(
            owner_id=self.owner_id,
            application_id=application_id,
            form=form.value,
            stage_reached=stage_reached.value,
            rejected_on=on,
            reason=reason,
            feedback=feedback,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def for_application(self, application_id: int) -> list[Rejection]:
        query = (
            select(RejectionRow)
            .where(
                RejectionRow.owner_id == self.owner_id,
                RejectionRow.application_id == application_id,
            )
            .order_by(RejectionRow.rejected_on, RejectionRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def between(self, first: date, last: date) -> list[Rejection]:
        """Rejections dated from `first` to `last` (both included), oldest first."""
        query = (
            select(RejectionRow)
            .where(
                RejectionRow.owner_id == self.owner_id,
                RejectionRow.rejected_on >= first,
                RejectionRow.rejected_on <= last,
            )
            .order_by(RejectionRow.rejected_on, RejectionRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def latest(self, since: date, until: date) -> Rejection | None:
        """The newest rejection dated from `since` to `until` (later id first on a tie)."""
        row = self.session.scalar(
            select(RejectionRow)
            .where(
                RejectionRow.owner_id == self.owner_id,
                RejectionRow.rejected_on >= since,
                RejectionRow.rejected_on <= until,
            )
            .order_by(RejectionRow.rejected_on.desc(), RejectionRow.id.desc())
            .limit(1)
        )
        return self.to_domain(row) if row else None

    def recent(self, since: date) -> list[Rejection]:
        query = select(RejectionRow).where(
            RejectionRow.owner_id == self.owner_id, RejectionRow.rejected_on >= since
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def delete(self, rejection_id: int) -> None:
        self.session.execute(
            delete(RejectionRow).where(
                RejectionRow.id == rejection_id, RejectionRow.owner_id == self.owner_id
            )
        )

    @staticmethod
    def to_domain(row: RejectionRow) -> Rejection:
        return Rejection(
            id=row.id,
            application_id=row.application_id,
            form=RejectionForm(row.form),
            stage_reached=Stage(row.stage_reached),
            on=row.rejected_on,
            reason=row.reason,
            feedback=row.feedback,
        )


class Contacts(OwnedRepository):
    def row(self, contact_id: int) -> ContactRow:
        row = self.owned(ContactRow, contact_id, "contact")
        return row

    def add(self, new: NewContact, now: datetime) -> Contact:
        row = ContactRow(
            owner_id=self.owner_id,
            name=new.name,
            role=new.role.value,
            company=new.company,
            email=new.email,
            linkedin=new.linkedin,
            notes=new.notes,
            next_touch_on=new.next_touch_on,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row, ())

    def is_linked(self, contact_id: int, application_id: int) -> bool:
        return self.session.get(ContactLinkRow, (contact_id, application_id)) is not None

    def link(self, contact_id: int, application_id: int, now: datetime) -> None:
        self.session.add(
            ContactLinkRow(
                owner_id=self.owner_id,
                contact_id=contact_id,
                application_id=application_id,
                linked_at=now,
            )
        )
        self.session.flush()

    def find(self, company: str | None = None, application_id: int | None = None) -> list[Contact]:
        query = select(ContactRow).where(ContactRow.owner_id == self.owner_id)
        if company is not None:
            query = query.where(func.lower(ContactRow.company) == company.strip().lower())
        if application_id is not None:
            query = query.join(
                ContactLinkRow,
                (ContactLinkRow.contact_id == ContactRow.id)
                & (ContactLinkRow.owner_id == self.owner_id),
            ).where(ContactLinkRow.application_id == application_id)
        rows = list(self.session.scalars(query.order_by(ContactRow.name, ContactRow.id)))
        links = self._links([row.id for row in rows])
        return [self.to_domain(row, links.get(row.id, ())) for row in rows]

    def links_of(self, contact_id: int) -> tuple[int, ...]:
        """The ids of the applications a contact is linked to."""
        return self._links([contact_id]).get(contact_id, ())

    def ids_for_application(self, application_id: int) -> list[int]:
        query = select(ContactLinkRow.contact_id).where(
            ContactLinkRow.owner_id == self.owner_id,
            ContactLinkRow.application_id == application_id,
        )
        return list(self.session.scalars(query))

    def _links(self, contact_ids: list[int]) -> dict[int, tuple[int, ...]]:
        if not contact_ids:
            return {}
        query = (
            select(ContactLinkRow.contact_id, ContactLinkRow.application_id)
            .where(
                ContactLinkRow.owner_id == self.owner_id,
                ContactLinkRow.contact_id.in_(contact_ids),
            )
            .order_by(ContactLinkRow.application_id)
        )
        found: dict[int, list[int]] = {}
        for contact_id, application_id in self.session.execute(query):
            found.setdefault(contact_id, []).append(application_id)
        return {key: tuple(value) for key, value in found.items()}

    def delete_all(self) -> None:
        self.session.execute(delete(ContactRow).where(ContactRow.owner_id == self.owner_id))

    @staticmethod
    def to_domain(row: ContactRow, application_ids: tuple[int, ...]) -> Contact:
        return Contact(
            id=row.id,
            name=row.name,
            role=ContactRole(row.role),
            company=row.company,
            email=row.email,
            linkedin=row.linkedin,
            notes=row.notes,
            next_touch_on=row.next_touch_on,
            application_ids=application_ids,
        )


class PastJobs(OwnedRepository):
    def add(self, new: NewPastJob, now: datetime) -> PastJob:
        row = PastJobRow(
            owner_id=self.owner_id,
            company=new.company,
            role=new.role,
            channel=new.channel.value,
            started_on=new.started_on,
            ended_on=new.ended_on,
            notes=new.notes,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def find(self) -> list[PastJob]:
        query = (
            select(PastJobRow)
            .where(PastJobRow.owner_id == self.owner_id)
            .order_by(PastJobRow.started_on.desc().nulls_last(), PastJobRow.id.desc())
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    def count(self) -> int:
        return (
            self.session.scalar(select(func.count()).where(PastJobRow.owner_id == self.owner_id))
            or 0
        )

    def delete_all(self) -> None:
        self.session.execute(delete(PastJobRow).where(PastJobRow.owner_id == self.owner_id))

    @staticmethod
    def to_domain(row: PastJobRow) -> PastJob:
        return PastJob(
            id=row.id,
            company=row.company,
            role=row.role,
            channel=Channel(row.channel),
            started_on=row.started_on,
            ended_on=row.ended_on,
            notes=row.notes,
        )
