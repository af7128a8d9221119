"""API: applications — search a page at a time, add, look at one, move, record and undo a
rejection."""

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY
from tests.web.api_arrange import arrange, is_problem, snapshot

API = "/api/v1"


def add(
    ws: Workspace,
    company: str,
    role: str,
    days_ago: int,
    stage: Stage = Stage.APPLIED,
    channel: Channel = Channel.OTHER,
) -> int:
    on = TODAY - timedelta(days=days_ago)
    return add_application(ws, NewApplication(company, role, channel, stage, on)).id


def test_search_pages_through_matches_latest_first(
    client: TestClient, workspace: Workspace
) -> None:
    ids = [add(workspace, f"Company {n}", "Analyst", days_ago=n) for n in range(1, 8)]
    first = client.get(f"{API}/applications", params={"limit": 3}).json()
    second = client.get(f"{API}/applications", params={"limit": 3, "offset": 3}).json()
    last = client.get(f"{API}/applications", params={"limit": 3, "offset": 6}).json()
    assert [a["id"] for a in first["items"] + second["items"] + last["items"]] == ids
    assert (first["total"], first["limit"], first["offset"]) == (7, 3, 0)
    assert len(last["items"]) == 1


def test_search_finds_text_in_company_or_role_ignoring_case(
    client: TestClient, workspace: Workspace
) -> None:
    in_company = add(workspace, "Lumen Health", "Analyst", 3)
    in_role = add(workspace, "Acme", "Health Data Lead", 2)
    add(workspace, "Beacon", "Engineer", 1)
    found = client.get(f"{API}/applications", params={"q": "HEALTH"}).json()
    assert {a["id"] for a in found["items"]} == {in_company, in_role}
    assert found["total"] == 2
    # A typed % is a character, not a wildcard.
    assert client.get(f"{API}/applications", params={"q": "%"}).json()["total"] == 0


def test_search_filters_by_stage_and_channel(client: TestClient, workspace: Workspace) -> None:
    saved = add(workspace, "Acme", "Analyst", 2, stage=Stage.SAVED, channel=Channel.REFERRAL)
    add(workspace, "Beacon", "Analyst", 1, channel=Channel.REFERRAL)
    add(workspace, "Crest", "Analyst", 1, stage=Stage.SAVED)
    found = client.get(
        f"{API}/applications", params={"stage": "saved", "channel": "referral"}
    ).json()
    assert [a["id"] for a in found["items"]] == [saved]


def test_search_limits_are_refused_outside_1_to_200(client: TestClient) -> None:
    for limit in (0, 201):
        problem = is_problem(client.get(f"{API}/applications", params={"limit": limit}), 422)
        assert problem["detail"].startswith("limit:")
    problem = is_problem(client.get(f"{API}/applications", params={"stage": "sideways"}), 422)
    assert problem["detail"].startswith("stage:")


def test_adding_answers_201_with_its_address(client: TestClient) -> None:
    response = client.post(
        f"{API}/applications",
        json={
            "company": "  Beacon Charity ",
            "role": "Impact Analyst",
            "channel": "networking",
            "excitement": 5,
            "on": "2026-03-10",
            "salary_min": 40000,
            "salary_max": 45000,
            "salary_currency": "gbp",
        },
    )
    assert response.status_code == 201
    added = response.json()
    assert response.headers["location"] == f"{API}/applications/{added['id']}"
    assert added["company"] == "Beacon Charity"
    assert (added["stage"], added["applied_on"], added["salary_currency"]) == (
        "applied",
        "2026-03-10",
        "GBP",
    )
    assert client.get(response.headers["location"]).json()["application"] == added


def test_adding_refuses_what_the_domain_refuses_and_writes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    before = snapshot(workspace)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"on": "2026-03-17"}, "is in the future"),  # tomorrow
        ({"link": "javascript:alert(1)"}, "link must start with http"),
        ({"salary_min": 50000, "salary_max": 40000}, "salary range is upside down"),
        ({"stage": "rejected"}, "a new application starts in one of"),
        ({"company": "Null\u0000Byte"}, "company: must not contain NUL"),
        ({"on": "1066-10-14"}, "on: must be from 1900-01-01"),
    ]
    for change, words in cases:
        body = {"company": "Acme", "role": "Analyst", **change}
        problem = is_problem(client.post(f"{API}/applications", json=body), 422)
        assert words in problem["detail"], problem["detail"]
    assert snapshot(workspace) == before


def test_a_company_name_longer_than_the_limit_is_refused(client: TestClient) -> None:
    body = {"company": "x" * 201, "role": "Analyst"}
    problem = is_problem(client.post(f"{API}/applications", json=body), 422)
    assert problem["detail"].startswith("company:")


def test_ids_beyond_any_record_are_refused_not_crashed(client: TestClient) -> None:
    problem = is_problem(client.get(f"{API}/applications/{2**63}"), 422)
    assert problem["detail"].startswith("application_id:")


def test_detail_holds_timeline_rejections_and_people(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    detail = client.get(f"{API}/applications/{arranged.rejected_id}").json()
    assert detail["application"]["stage"] == "rejected"
    assert [e["kind"] for e in detail["events"]] == ["created", "rejected", "contact_linked"]
    assert detail["rejections"][0]["reason"] == "They chose an internal candidate"
    assert detail["rejections"][0]["stage_reached"] == "interviewing"
    assert [c["name"] for c in detail["contacts"]] == ["Ana Ribeiro"]


def test_moving_forward_works_and_backwards_is_refused(
    client: TestClient, workspace: Workspace
) -> None:
    application = add(workspace, "Acme", "Analyst", 5)
    moved = client.post(
        f"{API}/applications/{application}/move", json={"stage": "interviewing", "note": "Call"}
    )
    assert moved.status_code == 200
    assert (moved.json()["stage"], moved.json()["stage_since"]) == ("interviewing", "2026-03-16")
    before = snapshot(workspace)
    back = client.post(f"{API}/applications/{application}/move", json={"stage": "applied"})
    assert "cannot move from interviewing to applied" in is_problem(back, 422)["detail"]
    assert snapshot(workspace) == before


def test_recording_a_rejection_starts_a_plan_once(client: TestClient, workspace: Workspace) -> None:
    application = add(workspace, "Acme", "Analyst", 10, stage=Stage.SCREENING)
    body = {"form": "explicit", "reason": "Budget moved", "on": "2026-03-15"}
    first = client.post(f"{API}/applications/{application}/rejection", json=body)
    assert first.status_code == 201
    recorded = first.json()
    assert recorded["already_recorded"] is False
    assert recorded["rejection"]["stage_reached"] == "screening"
    assert recorded["application"]["stage"] == "rejected"
    assert client.get(f"{API}/applications/{application}/plan").json()["steps"]
    again = client.post(f"{API}/applications/{application}/rejection", json=body)
    assert again.status_code == 200
    assert again.json()["already_recorded"] is True


def test_undoing_a_rejection_puts_the_application_back(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    undone = client.delete(f"{API}/applications/{arranged.rejected_id}/rejection")
    assert undone.status_code == 200
    assert undone.json()["stage"] == "interviewing"
    detail = client.get(f"{API}/applications/{arranged.rejected_id}").json()
    assert detail["rejections"] == []
    problem = is_problem(client.delete(f"{API}/applications/{arranged.rejected_id}/rejection"), 422)
    assert "no rejection to undo" in problem["detail"]
