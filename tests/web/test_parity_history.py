"""How you found work before (/history): past jobs added, corrected and deleted in the
browser, every problem of a form at once, and nobody else's jobs within reach."""

import re
from datetime import date

from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.history import NewPastJob
from nextyes.services.applications import add_application
from nextyes.services.history import add_past_job, list_past_jobs
from nextyes.services.workspace import Workspace

JOB = {
    "company": "Halcyon Media",
    "role": "Data Analyst",
    "channel": "referral",
    "started_on": "2020-12-01",
    "ended_on": "2026-02-28",
    "notes": "Dev passed my CV on",
}


def problems_listed(html: str) -> dict[str, str]:
    return dict(re.findall(r'<li><a href="#f-([\w-]+)">([^<]*)</a></li>', html))


def undo_of(html: str) -> str:
    [trash_id] = re.findall(r'action="/trash/(\d+)/restore"', html)
    return str(trash_id)


def test_the_page_invites_a_first_job_and_sits_under_lessons(client: TestClient) -> None:
    page = client.get("/history")
    assert page.status_code == 200
    assert "<h1>How you found work before</h1>" in page.text
    assert "Add a past job" in page.text
    assert 'aria-current="page">Lessons' in page.text  # not a top-level item of its own
    for name in ("company", "role", "channel", "started_on", "ended_on", "notes"):
        assert f'<label for="f-{name}">' in page.text, name


def test_a_past_job_is_added_and_listed_in_words(client: TestClient, workspace: Workspace) -> None:
    added = client.post("/history", data=JOB, follow_redirects=False)
    assert added.status_code == 303
    [job] = list_past_jobs(workspace)
    assert added.headers["location"] == f"/history#job-{job.id}"
    assert (job.company, job.channel, job.started_on) == (
        "Halcyon Media",
        Channel.REFERRAL,
        date(2020, 12, 1),
    )
    page = client.get("/history").text
    assert "Added Data Analyst at Halcyon Media." in page
    assert "Data Analyst at Halcyon Media</h3>" in page
    assert "Dec 2020 \u2013 Feb 2026 · found through referral" in page  # an en dash
    assert "Dev passed my CV on" in page
    assert f'href="/history/{job.id}/edit"' in page


def test_every_problem_is_shown_at_once_and_nothing_is_saved(
    client: TestClient, workspace: Workspace
) -> None:
    answer = client.post(
        "/history",
        data={
            "company": " ",
            "role": "",
            "channel": "carrier pigeon",
            "started_on": "2027-01-01",
            "ended_on": "last spring",
            "notes": "kept as typed",
        },
    )
    assert answer.status_code == 422
    listed = problems_listed(answer.text)
    assert set(listed) == {"company", "role", "channel", "started_on", "ended_on"}
    assert listed["started_on"] == (
        "The start is in the future (1 Jan 2027); give a day up to today."
    )
    assert answer.text.count('aria-invalid="true"') == 5
    assert "kept as typed</textarea>" in answer.text
    assert list_past_jobs(workspace) == []


def test_an_end_before_the_start_is_named_beside_the_end(
    client: TestClient, workspace: Workspace
) -> None:
    answer = client.post("/history", data=JOB | {"ended_on": "2019-06-30"})
    assert answer.status_code == 422
    assert problems_listed(answer.text) == {
        "ended_on": "The end (30 Jun 2019) is before the start (1 Dec 2020)."
    }
    assert list_past_jobs(workspace) == []


def test_a_past_job_is_corrected_on_its_own_page(client: TestClient, workspace: Workspace) -> None:
    job = add_past_job(workspace, NewPastJob("Halcyon Media", "Analyst", Channel.JOB_BOARD))
    page = client.get(f"/history/{job.id}/edit").text
    assert 'value="Halcyon Media"' in page
    assert '<option value="job_board" selected>' in page
    assert 'aria-current="page">Lessons' in page

    wrong = client.post(f"/history/{job.id}/edit", data=JOB | {"role": "", "started_on": "x"})
    assert wrong.status_code == 422
    assert set(problems_listed(wrong.text)) == {"role", "started_on"}
    assert list_past_jobs(workspace) == [job]  # nothing half-saved

    saved = client.post(f"/history/{job.id}/edit", data=JOB, follow_redirects=False)
    assert saved.status_code == 303
    [corrected] = list_past_jobs(workspace)
    assert (corrected.id, corrected.role, corrected.channel) == (
        job.id,
        "Data Analyst",
        Channel.REFERRAL,
    )


def test_deleting_a_past_job_offers_undo(client: TestClient, workspace: Workspace) -> None:
    job = add_past_job(workspace, NewPastJob("Halcyon Media", "Analyst", Channel.REFERRAL))
    page = client.post(f"/delete/past_job/{job.id}", data={"next": "/history"}).text
    assert "Deleted: Past job: Analyst at Halcyon Media." in page
    assert list_past_jobs(workspace) == []
    assert "Add a past job" in page  # landed back on the page, now empty
    back = client.post(f"/trash/{undo_of(page)}/restore", data={"next": "/history"})
    assert back.status_code == 200
    assert list_past_jobs(workspace) == [job]
    assert "Analyst at Halcyon Media</h3>" in back.text


def test_lessons_and_insights_lead_here(client: TestClient, workspace: Workspace) -> None:
    add_application(workspace, NewApplication("Lumen Health", "Analyst"))  # Insights fills in
    for page in ("/lessons", "/insights"):
        assert 'href="/history"' in client.get(page).text, page


def test_nobody_elses_past_jobs_can_be_reached(client: TestClient, workspace: Workspace) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = add_past_job(other, NewPastJob("Their Firm", "Analyst", Channel.DIRECT))
    for method, path in (
        ("GET", f"/history/{theirs.id}/edit"),
        ("POST", f"/history/{theirs.id}/edit"),
        ("POST", f"/delete/past_job/{theirs.id}"),
    ):
        assert client.request(method, path, data=JOB).status_code == 404, path
    assert list_past_jobs(other) == [theirs]
    assert "Their Firm" not in client.get("/history").text
