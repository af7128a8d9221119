"""Settings from NEXTYES_* environment variables, and the one function choosing the data folder."""

import os
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from nextyes.domain.silence import ReplyWindows

# In hosted mode the secret key signs the security tokens of many people's sessions: a short
# one could be guessed.
SECRET_KEY_MIN = 32
DEMO_FOLDER = "demo"  # NEXTYES_HOME/demo: `nextyes serve --demo` and `nextyes demo` use it


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
    # Local mode has no sign-in: an address other machines can reach opens everything to
    # them, so `serve` refuses one unless this (or --allow-network) says it is meant.
    allow_network: bool = Field(
        default=False,
        description="Let `nextyes serve` bind to an address other machines can reach.",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Extra host names the web app answers to (a JSON list), besides"
        " 127.0.0.1, localhost and the NEXTYES_HOST address.",
    )
    # Signs the web app's CSRF tokens. Unset, a random key is kept in NEXTYES_HOME; several
    # processes serving one database must share it (the same home, or this variable).
    secret_key: SecretStr | None = Field(
        default=None, description="Key that signs the web app's security tokens."
    )

    # Local: one person, SQLite, no sign-in. Hosted (docs/hosting.md): many people with
    # accounts on PostgreSQL, for a career centre.
    mode: Literal["local", "hosted"] = Field(
        default="local", description="local (one person, no sign-in) or hosted (accounts)."
    )
    # Hosted mode: who may make an account. "invite": only with a link from
    # `nextyes admin invite`; "open": anyone, by a link sent to the address they give.
    signup: Literal["invite", "open"] = Field(
        default="invite", description="Hosted mode: invite (links from an admin) or open."
    )
    user: str | None = Field(
        default=None, description="Hosted mode: the account (email) the CLI acts for."
    )
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Hosted mode: the address people reach the app at, for links in emails.",
    )
    session_days: int = Field(
        default=30, ge=1, le=365, description="Hosted mode: days a sign-in lasts at most."
    )
    access_log: bool = Field(
        default=True,
        description="Hosted mode: log each request (method, route, status, time; no address,"
        " id or query) to standard error.",
    )
    import_workers: int = Field(
        default=2,
        ge=1,
        le=32,
        description="Hosted mode: mail imports each app process runs at once, in the background.",
    )
    imports_per_day: int = Field(
        default=20, ge=1, le=10_000, description="Hosted mode: imports a person may start a day."
    )
    fetch_timeout: float = Field(
        default=15.0,
        gt=0,
        le=120,
        description="Seconds to wait for a job posting's page (add --from URL), all in all.",
    )
    smtp_host: str | None = Field(default=None, description="SMTP server for account emails.")
    smtp_port: int = Field(default=587, description="SMTP port.")
    smtp_user: str | None = Field(default=None, description="SMTP user name, if it needs one.")
    smtp_password: SecretStr | None = Field(default=None, description="SMTP password.")
    smtp_starttls: bool = Field(default=True, description="Upgrade the SMTP link with TLS.")
    smtp_from: str = Field(
        default="NextYes <nextyes@localhost>", description="Sender of account emails."
    )

    # How long to wait for a reply before an application counts as quiet.
    reply_days_applied: int = Field(default=21, ge=1, le=365)
    reply_days_screening: int = Field(default=10, ge=1, le=365)
    reply_business_days_interviewing: int = Field(default=10, ge=1, le=260)
    reply_business_days_final_round: int = Field(default=7, ge=1, le=260)
    ghost_after_follow_up_days: int = Field(default=7, ge=1, le=365)

    # Automatic backups of the local SQLite database (docs/backups.md): at most one a day,
    # keeping the newest of this many recent days and weeks. 0 days turns them off.
    backup_days: int = Field(default=7, ge=0, le=366)
    backup_weeks: int = Field(default=4, ge=0, le=520)

    # Where the gentle support suggestion points (a JSON list); a career centre can name its
    # own services. The defaults work anywhere, so they name kinds of help, not numbers.
    support_resources: list[str] = Field(
        default_factory=lambda: [
            "Someone you trust: a friend, a relative, someone who has searched for work too.",
            "Your doctor or a local health service: they can listen and point you to support.",
            "Your career centre or job coach: a search is lighter with someone in your corner.",
            "If you are in danger or thinking of harming yourself: call your local emergency"
            " number now.",
        ],
        description="Places to turn that the support suggestion lists.",
    )

    def reply_windows(self) -> ReplyWindows:
        return ReplyWindows(
            applied_days=self.reply_days_applied,
            screening_days=self.reply_days_screening,
            interviewing_business_days=self.reply_business_days_interviewing,
            final_round_business_days=self.reply_business_days_final_round,
            ghost_after_follow_up_days=self.ghost_after_follow_up_days,
        )

    def trusted_hosts(self) -> list[str]:
        """The Host names the web app answers to; others get 400 (no DNS rebinding)."""
        hosts = ["127.0.0.1", "localhost", "::1", "[::1]", *self.allowed_hosts]
        if self.host not in ("0.0.0.0", "::", ""):  # a wildcard bind names no host
            hosts.append(self.host)
        return list(dict.fromkeys(hosts))

    def hosted(self) -> bool:
        return self.mode == "hosted"

    def hosted_problem(self) -> str | None:
        """Why hosted mode cannot start with these settings, in one line; None when it can."""
        if not self.hosted():
            return None
        if self.sqlite_file() is not None or self.database_url is None:
            return (
                "hosted mode needs PostgreSQL: set NEXTYES_DATABASE_URL to a postgresql://"
                " address (SQLite serves one person, on their own machine)"
            )
        if not self.database_address().startswith(("postgresql", "postgres")):
            return "hosted mode needs PostgreSQL: NEXTYES_DATABASE_URL names another database"
        if self.signup == "open" and not self.smtp_host:
            return (
                "open sign-up mails each person a link: set NEXTYES_SMTP_HOST to a mail"
                " server, or use NEXTYES_SIGNUP=invite"
            )
        key = self.secret_key.get_secret_value() if self.secret_key else ""
        if len(key) < SECRET_KEY_MIN:
            return (
                f"hosted mode needs NEXTYES_SECRET_KEY, at least {SECRET_KEY_MIN} random"
                " characters shared by every app process (e.g. from `openssl rand -hex 32`)"
            )
        return None

    def database_address(self) -> str:
        if self.database_url is not None:
            return self.database_url.get_secret_value()
        return f"sqlite:///{self.home / 'nextyes.db'}"

    def sqlite_file(self) -> Path | None:
        """The SQLite file the data lives in; None for a database server (or a URL that
        cannot be read, which opening the database reports on its own)."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(self.database_address())
        except ArgumentError:
            return None
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database).expanduser().absolute()

    def demo_home(self) -> Path:
        """The demo's own folder, beside the person's database: a home of its own."""
        return self.home / DEMO_FOLDER

    def for_demo(self) -> "Settings":
        """These settings, pointed at the demo's own SQLite file (never NEXTYES_DATABASE_URL)
        and its own security key, so nothing of the demo can reach the person's data: not a
        row, and not a form from a demo page sent after they have left it."""
        return self.model_copy(
            update={"home": self.demo_home(), "database_url": None, "secret_key": None}
        )
