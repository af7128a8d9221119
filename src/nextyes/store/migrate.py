"""Schema upgrades through Alembic, run on first use and by `nextyes db upgrade`.

Alembic is imported only when there is work for it: checking that a database is current
is one small query, so every CLI command starts fast."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions; a test checks they agree.
HEAD = "0011"
# Any fixed number works; it only has to be the same in every NextYes process.
PG_LOCK_KEY = 7_146_930_021


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The head as Alembic reads it from the migrations folder."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.scalar(text("SELECT version_num FROM alembic_version"))
        return str(found) if found is not None else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _run(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step: Callable[["Config"], None]) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several app processes may start at once; one migrates, the others wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        step(alembic_config(connection))


def ensure_current(engine: Engine) -> None:
    """Bring the schema to head if it is behind; one small query when it is already there."""
    if current_revision(engine) != HEAD:
        upgrade(engine)
