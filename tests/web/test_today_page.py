"""The Today page and the step buttons it shares with a plan: done, snooze and skip, by HTMX
(the step swapped in place) and by a plain form (a redirect back), with their refusals."""

from datetime import date, timedelta
from html import unescape

from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.steps import Step
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.recovery import get_step, plan_view
from nextyes.services.wellbeing import check_in
from nextyes.services.workspace import Workspace

TODAY = date(2026, 3, 16)
HTMX = {"HX-Request": "true"}


def rejected(
    ws: Workspace, company: str = "Lumen Health", days_ago: int = 6, role: str = "Analyst"
) -> int:
    """An application that reached interviewing and heard "no" `days_ago` days ago."""
    added = add_application(
        ws,
        NewApplication(company, role, stage=Stage.INTERVIEWING, on=TODAY - timedelta(days=30)),
    )
    on = TODAY - timedelta(days=days_ago)
    record_rejection(ws, added.id, RejectionForm.EXPLICIT, on)
    return added.id


def open_step(ws: Workspace, application_id: int, kind: StepKind) -> Step:
    return next(s for s in plan_view(ws, application_id).steps if s.kind is kind and s.is_open)


def test_a_new_person_sees_a_calm_empty_day(client: TestClient) -> None:
    page = client.get("/today")
    assert page.status_code == 200
    assert "Nothing is due today" in page.text
    assert 'href="/applications/new"' in page.text
    assert 'href="/reject"' in page.text  # recording a rejection is always one click away


def test_due_steps_link_to_their_application_with_the_evidence_card(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = rejected(workspace, days_ago=6)
    page = client.get("/today")
    assert page.status_code == 200
    thank_you = open_step(workspace, application_id, StepKind.THANK_YOU)
    assert f'id="step-{thank_you.id}"' in page.text
    assert f'href="/applications/{application_id}"' in page.text
    assert "It is rarely about you" in page.text
    assert "A gentle day" not in page.text


def test_a_fresh_no_makes_a_gentle_day_with_nothing_asked(
    client: TestClient, workspace: Workspace
) -> None:
    application_id = rejected(workspace, days_ago=0)
    page = client.get("/today")
    assert "A gentle day" in page.text
    feel = open_step(workspace, application_id, StepKind.FEEL)
    assert f'id="step-{feel.id}"' in page.text
    # Work steps wait: none of them is listed during the pause.
    for step in plan_view(workspace, application_id).steps:
        if step.kind not in (StepKind.FEEL, StepKind.REST):
            assert f'id="step-{step.id}"' not in page.text


def test_a_run_of_low_check_ins_brings_a_gentle_suggestion(
    client: TestClient, workspace: Workspace
) -> None:
    for _ in range(4):
        check_in(workspace, 1, "rough")
    page = client.get("/today")
    assert "A gentle suggestion" in page.text
    assert "talk to someone" in page.text


def test_done_by_htmx_swaps_the_step_in_place(client: TestClient, workspace: Workspace) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.THANK_YOU)
    answer = client.post(f"/steps/{step.id}/done", data={"next": "/today"}, headers=HTMX)
    assert answer.status_code == 200
    assert answer.text.lstrip().startswith(f'<li class="step step-done" id="step-{step.id}"')
    assert "Done" in answer.text
    assert "<html" not in answer.text
    assert get_step(workspace, step.id).status is StepStatus.DONE


def test_snooze_by_a_plain_form_redirects_back_with_a_kind_word(
    client: TestClient, workspace: Workspace
) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.THANK_YOU)
    until = TODAY + timedelta(days=4)
    answer = client.post(
        f"/steps/{step.id}/snooze",
        data={"until": until.isoformat(), "next": "/today"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/today#step-{step.id}"
    assert get_step(workspace, step.id).due_on == until
    page = client.get("/today").text
    assert "Snoozed to" in page  # the flash, once
    # The date picker offers only the days a snooze may take: tomorrow to a year ahead.
    assert 'min="2026-03-17" max="2027-03-17"' in page


def test_skip_marks_the_step_skipped(client: TestClient, workspace: Workspace) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.CONNECT)
    answer = client.post(f"/steps/{step.id}/skip", data={"next": "/today"}, headers=HTMX)
    assert answer.status_code == 200
    assert "Skipped" in answer.text
    assert get_step(workspace, step.id).status is StepStatus.SKIPPED


def test_snoozing_to_the_past_is_refused_and_changes_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.THANK_YOU)
    past = (TODAY - timedelta(days=1)).isoformat()
    by_htmx = client.post(f"/steps/{step.id}/snooze", data={"until": past}, headers=HTMX)
    assert by_htmx.status_code == 422
    assert "snooze to a later day than today" in by_htmx.text
    assert f'id="step-{step.id}"' in by_htmx.text  # the step comes back, with its message
    by_form = client.post(f"/steps/{step.id}/snooze", data={"until": "soon"})
    assert by_form.status_code == 422
    assert "snooze date must be a date" in by_form.text
    too_far = client.post(f"/steps/{step.id}/snooze", data={"until": "2027-04-01"}, headers=HTMX)
    assert too_far.status_code == 422
    assert "snooze at most a year ahead (to 2027-03-17)" in unescape(too_far.text)
    absurd = client.post(f"/steps/{step.id}/snooze", data={"until": "9999-12-31"})
    assert absurd.status_code == 422
    assert "not a plausible day" in absurd.text
    assert get_step(workspace, step.id) == step


def test_a_step_already_done_cannot_be_done_again(client: TestClient, workspace: Workspace) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.THANK_YOU)
    client.post(f"/steps/{step.id}/done")
    again = client.post(f"/steps/{step.id}/done")
    assert again.status_code == 422
    assert "already done" in again.text


def test_an_unknown_step_is_not_found(client: TestClient) -> None:
    assert client.post("/steps/9999/done").status_code == 404
    assert client.post("/steps/9999/snooze", data={"until": "2026-04-01"}).status_code == 404


def test_a_step_button_without_the_security_token_is_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.THANK_YOU)
    answer = bare_client.post(f"/steps/{step.id}/done", data={"next": "/today"})
    assert answer.status_code == 403
    assert get_step(workspace, step.id).is_open


def test_the_next_address_never_leaves_the_site(client: TestClient, workspace: Workspace) -> None:
    step = open_step(workspace, rejected(workspace), StepKind.THANK_YOU)
    answer = client.post(
        f"/steps/{step.id}/done", data={"next": "//evil.example/"}, follow_redirects=False
    )
    assert answer.headers["location"] == f"/today#step-{step.id}"


def test_company_names_are_escaped(client: TestClient, workspace: Workspace) -> None:
    rejected(workspace, company="<script>alert(1)</script>", role="<b>Lead</b>")
    page = client.get("/today").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Lead</b>" not in page
