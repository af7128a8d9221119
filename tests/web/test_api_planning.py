"""API: this week's plan, if-then plans and the evidence cards."""

from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import UNKNOWN_ID, arrange, is_problem

API = "/api/v1"


def test_the_week_plan_is_a_suggestion_until_saved(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)  # it makes this week's plan its own
    assert client.get(f"{API}/week-plan").json()["saved"] is True
    let_go = client.delete(f"{API}/week-plan")  # and letting go brings the suggestion back
    assert let_go.json()["kind"] == "weekly_plan"
    suggested = client.get(f"{API}/week-plan").json()
    assert (suggested["week_of"], suggested["saved"]) == ("2026-03-16", False)
    assert is_problem(client.delete(f"{API}/week-plan"), 404)["detail"].startswith(
        "there is no plan of your own for this week"
    )
    saved = client.put(
        f"{API}/week-plan",
        json={"applications_target": 5, "channel": "referral", "roles": ["Analyst at Acme"]},
    ).json()
    assert (saved["applications_target"], saved["channel"], saved["saved"]) == (5, "referral", True)
    assert saved["schedule"] == suggested["schedule"], "fields left out keep their value"
    assert client.get(f"{API}/week-plan").json()["roles"] == ["Analyst at Acme"]


def test_if_then_plans_are_added_and_listed(client: TestClient) -> None:
    response = client.post(
        f"{API}/if-thens",
        json={"cue": "a rejection email arrives", "action": "I take a walk before replying"},
    )
    assert response.status_code == 201
    added = response.json()
    assert client.get(f"{API}/if-thens").json() == [added]
    blank = client.post(f"{API}/if-thens", json={"cue": "   ", "action": "rest"})
    assert "must not be empty" in is_problem(blank, 422)["detail"]


def test_evidence_is_about_the_whole_search_or_one_rejection(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    cards = client.get(f"{API}/evidence").json()
    focused = client.get(f"{API}/evidence", params={"application_id": arranged.rejected_id})
    assert all(card["body"] for card in cards)
    assert focused.json()[0]["kind"] in {"how_far", "not_about_you"}
    missing = client.get(f"{API}/evidence", params={"application_id": UNKNOWN_ID})
    assert str(UNKNOWN_ID) in is_problem(missing, 404)["detail"]
