"""preferences: a person's own reply windows, support resources and calendar feed token

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 11:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "preferences",
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("reply_days_applied", sa.Integer(), nullable=True),
        sa.Column("reply_days_screening", sa.Integer(), nullable=True),
        sa.Column("reply_business_days_interviewing", sa.Integer(), nullable=True),
        sa.Column("reply_business_days_final_round", sa.Integer(), nullable=True),
        sa.Column("ghost_after_follow_up_days", sa.Integer(), nullable=True),
        sa.Column("support_resources", sa.Text(), nullable=True),
        sa.Column("calendar_token", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_preferences_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("owner_id", name=op.f("pk_preferences")),
        sa.UniqueConstraint("calendar_token", name=op.f("uq_preferences_calendar_token")),
    )


def downgrade() -> None:
    op.drop_table("preferences")
