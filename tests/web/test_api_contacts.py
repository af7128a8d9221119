"""API: contacts — the people met along the way, and the applications they belong to."""

from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import arrange, is_problem, snapshot

API = "/api/v1"


def test_a_contact_added_with_an_application_is_linked(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    response = client.post(
        f"{API}/contacts",
        json={
            "name": "Sam Lee",
            "role": "recruiter",
            "company": "Acme Tools",
            "email": "sam@example.org",
            "next_touch_on": "2026-05-01",
            "application_id": arranged.application_id,
        },
    )
    assert response.status_code == 201
    sam = response.json()
    assert (sam["role"], sam["application_ids"]) == ("recruiter", [arranged.application_id])
    detail = client.get(f"{API}/applications/{arranged.application_id}").json()
    assert [c["name"] for c in detail["contacts"]] == ["Sam Lee"]


def test_contacts_filter_by_company_ignoring_case(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    client.post(f"{API}/contacts", json={"name": "Sam Lee", "company": "Acme Tools"})
    found = client.get(f"{API}/contacts", params={"company": "lumen health"}).json()
    assert [c["id"] for c in found] == [arranged.contact_id]
    linked = client.get(f"{API}/contacts", params={"application_id": arranged.rejected_id})
    assert [c["name"] for c in linked.json()] == ["Ana Ribeiro"]
    assert len(client.get(f"{API}/contacts").json()) == 2


def test_linking_twice_changes_nothing_the_second_time(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    url = f"{API}/contacts/{arranged.contact_id}/links"
    first = client.post(url, json={"application_id": arranged.application_id})
    assert first.status_code == 201
    assert first.json()["linked"] is True
    before = snapshot(workspace)
    second = client.post(url, json={"application_id": arranged.application_id})
    assert second.status_code == 200
    assert second.json() == {
        "contact_id": arranged.contact_id,
        "application_id": arranged.application_id,
        "linked": False,
    }
    assert snapshot(workspace) == before


def test_a_bad_email_or_profile_link_is_refused(client: TestClient) -> None:
    email = client.post(f"{API}/contacts", json={"name": "Sam", "email": "sam at example"})
    assert "is not an email address" in is_problem(email, 422)["detail"]
    linkedin = client.post(f"{API}/contacts", json={"name": "Sam", "linkedin": "data:text/html,"})
    assert "linkedin must start with http" in is_problem(linkedin, 422)["detail"]


def test_a_query_parameter_given_twice_is_refused_in_one_line(client: TestClient) -> None:
    response = client.get(
        "/api/v1/contacts", params=[("application_id", "1"), ("application_id", "2")]
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "'application_id' is given more than once" in response.json()["detail"]
