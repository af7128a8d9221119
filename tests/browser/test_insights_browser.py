"""The Insights page in a real Chromium on the demo search: charts drawn, numbers readable
as tables, the CSV download, at desktop and phone width, with nothing loaded from elsewhere
and nothing refused by the content security policy."""

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser

DESKTOP = (1280, 900)
PHONE = (360, 780)


def test_insights_render_with_the_demo(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = visit(watched, server, "/insights")
    expect(page.get_by_role("heading", level=1)).to_have_text("Insights")
    expect(page.get_by_text("You have sent 28 applications")).to_be_visible()
    funnel = page.get_by_role("img", name="How far applications get")
    expect(funnel).to_be_visible()
    box = funnel.bounding_box()
    assert box is not None
    assert box["height"] > 100
    expect(page.get_by_role("heading", name="The next yes")).to_be_visible()
    expect(page.get_by_text("TalentWorks").first).to_be_visible()
    # The numbers behind a chart open as a table.
    numbers = page.locator("#funnel ~ details.numbers").first
    numbers.locator("summary").click()
    expect(numbers.get_by_role("table")).to_be_visible()
    expect(numbers.get_by_role("rowheader", name="applied")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert download.value.suggested_filename.startswith("nextyes-insights-")
    screenshot(page, "insights-desktop")
    assert_calm_network(watched, server)


def test_insights_fit_a_phone(open_page: Callable[[int, int], Watched], server: Server) -> None:
    watched = open_page(*PHONE)
    page = visit(watched, server, "/insights")
    expect(page.get_by_role("img", name="Applications a week")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE[0]
    screenshot(page, "insights-phone")
    assert_calm_network(watched, server)
