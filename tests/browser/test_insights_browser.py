"""The Insights page in a real Chromium on the demo search: charts drawn, numbers readable
as tables, the odds in words (waiting behind a link during a pause after a "no"), the CSV
download, at desktop and phone width, with chart text at least 12 px on a 360 px phone,
nothing loaded from elsewhere and nothing refused by the content security policy."""

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    REPO_ROOT,
    Server,
    Watched,
    assert_calm_network,
    screenshot,
    visit,
)

pytestmark = pytest.mark.browser

DESKTOP = (1280, 900)
PHONE = (360, 780)
SHOTS = REPO_ROOT / "test-output" / "insights"
WAITING = "The odds of your next yes are here when you want them."
# Every piece of chart text as drawn: its box on the screen, and its font size times the
# SVG's scale (1 without a viewBox), in CSS pixels.
MEASURE_TEXT = """() => [...document.querySelectorAll("svg.chart-svg text")].map(t => {
  const box = t.getBoundingClientRect();
  const scale = t.getScreenCTM() ? t.getScreenCTM().a : 1;
  return {text: t.textContent.trim(), height: box.height,
          size: parseFloat(getComputedStyle(t).fontSize) * scale};
})"""


def shot(page: Page, name: str) -> Path:
    """A full-page screenshot into test-output/insights/ (and the shared folder)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    screenshot(page, f"insights-{name}")
    return path


def is_pause(page: Page, server: Server) -> bool:
    """Whether today is a gentle day after a "no", by Today's own rule (its API)."""
    today = page.request.get(f"{server.base_url}/api/v1/today").json()
    return bool(today["gentle"])


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
    odds_heading = page.get_by_role("heading", name="The odds of your next yes")
    if is_pause(page, server):
        # Right after a "no": the odds wait behind a quiet link; everything else is there.
        expect(page.get_by_text(WAITING)).to_be_visible()
        expect(odds_heading).to_have_count(0)
        shot(page, "paused-1280")
        page.get_by_role("link", name="Show the odds").click()
        page.wait_for_load_state("networkidle")
        assert "odds=show" in page.url
    expect(odds_heading).to_be_visible()
    expect(page.locator(".odds-headline")).to_contain_text(
        "An offer within your next 20 applications"
    )
    expect(page.get_by_role("heading", name="What would move it")).to_be_visible()
    expect(page.get_by_role("img", name="How the range narrows")).to_be_visible()
    page.get_by_text("How this is worked out").click()
    expect(page.get_by_text("TalentWorks").first).to_be_visible()
    # The numbers behind a chart open as a table, with plain names.
    numbers = page.locator("#funnel ~ details.numbers").first
    numbers.locator("summary").click()
    expect(numbers.get_by_role("table")).to_be_visible()
    expect(numbers.get_by_role("rowheader", name="Any reply")).to_be_visible()
    expect(numbers.get_by_role("columnheader", name="Share of all sent")).to_be_visible()
    shot(page, "odds-1280")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert download.value.suggested_filename.startswith("nextyes-insights-")
    assert_calm_network(watched, server)


def test_insights_fit_a_phone_with_chart_text_of_at_least_12_px(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*PHONE)
    page = visit(watched, server, "/insights?odds=show")
    expect(page.get_by_role("img", name="Applications a week")).to_be_visible()
    expect(page.get_by_role("img", name="How the range narrows")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE[0]
    drawn = page.evaluate(MEASURE_TEXT)
    assert len(drawn) > 30  # every chart's labels, numbers and axes
    small = [d for d in drawn if d["size"] < 12 or d["height"] < 12]
    assert small == [], small
    # Every chart's text stays inside the screen.
    outside = page.evaluate(
        """() => [...document.querySelectorAll("svg.chart-svg text")]
            .map(t => t.getBoundingClientRect())
            .filter(r => r.left < 0 || r.right > window.innerWidth).length"""
    )
    assert outside == 0
    shot(page, "odds-360")
    paused = visit(watched, server, "/insights")
    assert paused.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    shot(paused, "360")
    assert_calm_network(watched, server)
