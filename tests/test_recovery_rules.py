"""The recovery rule table: every stage band x excitement band x form, with and without
contacts, plus properties that must hold for any rejection."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.contacts import Contact, ContactRole
from nextyes.domain.recovery import (
    RULES,
    Band,
    PlanInput,
    PlannedStep,
    StepKind,
    band_of,
    feel_days,
    plan_for,
)
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage

DAY0 = date(2026, 3, 16)
EXPLICIT, SILENCE = RejectionForm.EXPLICIT, RejectionForm.SILENCE
REACHED = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER]
TOM = Contact(7, "Tom Okafor", ContactRole.HIRING_MANAGER, company="Lumen")
ANA = Contact(8, "Ana Ribeiro", ContactRole.INTERVIEWER, company="Lumen")
PRIYA = Contact(9, "Priya Natarajan", ContactRole.RECRUITER, company="Lumen")
MEI = Contact(10, "Mei Chen", ContactRole.REFERRER, company="Lumen")


def plan(stage: Stage, excitement: int = 3, form: RejectionForm = EXPLICIT, contacts=(),
         followed_up: bool = False, feedback_known: bool = False):  # fmt: skip
    return plan_for(
        PlanInput("Lumen", "Analyst", stage, excitement, form, DAY0, tuple(contacts), followed_up,
                  feedback_known)
    )  # fmt: skip


def kinds(steps) -> list[StepKind]:
    return [s.kind for s in steps]


def day(steps: list[PlannedStep], kind: StepKind) -> int:
    return next((s.due_on - DAY0).days for s in steps if s.kind is kind)


@pytest.mark.parametrize(
    ("stage", "excitement", "days"),
    [
        (Stage.APPLIED, 1, 1),
        (Stage.APPLIED, 3, 1),
        (Stage.APPLIED, 4, 2),
        (Stage.APPLIED, 5, 3),
        (Stage.INTERVIEWING, 3, 1),
        (Stage.FINAL_ROUND, 1, 2),
        (Stage.FINAL_ROUND, 4, 3),
        (Stage.FINAL_ROUND, 5, 3),
    ],
)
def test_the_feel_it_window_grows_with_hope_and_distance(
    stage: Stage, excitement: int, days: int
) -> None:
    assert feel_days(stage, excitement) == days


@pytest.mark.parametrize("excitement", [1, 3, 5])
@pytest.mark.parametrize("form", [EXPLICIT, SILENCE])
def test_an_application_stage_no_gets_a_light_plan(excitement: int, form: RejectionForm) -> None:
    steps = plan(Stage.APPLIED, excitement, form, [TOM])
    expected = {StepKind.FEEL, StepKind.FIT_CHECK, StepKind.JUMP_BACK_IN}
    if form is SILENCE:
        expected.add(StepKind.FOLLOW_UP)
    assert set(kinds(steps)) == expected
    window = feel_days(Stage.APPLIED, excitement)
    assert day(steps, StepKind.FIT_CHECK) == window
    assert day(steps, StepKind.JUMP_BACK_IN) == window + 1


@pytest.mark.parametrize("excitement", [1, 3, 5])
@pytest.mark.parametrize("form", [EXPLICIT, SILENCE])
@pytest.mark.parametrize("contacts", [(), (TOM,)])
def test_a_screening_no(excitement: int, form: RejectionForm, contacts) -> None:
    steps = plan(Stage.SCREENING, excitement, form, contacts)
    got = set(kinds(steps))
    assert {StepKind.FEEL, StepKind.POST_MORTEM, StepKind.JUMP_BACK_IN} <= got
    assert {StepKind.WATCH_COMPANY, StepKind.RECONNECT} <= got
    assert StepKind.FEEDBACK_REQUEST not in got
    assert StepKind.REST not in got
    assert (StepKind.THANK_YOU in got) == (form is EXPLICIT)
    assert (StepKind.FOLLOW_UP in got) == (form is SILENCE)
    assert kinds(steps).count(StepKind.RECONNECT) == 1


@pytest.mark.parametrize("stage", [Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER])
@pytest.mark.parametrize("excitement", [1, 3, 4, 5])
@pytest.mark.parametrize("contacts", [(), (TOM, ANA)])
def test_a_no_after_interviews_gets_the_full_plan(stage: Stage, excitement: int, contacts) -> None:
    steps = plan(stage, excitement, EXPLICIT, contacts)
    window = feel_days(stage, excitement)
    assert day(steps, StepKind.FEEL) == 0
    assert day(steps, StepKind.THANK_YOU) == window  # within about two days
    assert day(steps, StepKind.FEEDBACK_REQUEST) == window
    assert 2 <= day(steps, StepKind.POST_MORTEM) <= 4
    assert day(steps, StepKind.REST) == window + 2
    assert day(steps, StepKind.JUMP_BACK_IN) == window + 3
    assert day(steps, StepKind.WATCH_COMPANY) == 30
    reconnects = sorted((s.due_on - DAY0).days for s in steps if s.kind is StepKind.RECONNECT)
    assert reconnects == [90, 182]
    expected_people = max(1, len(contacts))
    assert kinds(steps).count(StepKind.THANK_YOU) == expected_people
    assert kinds(steps).count(StepKind.CONNECT) == expected_people


def test_one_thank_you_per_person_met_naming_them() -> None:
    steps = plan(Stage.FINAL_ROUND, 5, EXPLICIT, [TOM, ANA])
    thanks = [s for s in steps if s.kind is StepKind.THANK_YOU]
    assert [(s.title, s.contact_id) for s in thanks] == [
        ("Thank Tom Okafor for their time", 7),
        ("Thank Ana Ribeiro for their time", 8),
    ]


def test_with_nobody_known_the_plan_suggests_finding_the_right_person() -> None:
    [thanks] = [s for s in plan(Stage.INTERVIEWING) if s.kind is StepKind.THANK_YOU]
    assert thanks.contact_id is None
    assert thanks.title.startswith("Find the person to thank at Lumen")


@pytest.mark.parametrize("stage", REACHED)
@pytest.mark.parametrize("form", [EXPLICIT, SILENCE])
def test_no_feedback_request_when_feedback_is_known(stage: Stage, form: RejectionForm) -> None:
    known = plan(stage, 3, form, [TOM], feedback_known=True)
    unknown = plan(stage, 3, form, [TOM])
    assert StepKind.FEEDBACK_REQUEST not in kinds(known)
    asked = band_of(stage) is Band.INTERVIEW and form is EXPLICIT
    assert (StepKind.FEEDBACK_REQUEST in kinds(unknown)) == asked
    # Nothing else changes: only the request for what is already known goes.
    assert [k for k in kinds(unknown) if k is not StepKind.FEEDBACK_REQUEST] == kinds(known)


def test_everyone_met_is_named_once_in_a_thank_you_and_a_connect() -> None:
    steps = plan(Stage.FINAL_ROUND, 4, EXPLICIT, [PRIYA, TOM, ANA])
    for kind in (StepKind.THANK_YOU, StepKind.CONNECT):
        mine = [s for s in steps if s.kind is kind]
        assert sorted(s.contact_id for s in mine) == [7, 8, 9]
        assert not any(s.title.startswith("Find") for s in mine)
    assert {s.title for s in steps if s.kind is StepKind.CONNECT} == {
        "Connect with Priya Natarajan",
        "Connect with Tom Okafor",
        "Connect with Ana Ribeiro",
    }


@pytest.mark.parametrize("stage", REACHED)
@pytest.mark.parametrize("form", [EXPLICIT, SILENCE])
def test_a_referrer_hears_how_it_went_instead_of_an_interviewers_steps(
    stage: Stage, form: RejectionForm
) -> None:
    steps = plan(stage, 3, form, [MEI, ANA])
    about_mei = [s for s in steps if s.contact_id == MEI.id]
    assert [(s.kind, s.title) for s in about_mei] == [
        (StepKind.THANK_YOU, "Let Mei Chen know how it went, and thank them for the referral")
    ]
    assert "vouched" in about_mei[0].why
    assert about_mei[0].due_on == DAY0 + timedelta(days=feel_days(stage, 3))
    # The interviewer keeps their own thank-you (after a said "no") and connection.
    band = band_of(stage)
    thanked = {s.contact_id for s in steps if s.kind is StepKind.THANK_YOU}
    connected = {s.contact_id for s in steps if s.kind is StepKind.CONNECT}
    assert (ANA.id in thanked) == (band is not Band.APPLICATION and form is EXPLICIT)
    assert connected == ({ANA.id} if band is Band.INTERVIEW else set())


def test_with_only_a_referrer_known_the_people_met_are_still_to_be_found() -> None:
    steps = plan(Stage.INTERVIEWING, contacts=[MEI])
    thanks = sorted((s.contact_id or 0, s.title) for s in steps if s.kind is StepKind.THANK_YOU)
    assert thanks[0][1].startswith("Find the person to thank at Lumen")
    assert thanks[1] == (MEI.id, "Let Mei Chen know how it went, and thank them for the referral")
    [connect] = [s for s in steps if s.kind is StepKind.CONNECT]
    assert connect.contact_id is None  # a referrer is a connection already


def test_people_who_were_not_part_of_the_process_are_not_thanked() -> None:
    friend = Contact(9, "A friend", ContactRole.OTHER)
    thanks = [
        s for s in plan(Stage.INTERVIEWING, contacts=[friend]) if s.kind is StepKind.THANK_YOU
    ]
    assert [s.contact_id for s in thanks] == [None]


def test_silence_after_interviews_follows_up_first_and_asks_no_feedback() -> None:
    steps = plan(Stage.INTERVIEWING, 3, SILENCE, [TOM])
    assert steps[0].kind is StepKind.FOLLOW_UP
    assert StepKind.FEEDBACK_REQUEST not in kinds(steps)
    assert StepKind.THANK_YOU not in kinds(steps)
    assert StepKind.CONNECT in kinds(steps)


def test_a_silence_already_followed_up_is_not_followed_up_again() -> None:
    assert StepKind.FOLLOW_UP not in kinds(plan(Stage.APPLIED, form=SILENCE, followed_up=True))


def test_every_step_explains_why_it_helps() -> None:
    for stage in REACHED:
        for step in plan(stage, 5, EXPLICIT, [TOM]) + plan(stage, 1, SILENCE):
            assert len(step.why) > 40
            assert "{" not in step.title


def test_every_step_kind_is_used_by_some_rule() -> None:
    assert {rule.kind for rule in RULES} == set(StepKind)


def test_bands() -> None:
    assert band_of(Stage.APPLIED) is Band.APPLICATION
    assert band_of(Stage.SCREENING) is Band.SCREENING
    assert band_of(Stage.FINAL_ROUND) is Band.INTERVIEW


@given(
    st.sampled_from(REACHED),
    st.integers(1, 5),
    st.sampled_from([EXPLICIT, SILENCE]),
    st.lists(st.sampled_from([TOM, ANA]), unique=True),
    st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)
def test_no_step_is_due_before_its_rejection(stage, excitement, form, contacts, rejected_on):
    steps = plan_for(PlanInput("Co", "Role", stage, excitement, form, rejected_on, tuple(contacts)))
    assert steps
    assert all(s.due_on >= rejected_on for s in steps)
    assert [s.due_on for s in steps] == sorted(s.due_on for s in steps)
    # The feel-it window comes first: nothing but a follow-up is due before it ends.
    window_end = rejected_on + timedelta(days=feel_days(stage, excitement))
    early = {s.kind for s in steps if s.due_on < window_end}
    assert early <= {StepKind.FEEL, StepKind.FOLLOW_UP}
