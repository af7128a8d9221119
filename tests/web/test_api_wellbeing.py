"""API: check-ins and the WHO-5 — private, kind, and never a diagnosis."""

from fastapi.testclient import TestClient

from tests.web.api_arrange import is_problem

API = "/api/v1"


def test_a_check_in_is_acknowledged_kindly(client: TestClient) -> None:
    response = client.post(f"{API}/checkins", json={"mood": 4, "note": "Good call today"})
    assert response.status_code == 201
    result = response.json()
    assert result["checkin"]["note"] == "Good call today"
    assert result["message"].startswith("Thank you for checking in")
    assert result["suggestion"] is None


def test_a_run_of_low_check_ins_brings_a_gentle_suggestion(client: TestClient) -> None:
    results = [client.post(f"{API}/checkins", json={"mood": 1}).json() for _ in range(3)]
    suggestion = results[-1]["suggestion"]
    assert suggestion["reason"] == "low_checkins"
    assert suggestion["resources"]
    assert "diagnos" not in suggestion["message"].lower()
    wellbeing = client.get(f"{API}/wellbeing").json()
    assert wellbeing["suggestion"]["reason"] == "low_checkins"


def test_check_ins_come_newest_first_within_the_limit(client: TestClient) -> None:
    for mood in (2, 3, 4):
        client.post(f"{API}/checkins", json={"mood": mood})
    listed = client.get(f"{API}/checkins", params={"limit": 2}).json()
    assert [c["mood"] for c in listed] == [4, 3]


def test_the_who5_is_scored_and_compared(client: TestClient) -> None:
    first = client.post(f"{API}/who5", json={"answers": [3, 3, 3, 3, 3]})
    assert first.status_code == 201
    assert first.json()["questionnaire"]["raw_score"] == 15
    assert first.json()["questionnaire"]["percent"] == 60
    assert first.json()["change"] is None
    second = client.post(f"{API}/who5", json={"answers": [1, 1, 2, 1, 1]}).json()
    assert second["change"]["points"] == -36
    assert second["change"]["worth_noting"] is True
    assert second["suggestion"]["reason"] == "who5"
    history = client.get(f"{API}/wellbeing").json()
    assert [q["raw_score"] for q in history["questionnaires"]] == [6, 15]


def test_who5_answers_must_be_five_numbers_from_0_to_5(client: TestClient) -> None:
    for answers in ([3, 3, 3, 3], [3, 3, 3, 3, 6], [3, 3, 3, 3, "3"]):
        problem = is_problem(client.post(f"{API}/who5", json={"answers": answers}), 422)
        assert problem["detail"].startswith("answers")
    assert client.get(f"{API}/wellbeing").json()["questionnaires"] == []


def test_a_mood_outside_1_to_5_is_refused(client: TestClient) -> None:
    problem = is_problem(client.post(f"{API}/checkins", json={"mood": 0}), 422)
    assert problem["detail"] == "mood: Input should be greater than or equal to 1"
    assert client.get(f"{API}/checkins").json() == []
