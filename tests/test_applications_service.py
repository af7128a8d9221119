"""Application use cases on a real database (SQLite, and PostgreSQL when available)."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from nextyes.clock import FixedClock
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import IllegalTransition, InvalidInput, NotFound
from nextyes.domain.events import EventKind, EventSource
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services import applications as service
from nextyes.services.recovery import complete_step
from nextyes.services.workspace import Workspace
from nextyes.store.tables import ApplicationRow, EventRow, RejectionRow
from tests.conftest import TODAY

DAY = timedelta(days=1)


def add(ws: Workspace, company: str = "Lumen Health", **fields: object) -> int:
    return service.add_application(ws, NewApplication(company, "Data Analyst", **fields)).id  # type: ignore[arg-type]


def counts(ws: Workspace) -> tuple[int, int, int]:
    with ws.db.transaction() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (ApplicationRow, EventRow, RejectionRow)
        )


def test_adding_records_the_application_and_a_created_event(ws: Workspace) -> None:
    new_id = add(ws, channel=Channel.REFERRAL, excitement=5, on=TODAY - 3 * DAY)
    detail = service.application_detail(ws, new_id)
    assert detail.application.company == "Lumen Health"
    assert detail.application.channel is Channel.REFERRAL
    assert detail.application.applied_on == TODAY - 3 * DAY
    [created] = detail.events
    assert (created.kind, created.to_stage, created.source) == (
        EventKind.CREATED,
        Stage.APPLIED,
        EventSource.TYPED,
    )


def test_unicode_and_long_text_round_trip(ws: Workspace) -> None:
    description = "Ünïcødé — 東京 🚀 " * 5_000
    new_id = add(ws, company="Zoë Café 東京 🚀", description=description)
    shown = service.application_detail(ws, new_id).application
    assert shown.company == "Zoë Café 東京 🚀"
    assert shown.description == description.strip()


def test_list_filters_by_stage_and_channel(ws: Workspace) -> None:
    a = add(ws, "A", channel=Channel.REFERRAL)
    add(ws, "B", channel=Channel.JOB_BOARD)
    c = add(ws, "C", channel=Channel.REFERRAL, stage=Stage.SAVED)
    assert {x.id for x in service.list_applications(ws, channel=Channel.REFERRAL)} == {a, c}
    assert [x.id for x in service.list_applications(ws, stage=Stage.SAVED)] == [c]
    assert [x.id for x in service.list_applications(ws, Stage.APPLIED, Channel.REFERRAL)] == [a]


def test_moving_through_the_stages_builds_a_timeline(ws: Workspace, clock: FixedClock) -> None:
    new_id = add(ws, stage=Stage.SAVED, on=TODAY - 10 * DAY)
    service.move_application(ws, new_id, Stage.APPLIED, TODAY - 9 * DAY)
    service.move_application(ws, new_id, Stage.INTERVIEWING, TODAY - 2 * DAY, note="Call with Tom")
    moved = service.move_application(ws, new_id, Stage.FINAL_ROUND)
    assert moved.stage is Stage.FINAL_ROUND
    assert moved.stage_since == TODAY
    assert moved.applied_on == TODAY - 9 * DAY
    events = service.application_detail(ws, new_id).events
    assert [(e.from_stage, e.to_stage) for e in events] == [
        (None, Stage.SAVED),
        (Stage.SAVED, Stage.APPLIED),
        (Stage.APPLIED, Stage.INTERVIEWING),
        (Stage.INTERVIEWING, Stage.FINAL_ROUND),
    ]
    assert events[2].note == "Call with Tom"
    assert [e.occurred_on for e in events] == sorted(e.occurred_on for e in events)


@pytest.mark.parametrize(
    ("path", "target", "message"),
    [
        ([Stage.OFFER], Stage.APPLIED, "cannot move from offer to applied"),
        ([Stage.INTERVIEWING], Stage.SCREENING, "cannot move from interviewing to screening"),
        ([Stage.WITHDRAWN], Stage.APPLIED, "withdrawn is final"),
        ([], Stage.APPLIED, "already in applied"),
    ],
)
def test_illegal_moves_write_nothing(
    ws: Workspace, path: list[Stage], target: Stage, message: str
) -> None:
    new_id = add(ws, on=TODAY - 5 * DAY)
    for stage in path:
        service.move_application(ws, new_id, stage)
    before = counts(ws), service.application_detail(ws, new_id)
    with pytest.raises(IllegalTransition, match=message):
        service.move_application(ws, new_id, target)
    assert (counts(ws), service.application_detail(ws, new_id)) == before


def test_future_and_out_of_order_dates_are_refused(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 5 * DAY)
    before = counts(ws)
    with pytest.raises(InvalidInput, match="is in the future"):
        service.move_application(ws, new_id, Stage.SCREENING, TODAY + DAY)
    with pytest.raises(InvalidInput, match="before the application's last change"):
        service.move_application(ws, new_id, Stage.SCREENING, TODAY - 6 * DAY)
    with pytest.raises(InvalidInput, match="is in the future"):
        service.record_rejection(ws, new_id, RejectionForm.EXPLICIT, TODAY + DAY)
    assert counts(ws) == before


def test_unknown_ids_are_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="no application with id 42"):
        service.application_detail(ws, 42)
    with pytest.raises(NotFound):
        service.move_application(ws, 42, Stage.SCREENING)
    with pytest.raises(NotFound):
        service.record_rejection(ws, 42, RejectionForm.EXPLICIT)


def test_text_no_database_can_keep_is_refused_before_writing(ws: Workspace) -> None:
    # PostgreSQL refuses a NUL outright; the refusal must come first, in one line, on both.
    with pytest.raises(InvalidInput, match="company must not contain NUL characters"):
        service.add_application(ws, NewApplication("Lumen\x00Health", "Analyst"))
    assert service.list_applications(ws) == []


@pytest.mark.parametrize("never_given", [0, -1, 2**31, 2**63, 10**20])
def test_ids_no_column_holds_are_simply_not_found(ws: Workspace, never_given: int) -> None:
    # The drivers refuse such numbers (SQLite past 64 bits, PostgreSQL past 32); a person who
    # types one gets the same answer as for any id that is not theirs.
    add(ws)
    with pytest.raises(NotFound, match=f"no application with id {never_given}$"):
        service.application_detail(ws, never_given)
    with pytest.raises(NotFound, match=f"no step with id {never_given}$"):
        complete_step(ws, never_given)


def test_a_rejection_records_how_far_it_got(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 20 * DAY)
    service.move_application(ws, new_id, Stage.FINAL_ROUND, TODAY - 5 * DAY)
    recorded = service.record_rejection(
        ws,
        new_id,
        RejectionForm.EXPLICIT,
        TODAY - DAY,
        reason="Internal candidate",
        feedback="Great case study",
    )
    assert not recorded.already_recorded
    assert recorded.application.stage is Stage.REJECTED
    assert recorded.rejection.stage_reached is Stage.FINAL_ROUND
    assert (recorded.rejection.reason, recorded.rejection.feedback) == (
        "Internal candidate",
        "Great case study",
    )
    last = service.application_detail(ws, new_id).events[-1]
    assert (last.kind, last.to_stage, last.note) == (
        EventKind.REJECTED,
        Stage.REJECTED,
        "Internal candidate",
    )


def test_recording_the_same_rejection_twice_changes_nothing(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 20 * DAY)
    first = service.record_rejection(ws, new_id, RejectionForm.EXPLICIT, TODAY - DAY)
    before = counts(ws)
    again = service.record_rejection(ws, new_id, RejectionForm.EXPLICIT, reason="changed?")
    assert again.already_recorded
    assert again.rejection == first.rejection
    assert counts(ws) == before


def test_silence_then_a_late_no_keeps_the_stage_reached(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 40 * DAY)
    service.move_application(ws, new_id, Stage.INTERVIEWING, TODAY - 30 * DAY)
    ghosted = service.record_rejection(ws, new_id, RejectionForm.SILENCE, TODAY - 10 * DAY)
    assert ghosted.application.stage is Stage.GHOSTED
    late = service.record_rejection(ws, new_id, RejectionForm.EXPLICIT, TODAY)
    assert late.application.stage is Stage.REJECTED
    assert late.rejection.stage_reached is Stage.INTERVIEWING
    assert len(service.application_detail(ws, new_id).rejections) == 2


def test_moving_to_rejected_goes_through_the_rejection_record(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 5 * DAY)
    service.move_application(ws, new_id, Stage.GHOSTED)
    [rejection] = service.application_detail(ws, new_id).rejections
    assert (rejection.form, rejection.stage_reached) == (RejectionForm.SILENCE, Stage.APPLIED)


def test_a_saved_application_cannot_be_rejected(ws: Workspace) -> None:
    new_id = add(ws, stage=Stage.SAVED)
    with pytest.raises(InvalidInput, match="never sent"):
        service.record_rejection(ws, new_id, RejectionForm.EXPLICIT)
    assert counts(ws) == (1, 1, 0)


def test_bad_text_in_a_rejection_writes_nothing(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 5 * DAY)
    before = counts(ws)
    with pytest.raises(InvalidInput, match="feedback is"):
        service.record_rejection(ws, new_id, RejectionForm.EXPLICIT, feedback="x" * 100_001)
    assert counts(ws) == before
    assert service.application_detail(ws, new_id).application.stage is Stage.APPLIED


def test_people_never_see_each_others_applications(ws: Workspace) -> None:
    mine = add(ws, "Mine")
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = add(other, "Theirs")
    assert [a.company for a in service.list_applications(ws)] == ["Mine"]
    assert [a.company for a in service.list_applications(other)] == ["Theirs"]
    with pytest.raises(NotFound):
        service.application_detail(ws, theirs)
    with pytest.raises(NotFound):
        service.move_application(other, mine, Stage.SCREENING)
    with pytest.raises(NotFound):
        service.record_rejection(other, mine, RejectionForm.EXPLICIT)
    assert service.application_detail(ws, mine).application.stage is Stage.APPLIED


def test_a_failed_step_inside_a_larger_use_case_writes_nothing(ws: Workspace) -> None:
    def first_then_bad() -> None:
        with ws.db.transaction():
            add(ws, "First")
            add(ws, "")

    with pytest.raises(InvalidInput):
        first_then_bad()
    assert counts(ws) == (0, 0, 0)


def test_the_clock_decides_what_today_is(ws: Workspace, clock: FixedClock) -> None:
    clock.advance(days=30)
    new_id = add(ws)
    assert service.application_detail(ws, new_id).application.created_on == date(2026, 4, 15)


def test_a_saved_role_that_closes_was_never_applied_for(ws: Workspace) -> None:
    new_id = add(ws, stage=Stage.SAVED, on=TODAY - 3 * DAY)
    closed = service.move_application(ws, new_id, Stage.CLOSED)
    assert (closed.stage, closed.applied_on) == (Stage.CLOSED, None)


def test_a_note_on_a_move_to_rejected_becomes_the_reason(ws: Workspace) -> None:
    new_id = add(ws, on=TODAY - 3 * DAY)
    service.move_application(ws, new_id, Stage.REJECTED, note="Position filled")
    [rejection] = service.application_detail(ws, new_id).rejections
    assert rejection.reason == "Position filled"
