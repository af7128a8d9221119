"""Contacts, past jobs and the demo on a real database."""

from datetime import date

import pytest

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.events import EventKind
from nextyes.domain.history import NewPastJob
from nextyes.domain.stages import Stage
from nextyes.services import applications, contacts, demo, history
from nextyes.services.pipeline import pipeline
from nextyes.services.workspace import Workspace


def new_application(ws: Workspace, company: str = "Lumen Health") -> int:
    return applications.add_application(ws, NewApplication(company, "Analyst")).id


def test_a_contact_added_for_an_application_is_linked(ws: Workspace) -> None:
    app_id = new_application(ws)
    priya = contacts.add_contact(
        ws,
        NewContact("Priya Natarajan", ContactRole.RECRUITER, company="Lumen Health"),
        application_id=app_id,
    )
    assert priya.application_ids == (app_id,)
    assert [c.name for c in contacts.list_contacts(ws, application_id=app_id)] == [
        "Priya Natarajan"
    ]
    events = applications.application_detail(ws, app_id).events
    assert events[-1].kind is EventKind.CONTACT_LINKED
    assert events[-1].note == "Priya Natarajan (recruiter)"


def test_linking_twice_makes_one_link(ws: Workspace) -> None:
    first, second = new_application(ws, "A"), new_application(ws, "B")
    tom = contacts.add_contact(ws, NewContact("Tom", ContactRole.HIRING_MANAGER))
    assert contacts.link_contact(ws, tom.id, first)
    assert contacts.link_contact(ws, tom.id, second)
    assert not contacts.link_contact(ws, tom.id, first)
    [listed] = contacts.list_contacts(ws)
    assert listed.application_ids == (first, second)


def test_contacts_filter_by_company_ignoring_case(ws: Workspace) -> None:
    contacts.add_contact(ws, NewContact("Ana", company="Lumen Health"))
    contacts.add_contact(ws, NewContact("Jonas", company="Fernwood Bank"))
    assert [c.name for c in contacts.list_contacts(ws, company="lumen health")] == ["Ana"]


def test_unknown_ids_when_linking_write_nothing(ws: Workspace) -> None:
    app_id = new_application(ws)
    ana = contacts.add_contact(ws, NewContact("Ana"))
    with pytest.raises(NotFound, match="no contact with id 99"):
        contacts.link_contact(ws, 99, app_id)
    with pytest.raises(NotFound, match="no application with id 99"):
        contacts.link_contact(ws, ana.id, 99)
    with pytest.raises(NotFound):
        contacts.add_contact(ws, NewContact("Dev"), application_id=99)
    assert [c.name for c in contacts.list_contacts(ws)] == ["Ana"]


def test_contacts_stay_with_their_owner(ws: Workspace) -> None:
    app_id = new_application(ws)
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    theirs = contacts.add_contact(other, NewContact("Their recruiter"))
    assert contacts.list_contacts(ws) == []
    with pytest.raises(NotFound):
        contacts.link_contact(ws, theirs.id, app_id)
    with pytest.raises(NotFound):
        contacts.link_contact(other, theirs.id, app_id)


def test_past_jobs_remember_how_they_were_found(ws: Workspace) -> None:
    history.add_past_job(
        ws, NewPastJob("Corvid Retail", "Junior Analyst", Channel.JOB_BOARD, date(2018, 1, 1))
    )
    history.add_past_job(
        ws, NewPastJob("Halcyon Media", "Analyst", Channel.REFERRAL, date(2020, 6, 1))
    )
    jobs = history.list_past_jobs(ws)
    assert [(j.company, j.channel) for j in jobs] == [
        ("Halcyon Media", Channel.REFERRAL),
        ("Corvid Retail", Channel.JOB_BOARD),
    ]
    with pytest.raises(InvalidInput):
        history.add_past_job(ws, NewPastJob("", "Analyst", Channel.OTHER))
    assert len(history.list_past_jobs(ws)) == 2


def test_the_demo_is_a_believable_search(ws: Workspace) -> None:
    loaded = demo.load_demo(ws)
    assert 25 <= loaded.applications <= 40
    everything = applications.list_applications(ws)
    stages = {a.stage for a in everything}
    assert {Stage.SAVED, Stage.APPLIED, Stage.INTERVIEWING, Stage.REJECTED, Stage.GHOSTED} <= stages
    # The story the demo tells: two days after a final-round "no" from the dream job.
    lumen = next(a for a in everything if a.company == "Lumen Health")
    detail = applications.application_detail(ws, lumen.id)
    assert lumen.excitement == 5
    assert detail.rejections[-1].stage_reached is Stage.FINAL_ROUND
    assert (ws.clock.today() - detail.rejections[-1].on).days == 2
    assert len(detail.contacts) >= 3
    assert len(history.list_past_jobs(ws)) == loaded.past_jobs


def test_the_demo_refuses_a_database_with_data_unless_forced(ws: Workspace) -> None:
    new_application(ws, "My real application")
    with pytest.raises(InvalidInput, match="--force"):
        demo.load_demo(ws)
    assert [a.company for a in applications.list_applications(ws)] == ["My real application"]
    demo.load_demo(ws, force=True)
    names = {a.company for a in applications.list_applications(ws)}
    assert "My real application" not in names
    assert "Lumen Health" in names


def test_the_demo_leaves_other_people_alone(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    new_application(other, "Theirs")
    demo.load_demo(ws, force=True)
    assert [a.company for a in applications.list_applications(other)] == ["Theirs"]


def test_the_pipeline_counts_every_stage_but_lists_a_few(ws: Workspace) -> None:
    for n in range(7):
        new_application(ws, f"Company {n}")
    columns = pipeline(ws, per_stage=3)
    assert [c.stage for c in columns] == list(Stage)
    applied = next(c for c in columns if c.stage is Stage.APPLIED)
    assert (applied.count, len(applied.applications), applied.hidden) == (7, 3, 4)
    assert all(c.count == 0 for c in columns if c.stage is not Stage.APPLIED)


def test_company_filter_folds_every_letter_not_just_ascii(ws: Workspace) -> None:
    contacts.add_contact(ws, NewContact("Anne", company="École Zoë"))
    assert [c.name for c in contacts.list_contacts(ws, company="école zoë")] == ["Anne"]
    assert [c.name for c in contacts.list_contacts(ws, company="ÉCOLE ZOË")] == ["Anne"]
