"""Time, injected: every rule that depends on "now" asks a clock, so tests can travel."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    def today(self) -> date:
        """The person's calendar date."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        # The person's local date: a rejection read at 23:30 happened "today" for them.
        return date.today()


@dataclass
class FixedClock:
    """A clock that stays where it is put; `advance` moves it on."""

    instant: datetime

    @classmethod
    def on(cls, day: date, hour: int = 12) -> "FixedClock":
        return cls(datetime(day.year, day.month, day.day, hour, tzinfo=UTC))

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.instant.date()

    def advance(self, days: int = 0, hours: int = 0) -> None:
        self.instant += timedelta(days=days, hours=hours)
