"""Tables. Every owned row carries owner_id, and links between owned rows include it in
their foreign keys, so the database itself refuses to join one person's rows to another's."""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from nextyes.store.sqlfunctions import days_between, month_key

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHORT = 200
CHOICE = 32


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Goes up with every transaction that writes this person's rows (store/memo.py).
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


def owner_column() -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class ApplicationRow(Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("id", "owner_id", name="uq_applications_id_owner"),
        Index("ix_applications_owner_stage_since", "owner_id", "stage", "stage_since", "id"),
        Index("ix_applications_owner_updated", "owner_id", "updated_at", "id"),
        Index("ix_applications_owner_applied", "owner_id", "applied_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    company: Mapped[str] = mapped_column(String(SHORT))
    role: Mapped[str] = mapped_column(String(SHORT))
    channel: Mapped[str] = mapped_column(String(CHOICE))
    stage: Mapped[str] = mapped_column(String(CHOICE))
    stage_since: Mapped[date] = mapped_column(Date)
    excitement: Mapped[int] = mapped_column(Integer)
    created_on: Mapped[date] = mapped_column(Date)
    applied_on: Mapped[date | None] = mapped_column(Date)
    link: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(SHORT))
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    salary_currency: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)
    # The earlier application to the same posting, when this one applies again (no
    # foreign key: deleting the earlier one leaves this one, naming none).
    earlier_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # What its events say (domain/timelines.py), kept up to date by Events.add, so the
    # insights read one row per application instead of every event.
    reached: Mapped[int | None] = mapped_column(Integer)
    said_no: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    went_quiet: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    first_reply_on: Mapped[date | None] = mapped_column(Date)


# The insights group a person's sent applications by these, and read reply times off the
# ones that had a reply. In index order (and covering), SQLite groups without sorting and
# never visits the rows; the expressions are spelled exactly as store/insights.py writes them.
REPLIED = ApplicationRow.first_reply_on >= ApplicationRow.applied_on
Index(
    "ix_applications_owner_outcomes",
    ApplicationRow.owner_id,
    ApplicationRow.channel,
    month_key(ApplicationRow.applied_on),
    ApplicationRow.reached,
    ApplicationRow.said_no,
    ApplicationRow.went_quiet,
    ApplicationRow.stage,
    ApplicationRow.applied_on,  # the columns under the expressions too, so SQLite reads the
)  # index alone (before 3.41 it does not take an expression's value from an index)
Index(
    "ix_applications_owner_reply_days",
    ApplicationRow.owner_id,
    days_between(ApplicationRow.first_reply_on, ApplicationRow.applied_on),
    ApplicationRow.first_reply_on,
    ApplicationRow.applied_on,
    sqlite_where=REPLIED,
    postgresql_where=REPLIED,
)
Index(
    "ix_applications_owner_company_reply_days",
    ApplicationRow.owner_id,
    ApplicationRow.company,
    days_between(ApplicationRow.first_reply_on, ApplicationRow.applied_on),
    ApplicationRow.first_reply_on,
    ApplicationRow.applied_on,
    sqlite_where=REPLIED,
    postgresql_where=REPLIED,
)


def owned_application_key() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["application_id", "owner_id"],
        ["applications.id", "applications.owner_id"],
        ondelete="CASCADE",
    )


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        owned_application_key(),
        Index("ix_events_owner_application", "owner_id", "application_id"),
        Index("ix_events_owner_to_stage", "owner_id", "to_stage", "application_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    application_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(CHOICE))
    from_stage: Mapped[str | None] = mapped_column(String(CHOICE))
    to_stage: Mapped[str | None] = mapped_column(String(CHOICE))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(CHOICE))
    note: Mapped[str | None] = mapped_column(Text)


