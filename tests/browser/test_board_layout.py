"""The board holds its shape in a real Chromium: every stage in progress on one row at
1024, 1280 and 1920 px with the page no wider than the window; one stage at a time with
tabs on a phone (with and without JavaScript), a short page, and no word of dragging on a
touch screen; "/" jumps to the search box; quick add; the list. Screenshots of each go to
test-output/board/."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from nextyes.domain.stages import PIPELINE
from tests.browser.conftest import (
    REPO_ROOT,
    Server,
    Watched,
    assert_calm_network,
    visit,
)

pytestmark = pytest.mark.browser

SHOTS = REPO_ROOT / "test-output" / "board"
IN_PROGRESS = [stage.value for stage in PIPELINE]
# A phone shows one stage: the page stays a few screens long, not a 4,800 px stack.
PHONE_PAGE_MOST = 2_600


def shoot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


@pytest.fixture
def phone(browser: Browser) -> Iterator[Callable[[bool], Page]]:
    """A touch phone 360 px wide, with or without JavaScript."""
    contexts: list[BrowserContext] = []

    def open_(javascript: bool = True) -> Page:
        context = browser.new_context(
            viewport={"width": 360, "height": 780},
            has_touch=True,
            is_mobile=True,
            java_script_enabled=javascript,
        )
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_every_stage_in_progress_sits_on_one_row(
    open_page: Callable[[int, int], Watched], server: Server, width: int
) -> None:
    watched = open_page(width, 900)
    page = visit(watched, server, "/pipeline")
    tops = {
        stage: page.locator(f"#board section.stage-{stage}").bounding_box() for stage in IN_PROGRESS
    }
    assert all(box is not None for box in tops.values()), tops
    first = tops["saved"]
    assert first is not None
    for stage, box in tops.items():
        assert box is not None
        assert box["y"] == first["y"], f"{stage} starts at {box['y']}, saved at {first['y']}"
        assert box["height"] > 0, stage
    # Left to right in the order of a search, each column beside the one before.
    lefts = [box["x"] for box in tops.values() if box is not None]
    assert lefts == sorted(lefts)
    # The page is never wider than the window; a board that does not fit scrolls itself.
    assert page.evaluate("document.documentElement.scrollWidth") == width
    board = page.locator(".board-progress")
    assert board.evaluate("b => getComputedStyle(b).overflowX") == "auto"
    # The outcomes come after, below the row.
    outcomes = page.locator("#board section.stage-rejected").bounding_box()
    tallest = max(box["y"] + box["height"] for box in tops.values() if box is not None)
    assert outcomes is not None
    assert outcomes["y"] > tallest
    # A mouse is told it may drag; the tabs are for phones only.
    expect(page.locator(".drag-hint")).to_be_visible()
    expect(page.locator(".stage-tabs")).to_be_hidden()
    shoot(page, f"board-{width}")
    assert_calm_network(watched, server)


def test_a_narrow_window_scrolls_the_board_not_the_page(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(760, 900)
    page = visit(watched, server, "/pipeline")
    assert page.evaluate("document.documentElement.scrollWidth") == 760
    board = page.locator(".board-progress")
    assert board.evaluate("b => b.scrollWidth > b.clientWidth")
    offer = page.locator("#board section.stage-offer")
    offer.scroll_into_view_if_needed()
    expect(offer).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth") == 760


def visible_columns(page: Page) -> list[str]:
    return [
        stage for stage in IN_PROGRESS if page.locator(f"#board section.stage-{stage}").is_visible()
    ]


@pytest.mark.parametrize("javascript", [True, False])
def test_a_phone_shows_one_stage_at_a_time_with_tabs(
    phone: Callable[[bool], Page], server: Server, javascript: bool
) -> None:
    page = phone(javascript)
    page.goto(f"{server.base_url}/pipeline")
    tabs = page.get_by_role("navigation", name="Stages in progress")
    expect(tabs).to_be_visible()
    current = tabs.locator("a[aria-current='true']")
    expect(current).to_have_count(1)
    first = visible_columns(page)
    assert len(first) == 1
    assert page.evaluate("document.documentElement.scrollHeight") <= PHONE_PAGE_MOST
    assert page.evaluate("document.documentElement.scrollWidth") == 360
    # Each tab names its stage and count; following one shows that stage alone.
    for stage in ("screening", "interviewing"):
        label = stage.replace("_", " ").capitalize()
        tab = tabs.get_by_role("link", name=label)
        count = tab.locator(".tab-count").inner_text()
        tab.click()
        page.wait_for_url(f"**/pipeline?stage={stage}#stages")
        assert visible_columns(page) == [stage]
        heading = page.locator(f"#board section.stage-{stage} h3 .count")
        assert heading.inner_text() == count
        expect(tabs.locator("a[aria-current='true']")).to_contain_text(label)
        assert page.evaluate("document.documentElement.scrollHeight") <= PHONE_PAGE_MOST
    # Outcomes stay small: a count each, which opens its list.
    expect(page.locator("#board section.stage-rejected .card").first).to_be_hidden()
    expect(page.locator("#board section.stage-rejected h3")).to_be_visible()
    if javascript:
        shoot(page, "board-360-interviewing")


def test_a_touch_screen_never_hears_of_dragging(
    phone: Callable[[bool], Page], server: Server
) -> None:
    page = phone(True)
    page.goto(f"{server.base_url}/pipeline")
    words = page.locator("body").inner_text().lower()
    assert "drag" not in words
    assert "press /" not in words  # nor of a key it does not have
    expect(page.locator(".board-hint")).to_have_text(
        "Move a card with its Move button.", use_inner_text=True
    )
    shoot(page, "board-360")


def test_slash_jumps_to_the_search_box_but_not_while_typing(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    search = page.get_by_role("searchbox", name="Search")
    page.locator("h1").click()
    page.keyboard.press("/")
    expect(search).to_be_focused()
    expect(search).to_have_value("")  # the "/" itself is not typed

    # In another field a "/" is just a character.
    page.locator("section.stage-saved .quick-add summary").click()
    company = page.get_by_label("Company").first
    company.fill("")
    company.press_sequentially("A/B Testing Ltd")
    expect(company).to_have_value("A/B Testing Ltd")
    expect(company).to_be_focused()

    search.fill("lumen")
    search.press("Enter")
    page.wait_for_url("**/pipeline?q=lumen*")
    expect(page.locator(".lede")).to_contain_text("Showing")
    assert_calm_network(watched, server)


def test_quick_add_in_a_column(open_page: Callable[[int, int], Watched], server: Server) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    column = page.locator("#board section.stage-applied")
    before = int(column.locator("h3 .count").inner_text())
    column.get_by_text("+ Add").click()
    column.get_by_label("Company").fill("Quick Add Studio")
    column.get_by_label("Role").fill("Research Analyst")
    shoot(page, "board-quick-add-1280")
    column.get_by_role("button", name="Add to Applied").click()

    page.wait_for_url("**/pipeline?stage=applied#card-*")
    expect(page.locator(".flash")).to_have_text(
        "Added Quick Add Studio (Research Analyst) to Applied."
    )
    card = page.locator("#board section.stage-applied .card", has_text="Quick Add Studio")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Applied today")
    assert int(page.locator("#board section.stage-applied h3 .count").inner_text()) == before + 1
    assert_calm_network(watched, server)


def test_an_empty_quick_add_continues_on_the_full_form(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    column = page.locator("#board section.stage-saved")
    column.get_by_text("+ Add").click()
    column.get_by_role("button", name="Add to Saved").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("2 things to fix")
    expect(summary.get_by_role("link", name="Company must not be empty.")).to_be_visible()
    expect(page.get_by_label("Saved, not sent yet")).to_be_checked()
    shoot(page, "board-add-problems-1280")


def test_the_same_posting_twice_asks_and_both_answers_work(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    existing = page.locator("#board section.stage-applied .card").first
    company = existing.locator(".company").inner_text()
    role = existing.locator(".role").inner_text()

    def ask() -> None:
        page.goto(f"{server.base_url}/applications/new")
        page.get_by_label("Company").fill(company)
        page.get_by_label("Role").fill(role)
        page.get_by_label("Notes").fill("Another team posted it again.")
        page.get_by_role("button", name="Add to my pipeline").click()
        expect(page.locator(".already")).to_contain_text(f"You already have {role} at {company}")

    ask()
    shoot(page, "board-duplicate-1280")
    page.get_by_role("link", name="Open the one I have").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(company)

    ask()
    page.get_by_role("button", name="Add it anyway").click()
    page.wait_for_url("**/pipeline?stage=applied#card-*")
    expect(page.locator(".flash")).to_contain_text("to Applied.")
    cards = page.locator("#board section.stage-applied .card", has_text=company)
    expect(cards).to_have_count(2)
    assert only_refusals_noted(watched)
    assert watched.foreign_requests() == []


def only_refusals_noted(watched: Watched) -> bool:
    """A 409 or 422 is an answer, not a fault: Chromium notes its status in the console."""
    return all(
        "status of 409" in line or "status of 422" in line for line in watched.console_errors
    )


@pytest.mark.parametrize("width", [360, 1280])
def test_the_list_sorts_and_fits(
    open_page: Callable[[int, int], Watched], server: Server, width: int
) -> None:
    watched = open_page(width, 900)
    page = visit(watched, server, "/pipeline")
    page.get_by_role("link", name="List", exact=True).click()
    page.wait_for_url("**/pipeline?view=list")
    headings = page.locator(".app-list thead")
    headings.get_by_role("link", name="Company").click()
    page.wait_for_url("**/pipeline?view=list&sort=company&dir=asc")
    names = page.locator(".app-list tbody .c-company").all_inner_texts()
    assert names == sorted(names, key=str.lower)
    headings.get_by_role("link", name="Company").click()
    page.wait_for_url("**/pipeline?view=list&sort=company&dir=desc")
    assert page.locator(".app-list tbody .c-company").all_inner_texts() == names[::-1]
    assert page.evaluate("document.documentElement.scrollWidth") == width
    shoot(page, f"list-{width}")
    assert_calm_network(watched, server)
