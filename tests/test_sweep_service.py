"""Silence detection on a real database, with time travel by the injectable clock."""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextyes.clock import FixedClock
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.silence import ReplyWindows, add_business_days
from nextyes.domain.stages import Stage
from nextyes.services import recovery
from nextyes.services.applications import add_application, application_detail, move_application
from nextyes.services.sweep import sweep
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

DAY = timedelta(days=1)


def applied(ws: Workspace, days_ago: int, company: str = "Quiet Co", **fields) -> int:
    new = NewApplication(company, "Analyst", on=TODAY - days_ago * DAY, **fields)
    return add_application(ws, new).id


def follow_ups(ws: Workspace, app_id: int):
    return [s for s in recovery.plan_view(ws, app_id).steps if s.kind is StepKind.FOLLOW_UP]


def test_an_application_goes_quiet_after_its_window(ws: Workspace) -> None:
    waiting = applied(ws, 21)  # exactly three weeks: still within the window
    quiet = applied(ws, 22)
    report = sweep(ws)
    assert report.quiet == [quiet]
    assert follow_ups(ws, waiting) == []
    [step] = follow_ups(ws, quiet)
    assert (step.due_on, step.rejection_id) == (TODAY, None)
    assert "Quiet Co" in step.title


def test_the_sweep_is_idempotent(ws: Workspace) -> None:
    app_id = applied(ws, 30)
    sweep(ws)
    again = sweep(ws)
    assert again.quiet == []
    assert again.ghosted == []
    assert len(follow_ups(ws, app_id)) == 1


def test_an_unanswered_follow_up_turns_into_ghosted_and_starts_the_plan(
    ws: Workspace, clock: FixedClock
) -> None:
    app_id = applied(ws, 30)
    sweep(ws)
    [step] = follow_ups(ws, app_id)
    recovery.complete_step(ws, step.id, "Sent a short note")
    clock.advance(days=6)
    assert sweep(ws).ghosted == []
    clock.advance(days=1)
    assert sweep(ws).ghosted == [app_id]
    detail = application_detail(ws, app_id)
    assert detail.application.stage is Stage.GHOSTED
    [rejection] = detail.rejections
    assert (rejection.form, rejection.stage_reached) == (RejectionForm.SILENCE, Stage.APPLIED)
    assert detail.events[-1].source.value == "inferred"
    kinds = [s.kind for s in recovery.plan_view(ws, app_id).steps]
    assert kinds.count(StepKind.FOLLOW_UP) == 1  # the one already sent; no second
    assert StepKind.JUMP_BACK_IN in kinds
    assert sweep(ws).ghosted == []


def test_an_open_follow_up_waits_for_the_person(ws: Workspace, clock: FixedClock) -> None:
    app_id = applied(ws, 30)
    sweep(ws)
    clock.advance(days=30)
    assert sweep(ws).ghosted == []
    assert application_detail(ws, app_id).application.stage is Stage.APPLIED


def test_a_reply_clears_the_follow_up_and_starts_a_new_wait(ws: Workspace) -> None:
    app_id = applied(ws, 30)
    sweep(ws)
    move_application(ws, app_id, Stage.SCREENING)
    assert follow_ups(ws, app_id) == []
    assert sweep(ws).quiet == []


def test_after_an_interview_the_window_counts_business_days(ws: Workspace) -> None:
    app_id = applied(ws, 40)
    interviewed_on = date(2026, 3, 2)  # a Monday; ten business days later is 2026-03-16
    move_application(ws, app_id, Stage.INTERVIEWING, interviewed_on)
    assert add_business_days(interviewed_on, 10) == date(2026, 3, 16)
    assert sweep(ws, TODAY).quiet == []
    move_id = applied(ws, 40, "Other Co")
    move_application(ws, move_id, Stage.FINAL_ROUND, date(2026, 3, 5))  # 7 business days: 03-16
    assert sweep(ws, TODAY).quiet == []


def test_the_sweep_can_look_at_an_earlier_day_but_not_a_later_one(ws: Workspace) -> None:
    app_id = applied(ws, 30)
    assert sweep(ws, TODAY - 10 * DAY).quiet == []  # 20 days in, then
    assert sweep(ws, TODAY - 5 * DAY).quiet == [app_id]
    with pytest.raises(InvalidInput, match=r"sweep date .* is in the future"):
        sweep(ws, TODAY + DAY)


def test_windows_are_configurable(ws: Workspace) -> None:
    app_id = applied(ws, 8)
    assert sweep(ws).quiet == []
    assert sweep(ws, windows=ReplyWindows(applied_days=7)).quiet == [app_id]


def test_the_window_adapts_to_this_companys_own_pace(ws: Workspace) -> None:
    # Slow Co took 30 days to reply, twice: waiting 25 days there is not silence yet.
    for _ in range(2):
        past = applied(ws, 90, "Slow Co")
        move_application(ws, past, Stage.SCREENING, TODAY - 60 * DAY)
        move_application(ws, past, Stage.WITHDRAWN, TODAY - 59 * DAY)
    slow = applied(ws, 25, "Slow Co")
    other = applied(ws, 25, "Other Co")
    assert sweep(ws).quiet == [other]
    assert follow_ups(ws, slow) == []


def test_the_window_adapts_to_a_channels_pace(ws: Workspace) -> None:
    # Referrals here answer in 2 days: a referral silent for 10 days is quiet.
    for n in range(3):
        past = applied(ws, 60, f"Past {n}", channel=Channel.REFERRAL)
        move_application(ws, past, Stage.SCREENING, TODAY - 58 * DAY)
        move_application(ws, past, Stage.WITHDRAWN, TODAY - 57 * DAY)
    fresh = applied(ws, 10, "Fresh Co", channel=Channel.REFERRAL)
    assert sweep(ws).quiet == [fresh]


def test_people_sweep_only_their_own_applications(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = applied(other, 30)
    assert sweep(ws).quiet == []
    assert sweep(other).quiet == [theirs]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([Stage.SAVED, Stage.OFFER, Stage.CLOSED, Stage.WITHDRAWN]),
    st.integers(min_value=0, max_value=400),
)
def test_saved_offer_closed_and_withdrawn_are_never_flagged(
    ws: Workspace, stage: Stage, days_ago: int
) -> None:
    start = Stage.SAVED if stage is Stage.SAVED else Stage.APPLIED
    app_id = applied(ws, days_ago + 1, stage=start)
    if stage is not start:
        move_application(ws, app_id, stage, TODAY - days_ago * DAY)
    report = sweep(ws)
    assert app_id not in report.quiet
    assert app_id not in report.ghosted
    assert follow_ups(ws, app_id) == []


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND]
            ),
            st.integers(min_value=0, max_value=120),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_sweeping_twice_changes_nothing_the_second_time(
    ws: Workspace, search: list[tuple[Stage, int]]
) -> None:
    ids: list[int] = []
    for stage, days_ago in search:
        app_id = applied(ws, days_ago + 1, f"Co {len(ids)}")
        if stage is not Stage.APPLIED:
            move_application(ws, app_id, stage, TODAY - days_ago * DAY)
        ids.append(app_id)
    sweep(ws)
    before = [recovery.plan_view(ws, i).steps for i in ids]
    again = sweep(ws)
    assert (again.quiet, again.ghosted) == ([], [])
    assert [recovery.plan_view(ws, i).steps for i in ids] == before
