"""skills profile: what the fit check compares a posting with; applying again

- `profiles.skills`: the person's skills, one a line, as they typed them or confirmed them
  from their CV.
- `profiles.experience`: a few lines about their experience, in their own words.
- `profiles.cv_name`, `profiles.cv_text`: the name and the text of the CV they gave (text
  only; the file itself is not kept).
- `profiles.skill_terms`: words of their own for the skills vocabulary, one a line:
  `name: another name, an abbreviation`.
- `applications.earlier_id`: the person's earlier application to the same posting, when
  they applied again knowing of it (a plain id, not a foreign key: deleting the earlier one
  must not touch the later, which then simply names none).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 17:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD/DROP COLUMN (SQLite has both): a batch copy of `applications` would lose its
    # indexes on expressions, which reflection cannot see.
    op.add_column("profiles", sa.Column("skills", sa.Text(), nullable=True))
    op.add_column("profiles", sa.Column("experience", sa.Text(), nullable=True))
    op.add_column("profiles", sa.Column("cv_name", sa.String(length=200), nullable=True))
    op.add_column("profiles", sa.Column("cv_text", sa.Text(), nullable=True))
    op.add_column("profiles", sa.Column("skill_terms", sa.Text(), nullable=True))
    op.add_column("applications", sa.Column("earlier_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("applications", "earlier_id")
    for name in ("skill_terms", "cv_text", "cv_name", "experience", "skills"):
        op.drop_column("profiles", name)
