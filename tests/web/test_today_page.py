"""The Today page and the step buttons it shares with a plan: done, snooze and skip, by HTMX
(the step swapped in place) and by a plain form (a redirect back), with their refusals; at
most five things on a big day, the rest one line with a link; the full list behind it."""

import re
from datetime import UTC, date, datetime, timedelta
from html import unescape

from fastapi.testclient import TestClient

from nextyes.domain.agenda import MAX_THINGS
from nextyes.domain.applications import NewApplication
from nextyes.domain.interviews import NewInterview
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.steps import Step
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.interviews import add_interview
from nextyes.services.recovery import get_step, plan_view
from nextyes.services.sweep import sweep
from nextyes.services.today import today
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


def quiet_for_a_while(ws: Workspace, count: int) -> list[int]:
    """Applications sent a month ago with no answer; the sweep asks for a follow-up each."""
    ids = [
        add_application(
            ws, NewApplication(f"Quiet {n}", "Analyst", on=TODAY - timedelta(days=30 + n))
        ).id
        for n in range(count)
    ]
    sweep(ws)
    return ids


def things(html: str) -> int:
    return html.count("data-thing")


def test_a_big_day_shows_five_things_and_one_line_for_each_rest(
    client: TestClient, workspace: Workspace
) -> None:
    for n in range(4):
        rejected(workspace, company=f"Said No {n}", days_ago=6 + n)
    quiet_for_a_while(workspace, 7)
    page = client.get("/today").text
    agenda = today(workspace)
    assert things(page) == agenda.things == MAX_THINGS
    assert "Your next step" in page
    assert "7 quiet applications: follow up on the 2 oldest today" in page
    assert 'href="/today/all?only=quiet">See all 7 quiet applications' in page
    assert f"{agenda.more_steps} more steps can wait." in page
    assert 'href="/today/all?only=plan"' in page
    # One follow-up explanation at most, not seven identical paragraphs.
    follow_up_why = "Silence is often a busy inbox"
    assert page.count(follow_up_why) <= 1
    # Only the next step is a full card; the others are compact rows.
    assert page.count('class="step step-open"') == 1
    assert len(re.findall(r'class="today-row" id="step-\d+"', page)) == 2 + len(agenda.items) - 1


def test_a_gentle_day_offers_the_rest_only_if_asked(
    client: TestClient, workspace: Workspace
) -> None:
    rejected(workspace, days_ago=0)
    quiet_for_a_while(workspace, 3)
    page = client.get("/today").text
    assert things(page) == 2  # the pause's sentence and its feel-it step
    assert "quiet application" not in page
    assert "When you feel ready" not in page
    assert "other steps can wait until" in page
    assert '<a href="/today/all">See them</a>, only if you want to.' in page
    everything = client.get("/today/all").text
    assert "None of this is asked of you today." in everything
    assert "Quiet 0" in everything


def test_today_names_the_latest_no(client: TestClient, workspace: Workspace) -> None:
    dream = add_application(
        workspace,
        NewApplication(
            "Dream Co", "Lead", stage=Stage.INTERVIEWING, excitement=5, on=TODAY - timedelta(9)
        ),
    )
    record_rejection(workspace, dream.id, RejectionForm.EXPLICIT, TODAY - timedelta(days=1))
    assert "The Dream Co news is still fresh" in client.get("/today").text
    rejected(workspace, company="Newer Ltd", days_ago=0)
    page = client.get("/today").text
    assert "The Newer Ltd news is still fresh" in page
    assert "Dream Co news" not in page


def test_the_day_and_an_interview_tomorrow_use_the_one_date_style(
    client: TestClient, workspace: Workspace
) -> None:
    application = add_application(
        workspace, NewApplication("Kestrel Games", "Analyst", stage=Stage.INTERVIEWING, on=TODAY)
    )
    starts = datetime(2026, 3, 17, 14, 30, tzinfo=UTC)
    add_interview(workspace, NewInterview(application.id, starts, 45, location="Room 3"))
    page = client.get("/today").text
    assert "Mon 16 Mar 2026" in page
    assert "Tomorrow, <time" in page
    assert "Tue 17 Mar 2026, 14:30" in page
    assert "45 min · Room 3" in page
    assert "Nothing is due today" not in page


def test_done_on_a_compact_row_swaps_in_the_step_as_it_is_now(
    client: TestClient, workspace: Workspace
) -> None:
    rejected(workspace, days_ago=6)
    quiet_for_a_while(workspace, 3)
    agenda = today(workspace)
    row = agenda.quiet[0].step
    page = client.get("/today").text
    assert f'id="step-{row.id}"' in page
    answer = client.post(f"/steps/{row.id}/done", data={"next": "/today"}, headers=HTMX)
    assert answer.status_code == 200
    assert f'id="step-{row.id}"' in answer.text
    assert get_step(workspace, row.id).status is StepStatus.DONE
    assert "2 quiet applications" in client.get("/today").text


def test_the_full_list_says_each_kind_of_why_once_and_pages(
    client: TestClient, workspace: Workspace
) -> None:
    quiet_for_a_while(workspace, 12)
    first = client.get("/today/all").text
    assert "12 applications with something due" in first
    assert "page 1 of 2" in first
    assert first.count("Silence is often a busy inbox") == 1
    assert first.count('class="due-group"') == 10
    assert 'href="/today/all?page=2" rel="next"' in first
    second = client.get("/today/all", params={"page": "2"}).text
    assert second.count('class="due-group"') == 2
    # Buttons on the list come back to the same page of the list.
    assert 'name="next" value="/today/all?page=2"' in second
    assert "There is no page 5" in client.get("/today/all", params={"page": "5"}).text
    quiet = client.get("/today/all", params={"only": "quiet"}).text
    assert 'aria-current="page">Quiet applications' in quiet
    plans = client.get("/today/all", params={"only": "plan"}).text
    assert "Nothing is due today" in plans


def test_the_full_list_refuses_what_is_not_a_page_or_a_filter(client: TestClient) -> None:
    for params, problem in [
        ({"page": "two"}, "page must be a whole number"),
        ({"page": "0"}, "page must be from 1"),
        ({"only": "urgent"}, "only"),
    ]:
        answer = client.get("/today/all", params=params)
        assert answer.status_code == 422
        assert problem in unescape(answer.text)
