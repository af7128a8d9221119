"""The API's corrections and trash, beyond the contract table: PATCH changes only what is
sent, null clears or is refused, a deletion answers with its trash entry and restores whole,
and another person's ids are always 404 with nothing changed."""

from datetime import UTC, datetime

from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import NewContact
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.services.applications import add_application, application_detail
from nextyes.services.contacts import add_contact
from nextyes.services.history import add_past_job
from nextyes.services.interviews import add_interview
from nextyes.services.trash import Kind, delete_item
from nextyes.services.weekly import add_if_then
from nextyes.services.wellbeing import check_in, take_who5
from nextyes.services.workspace import Workspace
from nextyes.services.writing import write_entry
from tests.web.api_arrange import is_problem, snapshot

API = "/api/v1"


def test_patch_changes_only_what_is_sent(client: TestClient, workspace: Workspace) -> None:
    added = add_application(
        workspace,
        NewApplication("Lumen Health", "Analyst", Channel.REFERRAL, link="https://l.example"),
    )
    changed = client.patch(f"{API}/applications/{added.id}", json={"notes": "Small team"})
    assert changed.status_code == 200
    body = changed.json()
    assert (body["notes"], body["channel"], body["link"]) == (
        "Small team",
        "referral",
        "https://l.example",
    )
    cleared = client.patch(f"{API}/applications/{added.id}", json={"link": None}).json()
    assert cleared["link"] is None
    refused = client.patch(f"{API}/applications/{added.id}", json={"company": None})
    assert is_problem(refused, 422)["detail"].startswith("company: cannot be null")
    several = client.patch(
        f"{API}/applications/{added.id}", json={"company": " ", "link": "ftp://x", "excitement": 3}
    )
    problem = is_problem(several, 422)
    assert problem["detail"].startswith("company must not be empty")
    assert application_detail(workspace, added.id).application.company == "Lumen Health"


def test_a_deleted_application_comes_back_through_the_trash(
    client: TestClient, workspace: Workspace
) -> None:
    added = add_application(workspace, NewApplication("Orchard & Co", "Analyst"))
    gone = client.delete(f"{API}/applications/{added.id}").json()
    assert (gone["kind"], gone["item_id"], gone["label"]) == (
        "application",
        added.id,
        "Analyst at Orchard & Co",
    )
    assert [t["id"] for t in client.get(f"{API}/trash").json()] == [gone["trash_id"]]
    assert client.get(f"{API}/applications/{added.id}").status_code == 404
    back = client.post(f"{API}/trash/{gone['trash_id']}/restore").json()
    assert back == {
        "kind": "application",
        "item_id": added.id,
        "label": "Analyst at Orchard & Co",
        "left_out": 0,
    }
    assert client.get(f"{API}/applications/{added.id}").status_code == 200


def test_a_duplicate_is_409_naming_it_unless_allowed(
    client: TestClient, workspace: Workspace
) -> None:
    first = add_application(workspace, NewApplication("Lumen Health", "Data Analyst"))
    twice = client.post(f"{API}/applications", json={"company": "Lumen Health Ltd",
                                                     "role": "Data Analyst"})  # fmt: skip
    problem = is_problem(twice, 409)
    assert problem["similar"] == [first.id]
    assert "you already have Data Analyst at Lumen Health" in problem["detail"]
    allowed = client.post(
        f"{API}/applications",
        json={"company": "Lumen Health Ltd", "role": "Data Analyst", "allow_duplicate": True},
    )
    assert allowed.status_code == 201


def test_another_persons_ids_are_404_and_nothing_changes(
    client: TestClient, workspace: Workspace
) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = add_application(other, NewApplication("Theirs", "Analyst"))
    [entry] = application_detail(other, theirs.id).events
    contact = add_contact(other, NewContact("Their Person"), theirs.id)
    talk = add_interview(other, NewInterview(theirs.id, datetime(2026, 3, 20, 9, tzinfo=UTC)))
    checkin = check_in(other, 3).checkin
    who5 = take_who5(other, [3, 3, 3, 3, 3]).questionnaire
    plan = add_if_then(other, "a no arrives", "I take a walk")
    job = add_past_job(other, NewPastJob("Old Co", "Clerk", Channel.OTHER))
    writing = write_entry(other, "How is it?", "Private words")
    trashed = delete_item(other, Kind.CHECKIN, check_in(other, 2).checkin.id)
    before = snapshot(workspace)
    attempts = [
        ("PATCH", f"/applications/{theirs.id}", {"notes": "mine"}),
        ("DELETE", f"/applications/{theirs.id}", None),
        ("PATCH", f"/events/{entry.id}", {"note": "mine"}),
        ("DELETE", f"/events/{entry.id}", None),
        ("PATCH", f"/contacts/{contact.id}", {"name": "Mine"}),
        ("DELETE", f"/contacts/{contact.id}", None),
        ("GET", f"/interviews?application_id={theirs.id}", None),
        ("PATCH", f"/interviews/{talk.id}", {"minutes": 30}),
        ("DELETE", f"/interviews/{talk.id}", None),
        ("PATCH", f"/checkins/{checkin.id}", {"mood": 5}),
        ("DELETE", f"/checkins/{checkin.id}", None),
        ("DELETE", f"/who5/{who5.id}", None),
        ("PATCH", f"/if-thens/{plan.id}", {"cue": "mine"}),
        ("DELETE", f"/if-thens/{plan.id}", None),
        ("PATCH", f"/past-jobs/{job.id}", {"company": "Mine"}),
        ("DELETE", f"/past-jobs/{job.id}", None),
        ("GET", f"/writing/{writing.id}", None),
        ("DELETE", f"/writing/{writing.id}", None),
        ("DELETE", f"/applications/{theirs.id}/reflection", None),
        ("POST", f"/trash/{trashed.trash_id}/restore", None),
    ]
    for method, path, body in attempts:
        answer = client.request(method, f"{API}{path}", json=body)
        assert answer.status_code == 404, (method, path, answer.text)
    assert snapshot(workspace) == before
    assert client.get(f"{API}/trash").json() == []
    assert "Private words" not in client.get(f"{API}/writing").text
