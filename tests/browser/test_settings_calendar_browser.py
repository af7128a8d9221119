"""Settings and Calendar in a real Chromium: save, a refusal, make and renew the feed link."""

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Dialog, expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser


def no_sideways_scroll(watched: Watched, width: int) -> None:
    scroll_width = watched.page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page scrolls sideways at {width} px ({scroll_width} px)"


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (360, 780)])
def test_settings_save_and_a_kind_refusal(
    open_page: Callable[[int, int], Watched], server: Server, width: int, height: int
) -> None:
    watched = open_page(width, height)
    page = visit(watched, server, "/settings")
    expect(page.get_by_role("heading", level=1)).to_have_text("Settings")
    no_sideways_scroll(watched, width)
    screenshot(page, f"settings-{width}")

    page.get_by_label("After a final round (working days)").fill("ten")
    page.get_by_role("button", name="Save my settings").click()
    # The summary above the form takes the focus and names the problem; its link
    # leads to the field, which says the same beside itself.
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("must be a whole number of working days")
    expect(summary).to_be_focused()
    field = page.get_by_label("After a final round (working days)")
    expect(page.locator("#f-reply_business_days_final_round-error")).to_contain_text(
        "must be a whole number of working days"
    )
    summary.get_by_role("link").first.click()
    expect(field).to_be_focused()
    no_sideways_scroll(watched, width)
    screenshot(page, f"settings-refused-{width}")

    page.get_by_label("After a final round (working days)").fill("")
    page.get_by_label("After you apply (days)").fill("14")
    page.get_by_label("Places to turn, one a line", exact=False).fill(
        "My sister, any evening\nThe careers team, room 4, weekdays 9 to 5"
    )
    page.get_by_role("button", name="Save my settings").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved.")
    expect(page.get_by_label("After you apply (days)")).to_have_value("14")
    expect(page.get_by_text("You chose 14.")).to_be_visible()

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Use the defaults").click()
    expect(page.get_by_role("status").first).to_contain_text("back on this installation")
    expect(page.get_by_label("After you apply (days)")).to_have_value("")
    # Chromium logs the refusal's 422 status as a console error; it is the answer we wanted.
    watched.console_errors = [e for e in watched.console_errors if "status of 422" not in e]
    assert_calm_network(watched, server)


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (360, 780)])
def test_calendar_link_made_copied_and_renewed(
    open_page: Callable[[int, int], Watched], server: Server, width: int, height: int
) -> None:
    watched = open_page(width, height)
    page = visit(watched, server, "/calendar")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your calendar")

    make = page.get_by_role("button", name="Make my calendar link")
    if make.count():  # the first test at this size makes it; later ones find it made
        make.click()
        expect(page.get_by_role("status").first).to_contain_text("Your calendar link is ready")
    link = page.get_by_label("Calendar link", exact=True)
    first = link.input_value()
    assert urlsplit(first).path.startswith("/calendar/")
    assert first.endswith(".ics")

    page.get_by_role("button", name="Copy the link").click()
    # Copied, or (where the clipboard is refused) selected for Ctrl+C, and said so.
    expect(page.locator("#feed-url-status")).not_to_be_empty()
    no_sideways_scroll(watched, width)
    screenshot(page, f"calendar-{width}")

    feed = page.request.get(first)
    assert feed.status == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    assert feed.body().startswith(b"BEGIN:VCALENDAR")

    asked: list[str] = []

    def accept(dialog: Dialog) -> None:
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    page.get_by_role("button", name="Make a new link").click()
    expect(page.get_by_role("status").first).to_contain_text("The old one no longer works")
    assert asked
    assert "stops working" in asked[0]
    second = page.get_by_label("Calendar link", exact=True).input_value()
    assert second != first
    assert page.request.get(first).status == 404
    assert page.request.get(second).status == 200
    assert_calm_network(watched, server)
