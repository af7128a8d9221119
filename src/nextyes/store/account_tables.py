"""Tables of hosted mode (docs/hosting.md): who may sign in, and how; and which daily
task has run today, so that several app processes run it once.

These rows say who a person is, not what their search holds, so they name their person in
`user_id`, not `owner_id`: an export leaves them out, and `nextyes forget --everything`
(which deletes every row with an owner_id) forgets the search but keeps the account.
Every secret here is kept as a hash: a copy of the database signs no one in."""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from nextyes.store.tables import SHORT, Base

EMAIL = 320  # the longest address RFC 5321 allows
HASH = 64  # a SHA-256 in hex


class AccountRow(Base):
    """A person who signs in: their address and their password's Argon2id hash."""

    __tablename__ = "accounts"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    email: Mapped[str] = mapped_column(String(EMAIL), unique=True)  # lower case
    password_hash: Mapped[str] = mapped_column(String(SHORT))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSessionRow(Base):
    """One signed-in browser. The cookie holds a random token; this row holds its hash, so
    signing out (or out everywhere) is deleting rows, in every app process at once."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # A few words about the browser, so the person can tell their sign-ins apart.
    device: Mapped[str] = mapped_column(String(SHORT), default="")


class AccountLinkRow(Base):
    """A single-use link sent to an address: an invitation to make an account, or a
    password reset. Only the token's hash is kept; it expires, and is spent on use."""

    __tablename__ = "account_links"

    id: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16))  # "invite" or "reset"
    email: Mapped[str] = mapped_column(String(EMAIL))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SignInFailureRow(Base):
    """A failed sign-in, by what it was throttled on: the address typed (whether or not it
    has an account, so the throttle tells nothing) or where the request came from. Both
    as hashes: the table is no list of who tried what."""

    __tablename__ = "sign_in_failures"
    __table_args__ = (Index("ix_sign_in_failures_key_at", "key", "failed_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(HASH))
    failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiTokenRow(Base):
    """A personal access token for the API, named by its person ("my script"). Shown once
    when made; only its hash is kept. It lasts the days its person chose; revoking it
    deletes the row."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # After this a token opens nothing (migration 0010; tokens made before it never expire).
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class DailyRunRow(Base):
    """The last day a daily task (the silence sweep) ran, for every app process to see."""

    __tablename__ = "daily_runs"

    name: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    last_day: Mapped[date] = mapped_column(Date)
    ran_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AdviserInviteRow(Base):
    """A seeker's single-use link inviting an adviser (by the hash of its token)."""

    __tablename__ = "adviser_invites"

    id: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AdviserRow(Base):
    """An adviser a seeker shares with, and what they share, field by field. Deleting the
    row (the seeker stopping it) ends the adviser's access at once."""

    __tablename__ = "advisers"
    __table_args__ = (UniqueConstraint("seeker_id", "adviser_id", name="uq_advisers_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    adviser_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    share_funnel: Mapped[bool] = mapped_column(Boolean, server_default=true())
    share_plans: Mapped[bool] = mapped_column(Boolean, server_default=true())
    share_week: Mapped[bool] = mapped_column(Boolean, server_default=true())
    share_checkins: Mapped[bool] = mapped_column(Boolean, server_default=false())
    share_who5: Mapped[bool] = mapped_column(Boolean, server_default=false())
    share_reflections: Mapped[bool] = mapped_column(Boolean, server_default=false())
    share_writing: Mapped[bool] = mapped_column(Boolean, server_default=false())


class AdviserNoteRow(Base):
    """A note an adviser leaves for a seeker."""

    __tablename__ = "adviser_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    adviser_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AdviserViewRow(Base):
    """One look an adviser took at a seeker's shared data: the seeker sees every one."""

    __tablename__ = "adviser_views"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    adviser_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    seen: Mapped[str] = mapped_column(String(SHORT))  # what was shown, e.g. "funnel, plans"
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# An import job is "active" while queued or running; a person has at most one at a time.
ACTIVE_IMPORT = ("queued", "running")


class ImportJobRow(Base):
    """A mail import running in the background (hosted mode): where it stands, and what it
    found. The mail itself is never stored here; the summary names the applications it
    changed, so `forget --everything` deletes these rows too, and finished ones go after a
    week. A partial unique index lets a person have one active import, across processes."""

    __tablename__ = "import_jobs"
    __table_args__ = (
        Index(
            "uq_import_jobs_one_active",
            "user_id",
            unique=True,
            sqlite_where=text("status IN ('queued', 'running')"),
            postgresql_where=text("status IN ('queued', 'running')"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # mbox, eml or imap
    what: Mapped[str] = mapped_column(String(SHORT))  # the files' names, or "INBOX at host"
    status: Mapped[str] = mapped_column(String(16))  # queued, running, done or failed
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Written as the import goes: a running job whose heartbeat stops has lost its process.
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    read: Mapped[int] = mapped_column(Integer, default=0)  # messages read so far
    summary: Mapped[str | None] = mapped_column(Text)  # the ImportSummary as JSON, when done
    error: Mapped[str | None] = mapped_column(Text)  # one line, when failed
