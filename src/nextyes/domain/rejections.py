"""Rejections: an explicit "no" or a silence, and how far the application got first."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nextyes.domain.errors import IllegalTransition, InvalidInput
from nextyes.domain.stages import Stage, can_move


class RejectionForm(StrEnum):
    EXPLICIT = "explicit"
    SILENCE = "silence"


@dataclass(frozen=True)
class Rejection:
    id: int
    application_id: int
    form: RejectionForm
    stage_reached: Stage
    on: date
    reason: str | None = None
    feedback: str | None = None


@dataclass(frozen=True)
class RejectionOutcome:
    """What recording a rejection does: the stage it moves to and the stage it ended at."""

    to_stage: Stage
    stage_reached: Stage
    already_recorded: bool = False


def rejection_outcome(
    current: Stage, form: RejectionForm, reached_before_silence: Stage | None = None
) -> RejectionOutcome:
    """Decide what a rejection means for an application now in `current`.

    A silence that later turns into an explicit "no" keeps the stage the application had
    reached before it went quiet; recording the same rejection again changes nothing.
    """
    target = Stage.REJECTED if form is RejectionForm.EXPLICIT else Stage.GHOSTED
    if current is target or (current is Stage.REJECTED and form is RejectionForm.SILENCE):
        return RejectionOutcome(current, reached_before_silence or current, already_recorded=True)
    if current is Stage.SAVED:
        raise InvalidInput("this application was never sent (stage saved); nothing to reject")
    if not can_move(current, target):
        raise IllegalTransition(
            f"cannot record a {form.value} rejection for an application in {current.value}"
        )
    if current is Stage.GHOSTED:
        if reached_before_silence is None:
            raise InvalidInput(
                "a ghosted application needs the stage it reached before the silence"
            )
        return RejectionOutcome(target, reached_before_silence)
    return RejectionOutcome(target, current)
