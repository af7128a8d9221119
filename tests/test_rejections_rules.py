"""What recording a rejection means, whatever stage the application is in."""

import pytest

from nextyes.domain.errors import IllegalTransition, InvalidInput
from nextyes.domain.rejections import RejectionForm, rejection_outcome
from nextyes.domain.stages import IN_PROCESS, Stage

EXPLICIT, SILENCE = RejectionForm.EXPLICIT, RejectionForm.SILENCE


@pytest.mark.parametrize("stage", sorted(IN_PROCESS))
def test_a_no_remembers_how_far_the_application_got(stage: Stage) -> None:
    assert rejection_outcome(stage, EXPLICIT).stage_reached is stage
    assert rejection_outcome(stage, EXPLICIT).to_stage is Stage.REJECTED
    assert rejection_outcome(stage, SILENCE).to_stage is Stage.GHOSTED


def test_a_no_after_silence_keeps_the_stage_reached_before_it() -> None:
    outcome = rejection_outcome(Stage.GHOSTED, EXPLICIT, Stage.INTERVIEWING)
    assert (outcome.to_stage, outcome.stage_reached) == (Stage.REJECTED, Stage.INTERVIEWING)


@pytest.mark.parametrize(
    ("current", "form"),
    [(Stage.REJECTED, EXPLICIT), (Stage.GHOSTED, SILENCE), (Stage.REJECTED, SILENCE)],
)
def test_recording_again_changes_nothing(current: Stage, form: RejectionForm) -> None:
    assert rejection_outcome(current, form, Stage.SCREENING).already_recorded


def test_a_saved_application_cannot_be_rejected() -> None:
    with pytest.raises(InvalidInput, match="never sent"):
        rejection_outcome(Stage.SAVED, EXPLICIT)


@pytest.mark.parametrize("stage", [Stage.ACCEPTED, Stage.WITHDRAWN, Stage.CLOSED])
def test_final_applications_cannot_be_rejected(stage: Stage) -> None:
    with pytest.raises(IllegalTransition):
        rejection_outcome(stage, EXPLICIT)


def test_an_offer_can_be_withdrawn_by_the_company_but_not_ghosted() -> None:
    assert rejection_outcome(Stage.OFFER, EXPLICIT).stage_reached is Stage.OFFER
    with pytest.raises(IllegalTransition):
        rejection_outcome(Stage.OFFER, SILENCE)
