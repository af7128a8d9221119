"""corrections: notes on applications, a trash to restore from, idempotency keys, one "no"

- `applications.notes`: the person's own notes on an application.
- `trash`: what a person deleted, kept 30 days as JSON so one click restores it.
- `request_keys`: state-changing requests already handled, by idempotency key, so the same
  request sent twice (a double click, a retry after a lost answer) runs once.
- one rejection per application, form and day: the same "no" sent twice at once was
  recorded twice, with two plans. Duplicates already written are folded into the first
  (their steps move to it, then the copies and their open steps go).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DUPLICATES = """
    SELECT r.id, (
        SELECT min(k.id) FROM rejections k
        WHERE k.owner_id = r.owner_id AND k.application_id = r.application_id
          AND k.form = r.form AND k.rejected_on = r.rejected_on
    ) AS kept
    FROM rejections r
"""


def _owner(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f(f"fk_{table}_owner_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    # Not in batch mode: on SQLite that rebuilds the table from reflection, which cannot see
    # its indexes on expressions (they would be lost). Adding a nullable column needs neither.
    op.add_column("applications", sa.Column("notes", sa.Text(), nullable=True))
    op.create_table(
        "trash",
        *_owner("trash"),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(op.f("ix_trash_owner_id"), "trash", ["owner_id"])
    op.create_index("ix_trash_owner_deleted", "trash", ["owner_id", "deleted_at"])
    op.create_table(
        "request_keys",
        *_owner("request_keys"),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("headers", sa.Text(), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("owner_id", "key", name="uq_request_keys_owner_key"),
    )
    op.create_index(op.f("ix_request_keys_owner_id"), "request_keys", ["owner_id"])
    op.create_index("ix_request_keys_created", "request_keys", ["created_at"])
    _fold_duplicate_rejections()
    op.create_index(
        "uq_rejections_owner_application_form_day",
        "rejections",
        ["owner_id", "application_id", "form", "rejected_on"],
        unique=True,
    )


def _fold_duplicate_rejections() -> None:
    bind = op.get_bind()
    pairs = [(row.id, row.kept) for row in bind.execute(sa.text(DUPLICATES)) if row.id != row.kept]
    for copy, kept in pairs:
        found = bind.execute(
            sa.text("SELECT application_id, rejected_on FROM rejections WHERE id = :copy"),
            {"copy": copy},
        ).one()
        _drop_copied_events(found.application_id, found.rejected_on)
        # Steps already done or skipped stay in the history, under the rejection kept.
        bind.execute(
            sa.text("DELETE FROM steps WHERE rejection_id = :copy AND status = 'open'"),
            {"copy": copy},
        )
        for table in ("steps", "reflections"):
            bind.execute(
                sa.text(f"UPDATE {table} SET rejection_id = :kept WHERE rejection_id = :copy"),
                {"kept": kept, "copy": copy},
            )
        bind.execute(sa.text("DELETE FROM rejections WHERE id = :copy"), {"copy": copy})


def _drop_copied_events(application_id: int, day: object) -> None:
    """The copy's "heard no" entry on the timeline: the later of two alike on one day."""
    bind = op.get_bind()
    events = bind.execute(
        sa.text(
            "SELECT id, to_stage FROM events WHERE application_id = :a AND kind = 'rejected'"
            " AND occurred_on = :day ORDER BY id"
        ),
        {"a": application_id, "day": day},
    ).all()
    seen: set[str] = set()
    for event in events:
        if event.to_stage in seen:
            bind.execute(sa.text("DELETE FROM events WHERE id = :id"), {"id": event.id})
        seen.add(event.to_stage)


def downgrade() -> None:
    op.drop_index("uq_rejections_owner_application_form_day", table_name="rejections")
    op.drop_index("ix_request_keys_created", table_name="request_keys")
    op.drop_index(op.f("ix_request_keys_owner_id"), table_name="request_keys")
    op.drop_table("request_keys")
    op.drop_index("ix_trash_owner_deleted", table_name="trash")
    op.drop_index(op.f("ix_trash_owner_id"), table_name="trash")
    op.drop_table("trash")
    op.drop_column("applications", "notes")  # SQLite 3.35+ drops a column in place
