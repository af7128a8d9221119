"""Recording a rejection through the guided flow: what happened, how you feel, your plan;
refusals that write nothing, and undo straight after."""

from datetime import date, timedelta
from html import unescape

from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, application_detail
from nextyes.services.recovery import plan_view
from nextyes.services.wellbeing import list_checkins
from nextyes.services.workspace import Workspace
from tests.web.conftest import says

TODAY = date(2026, 3, 16)


def final_round(ws: Workspace, company: str = "Zephyr Air") -> int:
    return add_application(
        ws,
        NewApplication(
            company, "Revenue Analyst", stage=Stage.FINAL_ROUND, on=TODAY - timedelta(days=10)
        ),
    ).id


def test_step_one_asks_what_happened(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    page = client.get(f"/applications/{application_id}/reject")
    assert page.status_code == 200
    assert "What happened with Zephyr Air?" in page.text
    assert "now at the final round stage" in page.text
    assert 'name="form" value="explicit" checked' in page.text
    assert f'value="{TODAY.isoformat()}"' in page.text
    silence = client.get(f"/applications/{application_id}/reject?form=silence&date=2026-03-10")
    assert 'name="form" value="silence" checked' in silence.text
    assert 'value="2026-03-10"' in silence.text


def test_recording_a_no_starts_the_plan_and_asks_how_you_feel(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = final_round(workspace)
    answer = client.post(
        f"/applications/{application_id}/reject",
        data={
            "form": "explicit",
            "date": "2026-03-14",
            "reason": "Another finalist had airline experience",
            "feedback": "Loved the take-home",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/applications/{application_id}/reject/feel"
    view = plan_view(workspace, application_id)
    assert view.application.stage is Stage.REJECTED
    assert view.rejection is not None
    assert view.rejection.stage_reached is Stage.FINAL_ROUND
    assert view.rejection.feedback == "Loved the take-home"
    assert view.steps
    feel = client.get(answer.headers["location"])
    assert "How are you feeling?" in feel.text
    assert "Recorded." in feel.text  # the flash
    assert f'action="/applications/{application_id}/reject/undo"' in feel.text


def test_a_mood_is_saved_and_the_plan_follows(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    client.post(f"/applications/{application_id}/reject", data={"form": "explicit"})
    answer = client.post(
        f"/applications/{application_id}/reject/feel",
        data={"mood": "2", "note": "gutted"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/applications/{application_id}#plan"
    [saved] = list_checkins(workspace)
    assert (saved.mood, saved.note) == (2, "gutted")
    plan_page = client.get(answer.headers["location"])
    assert "Here is a short plan" in plan_page.text
    assert 'id="plan"' in plan_page.text


def test_the_feeling_step_can_be_skipped(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    client.post(f"/applications/{application_id}/reject", data={"form": "silence"})
    answer = client.post(
        f"/applications/{application_id}/reject/feel",
        data={"mood": "3", "skip": "yes"},
        follow_redirects=False,
    )
    assert answer.headers["location"] == f"/applications/{application_id}#plan"
    assert list_checkins(workspace) == []


def test_a_mood_out_of_range_is_refused(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    client.post(f"/applications/{application_id}/reject", data={"form": "explicit"})
    answer = client.post(f"/applications/{application_id}/reject/feel", data={"mood": "9"})
    assert answer.status_code == 422
    assert says(answer.text, "mood must be from 1")
    assert list_checkins(workspace) == []


def test_a_future_date_is_refused_and_nothing_is_written(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = final_round(workspace)
    before = application_detail(workspace, application_id)
    answer = client.post(
        f"/applications/{application_id}/reject",
        data={"form": "explicit", "date": "2026-04-01", "reason": "kept <b>text</b>"},
    )
    assert answer.status_code == 422
    assert "is in the future" in answer.text
    assert "kept &lt;b&gt;text&lt;/b&gt;</textarea>" in answer.text  # typed text kept, escaped
    assert application_detail(workspace, application_id) == before
    assert plan_view(workspace, application_id).steps == []


def test_a_missing_choice_is_refused(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    answer = client.post(f"/applications/{application_id}/reject", data={"date": "2026-03-15"})
    assert answer.status_code == 422
    assert says(answer.text, "choose what happened")
    assert application_detail(workspace, application_id).rejections == []


def test_an_unknown_application_is_not_found(client: TestClient) -> None:
    assert client.get("/applications/777/reject").status_code == 404
    assert client.post("/applications/777/reject", data={"form": "explicit"}).status_code == 404
    assert client.post("/applications/777/reject/undo").status_code == 404


def test_recording_without_the_security_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    application_id = final_round(workspace)
    answer = bare_client.post(f"/applications/{application_id}/reject", data={"form": "explicit"})
    assert answer.status_code == 403
    assert application_detail(workspace, application_id).rejections == []


def test_undo_puts_the_application_back(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    client.post(f"/applications/{application_id}/reject", data={"form": "explicit"})
    answer = client.post(f"/applications/{application_id}/reject/undo", follow_redirects=False)
    assert answer.status_code == 303
    view = plan_view(workspace, application_id)
    assert view.application.stage is Stage.FINAL_ROUND
    assert [s for s in view.steps if s.is_open] == []
    assert "is back at final round" in client.get(f"/applications/{application_id}").text
    nothing_left = client.post(f"/applications/{application_id}/reject/undo")
    assert nothing_left.status_code == 422


def test_a_saved_role_has_nothing_to_record(client: TestClient, workspace: Workspace) -> None:
    saved = add_application(workspace, NewApplication("Umbra", "Lead", stage=Stage.SAVED)).id
    page = client.get(f"/applications/{saved}/reject")
    assert "never sent" in page.text
    assert f'action="/applications/{saved}/reject"' not in page.text


def test_the_chooser_lists_applications_waiting_on_a_reply(
    client: TestClient, workspace: Workspace
) -> None:
    waiting = final_round(workspace, "Zephyr Air")
    add_application(workspace, NewApplication("Umbra Studio", "Lead", stage=Stage.SAVED))
    page = client.get("/reject")
    assert f'href="/applications/{waiting}/reject"' in page.text
    assert "Umbra Studio" not in page.text  # never sent: nothing to reject
    found = client.get("/reject?q=zeph")
    assert "Zephyr Air" in found.text
    none = client.get("/reject?q=nobody")
    assert "Nothing waiting on a reply matches" in unescape(none.text)


def test_the_flow_is_reached_from_a_silence_on_the_pipeline(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = final_round(workspace)
    moved = client.post(
        f"/applications/{application_id}/move",
        data={"stage": "ghosted", "date": "2026-03-12"},
        follow_redirects=False,
    )
    assert moved.headers["location"] == (
        f"/applications/{application_id}/reject?form={RejectionForm.SILENCE.value}&date=2026-03-12"
    )
    assert client.get(moved.headers["location"]).status_code == 200


def test_the_feeling_step_of_an_unknown_application_is_not_found(client: TestClient) -> None:
    assert client.get("/applications/777/reject/feel").status_code == 404
    assert client.post("/applications/777/reject/feel", data={"mood": "3"}).status_code == 404


def test_a_note_without_a_mood_is_refused(client: TestClient, workspace: Workspace) -> None:
    application_id = final_round(workspace)
    client.post(f"/applications/{application_id}/reject", data={"form": "explicit"})
    answer = client.post(f"/applications/{application_id}/reject/feel", data={"note": "meh"})
    assert answer.status_code == 422
    assert says(answer.text, "to save a note, choose a mood")
    assert ">meh</textarea>" in answer.text
    assert list_checkins(workspace) == []
