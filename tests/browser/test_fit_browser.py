"""The fit check in a real Chromium, on the demo: the application page sets the posting's
skills beside the person's, the "look again at the fit" step's page shows the same, Settings
holds the skills, and Insights loads the skills across the search after the page; at phone
and desktop widths, with nothing sideways."""

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser
LUMEN = 1  # the demo's first application: the "no" two days ago, with its posting saved


@pytest.mark.parametrize("width", [360, 1280])
def test_the_fit_check_on_every_page_it_shows(
    open_page: Callable[[int, int], Watched], server: Server, width: int
) -> None:
    watched = open_page(width, 900)
    page = visit(watched, server, f"/applications/{LUMEN}")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lumen Health")
    fit = page.locator("#fit")
    expect(fit.get_by_role("heading", name="Your skills and this posting")).to_be_visible()
    expect(fit).to_contain_text("A close fit")
    expect(fit.locator(".fit-have li", has_text="SQL")).to_be_visible()
    expect(fit).to_contain_text("on your to-learn list")
    assert "%" not in (fit.text_content() or "")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    fit.scroll_into_view_if_needed()
    screenshot(page, f"fit-application-{width}")

    step = visit(watched, server, f"/applications/{LUMEN}/fit")
    expect(step.get_by_role("heading", name="Your skills and this posting")).to_be_visible()
    assert step.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(step, f"fit-step-{width}")

    settings = visit(watched, server, "/settings#skills")
    expect(settings.locator("#f-skills")).to_contain_text("Tableau")
    expect(settings.get_by_label("Read the skills from your CV")).to_be_attached()
    assert settings.evaluate("document.documentElement.scrollWidth") <= width
    settings.locator("#skills").scroll_into_view_if_needed()
    screenshot(settings, f"fit-settings-{width}", full_page=False)

    insights = visit(watched, server, "/insights")
    across = insights.locator("#skills-across")
    expect(across.get_by_role("heading", name="Skills in your postings")).to_be_visible()
    expect(across).to_contain_text("From the text of your 10 newest postings with one saved.")
    expect(across).to_contain_text("Asked for more often where it stopped early: Power BI")
    assert insights.evaluate("document.documentElement.scrollWidth") <= width
    across.scroll_into_view_if_needed()
    screenshot(insights, f"fit-insights-{width}", full_page=False)
    assert_calm_network(watched, server)
