"""API: lessons drawn from reflections — skills to learn and the practice bank."""

from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import arrange, is_problem

API = "/api/v1"


def test_a_skill_status_can_change(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    response = client.put(f"{API}/skills/{arranged.skill_id}", json={"status": "learning"})
    assert response.json() == {
        "id": arranged.skill_id,
        "name": "dbt",
        "status": "learning",
        "mentions": 1,
    }
    assert client.get(f"{API}/lessons").json()["skills"][0]["status"] == "learning"


def test_a_practice_run_is_logged_and_reorders_the_bank(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    response = client.post(
        f"{API}/practice", json={"question_id": arranged.question_id, "felt": 2, "note": "Rambled"}
    )
    assert response.status_code == 201
    entry = response.json()
    assert (entry["practised_on"], entry["felt"], entry["note"]) == ("2026-03-16", 2, "Rambled")
    practice = client.get(f"{API}/practice").json()
    assert practice[0]["times_practised"] == 1
    assert practice[0]["last_felt"] == 2


def test_a_felt_score_must_be_a_whole_number(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    for felt in (2.5, "3", True):
        body = {"question_id": arranged.question_id, "felt": felt}
        assert is_problem(client.post(f"{API}/practice", json=body), 422)["detail"].startswith(
            "felt:"
        )