class RejectionRow(Base):
    __tablename__ = "rejections"
    __table_args__ = (
        owned_application_key(),
        # The same "no" sent twice at once (a double click, a retried request) is one "no".
        # A unique index rather than a constraint: SQLite adds one without rebuilding tables.
        Index(
            "uq_rejections_owner_application_form_day",
            "owner_id",
            "application_id",
            "form",
            "rejected_on",
            unique=True,
        ),
        Index("ix_rejections_owner_day", "owner_id", "rejected_on"),
        Index(
            "ix_rejections_owner_application_day",
            "owner_id",
            "application_id",
            "rejected_on",
            "id",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    application_id: Mapped[int] = mapped_column(Integer)
    form: Mapped[str] = mapped_column(String(CHOICE))
    stage_reached: Mapped[str] = mapped_column(String(CHOICE))
    rejected_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    feedback: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("id", "owner_id", name="uq_contacts_id_owner"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    name: Mapped[str] = mapped_column(String(SHORT))
    role: Mapped[str] = mapped_column(String(CHOICE))
    company: Mapped[str | None] = mapped_column(String(SHORT))
    email: Mapped[str | None] = mapped_column(String(320))
    linkedin: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    next_touch_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ContactLinkRow(Base):
    __tablename__ = "contact_links"
    __table_args__ = (
        owned_application_key(),
        ForeignKeyConstraint(
            ["contact_id", "owner_id"], ["contacts.id", "contacts.owner_id"], ondelete="CASCADE"
        ),
        Index("ix_contact_links_owner_application", "owner_id", "application_id"),
    )

    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PastJobRow(Base):
    __tablename__ = "past_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    company: Mapped[str] = mapped_column(String(SHORT))
    role: Mapped[str] = mapped_column(String(SHORT))
    channel: Mapped[str] = mapped_column(String(CHOICE))
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StepRow(Base):
    """A step of a recovery plan, or a follow-up the silence sweep asked for."""

    __tablename__ = "steps"
    __table_args__ = (
        owned_application_key(),
        Index("ix_steps_owner_due", "owner_id", "status", "due_on"),
        Index("ix_steps_owner_status_kind_due", "owner_id", "status", "kind", "due_on"),
        Index("ix_steps_owner_application", "owner_id", "application_id"),
        # The sweep names what it creates, so two sweeps at once cannot add it twice.
        UniqueConstraint("owner_id", "dedupe_key", name="uq_steps_owner_dedupe_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    application_id: Mapped[int] = mapped_column(Integer)
    rejection_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejections.id", ondelete="SET NULL")
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(CHOICE))
    title: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    original_due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(CHOICE))
    note: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    dedupe_key: Mapped[str | None] = mapped_column(String(SHORT))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IfThenRow(Base):
    """An implementation intention: "if <cue>, then I will <action>"."""

    __tablename__ = "if_then_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    cue: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WeeklyPlanRow(Base):
    """The person's what / when / how for one week of the search."""

    __tablename__ = "weekly_plans"
    __table_args__ = (UniqueConstraint("owner_id", "week_of", name="uq_weekly_plans_owner_week"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    week_of: Mapped[date] = mapped_column(Date)
    applications_target: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str | None] = mapped_column(String(CHOICE))
    schedule: Mapped[str | None] = mapped_column(Text)
    roles: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class InterviewRow(Base):
    """A scheduled interview: it goes into the calendar export."""

    __tablename__ = "interviews"
    __table_args__ = (
        owned_application_key(),
        Index("ix_interviews_owner_starts", "owner_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    application_id: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    minutes: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(SHORT))
    location: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReflectionRow(Base):
    """A post-mortem of one rejection. Answers are plain text; lists are one item a line."""

    __tablename__ = "reflections"
    __table_args__ = (
        owned_application_key(),
        Index("ix_reflections_owner_application", "owner_id", "application_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    application_id: Mapped[int] = mapped_column(Integer)
    rejection_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejections.id", ondelete="SET NULL")
    )
    preparation: Mapped[str | None] = mapped_column(Text)
    caught_out: Mapped[str | None] = mapped_column(Text)
    fit_score: Mapped[int | None] = mapped_column(Integer)
    fit_why: Mapped[str | None] = mapped_column(Text)
    impressed: Mapped[str | None] = mapped_column(Text)
    feedback: Mapped[str | None] = mapped_column(Text)
    to_learn: Mapped[str | None] = mapped_column(Text)
    learned_self: Mapped[str | None] = mapped_column(Text)
    learned_company: Mapped[str | None] = mapped_column(Text)
    learned_industry: Mapped[str | None] = mapped_column(Text)
    learned_role: Mapped[str | None] = mapped_column(Text)
    keep_doing: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str | None] = mapped_column(Text)  # one tag a line, lower case
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SkillRow(Base):
    """Something to learn, gathered from reflections or added by hand."""

    __tablename__ = "skills"
    __table_args__ = (UniqueConstraint("owner_id", "key", name="uq_skills_owner_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    name: Mapped[str] = mapped_column(String(SHORT))
    key: Mapped[str] = mapped_column(String(SHORT))  # casefolded name, for de-duplication
    status: Mapped[str] = mapped_column(String(CHOICE))  # to_learn, learning, done
    mentions: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class QuestionRow(Base):
    """An interview question that caught the person out: the practice bank."""

    __tablename__ = "practice_questions"
    __table_args__ = (
        UniqueConstraint("id", "owner_id", name="uq_practice_questions_id_owner"),
        UniqueConstraint("owner_id", "key", name="uq_practice_questions_owner_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    text: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(500))  # normalised text, for de-duplication
    application_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PracticeRow(Base):
    __tablename__ = "practice_log"
    __table_args__ = (
        ForeignKeyConstraint(
            ["question_id", "owner_id"],
            ["practice_questions.id", "practice_questions.owner_id"],
            ondelete="CASCADE",
        ),
        Index("ix_practice_log_owner_question", "owner_id", "question_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    question_id: Mapped[int] = mapped_column(Integer)
    practised_on: Mapped[date] = mapped_column(Date)
    felt: Mapped[int] = mapped_column(Integer)  # 1-5
    note: Mapped[str | None] = mapped_column(Text)


class WritingRow(Base):
    """Expressive writing: private unless the person says otherwise."""

    __tablename__ = "writing_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    prompt: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean)
    minutes: Mapped[int | None] = mapped_column(Integer)
    written_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DraftRow(Base):
    """A message written for the person; `sent_at` is set when they mark it sent."""

    __tablename__ = "drafts"
    __table_args__ = (
        owned_application_key(),
        Index("ix_drafts_owner_application", "owner_id", "application_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    application_id: Mapped[int] = mapped_column(Integer)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(CHOICE))
    tone: Mapped[str] = mapped_column(String(CHOICE))
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    missing: Mapped[str | None] = mapped_column(Text)  # what the person could add, a line each
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class InteractionRow(Base):
    """Something that passed between the person and a contact (a sent draft, a call)."""

    __tablename__ = "interactions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["contact_id", "owner_id"], ["contacts.id", "contacts.owner_id"], ondelete="CASCADE"
        ),
        Index("ix_interactions_owner_contact", "owner_id", "contact_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    contact_id: Mapped[int] = mapped_column(Integer)
    application_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(CHOICE))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ProfileRow(Base):
    """What drafts sign with (the person's own name and a line about them), and what the
    fit check compares postings with (their skills, experience and CV text)."""

    __tablename__ = "profiles"

    owner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str | None] = mapped_column(String(SHORT))
    headline: Mapped[str | None] = mapped_column(Text)
    skills: Mapped[str | None] = mapped_column(Text)  # one a line
    experience: Mapped[str | None] = mapped_column(Text)
    cv_name: Mapped[str | None] = mapped_column(String(SHORT))
    cv_text: Mapped[str | None] = mapped_column(Text)  # text only; the file is not kept
    skill_terms: Mapped[str | None] = mapped_column(Text)  # "name: other, names" a line
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CheckInRow(Base):
    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_owner_at", "owner_id", "checked_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    mood: Mapped[int] = mapped_column(Integer)  # 1-5
    note: Mapped[str | None] = mapped_column(Text)


class WellbeingRow(Base):
    """One WHO-5 questionnaire: five answers from 0 to 5 and their raw sum (0-25)."""

    __tablename__ = "wellbeing"
    __table_args__ = (Index("ix_wellbeing_owner_at", "owner_id", "taken_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answers: Mapped[str] = mapped_column(String(20))  # e.g. "3,4,2,3,4"
    raw_score: Mapped[int] = mapped_column(Integer)


class PreferencesRow(Base):
    """A person's own reply windows and support resources (null: the installation's), and
    the secret that names their calendar feed."""

    __tablename__ = "preferences"

    owner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    reply_days_applied: Mapped[int | None] = mapped_column(Integer)
    reply_days_screening: Mapped[int | None] = mapped_column(Integer)
    reply_business_days_interviewing: Mapped[int | None] = mapped_column(Integer)
    reply_business_days_final_round: Mapped[int | None] = mapped_column(Integer)
    ghost_after_follow_up_days: Mapped[int | None] = mapped_column(Integer)
    support_resources: Mapped[str | None] = mapped_column(Text)  # a JSON list of lines
    calendar_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class InboxMessageRow(Base):
    """A message the import has processed, by key, so it is never processed twice. It keeps
    no text of the message: only what became of it."""

    __tablename__ = "inbox_messages"
    __table_args__ = (
        UniqueConstraint("owner_id", "key", name="uq_inbox_messages_owner_key"),
        Index("ix_inbox_messages_owner_sender", "owner_id", "sender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    key: Mapped[str] = mapped_column(String(SHORT))  # Message-ID, else a hash of the bytes
    sent_on: Mapped[date | None] = mapped_column(Date)
    label: Mapped[str | None] = mapped_column(String(CHOICE))  # none: it could not be read
    confidence: Mapped[float | None] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(CHOICE))  # acted, queued, ignored, skipped
    application_id: Mapped[int | None] = mapped_column(Integer)
    sender: Mapped[str | None] = mapped_column(String(320))  # kept only for linked job mail
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class InboxReviewRow(Base):
    """A message the import was not sure about, waiting for the person: only what they need
    to decide (who, when, what, a short excerpt, the guess and the suggested application)."""

    __tablename__ = "inbox_review"
    __table_args__ = (
        UniqueConstraint("owner_id", "message_key", name="uq_inbox_review_owner_message_key"),
        Index("ix_inbox_review_owner_status", "owner_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    message_key: Mapped[str] = mapped_column(String(SHORT))
    sender: Mapped[str] = mapped_column(String(320))
    sender_name: Mapped[str | None] = mapped_column(String(SHORT))
    subject: Mapped[str] = mapped_column(Text)
    sent_on: Mapped[date] = mapped_column(Date)
    excerpt: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(CHOICE))  # the guess
    confidence: Mapped[float] = mapped_column(Float)
    why: Mapped[str] = mapped_column(String(SHORT))  # why it waits, in plain words
    application_id: Mapped[int | None] = mapped_column(Integer)  # the suggested application
    company: Mapped[str | None] = mapped_column(String(SHORT))  # as the message names it
    role: Mapped[str | None] = mapped_column(String(SHORT))
    offer_new: Mapped[bool] = mapped_column(Boolean)  # offer to add it as a new application
    status: Mapped[str] = mapped_column(String(CHOICE))  # open, confirmed, dismissed
    decided_label: Mapped[str | None] = mapped_column(String(CHOICE))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class InboxCorrectionRow(Base):
    """A label (or link) the person gave a message: their own training example."""

    __tablename__ = "inbox_corrections"
    __table_args__ = (Index("ix_inbox_corrections_owner", "owner_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    sender: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(CHOICE))
    application_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TrashRow(Base):
    """Something a person deleted, kept for TRASH_DAYS so it can be restored: the rows it
    was made of (and the rows hanging off it), as JSON, gone from their own tables."""

    __tablename__ = "trash"
    __table_args__ = (Index("ix_trash_owner_deleted", "owner_id", "deleted_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    kind: Mapped[str] = mapped_column(String(CHOICE))  # application, contact, ...
    item_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)  # what it was, in a few words
    payload: Mapped[str] = mapped_column(Text)  # {"table": [row, ...], ...}
    deleted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RequestKeyRow(Base):
    """A state-changing request already handled (or being handled), by its idempotency key:
    the same request sent again gets the first answer instead of running twice."""

    __tablename__ = "request_keys"
    __table_args__ = (
        UniqueConstraint("owner_id", "key", name="uq_request_keys_owner_key"),
        Index("ix_request_keys_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = owner_column()
    key: Mapped[str] = mapped_column(String(64))  # a hash of the key, method, path and body
    status: Mapped[int | None] = mapped_column(Integer)  # none while the first is running
    headers: Mapped[str | None] = mapped_column(Text)  # JSON list of [name, value]
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# Hosted mode's account tables share this metadata (migrations, schema checks), kept in a
# module of their own; imported last, as they build on Base above.
from nextyes.store import account_tables as account_tables  # noqa: E402
