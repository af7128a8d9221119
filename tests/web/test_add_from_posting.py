"""The Add page from a posting: a pasted page or link fills the form for the person to
check (nothing saved until they press the button), what was not found is said, the same
posting already in the search is named, the bookmarklet's window is reachable from the
posting's page, and the API reads a posting the same way."""

import re
from html import unescape
from urllib.parse import unquote

from fastapi.testclient import TestClient

from nextyes.domain.applications import NewApplication
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, list_applications
from nextyes.services.workspace import Workspace
from tests.posting_server import Answer, posting_page, posting_server
from tests.web.conftest import says

LINK = "https://jobs.lumenhealth.example/postings/4411"


def field(html: str, name: str) -> str:
    """What a field of the Add form holds (input value or textarea text)."""
    found = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or re.search(
        rf'name="{name}"[^>]*>([^<]*)</textarea>', html
    )
    assert found, name
    return unescape(found.group(1))


def test_the_add_page_offers_a_paste_box_and_the_bookmarklet(client: TestClient) -> None:
    page = client.get("/applications/new").text
    assert "Start from the posting" in page
    assert 'action="/applications/read"' in page
    link = re.search(r'href="(javascript:[^"]+)"', page)
    assert link is not None
    code = unquote(unescape(link.group(1)))
    # Opens this app's clip window, and hands the page to this app's origin only.
    assert "var o='http://127.0.0.1'" in code
    assert "window.open(o+'/applications/clip'" in code
    assert "postMessage({nextyes:'page',page:page,url:location.href},o)" in code


def test_a_pasted_page_fills_the_form_and_saves_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    page = posting_page("Data Analyst", "Lumen Health", url=LINK).decode()
    answer = client.post("/applications/read", data={"source": page})
    assert answer.status_code == 200
    html = answer.text
    assert "Found on the page" in html
    assert field(html, "company") == "Lumen Health"
    assert field(html, "role") == "Data Analyst"
    assert field(html, "link") == LINK
    assert field(html, "salary_min") == "38000"
    assert "Help our clinics see their data." in field(html, "description")
    assert 'value="saved" checked' in html
    assert list_applications(workspace) == []  # read, not saved

    saved = client.post(
        "/applications",
        data={
            name: field(html, name)
            for name in (
                "company",
                "role",
                "link",
                "location",
                "salary_min",
                "salary_max",
                "salary_currency",
                "notes",
                "description",
            )
        }
        | {"stage": "saved", "channel": "job_board", "excitement": "3", "date": ""},
        follow_redirects=False,
    )
    assert saved.status_code == 303, saved.text
    (added,) = list_applications(workspace)
    assert (added.company, added.stage, added.link) == ("Lumen Health", Stage.SAVED, LINK)
    assert "SQL and Python" in (added.description or "")


def test_a_pasted_link_is_fetched(client: TestClient) -> None:
    with posting_server({"/jobs/9": Answer(body=posting_page("Nurse", "St Anne's"))}) as site:
        html = client.post("/applications/read", data={"source": site.url("/jobs/9")}).text
    assert field(html, "company") == "St Anne's"
    assert field(html, "link") == site.url("/jobs/9")


def test_the_same_posting_already_in_the_search_is_named(
    client: TestClient, workspace: Workspace
) -> None:
    add_application(workspace, NewApplication("Lumen Health", "Data Analyst", link=LINK))
    tracked = posting_page("Data Analyst", "Lumen Health", url=LINK + "?utm_source=board")
    html = client.post("/applications/read", data={"source": tracked.decode()}).text
    assert "Already in your search:" in html
    assert "Add it anyway" in html
    assert '<input type="hidden" name="duplicate_ok" value="yes">' in html


def test_adding_it_anyway_links_it_to_the_earlier_application_both_ways(
    client: TestClient, workspace: Workspace
) -> None:
    first = add_application(workspace, NewApplication("Lumen Health", "Data Analyst", link=LINK))
    form = {"company": "Lumen Health Ltd", "role": "Data Analyst", "link": LINK + "?trk=x"}
    form |= {"channel": "job_board", "excitement": "3", "stage": "applied", "date": ""}
    asked = client.post("/applications", data=form)
    assert asked.status_code == 409  # a question first
    added = client.post(
        "/applications", data=form | {"duplicate_ok": "yes"}, follow_redirects=False
    )
    assert added.status_code == 303
    again = max(list_applications(workspace), key=lambda a: a.id)
    assert again.earlier_id == first.id
    later_page = unescape(client.get(f"/applications/{again.id}").text)
    assert "Applied before" in later_page
    assert f'href="/applications/{first.id}">Data Analyst at Lumen Health</a>' in later_page
    assert "Applied again" in unescape(client.get(f"/applications/{first.id}").text)

    api = client.post(
        "/api/v1/applications",
        json={"company": "Lumen Health", "role": "Data Analyst", "allow_duplicate": True},
    )
    assert api.json()["earlier_id"] == again.id  # the newest look-alike


def test_a_page_with_nothing_of_a_posting_is_one_line_beside_the_box(
    client: TestClient, workspace: Workspace
) -> None:
    for source, problem in (
        ("", "paste the posting's address"),
        ("just some words", "neither a web address nor a web page"),
        ("<html><body><p>News of the week</p></body></html>", "does not look like a job posting"),
        ("ftp://example.com/job", "neither a web address nor a web page"),
    ):
        answer = client.post("/applications/read", data={"source": source})
        assert answer.status_code == 422, source
        assert says(unescape(answer.text), problem), source
    assert list_applications(workspace) == []


def test_the_clip_window_can_be_handed_the_page_by_its_opener(client: TestClient) -> None:
    clip = client.get("/applications/clip")
    assert clip.status_code == 200
    assert clip.headers["Cross-Origin-Opener-Policy"] == "unsafe-none"
    assert "/static/clip.js" in clip.text
    # Every other page keeps its window to itself.
    assert client.get("/applications/new").headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_api_reads_a_posting_and_saves_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    add_application(workspace, NewApplication("Lumen Health", "Data Analyst", link=LINK))
    page = posting_page("Data Analyst", "Lumen Health", url=LINK).decode()
    answer = client.post("/api/v1/postings/read", json={"page": page})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["company"], body["role"]) == ("Lumen Health", "Data Analyst")
    assert body["salary_max"] == 44000
    assert [s["id"] for s in body["similar"]] == [1]
    assert len(list_applications(workspace)) == 1

    missing = client.post("/api/v1/postings/read", json={})
    assert missing.status_code == 422
    assert "give the posting's `url`, or its `page`" in missing.json()["detail"]
    not_posting = client.post("/api/v1/postings/read", json={"page": "<html><p>hi</p></html>"})
    assert not_posting.status_code == 422
    assert "does not look like a job posting" in not_posting.json()["detail"]


def test_a_page_without_a_postings_signs_is_shown_with_a_warning_not_refused(
    client: TestClient, workspace: Workspace
) -> None:
    blog = (
        "<html><head><title>How we hire - Harbour Clinics blog</title></head>"
        "<body><h1>How we hire</h1><p>Our process, step by step.</p></body></html>"
    )
    html = unescape(client.post("/applications/read", data={"source": blog}).text)
    assert "does not look like a job posting to NextYes; check what it found" in html
    assert list_applications(workspace) == []
