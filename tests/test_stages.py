"""Stage rules: what may follow what, checked exhaustively and with hypothesis."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.errors import InvalidInput
from nextyes.domain.stages import (
    FINAL,
    IN_PROCESS,
    PIPELINE,
    Stage,
    allowed_moves,
    can_move,
    parse_stage,
)

stages = st.sampled_from(list(Stage))


@given(stages, stages)
def test_the_pipeline_never_goes_backwards(current: Stage, target: Stage) -> None:
    if current in PIPELINE and target in PIPELINE and can_move(current, target):
        assert PIPELINE.index(target) > PIPELINE.index(current)


@given(stages)
def test_no_stage_moves_to_itself(stage: Stage) -> None:
    assert not can_move(stage, stage)


@given(st.sampled_from(sorted(FINAL)), stages)
def test_final_outcomes_end_the_application(final: Stage, target: Stage) -> None:
    assert not can_move(final, target)


@given(st.lists(stages, max_size=12))
def test_any_walk_of_allowed_moves_stays_consistent(targets: list[Stage]) -> None:
    """Following only allowed moves, an application never leaves a final stage and never
    reaches 'rejected' or 'ghosted' without having been sent."""
    current, sent = Stage.SAVED, False
    for target in targets:
        if not can_move(current, target):
            continue
        assert current not in FINAL
        if target in (Stage.REJECTED, Stage.GHOSTED):
            assert sent
        sent = sent or target in IN_PROCESS or target is Stage.OFFER
        current = target


def test_every_stage_can_be_reached_from_saved() -> None:
    reached, frontier = {Stage.SAVED}, [Stage.SAVED]
    while frontier:
        for target in allowed_moves(frontier.pop()):
            if target not in reached:
                reached.add(target)
                frontier.append(target)
    assert reached == set(Stage)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Stage.OFFER, Stage.APPLIED),
        (Stage.INTERVIEWING, Stage.SCREENING),
        (Stage.SAVED, Stage.REJECTED),
        (Stage.SAVED, Stage.GHOSTED),
        (Stage.REJECTED, Stage.APPLIED),
        (Stage.ACCEPTED, Stage.OFFER),
        (Stage.OFFER, Stage.GHOSTED),
    ],
)
def test_illegal_moves(current: Stage, target: Stage) -> None:
    assert not can_move(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Stage.SAVED, Stage.APPLIED),
        (Stage.APPLIED, Stage.INTERVIEWING),  # a recruiter call can skip the screen
        (Stage.FINAL_ROUND, Stage.REJECTED),
        (Stage.APPLIED, Stage.GHOSTED),
        (Stage.GHOSTED, Stage.SCREENING),  # a late reply revives it
        (Stage.GHOSTED, Stage.REJECTED),
        (Stage.OFFER, Stage.ACCEPTED),
        (Stage.SAVED, Stage.CLOSED),
    ],
)
def test_legal_moves(current: Stage, target: Stage) -> None:
    assert can_move(current, target)


@pytest.mark.parametrize("text", ["final_round", "Final Round", "final-round", " FINAL_ROUND "])
def test_stage_names_read_as_people_type_them(text: str) -> None:
    assert parse_stage(text) is Stage.FINAL_ROUND


def test_unknown_stage_names_the_choices() -> None:
    with pytest.raises(InvalidInput, match=r"unknown stage 'nope'; expected one of: saved"):
        parse_stage("nope")
