"""Private writing in the browser (/checkin/writing): a prompt and why writing helps, your
words private by default, a list of dates and first words, an entry whole only on its own
page (with Delete), and never a word of it on any other page."""

import re

from fastapi.testclient import TestClient
from markupsafe import escape

from nextyes.domain.applications import NewApplication
from nextyes.domain.stages import Stage
from nextyes.domain.writing import EVIDENCE, PROMPTS
from nextyes.services.applications import add_application
from nextyes.services.trash import trash_items
from nextyes.services.workspace import Workspace
from nextyes.services.writing import list_entries, read_entry, write_entry

SECRET = "Pomegranate"  # a word nothing else in the app says
WORDS = (
    "Today the search feels heavy and slow, and I keep thinking about the"
    f" {SECRET} interview and what I would say differently next time."
)


def undo_of(html: str) -> str:
    [trash_id] = re.findall(r'action="/trash/(\d+)/restore"', html)
    return str(trash_id)


def test_the_page_gives_a_prompt_and_why_writing_helps(client: TestClient) -> None:
    page = client.get("/checkin/writing")
    assert page.status_code == 200
    html = page.text
    assert PROMPTS[0] in html
    assert str(escape(EVIDENCE)) in html
    assert '<label for="f-body">Your words</label>' in html
    assert 'maxlength="100000"' in html
    assert 'name="share" value="yes">' in html  # unticked: private unless said otherwise
    assert 'aria-current="page">Check-in' in html
    assert 'href="/checkin/writing"' in client.get("/checkin").text


def test_writing_is_kept_private_and_listed_by_date_and_first_words(
    client: TestClient, workspace: Workspace
) -> None:
    sent = client.post(
        "/checkin/writing", data={"prompt": PROMPTS[0], "body": WORDS}, follow_redirects=False
    )
    assert sent.status_code == 303
    [listed] = list_entries(workspace)
    entry = read_entry(workspace, listed.id)
    assert (entry.private, entry.prompt, entry.body) == (True, PROMPTS[0], WORDS)

    page = client.get(sent.headers["location"]).text
    assert "Kept private. Thank you for taking the time." in page
    assert "Mon 16 Mar 2026</time></a>" in page
    assert "Today the search feels heavy and slow, and ..." in page
    assert SECRET not in page  # a list someone could glimpse shows first words only
    assert str(escape(PROMPTS[1])) in page  # the next prompt is a new one


def test_an_entry_marked_to_share_says_so(client: TestClient, workspace: Workspace) -> None:
    client.post("/checkin/writing", data={"prompt": PROMPTS[0], "body": WORDS, "share": "yes"})
    [listed] = list_entries(workspace)
    assert listed.private is False
    assert '<span class="tag">to share</span>' in client.get("/checkin/writing").text


def test_an_empty_entry_is_refused_and_keeps_the_prompt(
    client: TestClient, workspace: Workspace
) -> None:
    write_entry(workspace, PROMPTS[0], "first")
    answer = client.post("/checkin/writing", data={"prompt": PROMPTS[3], "body": "   "})
    assert answer.status_code == 422
    assert '<a href="#f-body">The entry is empty; nothing was saved.</a>' in answer.text
    assert PROMPTS[3] in answer.text  # the prompt it was being written to
    assert len(list_entries(workspace)) == 1


def test_a_prompt_not_of_ours_is_replaced_by_the_next_one(
    client: TestClient, workspace: Workspace
) -> None:
    client.post("/checkin/writing", data={"prompt": "<b>anything</b>", "body": WORDS})
    [listed] = list_entries(workspace)
    assert read_entry(workspace, listed.id).prompt == PROMPTS[0]


def test_an_entry_opens_whole_and_can_be_deleted_and_brought_back(
    client: TestClient, workspace: Workspace
) -> None:
    entry = write_entry(workspace, PROMPTS[0], WORDS + "\n\n<script>alert(1)</script>")
    page = client.get(f"/checkin/writing/{entry.id}").text
    assert SECRET in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert f'action="/delete/writing/{entry.id}" data-confirm=' in page

    gone = client.post(
        f"/delete/writing/{entry.id}", data={"next": "/checkin/writing#entries"}
    ).text
    assert "Deleted: Private writing." in gone
    assert list_entries(workspace) == []
    # The trash names it, and nothing of what it says.
    trash = client.get("/trash").text
    assert "Private writing" in trash
    assert SECRET not in trash
    assert [item.label for item in trash_items(workspace)] == ["Private writing"]

    back = client.post(f"/trash/{undo_of(gone)}/restore", data={"next": "/checkin/writing"})
    assert back.status_code == 200
    assert [e.id for e in list_entries(workspace)] == [entry.id]


def test_private_writing_appears_on_no_other_page(client: TestClient, workspace: Workspace) -> None:
    job = add_application(workspace, NewApplication("Lumen Health", "Analyst", stage=Stage.APPLIED))
    write_entry(workspace, PROMPTS[0], WORDS)
    write_entry(workspace, PROMPTS[1], WORDS, private=False)
    pages = [
        "/today",
        "/today/all",
        "/pipeline",
        "/pipeline?view=list",
        f"/applications/{job.id}",
        f"/applications/{job.id}/edit",
        "/reject",
        "/lessons",
        "/contacts",
        "/checkin",
        "/if-then",
        "/calendar",
        "/calendar/download",
        "/import",
        "/import/review",
        "/insights",
        "/insights.csv",
        "/settings",
        "/trash",
        "/history",
        "/checkin/writing",
    ]
    for path in pages:
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert SECRET not in answer.text, path
        assert "heavy and slow" not in answer.text or path == "/checkin/writing", path


def test_nobody_elses_writing_can_be_reached(client: TestClient, workspace: Workspace) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = write_entry(other, PROMPTS[0], WORDS)
    assert client.get(f"/checkin/writing/{theirs.id}").status_code == 404
    assert client.post(f"/delete/writing/{theirs.id}").status_code == 404
    assert [e.id for e in list_entries(other)] == [theirs.id]
    assert "heavy and slow" not in client.get("/checkin/writing").text
