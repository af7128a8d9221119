"""applications carry the summary of their events; indexes shaped like the insights' groupings

Each application keeps how far its events went (`reached`), whether one was a clear "no"
(`said_no`) or silence (`went_quiet`), and the day of its first reply (`first_reply_on`),
filled here from the events already written and kept up to date by the store as each event
is added. The insights then read one row per application, and three indexes let them group
and read reply times without sorting or visiting the rows (each also holds the columns
under its expressions: SQLite before 3.41 reads an expression's columns, not its value).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 12:00:00.000000
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As domain/timelines.py and domain/insights.rank had them when this was written.
RANKS = {
    "rejected": -1,
    "ghosted": -1,
    "screening": 2,
    "interviewing": 3,
    "final_round": 4,
    "offer": 5,
    "accepted": 6,
}

# Spelled as store/sqlfunctions.py compiles month_key and days_between for each engine.
MONTH = {
    "sqlite": "substr(applied_on, 1, 7)",
    "postgresql": "CAST(date_trunc('month', CAST(applied_on AS TIMESTAMP)) AS DATE)",
}
REPLY_DAYS = {
    "sqlite": "CAST(julianday(first_reply_on) - julianday(applied_on) AS INTEGER)",
    "postgresql": "(first_reply_on - applied_on)",
}
REPLIED = "first_reply_on >= applied_on"


def upgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("reached", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("said_no", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column("went_quiet", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("first_reply_on", sa.Date(), nullable=True))
    _fill_from_events()
    dialect = op.get_bind().dialect.name
    month, days = MONTH[dialect], REPLY_DAYS[dialect]
    where: dict[str, Any] = {f"{dialect}_where": sa.text(REPLIED)}
    op.create_index(
        "ix_applications_owner_outcomes",
        "applications",
        [
            "owner_id",
            "channel",
            sa.text(month),
            "reached",
            "said_no",
            "went_quiet",
            "stage",
            "applied_on",
        ],
    )
    op.create_index(
        "ix_applications_owner_reply_days",
        "applications",
        ["owner_id", sa.text(days), "first_reply_on", "applied_on"],
        **where,
    )
    op.create_index(
        "ix_applications_owner_company_reply_days",
        "applications",
        ["owner_id", "company", sa.text(days), "first_reply_on", "applied_on"],
        **where,
    )


def _fill_from_events() -> None:
    """What domain/timelines.py would have folded from each application's events."""
    applications = sa.table(
        "applications",
        sa.column("id", sa.Integer()),
        sa.column("owner_id", sa.Integer()),
        sa.column("reached", sa.Integer()),
        sa.column("said_no", sa.Boolean()),
        sa.column("went_quiet", sa.Boolean()),
        sa.column("first_reply_on", sa.Date()),
    )
    events = sa.table(
        "events",
        sa.column("application_id", sa.Integer()),
        sa.column("owner_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("to_stage", sa.String()),
        sa.column("occurred_on", sa.Date()),
    )
    stage = events.c.to_stage
    summaries = (
        sa.select(
            events.c.application_id.label("application_id"),
            events.c.owner_id.label("owner_id"),
            sa.func.max(sa.case(RANKS, value=stage)).label("reached"),
            sa.func.max(sa.case((stage == "rejected", 1), else_=0)).label("said_no"),
            sa.func.max(sa.case((stage == "ghosted", 1), else_=0)).label("went_quiet"),
            sa.func.min(
                sa.case(
                    (sa.and_(stage != "ghosted", events.c.kind != "created"), events.c.occurred_on)
                )
            ).label("first_reply_on"),
        )
        .where(stage.in_(sorted(RANKS)))
        .group_by(events.c.application_id, events.c.owner_id)
        .subquery()
    )
    op.execute(
        applications.update()
        .values(
            reached=summaries.c.reached,
            said_no=summaries.c.said_no == 1,
            went_quiet=summaries.c.went_quiet == 1,
            first_reply_on=summaries.c.first_reply_on,
        )
        .where(
            applications.c.id == summaries.c.application_id,
            applications.c.owner_id == summaries.c.owner_id,
        )
    )


def downgrade() -> None:
    for name in (
        "ix_applications_owner_company_reply_days",
        "ix_applications_owner_reply_days",
        "ix_applications_owner_outcomes",
    ):
        op.drop_index(name, table_name="applications")
    with op.batch_alter_table("applications") as batch:
        for column in ("first_reply_on", "went_quiet", "said_no", "reached"):
            batch.drop_column(column)
