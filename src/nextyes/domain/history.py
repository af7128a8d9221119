"""Past jobs and how they were found: the channels that have worked for this person before."""

from dataclasses import dataclass, replace
from datetime import date

from nextyes.domain.applications import Channel
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LONG_TEXT, not_in_future, optional_text, required_text


@dataclass(frozen=True)
class NewPastJob:
    company: str
    role: str
    channel: Channel
    started_on: date | None = None
    ended_on: date | None = None
    notes: str | None = None

    def validated(self, today: date) -> "NewPastJob":
        if self.started_on is not None:
            not_in_future(self.started_on, today, "start date")
        if self.ended_on is not None:
            not_in_future(self.ended_on, today, "end date")
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise InvalidInput(
                f"end date {self.ended_on.isoformat()} is before start date"
                f" {self.started_on.isoformat()}"
            )
        return replace(
            self,
            company=required_text(self.company, "company"),
            role=required_text(self.role, "role"),
            notes=optional_text(self.notes, "notes", LONG_TEXT),
        )


@dataclass(frozen=True)
class PastJob:
    id: int
    company: str
    role: str
    channel: Channel
    started_on: date | None = None
    ended_on: date | None = None
    notes: str | None = None
