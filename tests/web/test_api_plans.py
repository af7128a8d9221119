"""API: a recovery plan and its steps — done, skipped, snoozed; never a guilt list."""

from fastapi.testclient import TestClient

from nextyes.services.workspace import Workspace
from tests.web.api_arrange import arrange, is_problem, snapshot

API = "/api/v1"


def test_the_plan_follows_the_rejection(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    plan = client.get(f"{API}/applications/{arranged.rejected_id}/plan").json()
    assert plan["application"]["id"] == arranged.rejected_id
    assert plan["rejection"]["form"] == "explicit"
    kinds = [step["kind"] for step in plan["steps"]]
    assert kinds[0] == "feel"
    assert {"thank_you", "connect", "post_mortem"} <= set(kinds)
    # The feedback came with the "no": the plan does not ask for it again.
    assert "feedback_request" not in kinds
    [thanks] = [s for s in plan["steps"] if s["kind"] == "thank_you"]
    assert thanks["title"] == "Thank Ana Ribeiro for their time"
    # The reflection saved while arranging ticked off the post-mortem.
    post_mortem = next(s for s in plan["steps"] if s["kind"] == "post_mortem")
    assert post_mortem["status"] == "done"
    assert plan["evidence"], "the evidence that it is rarely about you comes with the plan"


def test_an_application_without_a_rejection_has_no_plan_yet(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    plan = client.get(f"{API}/applications/{arranged.application_id}/plan").json()
    assert (plan["rejection"], plan["steps"]) == (None, [])


def test_a_step_done_keeps_its_note_and_day(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    done = client.post(f"{API}/steps/{arranged.step_id}/done", json={"note": "Sent this morning"})
    assert done.status_code == 200
    step = done.json()
    assert (step["status"], step["resolved_on"], step["note"]) == (
        "done",
        "2026-03-16",
        "Sent this morning",
    )
    again = client.post(f"{API}/steps/{arranged.step_id}/done")
    assert "already done" in is_problem(again, 422)["detail"]


def test_a_step_can_be_skipped_without_a_body(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    skipped = client.post(f"{API}/steps/{arranged.step_id}/skip")
    assert skipped.json()["status"] == "skipped"


def test_snoozing_moves_the_due_day_but_not_the_original(
    client: TestClient, workspace: Workspace
) -> None:
    arranged = arrange(workspace)
    snoozed = client.post(f"{API}/steps/{arranged.step_id}/snooze", json={"until": "2026-03-25"})
    step = snoozed.json()
    assert (step["due_on"], step["status"]) == ("2026-03-25", "open")
    assert step["original_due_on"] != "2026-03-25"


def test_snoozing_to_today_or_earlier_is_refused(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    before = snapshot(workspace)
    problem = is_problem(
        client.post(f"{API}/steps/{arranged.step_id}/snooze", json={"until": "2026-03-16"}), 422
    )
    assert "snooze to a later day" in problem["detail"]
    problem = is_problem(
        client.post(f"{API}/steps/{arranged.step_id}/snooze", json={"until": "9999-12-31"}), 422
    )
    assert problem["detail"].startswith("until:")
    assert snapshot(workspace) == before


def test_snoozing_never_brings_a_step_nearer(client: TestClient, workspace: Workspace) -> None:
    arranged = arrange(workspace)
    ahead = next(
        s
        for s in client.get(f"{API}/applications/{arranged.rejected_id}/plan").json()["steps"]
        if s["kind"] == "watch_company"
    )
    assert ahead["due_on"] > "2026-03-17"  # not due yet
    before = snapshot(workspace)
    for nearer in ("2026-03-17", ahead["due_on"]):
        problem = is_problem(
            client.post(f"{API}/steps/{ahead['id']}/snooze", json={"until": nearer}), 422
        )
        assert "never brings a step nearer" in problem["detail"]
        assert "\n" not in problem["detail"]
    assert snapshot(workspace) == before
    later = client.post(f"{API}/steps/{ahead['id']}/snooze", json={"until": "2026-05-01"})
    assert later.json()["due_on"] == "2026-05-01"
