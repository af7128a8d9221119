"""Steps as pure rules: every kind of step leads to its action (the right message to the right
person, the reflection, the fit view, this week's plan); a snooze only moves a step forward;
and an open plan follows what became known after it was written."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.contacts import Contact, ContactRole
from nextyes.domain.draft_wording import DraftKind
from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import PlanInput, PlannedStep, StepKind, StepStatus, plan_for
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.steps import (
    LATE_LINK_DAYS,
    Goes,
    SnoozeWord,
    Step,
    action_for,
    addressee,
    check_snooze,
    earliest_snooze,
    follow_plan,
    next_step,
    snooze_choices,
    snooze_day,
)

TODAY = date(2026, 3, 16)
DAY = timedelta(days=1)
TOM = Contact(7, "Tom Okafor", ContactRole.HIRING_MANAGER, company="Lumen")
ANA = Contact(8, "Ana Ribeiro", ContactRole.INTERVIEWER, company="Lumen")
PRIYA = Contact(9, "Priya Natarajan", ContactRole.RECRUITER, company="Lumen")
MEI = Contact(10, "Mei Chen", ContactRole.REFERRER, company="Lumen")
FRIEND = Contact(11, "A friend", ContactRole.OTHER, company="Lumen")
EVERYONE = (TOM, ANA, PRIYA, MEI, FRIEND)


def step(kind: StepKind, contact: Contact | None = None, due: date = TODAY, **more: object) -> Step:
    fields: dict[str, object] = {
        "id": 1,
        "application_id": 3,
        "kind": kind,
        "title": "A step",
        "why": "Because.",
        "due_on": due,
        "original_due_on": due,
        "status": StepStatus.OPEN,
        "rejection_id": 5,
        "contact_id": contact.id if contact else None,
    }
    fields.update(more)
    return Step(**fields)  # type: ignore[arg-type]


# --- every step leads to its action ----------------------------------------------------

EXPECTED = {
    StepKind.THANK_YOU: (Goes.COMPOSE, DraftKind.THANK_YOU),
    StepKind.CONNECT: (Goes.COMPOSE, DraftKind.CONNECTION_NOTE),
    StepKind.FEEDBACK_REQUEST: (Goes.COMPOSE, DraftKind.FEEDBACK_REQUEST),
    StepKind.FOLLOW_UP: (Goes.COMPOSE, DraftKind.FOLLOW_UP),
    StepKind.RECONNECT: (Goes.COMPOSE, DraftKind.RECONNECT),
    StepKind.WATCH_COMPANY: (Goes.COMPOSE, DraftKind.DOOR_OPEN),
    StepKind.POST_MORTEM: (Goes.REFLECT, None),
    StepKind.FIT_CHECK: (Goes.FIT, None),
    StepKind.JUMP_BACK_IN: (Goes.WEEK, None),
}


def test_every_kind_of_step_is_mapped() -> None:
    assert set(EXPECTED) | {StepKind.FEEL, StepKind.REST} == set(StepKind)


@pytest.mark.parametrize("kind", list(StepKind))
def test_every_step_leads_to_its_action_or_asks_nothing(kind: StepKind) -> None:
    person = PRIYA if kind is not StepKind.CONNECT else ANA
    action = action_for(step(kind, person), EVERYONE)
    if kind in (StepKind.FEEL, StepKind.REST):
        assert action is None  # feeling it and resting ask for nothing
        return
    assert action is not None
    assert (action.goes, action.draft) == EXPECTED[kind]
    assert action.label
    assert action.label[0].isupper()
    if action.goes is Goes.COMPOSE:
        assert action.contact_id == person.id
        assert person.name in action.label


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (StepKind.THANK_YOU, "Write the thank-you to Mei Chen"),
        (StepKind.CONNECT, "Write the connection note to Mei Chen"),
    ],
)
def test_a_step_about_a_person_names_them(kind: StepKind, label: str) -> None:
    action = action_for(step(kind, MEI), [MEI])
    assert action is not None
    assert (action.label, action.contact_id) == (label, MEI.id)


def test_without_the_people_at_hand_the_button_still_goes_to_the_person() -> None:
    # Today shows steps without their application's people: the link still carries them.
    action = action_for(step(StepKind.THANK_YOU, MEI))
    assert action is not None
    assert (action.label, action.contact_id) == ("Write the thank-you", MEI.id)


def test_finding_the_person_to_thank_leads_to_the_people() -> None:
    for kind in (StepKind.THANK_YOU, StepKind.CONNECT):
        action = action_for(step(kind, None), EVERYONE)
        assert action is not None
        assert action.goes is Goes.PEOPLE


@pytest.mark.parametrize(
    ("kind", "people", "expected"),
    [
        (StepKind.FEEDBACK_REQUEST, EVERYONE, PRIYA),  # the recruiter first
        (StepKind.FEEDBACK_REQUEST, (ANA, TOM), TOM),  # then the hiring manager
        (StepKind.FEEDBACK_REQUEST, (ANA, MEI), None),  # never an interviewer or referrer
        (StepKind.FOLLOW_UP, (TOM, PRIYA), PRIYA),
        (StepKind.RECONNECT, (ANA, PRIYA, TOM), TOM),
        (StepKind.WATCH_COMPANY, (FRIEND,), None),
    ],
)
def test_a_step_about_nobody_goes_to_the_best_person_linked(
    kind: StepKind, people: tuple[Contact, ...], expected: Contact | None
) -> None:
    action = action_for(step(kind, None), people)
    assert action is not None
    assert action.contact_id == (expected.id if expected else None)
    if expected:
        assert expected.name in action.label
    else:
        assert action.label.startswith("Write")


def test_the_addressee_of_each_message() -> None:
    assert addressee(DraftKind.THANK_YOU, EVERYONE) == ANA
    assert addressee(DraftKind.CONNECTION_NOTE, EVERYONE) == TOM
    assert addressee(DraftKind.DOOR_OPEN, [FRIEND]) is None
    assert addressee(DraftKind.RECONNECT, [MEI]) == MEI


def test_a_whole_plan_leads_somewhere_at_every_step() -> None:
    planned = plan_for(
        PlanInput("Lumen", "Analyst", Stage.FINAL_ROUND, 5, RejectionForm.EXPLICIT, TODAY, EVERYONE)
    )
    for n, p in enumerate(planned):
        s = step(p.kind, None, p.due_on, id=n, contact_id=p.contact_id, title=p.title)
        action = action_for(s, EVERYONE)
        if p.kind in (StepKind.FEEL, StepKind.REST):
            assert action is None
            continue
        assert action is not None
        if p.kind in (StepKind.THANK_YOU, StepKind.CONNECT):
            person = next(c for c in EVERYONE if c.id == p.contact_id)
            assert person.name in p.title
            assert person.name in action.label


# --- the next step ------------------------------------------------------------------


def test_the_next_step_is_the_feel_step_while_its_days_last() -> None:
    planned = plan_for(
        PlanInput("Lumen", "Analyst", Stage.FINAL_ROUND, 5, RejectionForm.EXPLICIT, TODAY, (ANA,))
    )
    current = [
        step(p.kind, None, p.due_on, id=n, contact_id=p.contact_id, title=p.title)
        for n, p in enumerate(planned)
    ]
    ends = TODAY + 3 * DAY  # a dream job's final round: three days to feel it
    for day in (TODAY, TODAY + DAY, TODAY + 2 * DAY):
        found = next_step(current, day, ends)
        assert found is not None
        assert found.kind is StepKind.FEEL
    after = next_step(current, ends, ends)
    assert after is not None
    assert after.kind is StepKind.THANK_YOU
    # Marked done, or its days over: the next open step, even if it is not due yet.
    resolved = [replace(s, status=StepStatus.DONE) if s.kind is StepKind.FEEL else s
                for s in current]  # fmt: skip
    soon = next_step(resolved, TODAY, ends)
    assert soon is not None
    assert soon.kind is StepKind.THANK_YOU
    everything_done = [replace(s, status=StepStatus.SKIPPED) for s in current]
    assert next_step(everything_done, TODAY, ends) is None


def test_a_rest_day_is_next_on_its_day_only() -> None:
    rest = step(StepKind.REST, due=TODAY)
    later = step(StepKind.RECONNECT, due=TODAY + 80 * DAY, id=2)
    assert next_step([rest, later], TODAY) == rest
    assert next_step([rest, later], TODAY + DAY) == later


# --- snooze: forward only -----------------------------------------------------------


def test_a_step_due_already_snoozes_to_tomorrow_or_next_week() -> None:
    late = step(StepKind.THANK_YOU, due=TODAY - 4 * DAY)
    assert [(c.label, c.until) for c in snooze_choices(late, TODAY)] == [
        ("Tomorrow", TODAY + DAY),
        ("Next week", TODAY + 7 * DAY),
    ]
    assert earliest_snooze(late, TODAY) == TODAY + DAY


def test_a_step_not_due_yet_snoozes_a_week_past_its_day() -> None:
    ahead = step(StepKind.RECONNECT, due=TODAY + 20 * DAY)
    assert [(c.label, c.until) for c in snooze_choices(ahead, TODAY)] == [
        ("A week later", TODAY + 27 * DAY)
    ]
    assert earliest_snooze(ahead, TODAY) == TODAY + 21 * DAY
    assert snooze_day(SnoozeWord.TOMORROW, ahead, TODAY) == TODAY + DAY  # refused below
    with pytest.raises(InvalidInput, match=r"later day than the step's due day \(2026-04-05\)"):
        check_snooze(ahead, TODAY + DAY, TODAY)
    with pytest.raises(InvalidInput, match="never brings a step nearer"):
        check_snooze(ahead, TODAY + 20 * DAY, TODAY)  # its own day is no snooze either
    check_snooze(ahead, TODAY + 21 * DAY, TODAY)


@given(
    due=st.integers(-60, 400),
    until=st.integers(-60, 400),
)
def test_a_snooze_never_brings_a_step_nearer(due: int, until: int) -> None:
    s = step(StepKind.POST_MORTEM, due=TODAY + due * DAY)
    day = TODAY + until * DAY
    allowed = max(TODAY, s.due_on) < day <= TODAY + 366 * DAY
    if allowed:
        check_snooze(s, day, TODAY)
    else:
        with pytest.raises(InvalidInput) as refused:
            check_snooze(s, day, TODAY)
        assert "\n" not in str(refused.value)  # one line
    for choice in snooze_choices(s, TODAY):
        assert choice.until > max(TODAY, s.due_on)
    assert earliest_snooze(s, TODAY) > max(TODAY, s.due_on)


def test_a_step_already_resolved_cannot_be_snoozed() -> None:
    done = step(StepKind.THANK_YOU, status=StepStatus.DONE)
    with pytest.raises(InvalidInput, match="already done"):
        check_snooze(done, TODAY + DAY, TODAY)


# --- an open plan follows what is known ----------------------------------------------

ON = TODAY - 2 * DAY  # the "no"


def wanted(
    *people: Contact, feedback_known: bool = False, stage: Stage = Stage.INTERVIEWING
) -> list[PlannedStep]:
    return plan_for(
        PlanInput(
            "Lumen", "Analyst", stage, 3, RejectionForm.EXPLICIT, ON, people, True, feedback_known
        )
    )


def as_steps(planned: list[PlannedStep], done: frozenset[int] = frozenset()) -> list[Step]:
    return [
        step(
            p.kind,
            None,
            p.due_on,
            id=n,
            contact_id=p.contact_id,
            title=p.title,
            why=p.why,
            status=StepStatus.DONE if n in done else StepStatus.OPEN,
        )
        for n, p in enumerate(planned)
    ]


def test_nothing_changes_while_nothing_new_is_known() -> None:
    current = as_steps(wanted(TOM))
    assert not follow_plan(current, wanted(TOM), TODAY, ON)


def test_linking_the_people_met_replaces_finding_them() -> None:
    current = as_steps(wanted())
    placeholders = [s for s in current if s.kind in (StepKind.THANK_YOU, StepKind.CONNECT)]
    assert all(s.contact_id is None for s in placeholders)
    changes = follow_plan(current, wanted(TOM, ANA), TODAY, ON)
    assert sorted(changes.drop) == sorted(s.id for s in placeholders)
    added = sorted((p.kind, p.contact_id) for p in changes.add)
    assert added == sorted(
        (k, c.id) for k in (StepKind.THANK_YOU, StepKind.CONNECT) for c in (TOM, ANA)
    )
    # They take the day the placeholder was due (here: the day the window ended).
    assert {p.due_on for p in changes.add} == {placeholders[0].due_on}
    assert "Thank Tom Okafor for their time" in {p.title for p in changes.add}


def test_a_referrer_linked_later_gets_their_own_step_and_the_rest_stays() -> None:
    current = as_steps(wanted(ANA))
    changes = follow_plan(current, wanted(ANA, MEI), TODAY, ON)
    assert changes.drop == ()
    assert [(p.kind, p.contact_id) for p in changes.add] == [(StepKind.THANK_YOU, MEI.id)]


def test_a_person_linked_when_finding_them_was_done_already_adds_nothing() -> None:
    planned = wanted()
    [found] = [n for n, p in enumerate(planned) if p.kind is StepKind.THANK_YOU]
    current = as_steps(planned, done=frozenset({found}))
    changes = follow_plan(current, wanted(ANA), TODAY, ON)
    assert (StepKind.THANK_YOU, ANA.id) not in {(p.kind, p.contact_id) for p in changes.add}
    assert (StepKind.CONNECT, ANA.id) in {(p.kind, p.contact_id) for p in changes.add}
    assert found not in changes.drop  # history stays


def test_a_person_linked_long_after_the_no_is_left_to_the_reconnect_steps() -> None:
    current = as_steps(wanted())
    later = ON + (LATE_LINK_DAYS + 1) * DAY
    changes = follow_plan(current, wanted(ANA), later, ON)
    assert changes.add == ()
    assert changes.drop == ()


def test_someone_unlinked_leaves_the_plan_and_finding_someone_comes_back() -> None:
    current = as_steps(wanted(ANA))
    changes = follow_plan(current, wanted(), TODAY, ON)
    ana_steps = {s.id for s in current if s.contact_id == ANA.id}
    assert set(changes.drop) == ana_steps
    assert sorted(p.kind for p in changes.add) == [StepKind.CONNECT, StepKind.THANK_YOU]
    assert all(p.contact_id is None for p in changes.add)


def test_a_new_name_is_followed_by_the_open_steps_only() -> None:
    planned = wanted(ANA)
    [thanks] = [n for n, p in enumerate(planned) if p.kind is StepKind.THANK_YOU]
    current = as_steps(planned, done=frozenset({thanks}))
    renamed = replace(ANA, name="Ana Ribeiro-Silva")
    changes = follow_plan(current, wanted(renamed), TODAY, ON)
    assert [(i, t) for i, t, _ in changes.retitle] == [
        (s.id, "Connect with Ana Ribeiro-Silva") for s in current if s.kind is StepKind.CONNECT
    ]


def test_feedback_recorded_later_closes_the_open_request() -> None:
    current = as_steps(wanted(TOM))
    [request] = [s for s in current if s.kind is StepKind.FEEDBACK_REQUEST]
    changes = follow_plan(current, wanted(TOM, feedback_known=True), TODAY, ON)
    assert changes.close == (request.id,)
    assert changes.add == ()
    assert changes.drop == ()
