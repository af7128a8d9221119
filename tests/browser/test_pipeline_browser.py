"""The pipeline page in a real Chromium: desktop, phone, favicon, a calm network."""

from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from nextyes.domain.stages import Stage
from nextyes.services.demo_data import APPLICATIONS
from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser


def test_pipeline_on_a_desktop(open_page: Callable[[int, int], Watched], server: Server) -> None:
    watched = open_page(1280, 800)
    page = visit(watched, server, "/pipeline")

    assert urlsplit(page.url).path == "/pipeline"
    expect(page).to_have_title("Pipeline · NextYes")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pipeline")
    for stage in Stage:
        heading = page.locator(f"h3#stage-{stage.value}")
        expect(heading).to_be_visible()
        expect(heading).to_contain_text(stage.label)
    expect(page.locator(".lede")).to_contain_text(f"{len(APPLICATIONS)} applications so far")
    lumen = page.locator("section.stage-rejected .card", has_text="Lumen Health")
    expect(lumen).to_be_visible()
    expect(lumen).to_contain_text("Senior Data Analyst")
    # The stylesheet loaded and applied under the CSP: the warm background, not white.
    background = page.evaluate("getComputedStyle(document.body.parentElement).backgroundColor")
    assert background == "rgb(251, 248, 243)"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280

    screenshot(page, "pipeline-desktop-1280")
    assert_calm_network(watched, server)


def test_pipeline_on_a_phone_has_no_sideways_scroll(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(360, 780)
    page = visit(watched, server, "/pipeline")

    assert urlsplit(page.url).path == "/pipeline"
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pipeline")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360, f"the page scrolls sideways at 360 px ({scroll_width} px wide)"
    # One stage at a time; each card of it fits the screen.
    current = page.locator("#board .board-progress section.is-current")
    expect(current).to_have_count(1)
    for card in current.locator(".card").all():
        box = card.bounding_box()
        assert box is not None
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= 360
    # The outcomes are a count each; Lumen Health's "no" is one of the rejected.
    rejected = page.locator("section.stage-rejected h3")
    rejected.scroll_into_view_if_needed()
    expect(rejected).to_be_visible()
    rejected.get_by_role("link", name="Rejected").click()
    lumen = page.locator(".app-list tbody tr", has_text="Lumen Health")
    expect(lumen).to_be_visible()
    expect(lumen).to_contain_text("Senior Data Analyst")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    screenshot(page, "pipeline-mobile-360")
    assert_calm_network(watched, server)


def test_the_browser_finds_a_favicon(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    page = visit(open_page(1280, 800), server)
    icons = page.locator("link[rel~='icon']")
    href = icons.first.evaluate("link => link.href") if icons.count() else "/favicon.ico"
    if not href.startswith("data:"):
        response = page.request.get(urljoin(page.url, href))
        assert response.ok, f"the favicon {href} answers {response.status}"
