"""Adding an application: the full form (every problem at once, beside its field, values
kept, notes, limits), quick add in a column, and the second look when the same posting is
already in the search ("Add it anyway" or "Open the one I have"), both ways."""

import re
from datetime import date
from html import unescape

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, list_applications, record_rejection
from nextyes.services.pipeline import get_application
from nextyes.services.workspace import Workspace
from tests.web.conftest import says


def hidden_fields(html: str, form_start: str) -> dict[str, str]:
    """The hidden fields of the first form whose opening text contains `form_start`."""
    start = html.index(form_start)
    form = html[start : html.index("</form>", start)]
    return {
        name: unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)
    }


def someone_else(ws: Workspace) -> Workspace:
    return Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)


# --- the full form ---------------------------------------------------------------------------


def test_every_problem_shows_at_once_beside_its_field_and_nothing_is_written(
    client: TestClient, workspace: Workspace
) -> None:
    response = client.post(
        "/applications",
        data={
            "company": " ",
            "role": "Data <Analyst>",
            "excitement": "lots",
            "link": "javascript:alert(1)",
            "salary_min": "sixty",
            "date": "2026-04-01",
            "notes": "Met them at a meetup",
        },
    )
    assert response.status_code == 422
    html = response.text
    assert '<div class="error-summary" role="alert" tabindex="-1" data-focus-on-load>' in html
    assert "<h2>5 things to fix</h2>" in html
    for field, message in [
        ("company", "Company must not be empty."),
        ("excitement", "Excitement must be a whole number; you wrote &#39;lots&#39;."),
        ("link", "Link must start with http:// or https://"),
        ("salary_min", "Salary (from) must be a whole number; you wrote &#39;sixty&#39;."),
        ("date", "Date 2026-04-01 is in the future (today is 2026-03-16)."),
    ]:
        assert re.search(rf'<li><a href="#f-{field}">{re.escape(message)}', html), field
    # Each message beside its own field too, and the field marked for screen readers.
    assert 'id="f-company-error">Company must not be empty.</p>' in html
    assert re.search(r'<input id="f-company" name="company"[^>]*aria-invalid="true"', html)
    assert 'id="f-salary_min-error">Salary (from) must be a whole number' in html
    # What was typed is kept, escaped.
    assert 'value="Data &lt;Analyst&gt;"' in html
    assert ">Met them at a meetup</textarea>" in html
    assert 'value="sixty"' in html
    assert list_applications(workspace) == []


