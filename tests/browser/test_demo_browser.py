"""The demo in a real Chromium (`nextyes serve --demo`): every page of the main navigation
at phone and desktop width starts with the demo banner, in the flow of the page and short,
shows demo content rather than an empty state, and never scrolls sideways. Screenshots go
to test-output/demo/. Leaving the demo has a module (and so a server) of its own:
test_demo_leave_browser.py."""

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import REPO_ROOT, Server, Watched, assert_calm_network, visit

pytestmark = pytest.mark.browser

SHOTS = REPO_ROOT / "test-output" / "demo"
BANNER = "Demo — your own data is untouched."
PAGES = {
    "today": "/today",
    "pipeline": "/pipeline",
    "lessons": "/lessons",
    "contacts": "/contacts",
    "checkin": "/checkin",
    "if-then": "/if-then",
    "calendar": "/calendar",
    "import": "/import",
    "review": "/import/review",
    "insights": "/insights",
    "settings": "/settings",
}
# The tallest the banner may be: two short lines on a phone, one or two on a desktop.
MOST_BANNER_HEIGHT = {360: 80, 1280: 70}


def shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (360, 780)])
def test_every_page_of_the_demo_says_so_and_has_content(
    open_page: Callable[[int, int], Watched], server: Server, width: int, height: int
) -> None:
    watched = open_page(width, height)
    for name, path in PAGES.items():
        page = visit(watched, server, path)
        banner = page.get_by_role("region", name="Demo")
        expect(banner).to_be_visible()
        expect(banner).to_contain_text(BANNER)
        box = banner.bounding_box()
        assert box is not None
        assert box["y"] == 0, f"{name}: the banner is not at the top"
        assert box["height"] <= MOST_BANNER_HEIGHT[width], f"{name}: banner {box['height']} px"
        leave = banner.get_by_role("button", name="Leave the demo")
        expect(leave).to_be_visible()
        assert (leave.bounding_box() or {"y": height})["y"] < 100
        # In the flow of the page: the header and the heading come after it, uncovered.
        heading = page.get_by_role("heading", level=1)
        expect(heading).to_be_visible()
        assert (heading.bounding_box() or {"y": 0})["y"] >= box["y"] + box["height"]
        top = page.locator("header.top").bounding_box()
        assert top is not None
        assert top["y"] >= box["y"] + box["height"] - 1
        width_used = page.evaluate("document.documentElement.scrollWidth")
        assert width_used <= width, f"{name} scrolls sideways at {width} px ({width_used} px)"
        assert page.locator(".empty, .empty-state").count() == 0, f"{name} is empty"
        shot(page, f"{name}-{width}")
    assert f"{server.base_url}/static/demo.css" in watched.requests
    assert_calm_network(watched, server)


def test_the_demo_search_reads_as_one_story(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/today")
    expect(page.locator("main")).to_contain_text("Lumen Health")
    page = visit(watched, server, "/lessons")
    expect(page.locator("main")).to_contain_text("domain-knowledge")
    expect(page.locator("main")).to_contain_text("Learning now")
    page = visit(watched, server, "/import/review")
    expect(page.locator("main")).to_contain_text("Your application: Insights Analyst")
    page = visit(watched, server, "/pipeline")
    page.get_by_role("link", name="Lumen Health").first.click()
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lumen Health")
    expect(page.get_by_role("region", name="Demo")).to_be_visible()
    shot(page, "application-lumen-1280")
    assert_calm_network(watched, server)
