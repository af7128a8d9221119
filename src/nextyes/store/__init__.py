"""Storage: SQLAlchemy tables, owner-scoped repositories, Alembic migrations."""
