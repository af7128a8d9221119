"""Saving a posting from the browser: the bookmarklet, pressed on a job board's page (another
site), opens NextYes with the Add form filled in from that page; the person checks it and
saves. Also the Add page's paste box, at phone and desktop widths."""

import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Server, Watched, screenshot, visit
from tests.posting_server import Answer, PostingServer, posting_page, posting_server

pytestmark = pytest.mark.browser

BOARD_PAGE = posting_page(
    "Clinical Data Analyst",
    "Harbour Clinics",
    extra="<nav>Sign in · Saved jobs</nav><script>window.boardState = {big: true};</script>",
)


@pytest.fixture(scope="module")
def job_board() -> Iterator[PostingServer]:
    answers = {
        "/jobs/clinical-data-analyst-8812": Answer(body=BOARD_PAGE),
        "/jobs/ward-clerk-9120": Answer(body=posting_page("Ward Clerk", "Northgate Hospital")),
    }
    with posting_server(answers) as site:
        yield site


def on_another_site(site: PostingServer, path: str) -> str:
    """The board's address under another host name: another site, as a real board is."""
    return site.url(path).replace("127.0.0.1", "localhost")


def test_the_bookmarklet_fills_the_add_form_from_the_page_open_in_the_browser(
    open_page: Callable[[int, int], Watched], server: Server, job_board: PostingServer
) -> None:
    watched = open_page(1280, 900)
    add = visit(watched, server, "/applications/new")
    add.get_by_text("Save postings from your browser in one click").click()
    link = add.get_by_role("link", name="Add to NextYes")
    expect(link).to_be_visible()
    screenshot(add, "add-from-posting-1280")
    code = unquote((link.get_attribute("href") or "").removeprefix("javascript:"))
    assert code.startswith("(function(){")

    board = add.context.new_page()
    board.goto(on_another_site(job_board, "/jobs/clinical-data-analyst-8812"))
    with board.expect_popup() as opened:
        board.evaluate(code)  # what pressing the bookmark runs, on the board's page
    form = opened.value
    form.wait_for_url("**/applications/read")
    form.wait_for_load_state("networkidle")
    found = form.get_by_role("heading", name="Found on the page: check it, then save")
    expect(found).to_be_visible()
    expect(form.locator("#f-company")).to_have_value("Harbour Clinics")
    expect(form.locator("#f-role")).to_have_value("Clinical Data Analyst")
    expect(form.locator("#f-location")).to_have_value(re.compile("Leeds"))
    expect(form.locator("#f-salary_min")).to_have_value("38000")
    expect(form.locator("#f-description")).to_contain_text("Help our clinics see their data.")
    screenshot(form, "add-from-posting-found-1280")

    form.get_by_role("button", name="Add to my pipeline").click()
    form.wait_for_load_state("networkidle")
    assert urlsplit(form.url).path == "/pipeline"
    expect(form.locator(".card", has_text="Harbour Clinics")).to_be_visible()


def test_a_pasted_link_on_a_phone(
    open_page: Callable[[int, int], Watched], server: Server, job_board: PostingServer
) -> None:
    watched = open_page(360, 780)
    page = visit(watched, server, "/applications/new")
    page.get_by_label("Paste the posting's link, or the whole page").fill(
        job_board.url("/jobs/ward-clerk-9120")
    )
    screenshot(page, "add-from-posting-360")
    page.get_by_role("button", name="Read the posting").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#f-company")).to_have_value("Northgate Hospital")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(page, "add-from-posting-found-360")
    page.get_by_role("button", name="Add to my pipeline").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == "/pipeline"

    # The same posting again: named before anything is saved.
    page.goto(f"{server.base_url}/applications/new")
    page.get_by_label("Paste the posting's link, or the whole page").fill(
        job_board.url("/jobs/ward-clerk-9120?utm_source=newsletter")
    )
    page.get_by_role("button", name="Read the posting").click()
    page.wait_for_load_state("networkidle")
    expect(page.get_by_text("Already in your search:")).to_be_visible()
    expect(page.get_by_role("button", name="Add it anyway")).to_be_visible()
    screenshot(page, "add-from-posting-again-360")
