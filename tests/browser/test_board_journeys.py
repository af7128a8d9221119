"""Journeys through the board and the check-in in a real Chromium: add an application and
move it along with the Move button and by dragging; check in and take the WHO-5; every main
page of this area at desktop and phone width, with no sideways scroll and a calm network."""

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser

COMPANY = "Journey & Sons <Ltd>"
PAGES = {
    "pipeline": "/pipeline",
    "application-new": "/applications/new",
    "lessons": "/lessons",
    "contacts": "/contacts",
    "checkin": "/checkin",
    "if-then": "/if-then",
}


def count(page: Page, stage: str) -> int:
    return int(page.locator(f"section.stage-{stage} h3 .count").inner_text())


def card(page: Page, stage: str) -> Locator:
    return page.locator(f"section.stage-{stage} .card", has_text=COMPANY)


def move_with_button(page: Page, stage_from: str, stage_to: str, label: str) -> None:
    before_from, before_to = count(page, stage_from), count(page, stage_to)
    item = card(page, stage_from)
    item.locator("summary").click()  # opens the card's small form
    item.get_by_label("Move to").select_option(label=label)
    item.get_by_role("button", name="Move").click()
    expect(card(page, stage_to)).to_be_visible()
    expect(card(page, stage_from)).to_have_count(0)
    assert (count(page, stage_from), count(page, stage_to)) == (before_from - 1, before_to + 1)
    expect(page.locator("#board-message")).to_contain_text(f"to {label.lower()}.")


def test_add_an_application_and_move_it_along_the_board(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    saved_before = count(page, "saved")

    page.get_by_role("link", name="Add an application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add an application")
    page.get_by_label("Company").fill(COMPANY)
    page.get_by_label("Role").fill("Data Analyst")
    page.get_by_label("How did it come about?").select_option("referral")
    page.get_by_label("5 · dream job").check()
    page.get_by_label("Saved, not sent yet").check()
    page.get_by_role("button", name="Add to my pipeline").click()

    page.wait_for_url(f"{server.base_url}/pipeline?stage=saved#card-*")
    expect(page.locator(".flash")).to_contain_text(f"Added {COMPANY} (Data Analyst) to Saved.")
    expect(card(page, "saved")).to_be_visible()
    assert count(page, "saved") == saved_before + 1

    move_with_button(page, "saved", "applied", "Applied")
    move_with_button(page, "applied", "screening", "Screening")

    # Drag the card onto the next column: the same move, with the mouse. It is dropped on
    # the column's heading, in view: the middle of a long column may lie below the window,
    # and scrolling to it mid-drag would pick up whichever card then sits under the pointer.
    screening, interviewing = count(page, "screening"), count(page, "interviewing")
    card(page, "screening").drag_to(page.locator("section.stage-interviewing h3"))
    expect(card(page, "interviewing")).to_be_visible()
    expect(page.locator("#board-message")).to_contain_text("to interviewing.")
    assert (count(page, "screening"), count(page, "interviewing")) == (
        screening - 1,
        interviewing + 1,
    )

    # The card keeps its link to the application's page.
    link = card(page, "interviewing").get_by_role("link", name=COMPANY)
    assert (link.get_attribute("href") or "").startswith("/applications/")
    assert_calm_network(watched, server)


def only_status_notes(watched: Watched, status: int) -> bool:
    """A refusal (422) is an answer, not a fault: Chromium notes its status in the console,
    and that note is the only console line allowed."""
    return all(f"status of {status}" in line for line in watched.console_errors)


def test_the_add_form_says_what_is_missing(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/applications/new")
    page.get_by_label("Role").fill("Data Analyst")
    page.get_by_role("button", name="Add to my pipeline").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("One thing to fix")
    expect(page.locator("#f-company-error")).to_have_text("Company must not be empty.")
    expect(page.get_by_label("Role")).to_have_value("Data Analyst")
    assert only_status_notes(watched, 422), watched.console_errors
    assert watched.foreign_requests() == []


def test_an_illegal_drop_says_why_and_moves_nothing(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline")
    moving = page.locator("section.stage-interviewing .card").first
    company = moving.locator(".company").inner_text()
    interviewing = count(page, "interviewing")
    moving.drag_to(page.locator("section.stage-saved h3"))
    message = page.locator("#board-message")
    expect(message).to_contain_text("cannot move from interviewing to saved")
    expect(message).to_have_class("error")
    assert count(page, "interviewing") == interviewing
    expect(page.locator("section.stage-interviewing .card", has_text=company)).to_be_visible()
    assert only_status_notes(watched, 422), watched.console_errors
    assert watched.foreign_requests() == []


def test_filter_the_board(open_page: Callable[[int, int], Watched], server: Server) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/pipeline?excitement=5")
    expect(page.get_by_label("Excitement", exact=True)).to_have_value("5")
    expect(page.locator(".lede")).to_contain_text("Showing")
    stars = page.locator("#board .card .meta span[aria-label^='excitement']")
    for index in range(stars.count()):
        expect(stars.nth(index)).to_have_attribute("aria-label", "excitement 5 of 5")
    page.get_by_role("link", name="Clear filters").click()
    expect(page.locator(".lede")).to_contain_text("applications so far")
    assert_calm_network(watched, server)


def test_check_in_and_take_the_who5(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(1280, 900)
    page = visit(watched, server, "/checkin")
    # Today's check-in form (each earlier check-in has an edit form of its own).
    today = page.locator("form[action='/checkin']")
    today.get_by_label("3 · In between").check()
    today.get_by_label("A line about it").fill("Waiting to hear back <still>.")
    today.get_by_role("button", name="Check in").click()
    expect(page.locator(".flash")).to_contain_text("Thank you for checking in.")
    expect(page.get_by_role("heading", name="Checked in")).to_be_visible()
    expect(page.locator(".records").first).to_contain_text("Waiting to hear back <still>.")

    groups = page.locator(".who5 fieldset")
    expect(groups).to_have_count(5)
    for index in range(5):
        groups.nth(index).get_by_label("Most of the time").check()
    page.get_by_role("button", name="See my score").click()
    expect(page.locator(".flash")).to_contain_text("Thank you for taking a moment for yourself.")
    expect(page.locator("#result")).to_contain_text("20 out of 25")
    expect(page.locator("#result")).to_contain_text("80 out of 100")
    assert_calm_network(watched, server)


@pytest.mark.parametrize(("width", "height"), [(1280, 900), (360, 780)])
@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_fits_the_screen(
    open_page: Callable[[int, int], Watched], server: Server, name: str, width: int, height: int
) -> None:
    watched = open_page(width, height)
    page = visit(watched, server, PAGES[name])
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{name} scrolls sideways at {width} px ({scroll_width} px)"
    # Every form control has a label a screen reader can announce.
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
             .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
             .map(el => el.name)"""
    )
    assert unlabelled == []
    # "board-", so the pipeline's own browser test keeps its pipeline-* screenshots.
    screenshot(page, f"board-{name}-{'desktop' if width > 600 else 'mobile'}-{width}")
    assert_calm_network(watched, server)
