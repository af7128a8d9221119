"""accounts for hosted mode: sign-in, sessions, single-use links, failed sign-ins

- `accounts`: a person's address and Argon2id password hash, keyed by their users.id.
- `web_sessions`: one row per signed-in browser, by the hash of its cookie's token.
- `account_links`: invitation and password-reset links, by the hash of their token.
- `sign_in_failures`: failed sign-ins by hashed address or origin, for throttling.
- `api_tokens`: personal access tokens for the API, by the hash of the token.
- `daily_runs`: the day each daily task last ran, so several app processes run it once.
- `adviser_invites`, `advisers`, `adviser_notes`, `adviser_views`: a seeker's advisers,
  what each may see (field by field), their notes, and every look they took.

Local mode never writes to them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user(table: str, primary: bool = False) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("user_id", sa.Integer(), nullable=False, primary_key=primary),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "accounts",
        *_user("accounts", primary=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("email", name=op.f("uq_accounts_email")),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        *_user("web_sessions"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
    )
    op.create_index(op.f("ix_web_sessions_user_id"), "web_sessions", ["user_id"])
    op.create_table(
        "account_links",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_links")),
    )
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_failures")),
    )
    op.create_index("ix_sign_in_failures_key_at", "sign_in_failures", ["key", "failed_at"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.String(length=64), nullable=False),
        *_user("api_tokens"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
    )
    op.create_index(op.f("ix_api_tokens_user_id"), "api_tokens", ["user_id"])
    op.create_table(
        "daily_runs",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_daily_runs")),
    )
    _advisers()


def _seeker(table: str, column: str = "seeker_id") -> sa.schema.SchemaItem:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete="CASCADE"
    )


def _advisers() -> None:
    op.create_table(
        "adviser_invites",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        _seeker("adviser_invites"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adviser_invites")),
    )
    op.create_index(op.f("ix_adviser_invites_seeker_id"), "adviser_invites", ["seeker_id"])
    shares: list[sa.schema.SchemaItem] = [
        sa.Column(f"share_{name}", sa.Boolean(), server_default=sa.true() if on else sa.false(),
                  nullable=False)
        for name, on in (("funnel", True), ("plans", True), ("week", True), ("checkins", False),
                         ("who5", False), ("reflections", False), ("writing", False))
    ]  # fmt: skip
    op.create_table(
        "advisers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("adviser_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        *shares,
        _seeker("advisers"),
        _seeker("advisers", "adviser_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisers")),
        sa.UniqueConstraint("seeker_id", "adviser_id", name="uq_advisers_pair"),
    )
    op.create_index(op.f("ix_advisers_seeker_id"), "advisers", ["seeker_id"])
    op.create_index(op.f("ix_advisers_adviser_id"), "advisers", ["adviser_id"])
    for table, extra in (
        ("adviser_notes", sa.Column("body", sa.Text(), nullable=False)),
        ("adviser_views", sa.Column("seen", sa.String(length=200), nullable=False)),
    ):
        when = "created_at" if table == "adviser_notes" else "at"
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("seeker_id", sa.Integer(), nullable=False),
            sa.Column("adviser_id", sa.Integer(), nullable=False),
            extra,
            sa.Column(when, sa.DateTime(timezone=True), nullable=False),
            _seeker(table),
            _seeker(table, "adviser_id"),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_seeker_id"), table, ["seeker_id"])


def downgrade() -> None:
    for table in ("adviser_views", "adviser_notes", "advisers", "adviser_invites"):
        op.drop_table(table)  # their indexes go with them
    op.drop_table("daily_runs")
    op.drop_index(op.f("ix_api_tokens_user_id"), table_name="api_tokens")
    op.drop_table("api_tokens")
    op.drop_index("ix_sign_in_failures_key_at", table_name="sign_in_failures")
    op.drop_table("sign_in_failures")
    op.drop_table("account_links")
    op.drop_index(op.f("ix_web_sessions_user_id"), table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_table("accounts")
