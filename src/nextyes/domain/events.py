"""The timeline: every change to an application is an event with a date and a source."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from nextyes.domain.errors import InvalidInput
from nextyes.domain.stages import Stage


class EventKind(StrEnum):
    CREATED = "created"
    STAGE_CHANGED = "stage_changed"
    REJECTED = "rejected"
    CONTACT_LINKED = "contact_linked"
    REJECTION_UNDONE = "rejection_undone"
    REPLY_RECEIVED = "reply_received"  # the company wrote (an imported email): not silent


class EventSource(StrEnum):
    """Who said so: the person, an imported email, or a rule (such as silence detection)."""

    TYPED = "typed"
    IMPORTED = "imported"
    INFERRED = "inferred"


@dataclass(frozen=True)
class Event:
    id: int
    application_id: int
    kind: EventKind
    occurred_on: date
    recorded_at: datetime
    source: EventSource
    from_stage: Stage | None = None
    to_stage: Stage | None = None
    note: str | None = None


def check_event_day(day: date, last_change: date, today: date) -> date:
    """An event happens neither in the future nor before the change it follows."""
    if day > today:
        raise InvalidInput(
            f"date {day.isoformat()} is in the future (today is {today.isoformat()})"
        )
    if day < last_change:
        raise InvalidInput(
            f"date {day.isoformat()} is before the application's last change"
            f" on {last_change.isoformat()}"
        )
    return day
