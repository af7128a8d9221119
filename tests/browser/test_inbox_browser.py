"""Import email in a real Chromium, on the demo search: upload an mbox, read the summary,
open the review queue, confirm one message and dismiss another, each swapped in place with
a line in the live region. Saves screenshots at desktop and phone width."""

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser

DESKTOP = (1280, 900)
PHONE = (360, 780)
MBOX = Path(__file__).parent.parent / "fixtures" / "mail" / "search.mbox"


def test_upload_a_mailbox_then_confirm_and_dismiss_in_the_review_queue(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = visit(watched, server, "/import")
    expect(page.get_by_role("heading", level=1)).to_have_text("Import email")
    expect(page.locator("#from-mbox")).to_contain_text(
        "This can take a minute for a large mailbox."
    )
    expect(
        page.get_by_label("Password", exact=False).and_(page.locator("input"))
    ).to_have_attribute("autocomplete", "current-password")
    page.get_by_label("Mailbox file", exact=True).set_input_files(MBOX)
    screenshot(page, "inbox-import-desktop")
    page.get_by_role("button", name="Import this mailbox").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Import finished")
    expect(page.locator(".lede")).to_contain_text("Read 13 messages from search.mbox.")
    summary = page.locator("table.summary")
    expect(summary.locator("tr", has_text="Messages read")).to_contain_text("13")
    expect(summary.locator("tr", has_text="Waiting for your review")).to_contain_text("6")
    expect(page.get_by_text("message 11 (line 187): no headers")).to_be_visible()
    screenshot(page, "inbox-summary-desktop")
    page.locator(".notice").get_by_role("link", name="Review them").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Waiting for your review")
    expect(page.locator("#review-count")).to_have_text("6")
    northwind = page.locator("li.review-item", has_text="Interview invitation: Backend Engineer")
    expect(northwind).to_contain_text("About Northwind Energy")
    expect(northwind.locator(".guess")).to_contain_text(": interview")
    screenshot(page, "inbox-review-desktop")
    northwind.get_by_role("button", name="Confirm: interview").click()
    status = page.locator("#review-status")
    expect(status).to_contain_text("as interview for Northwind Energy")
    expect(page.locator("#review-count")).to_have_text("5")
    expect(northwind).to_have_class("record review-item review-done")

    french = page.locator("li.review-item", has_text="Votre candidature")
    expect(french.locator(".guess")).to_contain_text("application received")
    french.get_by_role("button", name="Dismiss: not about my search").click()
    expect(status).to_contain_text("Dismissed “Votre candidature")
    expect(page.locator("#review-count")).to_have_text("4")
    screenshot(page, "inbox-review-settled-desktop")

    # The record changed where a person would look for it.
    visit(watched, server, "/pipeline")
    expect(page.locator('.column[data-stage="interviewing"]')).to_contain_text("Northwind Energy")
    reloaded = visit(watched, server, "/import/review")
    expect(reloaded.locator("#review-count")).to_have_text("4")
    assert_calm_network(watched, server)

    phone = open_page(*PHONE)
    small = visit(phone, server, "/import/review")
    width = small.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE[0]
    screenshot(small, "inbox-review-360")
    visit(phone, server, "/import")
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    screenshot(phone.page, "inbox-import-360")
