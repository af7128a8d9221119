"""Recovery on a real database: plans from rejections, step actions, undo, the Today agenda."""

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextyes.clock import FixedClock
from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services import recovery
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.today import today
from nextyes.services.weekly import add_if_then, save_week_plan, week_plan
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

DAY = timedelta(days=1)
EXPLICIT, SILENCE = RejectionForm.EXPLICIT, RejectionForm.SILENCE


def interviewed(ws: Workspace, company: str = "Lumen", excitement: int = 3,
                stage: Stage = Stage.INTERVIEWING) -> int:  # fmt: skip
    app = add_application(
        ws, NewApplication(company, "Analyst", excitement=excitement, on=TODAY - 30 * DAY)
    )
    move_application(ws, app.id, stage, TODAY - 10 * DAY)
    return app.id


def kinds(ws: Workspace, app_id: int) -> list[StepKind]:
    return [s.kind for s in recovery.plan_view(ws, app_id).steps]


def test_a_rejection_starts_its_plan(ws: Workspace) -> None:
    app_id = interviewed(ws)
    add_contact(ws, NewContact("Ana", ContactRole.INTERVIEWER), application_id=app_id)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 2 * DAY)
    view = recovery.plan_view(ws, app_id)
    assert view.rejection is not None
    assert view.rejection.stage_reached is Stage.INTERVIEWING
    assert StepKind.FEEDBACK_REQUEST in kinds(ws, app_id)
    [thanks] = [s for s in view.steps if s.kind is StepKind.THANK_YOU]
    assert thanks.title == "Thank Ana for their time"
    assert all(s.due_on >= TODAY - 2 * DAY for s in view.steps)
    assert view.week is not None  # the jump-back-in step brings this week's plan


def test_recording_the_same_rejection_twice_adds_no_steps(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY)
    before = recovery.plan_view(ws, app_id).steps
    record_rejection(ws, app_id, EXPLICIT, TODAY)
    assert recovery.plan_view(ws, app_id).steps == before


def test_steps_can_be_done_snoozed_or_skipped_with_a_note(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 5 * DAY)
    first, second, third = recovery.plan_view(ws, app_id).steps[:3]
    done = recovery.complete_step(ws, first.id, "Went for a long walk")
    assert (done.status, done.note, done.resolved_on) == (
        StepStatus.DONE,
        "Went for a long walk",
        TODAY,
    )
    snoozed = recovery.snooze_step(ws, second.id, TODAY + 3 * DAY)
    assert (snoozed.status, snoozed.due_on, snoozed.original_due_on) == (
        StepStatus.OPEN,
        TODAY + 3 * DAY,
        second.due_on,
    )
    skipped = recovery.skip_step(ws, third.id, "Not this time")
    assert skipped.status is StepStatus.SKIPPED
    with pytest.raises(InvalidInput, match=f"step {first.id} is already done"):
        recovery.skip_step(ws, first.id)
    with pytest.raises(InvalidInput, match="snooze to a later day than today"):
        recovery.snooze_step(ws, second.id, TODAY)
    # A year ahead is the furthest: a calendar entry must still fit, and further off is a skip.
    recovery.snooze_step(ws, second.id, TODAY + 366 * DAY)
    with pytest.raises(InvalidInput, match=r"snooze at most a year ahead \(to 2027-03-17\)"):
        recovery.snooze_step(ws, second.id, TODAY + 367 * DAY)
    assert recovery.get_step(ws, second.id).due_on == TODAY + 366 * DAY
    with pytest.raises(NotFound, match="no step with id 999"):
        recovery.complete_step(ws, 999)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.sampled_from([0, 1, 2, 5, 9]),  # which step of the plan: due before today, or after
    st.lists(st.integers(min_value=-3, max_value=400), min_size=1, max_size=6),
)
def test_snoozing_only_moves_a_step_forward_and_never_loses_one(
    ws: Workspace, which: int, delays: list[int]
) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 3 * DAY)
    before = recovery.plan_view(ws, app_id).steps
    target = before[which]
    for delay in delays:
        was = recovery.get_step(ws, target.id)
        until = TODAY + delay * DAY
        allowed = max(TODAY, was.due_on) < until <= TODAY + 366 * DAY
        if allowed:
            assert recovery.snooze_step(ws, target.id, until).due_on == until
        else:
            with pytest.raises(InvalidInput, match="snooze"):
                recovery.snooze_step(ws, target.id, until)
            assert recovery.get_step(ws, target.id) == was  # a refusal changes nothing
        assert recovery.get_step(ws, target.id).due_on >= was.due_on  # never nearer
    after = recovery.plan_view(ws, app_id).steps
    assert {s.id for s in after} == {s.id for s in before}
    assert next(s for s in after if s.id == target.id).original_due_on == target.due_on


def test_undoing_a_rejection_keeps_done_steps(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - DAY)
    feel = recovery.plan_view(ws, app_id).steps[0]
    recovery.complete_step(ws, feel.id)
    restored = recovery.undo_rejection(ws, app_id)
    assert (restored.stage, restored.stage_since) == (Stage.INTERVIEWING, TODAY - 10 * DAY)
    view = recovery.plan_view(ws, app_id)
    assert view.rejection is None
    assert [(s.id, s.status) for s in view.steps] == [(feel.id, StepStatus.DONE)]
    with pytest.raises(InvalidInput, match="has no rejection to undo"):
        recovery.undo_rejection(ws, app_id)


