"""Every row one person owns, in every table: for replacing a whole workspace (the demo)."""

from sqlalchemy import Table, delete, func, select

from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import Base, User


def owned_tables() -> list[Table]:
    """The tables holding owned rows, those that others point at last (safe to delete in
    this order whatever the foreign keys). A table added later is included by itself."""
    return [
        table
        for table in reversed(Base.metadata.sorted_tables)
        if "owner_id" in table.c and table is not User.__table__
    ]


class Everything(OwnedRepository):
    def delete(self) -> None:
        """Delete all of this person's rows; their user row (and id) stays."""
        for table in owned_tables():
            self.session.execute(delete(table).where(table.c.owner_id == self.owner_id))

    def count(self) -> int:
        """How many rows this person owns, in all tables together."""
        return sum(
            self.session.scalar(
                select(func.count()).select_from(table).where(table.c.owner_id == self.owner_id)
            )
            or 0
            for table in owned_tables()
        )
