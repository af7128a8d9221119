"""Correcting what was typed: every problem at once, nothing half-written, and what depends
on a fact follows it (stage dates, the plan of a "no", step titles, insights figures)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nextyes.domain.applications import ApplicationFacts, Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.corrections import replay
from nextyes.domain.drafts import DraftKind
from nextyes.domain.errors import InvalidFields, InvalidInput, NotFound
from nextyes.domain.events import EventKind
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    add_application,
    application_detail,
    move_application,
    record_rejection,
)
from nextyes.services.contacts import add_contact
from nextyes.services.corrections import (
    edit_application,
    edit_checkin,
    edit_contact,
    edit_draft,
    edit_entry,
    edit_if_then,
    edit_interview,
    edit_past_job,
)
from nextyes.services.drafts import create_draft, list_drafts
from nextyes.services.history import add_past_job
from nextyes.services.interviews import add_interview
from nextyes.services.recovery import plan_view
from nextyes.services.weekly import add_if_then
from nextyes.services.wellbeing import check_in
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import Applications
from tests.conftest import TODAY


def facts(**changes: object) -> ApplicationFacts:
    base = ApplicationFacts("Lumen Health", "Data Analyst", Channel.REFERRAL, 4)
    return ApplicationFacts(**{**vars(base), **changes})


def test_an_applications_facts_and_notes_can_be_corrected(ws: Workspace) -> None:
    added = add_application(ws, NewApplication("Lumen Helth", "Data Analist"))
    corrected = edit_application(
        ws, added.id, facts(notes="Met Priya at the meetup", salary_min=50_000, salary_max=60_000,
                            salary_currency="gbp")
    )  # fmt: skip
    assert (corrected.company, corrected.role) == ("Lumen Health", "Data Analyst")
    assert corrected.channel is Channel.REFERRAL
    assert corrected.notes == "Met Priya at the meetup"
    assert corrected.salary_currency == "GBP"
    assert application_detail(ws, added.id).application == corrected


def test_every_problem_is_named_at_once_and_nothing_changes(ws: Workspace) -> None:
    added = add_application(ws, NewApplication("Lumen Health", "Data Analyst"))
    with pytest.raises(InvalidFields) as caught:
        edit_application(
            ws, added.id, facts(company=" ", excitement=9, link="javascript:x", salary_min=-1)
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"company", "excitement", "link", "salary_min"}
    assert application_detail(ws, added.id).application == added


def test_renaming_a_company_renames_it_in_open_steps_only(ws: Workspace) -> None:
    added = add_application(ws, NewApplication("Lumen Helth", "Data Analyst", excitement=2))
    record_rejection(ws, added.id, RejectionForm.EXPLICIT)
    steps = plan_view(ws, added.id).steps
    assert any("Lumen Helth" in s.title for s in steps)
    edit_application(ws, added.id, facts(company="Lumen Health", excitement=2))
    titles = [s.title for s in plan_view(ws, added.id).steps]
    assert not any("Lumen Helth" in t for t in titles)
    assert any("Lumen Health" in t for t in titles)


def test_an_entrys_date_moves_the_stage_dates_with_it(ws: Workspace) -> None:
    added = add_application(
        ws, NewApplication("Orchard & Co", "Analyst", on=TODAY - timedelta(days=20))
    )
    move_application(ws, added.id, Stage.SCREENING, TODAY - timedelta(days=10))
    created, screening = application_detail(ws, added.id).events

    edit_entry(ws, screening.id, on=TODAY - timedelta(days=12), note="Call with Priya")
    edit_entry(ws, created.id, on=TODAY - timedelta(days=25))

    application = application_detail(ws, added.id).application
    assert application.stage_since == TODAY - timedelta(days=12)
    assert application.applied_on == TODAY - timedelta(days=25)
    assert application.created_on == TODAY - timedelta(days=25)
    assert application_detail(ws, added.id).events[1].note == "Call with Priya"
    with ws.db.transaction() as session:
        row = Applications(session, ws.owner_id).row(added.id)
        assert row.first_reply_on == TODAY - timedelta(days=12)  # the insights' reply day


def test_an_entry_keeps_its_place_on_the_timeline(ws: Workspace) -> None:
    added = add_application(
        ws, NewApplication("Orchard & Co", "Analyst", on=TODAY - timedelta(days=20))
    )
    move_application(ws, added.id, Stage.SCREENING, TODAY - timedelta(days=10))
    created, screening = application_detail(ws, added.id).events
    with pytest.raises(InvalidInput, match="before the entry before it"):
        edit_entry(ws, screening.id, on=TODAY - timedelta(days=21))
    with pytest.raises(InvalidInput, match="after the entry after it"):
        edit_entry(ws, created.id, on=TODAY - timedelta(days=9))
    with pytest.raises(InvalidInput, match="in the future"):
        edit_entry(ws, screening.id, on=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="more than 5 years ago"):
        edit_entry(ws, created.id, on=date(1900, 1, 1))
    assert application_detail(ws, added.id).events == [created, screening]


def test_moving_a_no_to_another_day_moves_its_plan(ws: Workspace) -> None:
    added = add_application(
        ws, NewApplication("Orchard & Co", "Analyst", on=TODAY - timedelta(days=30))
    )
    move_application(ws, added.id, Stage.INTERVIEWING, TODAY - timedelta(days=20))
    record_rejection(ws, added.id, RejectionForm.EXPLICIT, reason="Internal hire")
    no = application_detail(ws, added.id).events[-1]
    due_before = [s.due_on for s in plan_view(ws, added.id).steps]

    edit_entry(ws, no.id, on=TODAY - timedelta(days=3), note="They hired someone internal",
               feedback="More SQL depth")  # fmt: skip

    detail = application_detail(ws, added.id)
    [rejection] = detail.rejections
    assert rejection.on == TODAY - timedelta(days=3)
    assert rejection.reason == "They hired someone internal"
    assert rejection.feedback == "More SQL depth"
    assert detail.application.stage_since == TODAY - timedelta(days=3)
    due_after = [s.due_on for s in plan_view(ws, added.id).steps]
    assert due_after == [d - timedelta(days=3) for d in due_before]


def test_feedback_belongs_to_a_no(ws: Workspace) -> None:
    added = add_application(ws, NewApplication("Orchard & Co", "Analyst"))
    [created] = application_detail(ws, added.id).events
    with pytest.raises(InvalidInput, match="feedback belongs to a 'no'"):
        edit_entry(ws, created.id, feedback="hm")


def test_small_things_can_be_corrected(ws: Workspace) -> None:
    added = add_application(ws, NewApplication("Orchard & Co", "Analyst"))
    move_application(ws, added.id, Stage.INTERVIEWING)
    mei = add_contact(ws, NewContact("Mei Chn", ContactRole.INTERVIEWER), added.id)
    better = NewContact("Mei Chen", ContactRole.HIRING_MANAGER, email="mei@orchard.example")
    fixed = edit_contact(ws, mei.id, better)
    assert (fixed.name, fixed.role, fixed.application_ids) == (
        "Mei Chen", ContactRole.HIRING_MANAGER, (added.id,)
    )  # fmt: skip

    starts = datetime(2026, 3, 20, 14, tzinfo=UTC)
    talk = add_interview(ws, NewInterview(added.id, starts))
    moved = edit_interview(ws, talk.id, NewInterview(0, starts + timedelta(hours=2), 45,
                                                     title="Panel"))  # fmt: skip
    assert (moved.application_id, moved.starts_at, moved.minutes) == (
        added.id, starts + timedelta(hours=2), 45
    )  # fmt: skip

    checkin = check_in(ws, 2).checkin
    assert edit_checkin(ws, checkin.id, 3, "better after a walk").mood == 3
    with pytest.raises(InvalidFields):
        edit_checkin(ws, checkin.id, 9, "x" * 3000)

    plan = add_if_then(ws, "I hear no", "I take a walk")
    assert edit_if_then(ws, plan.id, "I hear a no", "I take a walk, then apply once").cue == (
        "I hear a no"
    )

    job = add_past_job(ws, NewPastJob("Halcyon", "Analyst", Channel.REFERRAL))
    assert edit_past_job(ws, job.id, NewPastJob("Halcyon Media", "Analyst", Channel.DIRECT)
                         ).channel is Channel.DIRECT  # fmt: skip

    draft = create_draft(ws, added.id, DraftKind.THANK_YOU, mei.id)
    edit_draft(ws, draft.id, "Thank you", "Dear Mei, thank you. Best, Sam")
    [kept] = list_drafts(ws, added.id)
    assert (kept.subject, kept.body) == ("Thank you", "Dear Mei, thank you. Best, Sam")
    assert kept.mailto.startswith("mailto:mei@orchard.example?subject=Thank%20you&body=Dear")


def test_nobody_elses_things_can_be_corrected(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = add_application(other, NewApplication("Orchard & Co", "Analyst"))
    [entry] = application_detail(other, theirs.id).events
    with pytest.raises(NotFound):
        edit_application(ws, theirs.id, facts())
    with pytest.raises(NotFound):
        edit_entry(ws, entry.id, note="mine now")
    assert application_detail(other, theirs.id).application == theirs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER]),
        max_size=3,
        unique=True,
    ).map(sorted),
    st.booleans(),
)
def test_replay_agrees_with_the_store_as_events_are_added(
    stages: list[Stage], saved_first: bool
) -> None:
    """What replay works out from the events equals what the store kept as they came."""
    from nextyes.clock import FixedClock
    from nextyes.store.database import Database

    database = Database("sqlite://")
    database.prepare()
    ws = Workspace(database, database.owner_id("local"), FixedClock.on(TODAY))
    start = Stage.SAVED if saved_first else Stage.APPLIED
    added = add_application(ws, NewApplication("A", "B", stage=start, on=TODAY - timedelta(9)))
    order = sorted(stages, key=list(Stage).index)
    for offset, stage in enumerate(order):
        move_application(ws, added.id, stage, TODAY - timedelta(days=8 - offset))
    detail = application_detail(ws, added.id)
    now = replay(detail.events)
    with ws.db.transaction() as session:
        row = Applications(session, ws.owner_id).row(added.id)
        kept = (row.stage, row.stage_since, row.applied_on, row.reached, row.first_reply_on)
    assert kept == (now.stage.value, now.stage_since, now.applied_on, now.summary.reached,
                    now.summary.first_reply_on)  # fmt: skip
    assert detail.events[0].kind is EventKind.CREATED
    database.dispose()
