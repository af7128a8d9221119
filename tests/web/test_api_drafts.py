"""API: message drafts — written from the person's own data, listed, marked sent."""

from urllib.parse import unquote

from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import arrange, is_problem

API = "/api/v1"


def test_a_draft_is_written_for_the_contact(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    response = client.post(
        f"{API}/applications/{arranged.rejected_id}/drafts",
        json={"kind": "feedback_request", "contact_id": arranged.contact_id, "tone": "brief"},
    )
    assert response.status_code == 201
    draft = response.json()
    assert (draft["kind"], draft["tone"], draft["contact_id"]) == (
        "feedback_request",
        "brief",
        arranged.contact_id,
    )
    assert "Ana" in draft["body"]
    assert "Lumen Health" in draft["body"] or "Senior Data Analyst" in draft["body"]
    assert draft["mailto"].startswith("mailto:ana@example.org?")
    assert draft["body"] in unquote(draft["mailto"])
    assert draft["sent_at"] is None


def test_the_reason_is_never_quoted(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    url = f"{API}/applications/{arranged.rejected_id}/drafts"
    plain = client.post(url, json={"kind": "door_open"}).json()
    with_reason = client.post(url, json={"kind": "door_open", "include_reason": True}).json()
    assert "internal candidate" not in plain["body"]
    assert "explaining the decision" not in plain["body"]
    # Asked for, they are thanked for explaining, in general words: never their reason.
    assert "internal candidate" not in with_reason["body"]
    assert "explaining the decision" in with_reason["body"]


def test_drafts_are_listed_newest_first(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    url = f"{API}/applications/{arranged.rejected_id}/drafts"
    newer = client.post(url, json={"kind": "connection_note"}).json()
    listed = client.get(url).json()
    assert [d["id"] for d in listed] == [newer["id"], arranged.draft_id]
    assert client.get(f"{API}/applications/{arranged.application_id}/drafts").json() == []


def test_marking_sent_logs_it_and_ticks_off_the_step(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    sent = client.post(f"{API}/drafts/{arranged.draft_id}/sent")
    assert sent.status_code == 200
    result = sent.json()
    assert result["draft"]["sent_at"] == "2026-03-16T12:00:00Z"
    assert result["logged"] is True
    assert (result["step"]["kind"], result["step"]["status"]) == ("thank_you", "done")
    again = client.post(f"{API}/drafts/{arranged.draft_id}/sent")
    assert "already marked sent" in is_problem(again, 422)["detail"]


def test_an_unknown_tone_names_the_field(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    response = client.post(
        f"{API}/applications/{arranged.rejected_id}/drafts",
        json={"kind": "thank_you", "tone": "grovelling"},
    )
    assert is_problem(response, 422)["detail"].startswith("tone:")