def test_the_form_keeps_notes_and_sensible_limits(client: TestClient, workspace: Workspace) -> None:
    form = client.get("/applications/new").text
    assert re.search(
        r'<input id="f-company" name="company" type="text" value="" maxlength="200"', form
    )
    assert re.search(r'<input id="f-link" name="link" type="url" value="" maxlength="2000"', form)
    assert re.search(r'<textarea id="f-notes" name="notes" rows="4" maxlength="100000"', form)
    assert re.search(
        r'<input id="f-salary_min" name="salary_min" type="text" value="" maxlength="13"', form
    )
    assert re.search(r'name="salary_currency" type="text" value="" maxlength="10"', form)
    assert 'id="f-notes-count"' in form  # the live counter under the notes

    response = client.post(
        "/applications",
        data={"company": "Northwind", "role": "Analyst", "notes": "  Dev referred me.  "},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [added] = list_applications(workspace)
    assert added.notes == "Dev referred me."
    too_long = client.post(
        "/applications", data={"company": "A", "role": "B", "notes": "x" * 100_001}
    )
    assert too_long.status_code == 422
    assert says(too_long.text, "notes is 100,001 characters; the limit is 100,000")
    assert len(list_applications(workspace)) == 1


# --- the same posting again ------------------------------------------------------------------


@pytest.fixture
def lumen(workspace: Workspace) -> int:
    """Data Analyst at Lumen Health, applied 5 Jan 2026, a "no" on 2 Feb 2026."""
    added = add_application(
        workspace, NewApplication("Lumen Health", "Data Analyst", on=date(2026, 1, 5))
    )
    record_rejection(workspace, added.id, RejectionForm.EXPLICIT, date(2026, 2, 2))
    return added.id


def test_the_same_posting_again_asks_first_and_writes_nothing(
    client: TestClient, workspace: Workspace, lumen: int
) -> None:
    response = client.post(
        "/applications",
        data={"company": "Lumen Health Ltd", "role": "Data analyst", "notes": "Second try"},
    )
    assert response.status_code == 409
    html = response.text
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert (
        "You already have Data Analyst at Lumen Health : applied 5 Jan 2026;"
        " they said no on 2 Feb 2026." in text
    )
    assert f'<a href="/applications/{lumen}">Data Analyst at Lumen Health</a>' in html
    assert f'<a class="button quiet" href="/applications/{lumen}">Open the one I have</a>' in html
    assert '<button type="submit">Add it anyway</button>' in html
    # The form below keeps what was typed, for a change of mind.
    assert 'value="Lumen Health Ltd"' in html
    assert [a.id for a in list_applications(workspace)] == [lumen]


def test_add_it_anyway_sends_the_same_values_again(
    client: TestClient, workspace: Workspace, lumen: int
) -> None:
    typed = {
        "company": "Lumen Health",
        "role": "Data Analyst",
        "channel": "referral",
        "excitement": "5",
        "stage": "saved",
        "location": "Leeds",
        "notes": "A new team this time",
        "next": "/pipeline?q=lumen",
    }
    asked = client.post("/applications", data=typed)
    assert asked.status_code == 409
    again = hidden_fields(asked.text, '<form method="post" action="/applications">')
    assert again["duplicate_ok"] == "yes"
    assert {k: again[k] for k in typed} == typed

    added = client.post("/applications", data=again, follow_redirects=False)
    assert added.status_code == 303
    new = max(list_applications(workspace), key=lambda a: a.id)
    assert new.id != lumen
    assert (new.company, new.channel.value, new.excitement, new.stage) == (
        "Lumen Health",
        "referral",
        5,
        Stage.SAVED,
    )
    assert new.notes == "A new team this time"
    assert added.headers["location"] == f"/pipeline?q=lumen&stage=saved#card-{new.id}"


def test_a_silence_is_named_as_such(client: TestClient, workspace: Workspace) -> None:
    quiet = add_application(workspace, NewApplication("Orchard", "Analyst", on=date(2026, 1, 5)))
    record_rejection(workspace, quiet.id, RejectionForm.SILENCE, date(2026, 2, 20))
    html = client.post("/applications", data={"company": "Orchard", "role": "Analyst"}).text
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "applied 5 Jan 2026; no reply by 20 Feb 2026." in text


def test_another_persons_posting_is_not_a_duplicate_of_mine(
    client: TestClient, workspace: Workspace
) -> None:
    add_application(someone_else(workspace), NewApplication("Lumen Health", "Data Analyst"))
    response = client.post(
        "/applications",
        data={"company": "Lumen Health", "role": "Data Analyst"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert [a.company for a in list_applications(workspace)] == ["Lumen Health"]


# --- quick add in a column -------------------------------------------------------------------


@pytest.mark.parametrize("stage", ["saved", "applied", "screening"])
def test_quick_add_puts_it_straight_into_that_column(
    client: TestClient, workspace: Workspace, stage: str
) -> None:
    board = client.get("/pipeline", params={"channel": "other"}).text
    form = hidden_fields(board, f'<input type="hidden" name="stage" value="{stage}">')
    assert form["next"] == "/pipeline?channel=other&stage=saved"  # this board, as it is
    response = client.post(
        "/applications",
        data=form | {"company": "Quick & Co", "role": "Analyst"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [added] = list_applications(workspace)
    assert (added.company, added.role, added.stage.value) == ("Quick & Co", "Analyst", stage)
    assert (added.channel.value, added.excitement) == ("other", 3)
    assert response.headers["location"] == (
        f"/pipeline?channel=other&stage={stage}#card-{added.id}"
    )
    shown = client.get(response.headers["location"])
    assert f"Added Quick &amp; Co (Analyst) to {added.stage.label}." in shown.text
    assert f'id="card-{added.id}"' in shown.text


def test_an_empty_quick_add_opens_the_full_form_with_both_problems(
    client: TestClient, workspace: Workspace
) -> None:
    response = client.post(
        "/applications",
        data={
            "company": "",
            "role": " ",
            "stage": "screening",
            "channel": "other",
            "excitement": "3",
            "next": "/pipeline?stage=screening",
        },
    )
    assert response.status_code == 422
    html = response.text
    assert "<h2>2 things to fix</h2>" in html
    assert says(html, "company must not be empty")
    assert says(html, "role must not be empty")
    # Screening stays on offer, checked; the way back leads to the same board.
    assert '<input type="radio" name="stage" value="screening" checked> Screening' in html
    assert '<input type="hidden" name="next" value="/pipeline?stage=screening">' in html
    assert '<a href="/pipeline?stage=screening">Cancel</a>' in html
    assert list_applications(workspace) == []


def test_a_quick_add_of_the_same_posting_asks_too(
    client: TestClient, workspace: Workspace, lumen: int
) -> None:
    data = {
        "company": "Lumen Health",
        "role": "Data Analyst",
        "stage": "saved",
        "channel": "other",
        "excitement": "3",
        "next": "/pipeline",
    }
    asked = client.post("/applications", data=data)
    assert asked.status_code == 409
    assert "Open the one I have" in asked.text
    again = hidden_fields(asked.text, '<form method="post" action="/applications">')
    added = client.post("/applications", data=again, follow_redirects=False)
    assert added.status_code == 303
    assert len(list_applications(workspace)) == 2


def test_the_way_back_is_never_another_site(client: TestClient, workspace: Workspace) -> None:
    response = client.post(
        "/applications",
        data={"company": "A", "role": "B", "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [added] = list_applications(workspace)
    assert response.headers["location"] == f"/pipeline?stage=applied#card-{added.id}"


def test_another_persons_application_cannot_be_moved(
    client: TestClient, workspace: Workspace
) -> None:
    theirs = add_application(someone_else(workspace), NewApplication("Theirs", "Analyst"))
    response = client.post(f"/applications/{theirs.id}/move", data={"stage": "screening"})
    assert response.status_code == 404
    assert f"no application with id {theirs.id}" in response.text
    assert get_application(someone_else(workspace), theirs.id).stage is Stage.APPLIED
