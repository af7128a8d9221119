"""Journeys through the recovery pages in a real Chromium, on the demo search: record a
final-round "no" through the guided flow and see its plan; work through plan steps; write a
reflection; write a draft and copy it. Each saves screenshots at desktop and phone width."""

from collections.abc import Callable
from datetime import date, timedelta
from urllib.parse import quote

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import Server, Watched, assert_calm_network, screenshot, visit

pytestmark = pytest.mark.browser

DESKTOP = (1280, 900)
PHONE = (360, 780)


def open_application(watched: Watched, server: Server, company: str) -> Page:
    """Find an application the way a person does: its card on the pipeline board."""
    page = visit(watched, server, f"/pipeline?q={quote(company)}")
    link = page.locator(".card .company a", has_text=company).first
    # On a phone the board shows one column at a time: follow the card's link.
    visit(watched, server, link.get_attribute("href") or "")
    expect(page.get_by_role("heading", level=1)).to_contain_text(company)
    return page


def step(page: Page, kind: str, title: str = "") -> Locator:
    """A plan step by the label of its kind ("Thank-you", "Connect") and some of its title,
    at the top of the page (the next step) or in the plan."""
    label = page.locator(".step-head .tag").get_by_text(kind, exact=True)
    found = page.locator("li.step:not(.step-moved)", has=label)
    return found.filter(has_text=title) if title else found


def due(day: date) -> str:
    """A due day as the pages write it: "Due Thu 3 Dec 2026"."""
    return f"Due {day:%a} {day.day} {day:%b %Y}"


def no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] if page.viewport_size else True


def test_record_a_final_round_no_and_see_its_plan(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = open_application(watched, server, "Kestrel Games")
    page.get_by_label("New stage").select_option(label="Final round")
    page.get_by_role("button", name="Move").click()
    expect(page.locator(".facts")).to_contain_text("Final round")

    visit(watched, server, "/today")
    page.get_by_role("link", name="Record a rejection").click()
    page.get_by_label("Company or role").fill("Kestrel")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Kestrel Games").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What happened with Kestrel Games?")
    expect(page.get_by_text("now at the final round stage")).to_be_visible()
    page.get_by_label("They said no").check()
    page.get_by_label("Their reason, if they gave one").fill("They went with an internal move")
    screenshot(page, "recovery-reject-step1-desktop")
    page.get_by_role("button", name="Record it").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("How are you feeling?")
    expect(page.locator(".flash")).to_contain_text("Recorded.")
    page.get_by_label("2 · Low").check()
    page.get_by_label("A line about it").fill("Really wanted this one")
    page.get_by_role("button", name="Save and see my plan").click()

    expect(page.locator(".flash")).to_contain_text("Here is a short plan")
    plan = page.locator("#plan")
    expect(plan).to_contain_text("at the final round stage")
    expect(plan).to_contain_text("Their reason: They went with an internal move")
    # Feeling it comes first, at the top of the page: the next step.
    expect(page.locator("#next-step")).to_contain_text("to feel it")
    expect(step(page, "Feel it")).to_be_visible()
    assert page.locator("li.step").count() >= 4
    expect(page.locator(".facts")).to_contain_text("Rejected")
    screenshot(page, "recovery-plan-desktop")
    assert_calm_network(watched, server)

    phone = open_page(*PHONE)
    small = visit(phone, server, page.url.split(server.base_url)[1].split("#")[0])
    no_sideways_scroll(small)
    screenshot(small, "recovery-plan-360")
    visit(phone, server, "/reject")
    no_sideways_scroll(phone.page)
    screenshot(phone.page, "recovery-reject-choose-360")
    assert_calm_network(phone, server)


