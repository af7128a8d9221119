"""Scheduled interviews: unlike events, they usually lie ahead."""

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LINK_TEXT, LONG_TEXT, optional_text

MIN_MINUTES = 1
MAX_MINUTES = 600  # ten hours: a whole on-site day, and no typo of a day or more


@dataclass(frozen=True)
class NewInterview:
    application_id: int
    starts_at: datetime  # aware; stored in UTC
    minutes: int = 60
    title: str | None = None
    location: str | None = None  # an address, a room, or a video-call link
    notes: str | None = None

    def validated(self) -> "NewInterview":
        """A cleaned copy with `starts_at` in UTC, or InvalidInput naming the first problem."""
        if self.starts_at.tzinfo is None or self.starts_at.utcoffset() is None:
            # A wall-clock time without a zone could be hours off once it reaches a calendar.
            raise InvalidInput("the interview's start time needs a time zone")
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES:
            raise InvalidInput(
                f"minutes must be from {MIN_MINUTES} to {MAX_MINUTES}; you wrote {self.minutes}"
            )
        return replace(
            self,
            starts_at=self.starts_at.astimezone(UTC),
            title=optional_text(self.title, "title"),
            location=optional_text(self.location, "location", LINK_TEXT),
            notes=optional_text(self.notes, "notes", LONG_TEXT),
        )


@dataclass(frozen=True)
class Interview:
    id: int
    application_id: int
    starts_at: datetime
    minutes: int
    title: str | None = None
    location: str | None = None
    notes: str | None = None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    def has_ended(self, now: datetime) -> bool:
        return self.ends_at <= now
