"""Interviews and the calendar export on a real database (SQLite, and PostgreSQL when
available), read back with icalendar as a calendar app would."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar, Component
from sqlalchemy import update

from nextyes.clock import FixedClock
from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.interviews import NewInterview
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.calendar import calendar_ics, export_calendar
from nextyes.services.interviews import add_interview, cancel_interview, list_interviews
from nextyes.services.recovery import complete_step, plan_view, skip_step, snooze_step
from nextyes.services.workspace import Workspace
from nextyes.store.interviews import Interviews
from nextyes.store.tables import StepRow
from tests.conftest import TODAY

NOON = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
DAY = timedelta(days=1)


def add(ws: Workspace, company: str = "Lumen Health", role: str = "Data Analyst") -> int:
    return add_application(ws, NewApplication(company, role, on=TODAY - 10 * DAY)).id


def rejected(ws: Workspace, company: str = "Lumen Health", role: str = "Data Analyst") -> int:
    """An application turned down after interviews: it has a recovery plan of open steps."""
    app_id = add(ws, company, role)
    move_application(ws, app_id, Stage.INTERVIEWING, TODAY - 5 * DAY)
    record_rejection(
        ws, app_id, RejectionForm.EXPLICIT, TODAY, reason="private reason", feedback="harsh"
    )
    return app_id


def schedule(ws: Workspace, app_id: int, starts_at: datetime, **fields: object) -> int:
    return add_interview(ws, NewInterview(app_id, starts_at, **fields)).id  # type: ignore[arg-type]


def events(ws: Workspace) -> dict[str, Component]:
    calendar = Calendar.from_ical(calendar_ics(ws))
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def open_step_ids(ws: Workspace, app_id: int) -> list[int]:
    return [s.id for s in plan_view(ws, app_id).steps if s.is_open]


# --- interviews ---------------------------------------------------------------------------


def test_an_interview_is_stored_in_utc_and_listed_earliest_first(ws: Workspace) -> None:
    app_id = add(ws)
    berlin = timezone(timedelta(hours=1))
    later = schedule(ws, app_id, datetime(2026, 11, 25, 14, 0, tzinfo=berlin), title=" Panel ")
    sooner = schedule(ws, app_id, NOON + 2 * DAY, minutes=30, location="Room 4")
    found = list_interviews(ws)
    assert [i.id for i in found] == [sooner, later]
    assert found[1].starts_at == datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert found[1].starts_at.utcoffset() == timedelta(0)
    assert (found[1].title, found[1].minutes, found[0].location) == ("Panel", 60, "Room 4")
    assert list_interviews(ws, application_id=app_id) == found


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"minutes": 0}, "minutes must be from 1 to 600; you wrote 0"),
        ({"minutes": 601}, "minutes must be from 1 to 600; you wrote 601"),
        ({"starts_at": datetime(2026, 11, 25, 14)}, "needs a time zone"),
        ({"title": "x" * 201}, "title is 201 characters"),
    ],
)
def test_bad_interviews_are_refused_in_one_line(
    ws: Workspace, fields: dict[str, object], message: str
) -> None:
    app_id = add(ws)
    values: dict[str, object] = {"starts_at": NOON + DAY, **fields}
    with pytest.raises(InvalidInput, match=message) as refused:
        add_interview(ws, NewInterview(app_id, **values))  # type: ignore[arg-type]
    assert "\n" not in str(refused.value)
    assert list_interviews(ws) == []


def test_an_unknown_application_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="no application with id 99"):
        schedule(ws, 99, NOON + DAY)
    with pytest.raises(NotFound, match="no application with id 99"):
        list_interviews(ws, application_id=99)


@pytest.mark.parametrize("stage", [Stage.SAVED, Stage.WITHDRAWN, Stage.CLOSED])
def test_no_interview_for_an_application_not_sent_or_finished(ws: Workspace, stage: Stage) -> None:
    app_id = add_application(ws, NewApplication("A", "B", stage=Stage.SAVED)).id
    if stage is not Stage.SAVED:
        move_application(ws, app_id, stage)
    with pytest.raises(InvalidInput, match=f"application {app_id} is {stage.value}"):
        schedule(ws, app_id, NOON + DAY)


def test_no_interview_for_a_rejected_application(ws: Workspace) -> None:
    app_id = rejected(ws)
    with pytest.raises(InvalidInput, match="is rejected"):
        schedule(ws, app_id, NOON + DAY)
    assert list_interviews(ws) == []


def test_cancelling_removes_the_interview_once(ws: Workspace) -> None:
    app_id = add(ws)
    gone = schedule(ws, app_id, NOON + DAY)
    kept = schedule(ws, app_id, NOON + 2 * DAY)
    assert cancel_interview(ws, gone).id == gone
    assert [i.id for i in list_interviews(ws)] == [kept]
    assert f"interview-{gone}@nextyes" not in events(ws)
    with pytest.raises(NotFound, match=f"no interview with id {gone}"):
        cancel_interview(ws, gone)


# --- the export ---------------------------------------------------------------------------


def test_the_calendar_names_itself(ws: Workspace) -> None:
    calendar = Calendar.from_ical(calendar_ics(ws))
    assert str(calendar["PRODID"]) == "-//NextYes//NextYes//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "NextYes"
    assert calendar.walk("VEVENT") == []


def test_one_all_day_item_per_open_step(ws: Workspace) -> None:
    app_id = rejected(ws, "Acme", "Analyst")
    steps = [s for s in plan_view(ws, app_id).steps if s.is_open]
    assert len(steps) >= 2
    found = events(ws)
    assert set(found) == {f"step-{s.id}@nextyes" for s in steps}
    for step in steps:
        event = found[f"step-{step.id}@nextyes"]
        assert str(event["SUMMARY"]) == step.title
        assert str(event["DESCRIPTION"]) == f"{step.why}\n\nAnalyst at Acme"
        assert event.decoded("DTSTART") == step.due_on
        assert event.decoded("DTEND") == step.due_on + DAY
        assert event.decoded("DTSTAMP") == NOON


def test_a_step_left_at_the_last_day_there_is_still_exports(ws: Workspace) -> None:
    # Earlier versions let the CLI snooze a step to 9999-12-31, and its day-long entry could
    # not end a day later; such a step must not stop every other entry from exporting.
    app_id = rejected(ws)
    stuck, *others = open_step_ids(ws, app_id)
    with ws.db.transaction() as session:
        session.execute(update(StepRow).where(StepRow.id == stuck).values(due_on=date.max))
    found = events(ws)
    assert found[f"step-{stuck}@nextyes"].decoded("DTSTART") == date.max
    assert "DTEND" not in found[f"step-{stuck}@nextyes"]  # a date alone lasts that day
    assert {f"step-{i}@nextyes" for i in others} <= set(found)


def test_done_and_skipped_steps_leave_the_calendar(ws: Workspace) -> None:
    app_id = rejected(ws)
    first, second, *rest = open_step_ids(ws, app_id)
    complete_step(ws, first)
    skip_step(ws, second)
    assert set(events(ws)) == {f"step-{i}@nextyes" for i in rest}


def test_uids_stay_and_a_snoozed_step_moves(ws: Workspace, clock: FixedClock) -> None:
    app_id = rejected(ws)
    step_id = open_step_ids(ws, app_id)[0]
    interview_id = schedule(ws, add(ws, "Other"), NOON + 3 * DAY)
    before = events(ws)
    assert set(events(ws)) == set(before)
    assert f"interview-{interview_id}@nextyes" in before

    clock.advance(hours=1)
    until = TODAY + 20 * DAY
    snooze_step(ws, step_id, until, note="my private note")
    after = events(ws)
    uid = f"step-{step_id}@nextyes"
    assert set(after) == set(before)
    assert after[uid].decoded("DTSTART") == until
    assert before[uid].decoded("DTSTART") != until
    # A later export carries a higher SEQUENCE, so calendar apps take it as the update.
    assert after[uid].decoded("SEQUENCE") > before[uid].decoded("SEQUENCE")


def test_interviews_that_have_ended_leave_the_calendar(ws: Workspace) -> None:
    app_id = add(ws, "Acme", "Analyst")
    ended = schedule(ws, app_id, NOON - 2 * timedelta(hours=1), minutes=60)
    running = schedule(ws, app_id, NOON - timedelta(hours=9), minutes=600)
    ahead = schedule(ws, app_id, NOON + DAY, minutes=45, title="Panel")
    found = events(ws)
    assert set(found) == {f"interview-{i}@nextyes" for i in (running, ahead)}
    assert f"interview-{ended}@nextyes" not in found

    panel = found[f"interview-{ahead}@nextyes"]
    assert str(panel["SUMMARY"]) == "Panel"
    assert panel.decoded("DTSTART") == NOON + DAY
    assert panel.decoded("DTEND") == NOON + DAY + timedelta(minutes=45)
    assert panel.decoded("DTSTART").utcoffset() == timedelta(0)
    assert str(found[f"interview-{running}@nextyes"]["SUMMARY"]) == "Interview: Analyst at Acme"


def test_a_link_as_location_is_also_the_url(ws: Workspace) -> None:
    app_id = add(ws)
    link = schedule(ws, app_id, NOON + DAY, location="https://meet.example/abc")
    room = schedule(ws, app_id, NOON + DAY, location="Room 4, 2nd floor")
    found = events(ws)
    assert str(found[f"interview-{link}@nextyes"]["URL"]) == "https://meet.example/abc"
    assert str(found[f"interview-{room}@nextyes"]["LOCATION"]) == "Room 4, 2nd floor"
    assert "URL" not in found[f"interview-{room}@nextyes"]


def test_awkward_text_round_trips(ws: Workspace) -> None:
    company, role = "Zoë; Café, 東京 🚀", "Lead, Data\\Insights; Ops"
    app_id = add(ws, company, role)
    title = "Round 2; panel, with\nthe CTO — ünïcødé " + "long " * 30
    location = "Straße 1; Floor 2,\nRoom 3"
    interview_id = schedule(ws, app_id, NOON + DAY, title=title, location=location)
    event = events(ws)[f"interview-{interview_id}@nextyes"]
    assert str(event["SUMMARY"]) == title.strip()
    assert str(event["LOCATION"]) == location
    assert str(event["DESCRIPTION"]) == f"{role} at {company}"


def test_private_writing_stays_out(ws: Workspace) -> None:
    app_id = rejected(ws)
    step_id = open_step_ids(ws, app_id)[0]
    snooze_step(ws, step_id, TODAY + 3 * DAY, note="SECRET-STEP-NOTE")
    other = add(ws, "Other")
    schedule(ws, other, NOON + DAY, notes="SECRET-INTERVIEW-NOTE")
    text = calendar_ics(ws).decode()
    for secret in ("SECRET-STEP-NOTE", "SECRET-INTERVIEW-NOTE", "private reason", "harsh"):
        assert secret not in text


def test_another_owners_items_never_appear(ws: Workspace) -> None:
    mine = rejected(ws)
    my_interview = schedule(ws, add(ws), NOON + DAY)
    theirs = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    their_app = rejected(theirs, "Their Co")
    schedule(theirs, add(theirs, "Their Other"), NOON + DAY)

    mine_only = {f"step-{i}@nextyes" for i in open_step_ids(ws, mine)}
    assert set(events(ws)) == mine_only | {f"interview-{my_interview}@nextyes"}
    assert "Their" not in calendar_ics(ws).decode()
    assert not set(events(theirs)) & set(events(ws))
    assert len(export_calendar(theirs).ics) > 0
    with pytest.raises(NotFound):
        schedule(ws, their_app, NOON + DAY)
    with pytest.raises(NotFound):
        cancel_interview(theirs, my_interview)
    assert [i.id for i in list_interviews(ws)] == [my_interview]


def test_the_export_counts_its_items(ws: Workspace) -> None:
    app_id = rejected(ws)
    schedule(ws, add(ws, "Other"), NOON + DAY)
    done = export_calendar(ws)
    assert done.steps == len(open_step_ids(ws, app_id))
    assert (done.interviews, done.items) == (1, done.steps + 1)
    assert len(Calendar.from_ical(done.ics).walk("VEVENT")) == done.items


def test_steps_use_their_due_date_as_a_date(ws: Workspace) -> None:
    rejected(ws)
    for event in events(ws).values():
        start = event.decoded("DTSTART")
        assert isinstance(start, date)
        assert not isinstance(start, datetime)


def test_upcoming_from_compares_instants_whatever_the_zone(ws: Workspace) -> None:
    app_id = add(ws)
    before = schedule(ws, app_id, NOON - timedelta(minutes=1))
    at = schedule(ws, app_id, NOON)
    after = schedule(ws, app_id, NOON + timedelta(minutes=1))
    tokyo_noon = NOON.astimezone(timezone(timedelta(hours=9)))
    with ws.db.transaction() as session:
        found = Interviews(session, ws.owner_id).find(upcoming_from=tokyo_noon)
        mine = Interviews(session, ws.owner_id).find(application_id=app_id)
    assert [i.id for i in found] == [at, after]
    assert [i.id for i in mine] == [before, at, after]
