"""Migrations: empty -> head and one step down and up again, on SQLite and PostgreSQL."""

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from nextyes.domain.errors import InvalidInput
from nextyes.store import migrate
from nextyes.store.database import Database
from nextyes.store.engine import normalise_url
from nextyes.store.tables import Base
from tests.conftest import throwaway_postgres

FIRST = {"applications", "events", "rejections", "contacts", "contact_links", "past_jobs"}
SECOND = FIRST | {"steps", "if_then_plans", "weekly_plans", "interviews"}
THIRD = SECOND | {
    "reflections", "skills", "practice_questions", "practice_log", "writing_entries",
    "drafts", "interactions", "profiles", "checkins", "wellbeing",
}  # fmt: skip
FIFTH = THIRD | {"preferences"}
SIXTH = FIFTH | {"inbox_messages", "inbox_review", "inbox_corrections"}
OWNED = SIXTH | {"trash", "request_keys"}
ACCOUNTS = {
    "accounts", "web_sessions", "account_links", "sign_in_failures", "api_tokens", "daily_runs",
    "adviser_invites", "advisers", "adviser_notes", "adviser_views",
}  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database with no tables at all."""
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'empty.db'}")
        yield database
        database.dispose()
        return
    with throwaway_postgres("nextyes_migrate") as url:
        database = Database(url)
        yield database
        database.dispose()


def tables(database: Database) -> set[str]:
    return set(inspect(database.engine).get_table_names()) - {"alembic_version"}


def indexes(database: Database, table: str) -> set[str]:
    # From the catalogue: SQLAlchemy's reflection skips indexes on expressions.
    query = {
        "sqlite": "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t",
        "postgresql": "SELECT indexname FROM pg_indexes WHERE tablename = :t",
    }[database.engine.dialect.name]
    with database.engine.connect() as connection:
        return {str(name) for name in connection.scalars(text(query), {"t": table})}


def test_empty_to_head_then_one_step_down_and_up(empty_database: Database) -> None:
    assert migrate.current_revision(empty_database.engine) is None
    empty_database.prepare()
    assert migrate.current_revision(empty_database.engine) == migrate.HEAD
    assert tables(empty_database) == {"users"} | OWNED | ACCOUNTS | {"import_jobs"}
    assert "uq_import_jobs_one_active" in indexes(empty_database, "import_jobs")
    assert "expires_at" in columns(empty_database, "api_tokens")
    skills_columns = {"skills", "experience", "cv_name", "cv_text", "skill_terms"}
    assert skills_columns <= columns(empty_database, "profiles")
    assert "earlier_id" in columns(empty_database, "applications")

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0010"
    assert not skills_columns & columns(empty_database, "profiles")
    assert "earlier_id" not in columns(empty_database, "applications")
    assert {"name", "headline"} <= columns(empty_database, "profiles")

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0009"
    assert tables(empty_database) == {"users"} | OWNED | ACCOUNTS
    assert "expires_at" not in columns(empty_database, "api_tokens")

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0008"
    assert tables(empty_database) == {"users"} | OWNED

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0007"
    assert tables(empty_database) == {"users"} | SIXTH
    assert "notes" not in columns(empty_database, "applications")

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0006"
    assert tables(empty_database) == {"users"} | SIXTH
    assert "ix_applications_owner_outcomes" not in indexes(empty_database, "applications")
    assert "reached" not in columns(empty_database, "applications")

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0005"
    assert tables(empty_database) == {"users"} | FIFTH

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0004"
    assert tables(empty_database) == {"users"} | FIFTH
    assert "ix_applications_owner_stage" in indexes(empty_database, "applications")
    assert "ix_applications_owner_stage_since" not in indexes(empty_database, "applications")

    migrate.downgrade(empty_database.engine, "-1")
    assert migrate.current_revision(empty_database.engine) == "0003"
    assert tables(empty_database) == {"users"} | THIRD

    migrate.upgrade(empty_database.engine)
    assert migrate.current_revision(empty_database.engine) == migrate.HEAD
    assert tables(empty_database) == {"users"} | OWNED | ACCOUNTS | {"import_jobs"}
    assert "ix_applications_owner_stage_since" in indexes(empty_database, "applications")
    assert "ix_applications_owner_outcomes" in indexes(empty_database, "applications")


def columns(database: Database, table: str) -> set[str]:
    return {str(found["name"]) for found in inspect(database.engine).get_columns(table)}


def test_the_migrations_build_exactly_the_tables_the_code_uses(empty_database: Database) -> None:
    """Fails when someone changes tables.py without writing a migration."""
    empty_database.prepare()
    with empty_database.engine.connect() as connection, warnings.catch_warnings():
        # Indexes on expressions are not reflected: the next test compares them.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def index_definitions(database: Database) -> dict[str, str]:
    query = {
        "sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
        "postgresql": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    }[database.engine.dialect.name]
    with database.engine.connect() as connection:
        found = connection.execute(text(query)).all()
    return {str(name): " ".join(str(sql).split()) for name, sql in found}


def test_indexes_on_expressions_are_spelled_as_the_queries_spell_them(
    empty_database: Database, tmp_path: Path
) -> None:
    """The planner uses an index on an expression only for that very expression, so the
    migrations must create each one exactly as tables.py declares it."""
    empty_database.prepare()
    migrated = index_definitions(empty_database)
    if empty_database.engine.dialect.name == "sqlite":
        declared = Database(f"sqlite:///{tmp_path / 'declared.db'}")
        Base.metadata.create_all(declared.engine)
        expected = index_definitions(declared)
        declared.dispose()
    else:
        with throwaway_postgres("nextyes_declared") as url:
            declared = Database(url)
            Base.metadata.create_all(declared.engine)
            expected = index_definitions(declared)
            declared.dispose()
    on_expressions = {
        "ix_applications_owner_outcomes",
        "ix_applications_owner_reply_days",
        "ix_applications_owner_company_reply_days",
    }
    assert on_expressions <= set(expected)
    assert {name: migrated.get(name) for name in on_expressions} == {
        name: expected[name] for name in on_expressions
    }


def test_preparing_twice_is_harmless(empty_database: Database) -> None:
    empty_database.prepare()
    owner = empty_database.owner_id("local")
    empty_database.prepare()
    assert empty_database.owner_id("local") == owner


def test_every_owned_table_has_an_owner(empty_database: Database) -> None:
    empty_database.prepare()
    inspector = inspect(empty_database.engine)
    for table in OWNED:
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        assert "owner_id" in columns, table
        assert columns["owner_id"]["nullable"] is False, table


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'nested' / 'nextyes.db'}").prepare()
    with database.engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
        assert connection.scalar(text("PRAGMA busy_timeout")) == 30000
    database.dispose()
    assert (tmp_path / "nested" / "nextyes.db").exists()


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("garbage-with-secret", "cannot be read"),
        ("mysql://user:secret@db/x", "'mysql' is not supported"),
    ],
)
def test_unsupported_database_urls_are_refused_without_echoing_them(
    address: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message) as raised:
        Database(address)
    assert "secret" not in str(raised.value)


def test_postgres_urls_use_psycopg_3() -> None:
    assert normalise_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_the_head_the_code_expects_is_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD
