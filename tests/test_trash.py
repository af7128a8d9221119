"""Deleting moves a thing and everything hanging off it into the trash; restoring brings
all of it back as it was, even when its id was given out again meanwhile. Nothing of
anyone else's can be deleted or restored. On SQLite and PostgreSQL."""

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from nextyes.clock import FixedClock
from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.drafts import DraftKind
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.events import EventKind
from nextyes.domain.interviews import NewInterview
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    add_application,
    application_detail,
    list_applications,
    move_application,
    record_rejection,
)
from nextyes.services.contacts import add_contact, list_contacts
from nextyes.services.drafts import create_draft
from nextyes.services.interviews import add_interview, list_interviews
from nextyes.services.recovery import plan_view
from nextyes.services.reflections import lessons, reflect
from nextyes.services.trash import (
    TRASH_DAYS,
    Kind,
    delete_item,
    empty_trash,
    restore_item,
    trash_items,
)
from nextyes.services.wellbeing import check_in, list_checkins
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.tables import Base
from tests.conftest import TODAY


def rows_of(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    """Every row of every owned table, for before/after comparisons."""
    found = {}
    with ws.db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in ("users", "trash", "request_keys"):
                continue
            order = list(table.primary_key.columns)
            rows = session.execute(select(table).order_by(*order)).mappings()
            found[table.name] = [dict(row) for row in rows]
    return found


def a_whole_search(ws: Workspace) -> int:
    """An application with a timeline, people, an interview, a "no" with its plan, a
    reflection and a draft: everything that hangs off an application."""
    application = add_application(ws, NewApplication("Lumen Health", "Data Analyst"))
    move_application(ws, application.id, Stage.INTERVIEWING)
    mei = add_contact(ws, NewContact("Mei Chen", ContactRole.INTERVIEWER), application.id)
    starts = datetime(2026, 3, 20, 14, tzinfo=UTC)
    add_interview(ws, NewInterview(application.id, starts))
    record_rejection(ws, application.id, RejectionForm.EXPLICIT, reason="Internal hire")
    reflect(ws, application.id, ReflectionAnswers(to_learn=("Tableau",)))
    create_draft(ws, application.id, DraftKind.THANK_YOU, mei.id)
    return application.id


def test_an_application_goes_with_everything_and_comes_back_whole(ws: Workspace) -> None:
    kept = add_application(ws, NewApplication("Elsewhere", "Analyst"))
    application_id = a_whole_search(ws)
    before = rows_of(ws)

    deleted = delete_item(ws, Kind.APPLICATION, application_id)

    assert deleted.label == "Data Analyst at Lumen Health"
    assert [a.id for a in list_applications(ws)] == [kept.id]
    gone = rows_of(ws)
    for table in ("events", "rejections", "steps", "contact_links", "interviews", "drafts"):
        assert all(row.get("application_id") != application_id for row in gone[table]), table
    assert gone["reflections"] == []
    # Its lesson is no longer counted (the skill itself stays: a person may keep it).
    assert [(s.name, s.mentions) for s in lessons(ws).skills] == [("Tableau", 0)]
    assert [c.name for c in list_contacts(ws)] == ["Mei Chen"]  # people stay
    assert [(t.kind, t.label) for t in trash_items(ws)] == [("application", deleted.label)]

    restored = restore_item(ws, deleted.trash_id)

    assert restored.item_id == application_id
    assert restored.left_out == 0
    assert rows_of(ws) == before
    assert [(s.name, s.mentions) for s in lessons(ws).skills] == [("Tableau", 1)]
    assert trash_items(ws) == []


def test_a_restored_application_whose_id_was_given_out_again_gets_a_new_one(
    ws: Workspace,
) -> None:
    application_id = a_whole_search(ws)
    deleted = delete_item(ws, Kind.APPLICATION, application_id)
    newer = add_application(ws, NewApplication("Kestrel Games", "Product Analyst"))

    restored = restore_item(ws, deleted.trash_id)

    assert newer.id in {a.id for a in list_applications(ws)}
    detail = application_detail(ws, restored.item_id)
    assert detail.application.company == "Lumen Health"
    assert [e.kind for e in detail.events][-1] is EventKind.REJECTED
    assert [c.name for c in detail.contacts] == ["Mei Chen"]
    assert len(list_interviews(ws, restored.item_id)) == 1
    assert plan_view(ws, restored.item_id).steps  # its plan came back with it
    assert application_detail(ws, newer.id).application.company == "Kestrel Games"


def test_a_contact_goes_with_their_links_and_comes_back_linked(ws: Workspace) -> None:
    application_id = a_whole_search(ws)
    [mei] = list_contacts(ws)
    steps_naming = [s.id for s in plan_view(ws, application_id).steps if s.contact_id == mei.id]
    assert steps_naming

    deleted = delete_item(ws, Kind.CONTACT, mei.id)

    assert list_contacts(ws) == []
    assert application_detail(ws, application_id).contacts == []
    assert all(s.contact_id is None for s in plan_view(ws, application_id).steps)

    restore_item(ws, deleted.trash_id)

    assert [c.name for c in application_detail(ws, application_id).contacts] == ["Mei Chen"]
    naming = [s.id for s in plan_view(ws, application_id).steps if s.contact_id == mei.id]
    assert naming == steps_naming


def test_the_latest_move_can_be_taken_back_and_put_back(ws: Workspace) -> None:
    application = add_application(ws, NewApplication("Orchard & Co", "Analyst"))
    move_application(ws, application.id, Stage.SCREENING)
    move_application(ws, application.id, Stage.INTERVIEWING)
    events = application_detail(ws, application.id).events

    with pytest.raises(InvalidInput, match="only the latest move can be taken back"):
        delete_item(ws, Kind.EVENT, events[1].id)
    with pytest.raises(InvalidInput, match="delete the application"):
        delete_item(ws, Kind.EVENT, events[0].id)

    deleted = delete_item(ws, Kind.EVENT, events[2].id)
    assert deleted.label == "Analyst at Orchard & Co: the move to interviewing"
    assert application_detail(ws, application.id).application.stage is Stage.SCREENING

    restore_item(ws, deleted.trash_id)
    assert application_detail(ws, application.id).application.stage is Stage.INTERVIEWING


def test_a_move_cannot_come_back_once_the_application_moved_on(ws: Workspace) -> None:
    application = add_application(ws, NewApplication("Orchard & Co", "Analyst"))
    move_application(ws, application.id, Stage.SCREENING)
    screening = application_detail(ws, application.id).events[-1]
    deleted = delete_item(ws, Kind.EVENT, screening.id)
    move_application(ws, application.id, Stage.INTERVIEWING)

    with pytest.raises(InvalidInput, match="has moved on since"):
        restore_item(ws, deleted.trash_id)
    assert [t.id for t in trash_items(ws)] == [deleted.trash_id]  # still there


def test_deleting_a_no_removes_the_rejection_and_its_plan(ws: Workspace) -> None:
    application_id = a_whole_search(ws)
    no = application_detail(ws, application_id).events[-1]
    plan_before = plan_view(ws, application_id).steps

    deleted = delete_item(ws, Kind.EVENT, no.id)

    detail = application_detail(ws, application_id)
    assert detail.application.stage is Stage.INTERVIEWING
    assert detail.rejections == []
    assert plan_view(ws, application_id).steps == []

    restore_item(ws, deleted.trash_id)
    detail = application_detail(ws, application_id)
    assert detail.application.stage is Stage.REJECTED
    assert [r.reason for r in detail.rejections] == ["Internal hire"]
    assert plan_view(ws, application_id).steps == plan_before


def test_small_things_go_and_come_back(ws: Workspace) -> None:
    first = check_in(ws, 2, "tired").checkin
    check_in(ws, 4)
    deleted = delete_item(ws, Kind.CHECKIN, first.id)
    assert [c.mood for c in list_checkins(ws)] == [4]
    restore_item(ws, deleted.trash_id)
    assert sorted(c.mood for c in list_checkins(ws)) == [2, 4]


def test_another_persons_things_cannot_be_deleted_or_restored(
    database: Database, clock: FixedClock
) -> None:
    mine = Workspace(database, database.owner_id("me"), clock)
    theirs = Workspace(database, database.owner_id("them"), clock)
    their_application = a_whole_search(theirs)
    [their_contact] = list_contacts(theirs)

    with pytest.raises(NotFound, match="no application with id"):
        delete_item(mine, Kind.APPLICATION, their_application)
    with pytest.raises(NotFound):
        delete_item(mine, Kind.CONTACT, their_contact.id)
    theirs_deleted = delete_item(theirs, Kind.APPLICATION, their_application)
    with pytest.raises(NotFound, match="no item in the trash with id"):
        restore_item(mine, theirs_deleted.trash_id)
    assert trash_items(mine) == []
    assert [t.id for t in trash_items(theirs)] == [theirs_deleted.trash_id]


def test_the_trash_forgets_after_its_days(database: Database) -> None:
    clock = FixedClock.on(TODAY)
    ws = Workspace(database, database.owner_id("local"), clock)
    old = add_application(ws, NewApplication("Old", "Analyst"))
    delete_item(ws, Kind.APPLICATION, old.id)
    clock.advance(days=TRASH_DAYS + 1)
    newer = add_application(ws, NewApplication("New", "Analyst"))

    deleted = delete_item(ws, Kind.APPLICATION, newer.id)  # a delete also tidies the trash

    assert [t.id for t in trash_items(ws)] == [deleted.trash_id]
    assert empty_trash(ws, 0) == 1
    assert trash_items(ws) == []