def test_mark_a_step_done_and_snooze_another(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = open_application(watched, server, "Lumen Health")
    thank = step(page, "Thank-you", "Thank Ana Ribeiro")
    expect(thank).to_have_class("step step-open")
    thank.get_by_role("button", name="Done").click()
    expect(step(page, "Thank-you", "Thank Ana Ribeiro")).to_contain_text("✓ Done")
    expect(
        step(page, "Thank-you", "Thank Ana Ribeiro").get_by_role("button", name="Done")
    ).to_have_count(0)

    later = date.today() + timedelta(days=5)
    connect = step(page, "Connect", "Tom Okafor")
    connect.locator("summary", has_text="A date").click()
    connect.get_by_label("Snooze until").fill(later.isoformat())
    connect.locator("details").get_by_role("button").click()
    expect(step(page, "Connect", "Tom Okafor")).to_contain_text("Snoozed to")
    expect(step(page, "Connect", "Tom Okafor")).to_contain_text(due(later))
    screenshot(page, "recovery-steps-desktop")

    page.reload()  # the changes were saved, not only drawn
    expect(step(page, "Thank-you", "Thank Ana Ribeiro")).to_contain_text("✓ Done")
    expect(step(page, "Connect", "Tom Okafor")).to_contain_text(due(later))
    assert_calm_network(watched, server)

    phone = open_page(*PHONE)
    today = visit(phone, server, "/today")
    expect(today.get_by_role("heading", level=1)).to_have_text("Today")
    no_sideways_scroll(today)
    screenshot(today, "recovery-today-360")
    visit(watched, server, "/today")
    screenshot(watched.page, "recovery-today-desktop")
    assert_calm_network(phone, server)


def test_write_a_reflection_and_see_it_saved(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = open_application(watched, server, "Juniper Labs")
    reflection = page.locator("#reflection")
    expect(reflection).to_contain_text("only you see this")
    reflection.get_by_label("How did you prepare").fill("Rehearsed the dbt case study twice")
    reflection.get_by_label("Which questions caught you out?").fill(
        "Design a slowly changing dimension\nWhy leave your current role?"
    )
    reflection.get_by_label("3", exact=True).check()
    reflection.get_by_role("button", name="Save reflection").click()

    expect(page.locator(".flash")).to_contain_text("Reflection saved")
    reflection = page.locator("#reflection")
    expect(reflection).to_contain_text("✓ Saved")
    expect(reflection.get_by_label("How did you prepare")).to_have_value(
        "Rehearsed the dbt case study twice"
    )
    expect(reflection.get_by_label("3", exact=True)).to_be_checked()
    screenshot(page, "recovery-reflection-desktop")
    assert_calm_network(watched, server)

    phone = open_page(*PHONE)
    small = open_application(phone, server, "Juniper Labs")
    no_sideways_scroll(small)
    screenshot(small, "recovery-application-360")
    assert_calm_network(phone, server)


def test_write_a_draft_and_copy_it(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    watched.page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=server.base_url
    )
    page = open_application(watched, server, "Zephyr Air")
    drafts = page.locator("#drafts")
    drafts.get_by_label("Message").select_option(label="Thank-you note")
    drafts.get_by_label("To").select_option(label="Ruth Adeyemi")
    drafts.get_by_label("Brief").check()
    drafts.get_by_role("button", name="Write it").click()

    expect(page.locator(".flash")).to_contain_text("Here is your draft")
    draft = page.locator("article.draft").first
    expect(draft).to_contain_text("Thank-you note to Ruth Adeyemi")
    body = draft.get_by_label("Text of the message")
    text = body.input_value()
    assert "Ruth" in text
    assert "Zephyr Air" in text
    draft.get_by_role("button", name="Copy text").click()
    expect(draft.get_by_role("status")).to_have_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == text
    screenshot(page, "recovery-draft-desktop")

    draft.get_by_role("button", name="Mark as sent").click()
    expect(page.locator(".flash")).to_contain_text("Marked as sent")
    expect(page.locator("article.draft").first).to_contain_text("✓ sent")
    assert_calm_network(watched, server)

    phone = open_page(*PHONE)
    small = open_application(phone, server, "Zephyr Air")
    small.locator("#drafts").scroll_into_view_if_needed()
    no_sideways_scroll(small)
    screenshot(small, "recovery-draft-360")
    assert_calm_network(phone, server)
