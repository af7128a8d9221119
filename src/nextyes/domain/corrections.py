"""Correcting a timeline: which entries can change or go, and what an application's stage
and dates become once they have.

An application's stage, its dates and its summary (domain/timelines.py) all follow from its
events, so after any correction they are worked out again from the events that remain
(`replay`), never patched by hand. Pure: no I/O."""

from dataclasses import dataclass
from datetime import date

from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import Event, EventKind
from nextyes.domain.fields import search_day
from nextyes.domain.stages import IN_PROCESS, Stage
from nextyes.domain.timelines import Timeline

# Entries that say something happened without changing the stage: they can go freely.
NOTES = frozenset({EventKind.CONTACT_LINKED, EventKind.REPLY_RECEIVED})


@dataclass(frozen=True)
class Replayed:
    """What an application's events say about it now."""

    stage: Stage
    stage_since: date
    created_on: date
    applied_on: date | None
    summary: Timeline


def replay(events: list[Event]) -> Replayed:
    """Fold an application's events, oldest first, into its stage and dates (the same rules
    the store follows as each event is added: store/repositories.py change_stage)."""
    first = events[0] if events else None
    if first is None or first.kind is not EventKind.CREATED or first.to_stage is None:
        raise InvalidInput("a timeline starts with the entry that added the application")
    stage: Stage = first.to_stage
    since, created = first.occurred_on, first.occurred_on
    applied = None if stage is Stage.SAVED else created
    summary = Timeline()
    for event in events:
        summary = summary.after(event.kind, event.to_stage, event.occurred_on)
        if event is first or event.to_stage is None:
            continue
        stage, since = event.to_stage, event.occurred_on
        if applied is None and (stage in IN_PROCESS or stage is Stage.OFFER):
            applied = event.occurred_on
    return Replayed(stage, since, created, applied, summary)


def moves(events: list[Event]) -> list[Event]:
    """The entries that set the stage (the first, every move, every "no" and its undo)."""
    return [e for e in events if e.to_stage is not None]


def check_removable(events: list[Event], entry: Event) -> None:
    """A note-like entry can always go; a move only if it is the latest one (the moves
    after an earlier one started from where it led); the first entry never (delete the
    application instead), nor the record of an undo."""
    if entry.kind is EventKind.CREATED:
        raise InvalidInput(
            "the first entry of a timeline stays with its application; to remove both,"
            " delete the application"
        )
    if entry.kind is EventKind.REJECTION_UNDONE:
        raise InvalidInput("this entry records an undone rejection; it stays in the history")
    if entry.kind in NOTES:
        return
    if moves(events)[-1].id != entry.id:
        raise InvalidInput(
            "only the latest move can be taken back; later moves started from this one"
        )


def check_new_day(events: list[Event], entry: Event, day: date, today: date) -> date:
    """A corrected date keeps the entry where it is on the timeline: not before the entry
    before it, not after the one after it, and within the search."""
    search_day(day, today)
    position = [e.id for e in events].index(entry.id)
    before = events[position - 1] if position > 0 else None
    after = events[position + 1] if position + 1 < len(events) else None
    if before is not None and day < before.occurred_on:
        raise InvalidInput(
            f"date {day.isoformat()} is before the entry before it"
            f" ({before.occurred_on.isoformat()}); entries keep their order"
        )
    if after is not None and day > after.occurred_on:
        raise InvalidInput(
            f"date {day.isoformat()} is after the entry after it"
            f" ({after.occurred_on.isoformat()}); entries keep their order"
        )
    return day
