"""API: the post-mortem of a "no", and the lessons and practice bank it feeds."""

from fastapi.testclient import TestClient

from nextyes.domain.reflections import PROMPTS
from nextyes.services.workspace import Workspace
from tests.web.api_arrange import arrange, is_problem, snapshot

API = "/api/v1"


def test_a_reflection_starts_from_the_saved_answers(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    start = client.get(f"{API}/applications/{arranged.rejected_id}/reflection").json()
    assert start["existing"] is True
    assert start["answers"]["caught_out"] == ["Tell me about a project that failed"]
    assert start["rejection"]["reason"] == "They chose an internal candidate"
    assert start["prompts"] == PROMPTS


def test_saving_replaces_the_answers_and_feeds_the_lessons(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    answers = {
        "preparation": "Practised the case study twice",
        "caught_out": ["Why this team?", "Walk me through a dashboard you killed"],
        "fit_score": 4,
        "to_learn": ["Looker", "dbt"],
        "tags": ["Case Study, nerves"],
    }
    response = client.put(f"{API}/applications/{arranged.rejected_id}/reflection", json=answers)
    assert response.status_code == 200
    saved = response.json()
    assert saved["created"] is False
    assert saved["reflection"]["answers"]["tags"] == ["case-study", "nerves"]
    assert saved["reflection"]["answers"]["keep_doing"] is None
    lessons = client.get(f"{API}/lessons").json()
    assert {s["name"] for s in lessons["skills"]} == {"dbt", "Looker"}
    questions = {q["text"] for q in lessons["practice_next"]}
    assert "Why this team?" in questions


def test_an_empty_reflection_is_refused(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    before = snapshot(workspace)
    response = client.put(f"{API}/applications/{arranged.rejected_id}/reflection", json={})
    assert "answer at least one prompt" in is_problem(response, 422)["detail"]
    assert snapshot(workspace) == before


def test_only_a_rejection_can_be_reflected_on(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    url = f"{API}/applications/{arranged.application_id}/reflection"
    assert "no rejection to reflect on" in is_problem(client.get(url), 422)["detail"]
    response = client.put(url, json={"keep_doing": "Following up"})
    assert "no rejection to reflect on" in is_problem(response, 422)["detail"]