def test_a_late_reply_after_silence_clears_the_silence_plan(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, SILENCE, TODAY - 3 * DAY)
    assert StepKind.FOLLOW_UP in kinds(ws, app_id)
    move_application(ws, app_id, Stage.FINAL_ROUND, TODAY)
    assert all(s.status is not StepStatus.OPEN for s in recovery.plan_view(ws, app_id).steps)


def test_a_no_after_silence_replaces_the_plan_without_a_second_follow_up(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, SILENCE, TODAY - 3 * DAY)
    record_rejection(ws, app_id, EXPLICIT, TODAY)
    steps = recovery.plan_view(ws, app_id).steps
    assert [s.kind for s in steps].count(StepKind.FOLLOW_UP) == 0
    assert StepKind.FEEDBACK_REQUEST in [s.kind for s in steps]


def test_plans_stay_with_their_owner(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY)
    step = recovery.plan_view(ws, app_id).steps[0]
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    with pytest.raises(NotFound):
        recovery.plan_view(other, app_id)
    with pytest.raises(NotFound):
        recovery.complete_step(other, step.id)
    assert today(other).items == []


# --- the Today agenda --------------------------------------------------------------


def test_two_days_after_a_dream_final_round_no_the_day_is_gentle(
    ws: Workspace, clock: FixedClock
) -> None:
    app_id = interviewed(ws, excitement=5, stage=Stage.FINAL_ROUND)
    quiet_id = add_application(ws, NewApplication("Quiet Co", "Analyst", on=TODAY - 40 * DAY)).id
    record_rejection(ws, quiet_id, EXPLICIT, TODAY - 20 * DAY)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 2 * DAY)
    agenda = today(ws)
    assert agenda.gentle
    assert agenda.pause_until == TODAY + DAY  # three days to feel it
    assert {i.step.kind for i in agenda.items} == {StepKind.FEEL}
    assert agenda.waiting > 0  # the old plan's steps wait, unmentioned
    assert all("application" not in n for n in agenda.nudges)


def test_after_the_window_a_kind_nudge_until_a_new_application(
    ws: Workspace, clock: FixedClock
) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 6 * DAY)
    agenda = today(ws)
    assert not agenda.gentle
    assert any("one small step" in n for n in agenda.nudges)
    assert StepKind.POST_MORTEM in {i.step.kind for i in agenda.items}
    assert StepKind.FEEL not in {i.step.kind for i in agenda.items}  # its days have passed
    add_application(ws, NewApplication("Next Co", "Analyst"))
    assert today(ws).nudges == []


def test_today_can_look_at_an_earlier_day(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 6 * DAY)
    assert today(ws, TODAY - 6 * DAY).gentle
    with pytest.raises(InvalidInput, match="is in the future"):
        today(ws, TODAY + DAY)


def test_a_rest_day_is_gentle(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 3 * DAY)  # rest falls on day 3
    agenda = today(ws)
    assert agenda.gentle
    assert [i.step.kind for i in agenda.items] == [StepKind.REST]


# --- this week's plan and if-then plans -------------------------------------------


def test_the_weekly_plan_is_suggested_then_made_ones_own(ws: Workspace) -> None:
    add_application(ws, NewApplication("Saved Co", "Dream role", stage=Stage.SAVED, excitement=5))
    suggestion = week_plan(ws)
    assert not suggestion.saved
    assert suggestion.applications_target >= 3
    assert suggestion.roles == ["Dream role at Saved Co"]
    mine = save_week_plan(ws, applications_target=5, schedule="Monday mornings")
    assert (mine.saved, mine.applications_target, mine.schedule) == (True, 5, "Monday mornings")
    assert week_plan(ws).applications_target == 5
    with pytest.raises(InvalidInput, match="applications per week must be from 1 to 50"):
        save_week_plan(ws, applications_target=99)
    assert week_plan(ws).applications_target == 5


def test_if_then_plans_show_with_the_jump_back_in_step(ws: Workspace) -> None:
    plan = add_if_then(ws, "I hear no", "I will go for a run, then send one application")
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY)
    assert recovery.plan_view(ws, app_id).if_thens == [plan]
    with pytest.raises(InvalidInput, match="the 'if' part must not be empty"):
        add_if_then(ws, " ", "anything")


def test_the_demo_is_a_believable_day_two_days_after_a_final_round_no(ws: Workspace) -> None:
    from nextyes.services.demo import load_demo
    from nextyes.services.sweep import sweep

    load_demo(ws)
    sweep(ws)
    agenda = today(ws)
    assert agenda.gentle
    assert [(i.company, i.step.kind) for i in agenda.items] == [("Lumen Health", StepKind.FEEL)]
    assert "Lumen Health" in agenda.nudges[0]
    assert agenda.waiting > 0  # the quiet follow-ups and older steps wait a day
    assert agenda.pause_until == TODAY + DAY


def test_today_shows_the_evidence_while_a_no_is_fresh(ws: Workspace, clock: FixedClock) -> None:
    app_id = interviewed(ws, "Lumen", excitement=5, stage=Stage.FINAL_ROUND)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 2 * DAY)
    [card] = today(ws).evidence
    assert card.kind == "how_far"
    assert "Lumen" in card.body
    assert recovery.plan_view(ws, app_id).evidence[0] == card  # beside the feel step
    clock.advance(days=14)
    assert today(ws).evidence == []


def test_today_suggests_support_after_a_run_of_low_check_ins(ws: Workspace) -> None:
    from nextyes.services.wellbeing import check_in

    assert today(ws).support is None
    for _ in range(3):
        check_in(ws, 2)
    support = today(ws, resources=["A friend you trust"]).support
    assert support is not None
    assert support.resources == ("A friend you trust",)
