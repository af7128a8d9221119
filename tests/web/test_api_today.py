"""API: the Today agenda — gentle while a "no" is fresh, and never about the future."""

from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import arrange, is_problem

API = "/api/v1"


def test_today_is_gentle_while_a_no_is_fresh(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    # The "no" came four days ago: today is the plan's rest day, so only rest is asked
    # for and the other due steps wait until tomorrow.
    agenda = client.get(f"{API}/today").json()
    assert (agenda["as_of"], agenda["gentle"], agenda["pause_until"]) == (
        "2026-03-16",
        True,
        "2026-03-17",
    )
    assert [item["step"]["kind"] for item in agenda["items"]] == ["rest"]
    assert agenda["waiting"] > 0
    assert "Take it easy" in agenda["nudges"][0]
    on_the_day = client.get(f"{API}/today", params={"as_of": "2026-03-12"}).json()
    assert [item["step"]["kind"] for item in on_the_day["items"]] == ["feel"]


def test_today_cannot_look_into_the_future(client: TestClient) -> None:
    problem = is_problem(client.get(f"{API}/today", params={"as_of": "2026-03-17"}), 422)
    assert "in the future" in problem["detail"]
    problem = is_problem(client.get(f"{API}/today", params={"as_of": "0"}), 422)
    assert problem["detail"].startswith("as_of:")
