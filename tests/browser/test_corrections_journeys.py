"""Correcting and deleting in a real Chromium, at 360 and 1280 px: edit an application's
details and notes, correct a timeline entry, delete the application and bring it back with
Undo, and find something in the Trash."""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser


def open_application(page: Page, server: Server, company: str) -> str:
    """The page of the demo's application at `company`, found through the list view."""
    page.goto(f"{server.base_url}/pipeline?view=list&q={company.replace(' ', '+')}")
    link = page.locator("table.app-list a", has_text=company).first
    href = link.get_attribute("href")
    assert href is not None
    page.goto(f"{server.base_url}{href}")
    return href


@pytest.mark.parametrize(("width", "company"), [(1280, "Kestrel Games"), (360, "Tandem Bikes")])
def test_an_application_is_corrected_deleted_and_brought_back(
    open_page: Callable[[int, int], Watched], server: Server, width: int, company: str
) -> None:
    watched = open_page(width, 900)
    page = watched.page
    visit(watched, server, "/today")
    href = open_application(page, server, company)

    page.get_by_role("link", name=re.compile("Edit details")).click()
    expect(page.get_by_role("heading", name="Edit the details")).to_be_visible()
    page.get_by_label("Your notes").fill("Asked about the team's week; call back Friday.")
    page.get_by_label("Location").fill("Remote, UK hours")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("Saved your corrections.")
    expect(page.locator(".notes")).to_contain_text("call back Friday")
    screenshot(page, f"corrections-application-{width}")

    # A slip: the company left empty, and an excitement no one means, shown at once.
    page.goto(f"{server.base_url}{href}/edit")
    page.get_by_label("Company").fill("")
    page.get_by_role("button", name="Save", exact=True).click()
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Company must not be empty")
    expect(summary).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth") == width
    # The browser logs the refusal (422) it was meant to get; nothing else may be logged.
    assert [e for e in watched.console_errors if "status of 422" not in e] == []
    watched.console_errors.clear()
    screenshot(page, f"corrections-problems-{width}")

    page.goto(f"{server.base_url}{href}/edit")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete this application").click()
    expect(page).to_have_url(re.compile(r"/pipeline$"))
    flash = page.locator(".flash")
    expect(flash).to_contain_text("Deleted: ")
    expect(flash).to_contain_text(company)
    screenshot(page, f"corrections-deleted-{width}")
    flash.get_by_role("button", name="Undo").click()
    expect(page).to_have_url(re.compile(re.escape(href) + "$"))
    expect(page.locator(".flash")).to_contain_text("Restored")
    expect(page.locator(".notes")).to_contain_text("call back Friday")
    assert_calm_network(watched, server)


def test_a_timeline_entry_is_corrected_in_place(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = watched.page
    visit(watched, server, "/today")
    open_application(page, server, "Orchard")
    timeline = page.locator("#timeline")
    first = timeline.locator("li").first
    first.locator("summary", has_text="Correct").click()
    first.get_by_label("Note").fill("A call with the hiring manager")
    first.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("Timeline corrected.")
    expect(page.locator("#timeline")).to_contain_text("A call with the hiring manager")
    screenshot(page, "corrections-timeline-1280")

    visit(watched, server, "/trash")
    expect(page.get_by_role("heading", name="Trash")).to_be_visible()
    assert_calm_network(watched, server)
