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


def test_today_names_the_latest_no_and_counts_what_it_does_not_list(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)
    # The day after the "no": still within its two days to feel it; nothing else listed.
    feeling = client.get(f"{API}/today", params={"as_of": "2026-03-13"}).json()
    assert feeling["gentle"] is True
    latest = feeling["latest_no"]
    assert (latest["company"], latest["on"], latest["pause_end"]) == (
        "Lumen Health",
        "2026-03-12",
        "2026-03-14",
    )
    assert (feeling["quiet_total"], feeling["more_steps"], feeling["more"]) == (0, 0, 0)
    # A day after the window: the next step first, and every other one counted.
    agenda = client.get(f"{API}/today", params={"as_of": "2026-03-15"}).json()
    assert agenda["gentle"] is False
    assert agenda["items"][0]["step"]["kind"] == "thank_you"  # the most useful first
    assert [i["step"]["kind"] for i in agenda["items"]] == ["thank_you", "connect"]
    assert agenda["more_steps"] == 0
    assert agenda["more"] == agenda["more_steps"] + agenda["quiet_total"] - len(agenda["quiet"])
    assert agenda["interviews"] == []
    assert agenda["interviews_more"] == 0


def test_everything_due_is_listed_by_application(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    everything = client.get(f"{API}/today/all").json()
    assert (everything["page"], everything["pages"], everything["only"]) == (1, 1, "all")
    assert everything["gentle"] is True
    assert everything["pause_until"] == "2026-03-17"
    [group] = [g for g in everything["groups"] if g["company"] == "Lumen Health"]
    kinds = [item["step"]["kind"] for item in group["items"]]
    assert "thank_you" in kinds
    assert "feel" not in kinds  # feel and rest belong to their own days
    assert "rest" not in kinds
    only_quiet = client.get(f"{API}/today/all", params={"only": "quiet"}).json()
    assert all(g["company"] != "Lumen Health" for g in only_quiet["groups"])
    problem = is_problem(client.get(f"{API}/today/all", params={"page": "0"}), 422)
    assert problem["detail"].startswith("page:")
