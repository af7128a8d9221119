"""Schema upgrades through Alembic, run on first use and by `nextyes db upgrade`."""

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number works; it only has to be the same in every NextYes process.
PG_LOCK_KEY = 7_146_930_021


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step: Callable[[Config], None]) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several app processes may start at once; one migrates, the others wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        step(alembic_config(connection))


def ensure_current(engine: Engine) -> None:
    """Bring the schema to head if it is behind; cheap when it is already there."""
    if current_revision(engine) != head_revision():
        upgrade(engine)
