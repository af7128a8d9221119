"""Settings from NEXTYES_* environment variables, and the one function choosing the data folder."""

import os
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    """Where a person's NextYes data lives: NEXTYES_HOME, else the platform's data folder."""
    override = os.environ.get("NEXTYES_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("nextyes", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEXTYES_", extra="ignore")

    home: Path = Field(default_factory=default_home, description="Folder for the local database.")
    # A secret: it may carry a password, so it never appears in logs, errors or repr().
    database_url: SecretStr | None = Field(
        default=None, description="SQLAlchemy URL of another database, e.g. postgresql://..."
    )
    host: str = Field(default="127.0.0.1", description="Address `nextyes serve` binds to.")
    port: int = Field(default=8000, description="Port `nextyes serve` listens on.")

    def database_address(self) -> str:
        if self.database_url is not None:
            return self.database_url.get_secret_value()
        return f"sqlite:///{self.home / 'nextyes.db'}"
