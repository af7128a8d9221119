"""skills profile: what the fit check compares a posting with

- `profiles.skills`: the person's skills, one a line, as they typed them or confirmed them
  from their CV.
- `profiles.experience`: a few lines about their experience, in their own words.
- `profiles.cv_name`, `profiles.cv_text`: the name and the text of the CV they gave (text
  only; the file itself is not kept).
- `profiles.skill_terms`: words of their own for the skills vocabulary, one a line:
  `name: another name, an abbreviation`.

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
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("skills", sa.Text(), nullable=True))
        batch.add_column(sa.Column("experience", sa.Text(), nullable=True))
        batch.add_column(sa.Column("cv_name", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("cv_text", sa.Text(), nullable=True))
        batch.add_column(sa.Column("skill_terms", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        for name in ("skill_terms", "cv_text", "cv_name", "experience", "skills"):
            batch.drop_column(name)
