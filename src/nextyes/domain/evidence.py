"""Evidence cards: "it is rarely about you", shown with the person's own numbers.

Every number on a card comes from the person's own applications or from a published figure
in evidence_figures. Small counts are said as "2 of 3", never as a percentage, and nothing
ever divides by zero."""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nextyes.domain.applications import Application
from nextyes.domain.events import Event
from nextyes.domain.evidence_texts import (
    MIN_SENT_FOR_RATES,
    EvidenceCard,
    Focus,
    Tally,
    how_far_card,
    not_about_you_card,
    replies_card,
    silence_card,
    too_early_card,
)
from nextyes.domain.rejections import Rejection, RejectionForm
from nextyes.domain.stages import PIPELINE, Stage

__all__ = [
    "EvidenceCard",
    "Focus",
    "Standing",
    "Tally",
    "Track",
    "cards_for_standings",
    "evidence_cards",
    "how_far_card",
    "how_far_from",
    "standings",
    "tally",
    "tracks",
]

AFTER_INTERVIEW = frozenset({Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER})


@dataclass(frozen=True)
class Track:
    """What the cards need to know about one application."""

    application_id: int
    sent: bool
    furthest: int  # rank of the furthest pipeline stage it ever entered; accepted is past offer
    explicit_no: bool
    quiet_at: Stage | None  # the stage it had reached when it last went silent
    closed: bool


@dataclass(frozen=True)
class Standing:
    """What the cards count about a sent application: how far it got and how it ended.
    A search of thousands has only a few dozen distinct standings, so the store can count
    them in SQL (store/evidence.py) instead of loading every application."""

    furthest: int
    explicit_no: bool
    quiet_at: Stage | None
    closed: bool


def rank(stage: Stage) -> int:
    """How far along the search a stage is; outcomes other than accepted rank nowhere."""
    if stage is Stage.ACCEPTED:
        return len(PIPELINE)
    return PIPELINE.index(stage) if stage in PIPELINE else -1


def tracks(
    applications: Sequence[Application],
    events: Sequence[Event],
    rejections: Sequence[Rejection],
) -> list[Track]:
    """One track per application, from its whole timeline (not only its current stage:
    a rejected application still reached the final round)."""
    furthest: dict[int, int] = {}
    for event in events:
        if event.to_stage is not None:
            here = rank(event.to_stage)
            furthest[event.application_id] = max(furthest.get(event.application_id, -1), here)
    explicit: set[int] = set()
    quiet_at: dict[int, Stage] = {}
    for rejection in sorted(rejections, key=lambda r: (r.on, r.id)):
        if rejection.form is RejectionForm.EXPLICIT:
            explicit.add(rejection.application_id)
        else:
            quiet_at[rejection.application_id] = rejection.stage_reached
    return [
        Track(
            application_id=a.id,
            sent=a.applied_on is not None,
            furthest=max(furthest.get(a.id, -1), rank(a.stage)),
            explicit_no=a.id in explicit,
            quiet_at=quiet_at.get(a.id),
            closed=a.stage is Stage.CLOSED,
        )
        for a in applications
    ]


def standings(all_tracks: Sequence[Track]) -> Counter[Standing]:
    """How many sent applications stand where: all the cards need to know."""
    return Counter(
        Standing(t.furthest, t.explicit_no, t.quiet_at, t.closed) for t in all_tracks if t.sent
    )


def tally(all_tracks: Sequence[Track]) -> Tally:
    return tally_standings(standings(all_tracks))


def tally_standings(counted: Mapping[Standing, int]) -> Tally:
    return Tally(
        sent=sum(counted.values()),
        answered=sum(
            n for s, n in counted.items() if s.furthest >= rank(Stage.SCREENING) or s.explicit_no
        ),
        interviewed=sum(n for s, n in counted.items() if s.furthest >= rank(Stage.INTERVIEWING)),
        quiet=sum(n for s, n in counted.items() if s.quiet_at is not None),
        quiet_after_interview=sum(n for s, n in counted.items() if s.quiet_at in AFTER_INTERVIEW),
        closed=sum(n for s, n in counted.items() if s.closed),
    )


def reached_at_least(all_tracks: Sequence[Track], stage: Stage) -> int:
    return _reached(standings(all_tracks), stage)


def _reached(counted: Mapping[Standing, int], stage: Stage) -> int:
    return sum(n for s, n in counted.items() if s.furthest >= rank(stage))


def how_far_from(focus: Focus) -> Stage:
    """The how-far card counts the applications that got at least as far as this one, and
    at least to a first call."""
    return max(focus.stage_reached, Stage.SCREENING, key=rank)


def evidence_cards(all_tracks: Sequence[Track], focus: Focus | None = None) -> list[EvidenceCard]:
    """The cards for a search; with a focus, the cards about that rejection come first."""
    return cards_for_standings(standings(all_tracks), focus)


def cards_for_standings(
    counted: Mapping[Standing, int], focus: Focus | None = None
) -> list[EvidenceCard]:
    """The cards from the counted standings of the sent applications (see `standings`)."""
    counts = tally_standings(counted)
    quiet = focus is not None and focus.form is RejectionForm.SILENCE
    general = [
        replies_card(counts) if counts.sent >= MIN_SENT_FOR_RATES else too_early_card(counts),
        silence_card(counts, focus.stage_reached if quiet and focus else None),
        not_about_you_card(counts),
    ]
    if focus is None:
        return general
    reached = _reached(counted, how_far_from(focus))
    first = how_far_card(focus, reached, counts.sent)
    rates, silence, reasons = general
    # A silence is answered first by how common silence is; a "no" by its likely reasons.
    return [first, silence, reasons, rates] if quiet else [first, reasons, rates, silence]
