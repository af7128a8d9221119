"""A workspace is one person's view of the store: their owner id, the database, a clock."""

from dataclasses import dataclass

from nextyes.clock import Clock, SystemClock
from nextyes.config import Settings
from nextyes.store.database import LOCAL_OWNER, Database
from nextyes.store.private import private_folder


@dataclass(frozen=True)
class Workspace:
    db: Database
    owner_id: int
    clock: Clock

    @classmethod
    def open(
        cls, settings: Settings, owner: str = LOCAL_OWNER, clock: Clock | None = None
    ) -> "Workspace":
        """Open (creating or upgrading as needed) the configured database for one owner."""
        if settings.home.is_dir():  # it holds the database, backups and the web app's key
            private_folder(settings.home)
        db = Database(settings.database_address()).prepare()
        return cls(db, db.owner_id(owner), clock or SystemClock())
