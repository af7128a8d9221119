"""Stages of an application and the changes allowed between them."""

from enum import StrEnum

from nextyes.domain.fields import parse_choice


class Stage(StrEnum):
    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    FINAL_ROUND = "final_round"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    GHOSTED = "ghosted"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


# The forward path of a search; an application may skip ahead (a recruiter call can
# jump straight to interviewing) but never goes back.
PIPELINE: tuple[Stage, ...] = (
    Stage.SAVED,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.OFFER,
)
OUTCOMES: tuple[Stage, ...] = (
    Stage.ACCEPTED,
    Stage.REJECTED,
    Stage.GHOSTED,
    Stage.WITHDRAWN,
    Stage.CLOSED,
)
# Stages where the company has the application and owes a reply.
IN_PROCESS: frozenset[Stage] = frozenset(PIPELINE[1:5])
# Outcomes that are final: nothing follows them but a new application.
FINAL: frozenset[Stage] = frozenset({Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN, Stage.CLOSED})


def _rank(stage: Stage) -> int:
    return PIPELINE.index(stage)


def allowed_moves(current: Stage) -> frozenset[Stage]:
    """Every stage an application in `current` may move to next."""
    if current in FINAL:
        return frozenset()
    if current is Stage.GHOSTED:
        # Silence is not always the end: a late reply revives the application.
        return frozenset(IN_PROCESS | {Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN, Stage.CLOSED})
    ahead = {s for s in PIPELINE if _rank(s) > _rank(current)}
    if current is Stage.SAVED:
        # Nobody can reject or ignore an application that was never sent.
        return frozenset(ahead | {Stage.WITHDRAWN, Stage.CLOSED})
    if current is Stage.OFFER:
        return frozenset({Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN, Stage.CLOSED})
    return frozenset(ahead | {Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN, Stage.CLOSED})


def can_move(current: Stage, target: Stage) -> bool:
    return target in allowed_moves(current)


def parse_stage(text: str) -> Stage:
    """Read a stage as a person types it: 'final round', 'Final-Round', 'final_round'."""
    return parse_choice(Stage, text, "stage")
