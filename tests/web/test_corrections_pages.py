"""Correcting and deleting in the browser's pages: every problem of a form at once beside
its field, nothing half-saved, an Undo right after a deletion, and the Trash page."""

import re
from datetime import timedelta

from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.drafts import DraftKind
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
from nextyes.services.drafts import create_draft, list_drafts
from nextyes.services.reflections import reflection_start
from nextyes.services.trash import trash_items
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY
from tests.web.conftest import says


def problems_listed(html: str) -> dict[str, str]:
    """The error summary at the top of a form: field -> message."""
    return dict(re.findall(r'<li><a href="#[fr]-([\w-]+)">([^<]*)</a></li>', html))


def undo_of(html: str) -> str:
    [trash_id] = re.findall(r'action="/trash/(\d+)/restore"', html)
    return str(trash_id)


def test_the_edit_page_shows_what_is_there_and_saves_corrections(
    client: TestClient, workspace: Workspace
) -> None:
    added = add_application(workspace, NewApplication("Lumen Helth", "Data Analyst"))
    page = client.get(f"/applications/{added.id}/edit")
    assert page.status_code == 200
    assert 'value="Lumen Helth"' in page.text
    assert 'maxlength="200"' in page.text  # every text field has a limit

    saved = client.post(
        f"/applications/{added.id}/edit",
        data={
            "company": "Lumen Health",
            "role": "Data Analyst",
            "channel": "referral",
            "excitement": "4",
            "notes": "Priya said the team is small",
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/applications/{added.id}"
    shown = client.get(f"/applications/{added.id}").text
    assert "Your notes" in shown
    assert "Priya said the team is small" in shown
    assert application_detail(workspace, added.id).application.company == "Lumen Health"


def test_every_problem_is_shown_at_once_and_nothing_is_saved(
    client: TestClient, workspace: Workspace
) -> None:
    added = add_application(workspace, NewApplication("Lumen Health", "Data Analyst"))
    answer = client.post(
        f"/applications/{added.id}/edit",
        data={
            "company": " ",
            "role": "Data Analyst",
            "channel": "referral",
            "excitement": "9",
            "link": "ftp://files",
            "salary_min": "lots",
            "notes": "kept",
        },
    )
    assert answer.status_code == 422
    listed = problems_listed(answer.text)
    assert set(listed) == {"company", "excitement", "link", "salary_min"}
    assert says(answer.text, "company must not be empty")
    assert 'aria-invalid="true"' in answer.text
    assert ">kept</textarea>" in answer.text  # what was typed stays
    assert application_detail(workspace, added.id).application == added


def test_a_timeline_entry_is_corrected_in_place(client: TestClient, workspace: Workspace) -> None:
    added = add_application(
        workspace, NewApplication("Orchard & Co", "Analyst", on=TODAY - timedelta(days=20))
    )
    move_application(workspace, added.id, Stage.SCREENING, TODAY - timedelta(days=10))
    entry = application_detail(workspace, added.id).events[1]
    page = client.get(f"/applications/{added.id}").text
    assert f'action="/entries/{entry.id}/edit"' in page

    moved = client.post(
        f"/entries/{entry.id}/edit",
        data={"on": (TODAY - timedelta(days=12)).isoformat(), "note": "A call with Priya"},
        follow_redirects=False,
    )
    assert moved.status_code == 303
    detail = application_detail(workspace, added.id)
    assert detail.application.stage_since == TODAY - timedelta(days=12)
    assert detail.events[1].note == "A call with Priya"

    refused = client.post(
        f"/entries/{entry.id}/edit", data={"on": (TODAY - timedelta(days=30)).isoformat()}
    )
    assert refused.status_code == 422
    assert says(refused.text, "is before the entry before it")
    assert f'id="f-entry-{entry.id}-on"' in refused.text
    assert application_detail(workspace, added.id) == detail


def test_deleting_an_application_offers_undo_and_the_trash_brings_it_back(
    client: TestClient, workspace: Workspace
) -> None:
    added = add_application(workspace, NewApplication("Orchard & Co", "Analyst"))
    landed = client.post(f"/delete/application/{added.id}", data={"next": "/pipeline"})
    assert landed.status_code == 200
    assert "Deleted: Analyst at Orchard &amp; Co." in landed.text
    trash_id = undo_of(landed.text)
    assert list_applications(workspace) == []
    assert "Analyst at Orchard &amp; Co" in client.get("/trash").text

    back = client.post(f"/trash/{trash_id}/restore", follow_redirects=False)
    assert back.status_code == 303
    assert back.headers["location"] == f"/applications/{added.id}"
    assert [a.id for a in list_applications(workspace)] == [added.id]
    assert "Nothing here" in client.get("/trash").text


def test_taking_back_a_no_from_the_timeline(client: TestClient, workspace: Workspace) -> None:
    added = add_application(workspace, NewApplication("Orchard & Co", "Analyst"))
    move_application(workspace, added.id, Stage.INTERVIEWING)
    record_rejection(workspace, added.id, RejectionForm.EXPLICIT, reason="Internal hire")
    no = application_detail(workspace, added.id).events[-1]
    page = client.get(f"/applications/{added.id}").text
    assert f'action="/delete/event/{no.id}"' in page
    assert "Delete this &#34;no&#34;" in page or 'Delete this "no"' in page

    landed = client.post(
        f"/delete/event/{no.id}", data={"next": f"/applications/{added.id}#timeline"}
    )
    assert "Deleted: Analyst at Orchard &amp; Co: the no." in landed.text
    assert application_detail(workspace, added.id).application.stage is Stage.INTERVIEWING
    client.post(f"/trash/{undo_of(landed.text)}/restore")
    assert application_detail(workspace, added.id).application.stage is Stage.REJECTED


def test_a_contact_is_corrected_and_deleted(client: TestClient, workspace: Workspace) -> None:
    added = add_application(workspace, NewApplication("Orchard & Co", "Analyst"))
    mei = add_contact(workspace, NewContact("Mei Chn", ContactRole.INTERVIEWER), added.id)
    assert f"/contacts/{mei.id}/edit" in client.get(f"/applications/{added.id}").text

    refused = client.post(
        f"/contacts/{mei.id}/edit",
        data={"name": "", "role": "boss", "email": "not an address", "next_touch": "soon"},
    )
    assert refused.status_code == 422
    assert set(problems_listed(refused.text)) == {"name", "role", "email", "next_touch"}

    saved = client.post(
        f"/contacts/{mei.id}/edit",
        data={
            "name": "Mei Chen",
            "role": "hiring_manager",
            "notes": "Kind and direct",
            "next": f"/applications/{added.id}#contacts",
        },
        follow_redirects=False,
    )
    assert saved.headers["location"] == f"/applications/{added.id}#contacts"
    [fixed] = list_contacts(workspace)
    assert (fixed.name, fixed.role, fixed.notes) == ("Mei Chen", ContactRole.HIRING_MANAGER,
                                                     "Kind and direct")  # fmt: skip

    landed = client.post(f"/delete/contact/{mei.id}", data={"next": "/contacts"})
    assert "Deleted: Mei Chen." in landed.text
    assert list_contacts(workspace) == []
    assert [t.label for t in trash_items(workspace)] == ["Mei Chen"]


def test_nobody_elses_things_can_be_reached(client: TestClient, workspace: Workspace) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = add_application(other, NewApplication("Theirs", "Analyst"))
    [entry] = application_detail(other, theirs.id).events
    contact = add_contact(other, NewContact("Their Person"))
    for method, path in (
        ("GET", f"/applications/{theirs.id}/edit"),
        ("POST", f"/applications/{theirs.id}/edit"),
        ("POST", f"/entries/{entry.id}/edit"),
        ("GET", f"/contacts/{contact.id}/edit"),
        ("POST", f"/delete/application/{theirs.id}"),
        ("POST", f"/delete/contact/{contact.id}"),
    ):
        assert client.request(method, path, data={"company": "x"}).status_code == 404, path
    assert application_detail(other, theirs.id).application == theirs


def test_an_unknown_kind_of_thing_is_refused(client: TestClient) -> None:
    answer = client.post("/delete/spaceship/1")
    assert answer.status_code == 422
    assert says(answer.text, "unknown kind of thing &#39;spaceship&#39;")


def rejected_with_a_draft(workspace: Workspace) -> tuple[int, int]:
    added = add_application(workspace, NewApplication("Orchard & Co", "Analyst"))
    move_application(workspace, added.id, Stage.INTERVIEWING)
    mei = add_contact(workspace, NewContact("Mei Chen", ContactRole.INTERVIEWER), added.id)
    record_rejection(workspace, added.id, RejectionForm.EXPLICIT)
    draft = create_draft(workspace, added.id, DraftKind.THANK_YOU, mei.id)
    return added.id, draft.id


def test_a_drafts_wording_is_kept_and_a_draft_can_go(
    client: TestClient, workspace: Workspace
) -> None:
    application_id, draft_id = rejected_with_a_draft(workspace)
    saved = client.post(
        f"/drafts/{draft_id}/edit",
        data={"subject": "Thank you, Mei", "body": "Dear Mei, thank you for the chat. Sam"},
        follow_redirects=False,
    )
    assert saved.headers["location"] == f"/applications/{application_id}#draft-{draft_id}"
    [kept] = list_drafts(workspace, application_id)
    assert (kept.subject, kept.body) == ("Thank you, Mei", "Dear Mei, thank you for the chat. Sam")

    refused = client.post(f"/drafts/{draft_id}/edit", data={"subject": "x", "body": "  "})
    assert refused.status_code == 422
    assert f'id="f-draft-{draft_id}-body-error"' in refused.text
    assert list_drafts(workspace, application_id) == [kept]

    landed = client.post(
        f"/delete/draft/{draft_id}", data={"next": f"/applications/{application_id}"}
    )
    assert "Deleted: Draft: Analyst at Orchard &amp; Co." in landed.text
    assert list_drafts(workspace, application_id) == []
    client.post(f"/trash/{undo_of(landed.text)}/restore")
    assert list_drafts(workspace, application_id) == [kept]


def test_a_reflection_shows_each_problem_by_its_prompt_and_can_be_deleted(
    client: TestClient, workspace: Workspace
) -> None:
    application_id, _ = rejected_with_a_draft(workspace)
    refused = client.post(
        f"/applications/{application_id}/reflection",
        data={"fit_score": "9", "to_learn": "x" * 300, "preparation": "Read their reports"},
    )
    assert refused.status_code == 422
    assert set(problems_listed(refused.text)) == {"fit_score", "to_learn"}
    assert not reflection_start(workspace, application_id).existing

    client.post(f"/applications/{application_id}/reflection", data={"preparation": "Read up"})
    assert reflection_start(workspace, application_id).existing
    landed = client.post(f"/applications/{application_id}/reflection/delete")
    assert "Deleted the reflection." in landed.text
    assert not reflection_start(workspace, application_id).existing
    client.post(f"/trash/{undo_of(landed.text)}/restore")
    assert reflection_start(workspace, application_id).answers.preparation == "Read up"
