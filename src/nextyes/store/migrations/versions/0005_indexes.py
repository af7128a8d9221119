"""indexes for pages that show a fixed number of rows out of many; users.revision

The pipeline lists each stage newest first, Today reads due steps by kind, and the evidence
and weekly figures count rejections and applications by day: each of these reads an index
range instead of every row the person owns. `users.revision` goes up with each change of
a person's data, so figures over their whole search can be remembered until it does.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, table, columns); ix_applications_owner_stage is a prefix of the new stage index.
INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    (
        "ix_applications_owner_stage_since",
        "applications",
        ["owner_id", "stage", "stage_since", "id"],
    ),
    ("ix_applications_owner_updated", "applications", ["owner_id", "updated_at", "id"]),
    ("ix_applications_owner_applied", "applications", ["owner_id", "applied_on"]),
    ("ix_events_owner_to_stage", "events", ["owner_id", "to_stage", "application_id"]),
    ("ix_rejections_owner_day", "rejections", ["owner_id", "rejected_on"]),
    # Per application, in date order: without rejected_on here, SQLite would rather walk
    # ix_rejections_owner_day for its order than look up the application.
    (
        "ix_rejections_owner_application_day",
        "rejections",
        ["owner_id", "application_id", "rejected_on", "id"],
    ),
    ("ix_steps_owner_status_kind_due", "steps", ["owner_id", "status", "kind", "due_on"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.drop_index("ix_applications_owner_stage", table_name="applications")
    op.drop_index("ix_rejections_owner_application", table_name="rejections")
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("revision")
    op.create_index("ix_rejections_owner_application", "rejections", ["owner_id", "application_id"])
    op.create_index("ix_applications_owner_stage", "applications", ["owner_id", "stage"])
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
