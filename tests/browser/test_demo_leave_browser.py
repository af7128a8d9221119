"""Leaving the demo in a real Chromium, with the keyboard alone: the banner's button is the
first thing Tab reaches, Enter leaves, and the running server then shows the person's own
(here empty) data with a line saying so, at desktop and phone width. A module of its own:
leaving switches this module's server for good."""

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Server, Watched, assert_calm_network, visit
from tests.browser.test_demo_browser import shot

pytestmark = pytest.mark.browser


def test_leave_the_demo_with_the_keyboard(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    expect(page.locator("main")).to_contain_text("Kestrel Games")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Leave the demo"
    with page.expect_navigation(url=f"{server.base_url}/today"):
        page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".flash")).to_contain_text("You have left the demo")
    expect(page.get_by_role("region", name="Demo")).to_have_count(0)
    expect(page.locator("main")).not_to_contain_text("Lumen Health")
    shot(page, "left-today-1280")

    pipeline = visit(watched, server, "/pipeline")
    expect(pipeline.locator("main")).not_to_contain_text("Kestrel Games")
    expect(pipeline.get_by_role("region", name="Demo")).to_have_count(0)
    assert_calm_network(watched, server)

    phone = open_page(360, 780)
    small = visit(phone, server, "/today")
    expect(small.get_by_role("region", name="Demo")).to_have_count(0)
    assert small.evaluate("document.documentElement.scrollWidth") <= 360
    shot(small, "left-today-360")
    assert_calm_network(phone, server)
