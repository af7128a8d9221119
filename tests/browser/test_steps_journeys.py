"""Plan steps in a real Chromium, on the demo search, at 1280 and 360 px: every kind of step
opens what it asks for (the composer with its message and person chosen, the reflection, the
fit view, this week's plan) and finishing it ticks the step off; a snooze never moves a step
nearer; on a phone the next step is on the first screen. Screenshots: test-output/steps/."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import REPO_ROOT, Server, Watched, assert_calm_network, visit

pytestmark = pytest.mark.browser

DESKTOP = (1280, 900)
PHONE = (360, 780)
SHOTS = REPO_ROOT / "test-output" / "steps"
TODAY = date.today()  # the demo is drawn around the day the server runs


def shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


def open_application(watched: Watched, server: Server, company: str) -> Page:
    """An application's page, by the link of its card on the board (on a phone the board
    shows one column at a time, so the link is followed rather than clicked)."""
    page = visit(watched, server, f"/pipeline?q={quote(company)}")
    link = page.locator(".card .company a", has_text=company).first
    visit(watched, server, link.get_attribute("href") or "")
    expect(page.get_by_role("heading", level=1)).to_contain_text(company)
    return page


def card(page: Page, title: str) -> Locator:
    """A step's card by its title, wherever it is drawn (the top, or in the plan)."""
    return page.locator("li.step:not(.step-moved)", has=page.locator(".step-title", has_text=title))


def chosen(page: Page, label: str) -> str:
    """The words of the option chosen in a select of the composer."""
    field = page.locator("#drafts").get_by_label(label, exact=True)
    return str(field.evaluate("s => s.options[s.selectedIndex].text"))


def record_no(page: Page, server: Server, company: str) -> None:
    """Record "they said no" today through the guided flow, and land on the plan."""
    page.goto(f"{server.base_url}/reject")
    page.get_by_label("Company or role").fill(company)
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name=company).click()
    page.get_by_label("They said no").check()
    page.get_by_role("button", name="Record it").click()
    page.get_by_role("button", name="Skip to my plan").click()
    expect(page.locator("#plan")).to_be_visible()


def test_each_step_opens_its_action_and_finishing_it_ticks_it_off(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = open_application(watched, server, "Lumen Health")
    # The feedback came with this "no": the plan does not ask for it; it names everyone met.
    expect(page.locator("#plan")).not_to_contain_text("politely for feedback")
    expect(page.locator("#plan")).not_to_contain_text("Find the person to thank")
    expect(card(page, "Let Dev Patel know how it went")).to_be_visible()
    shot(page, "lumen-plan-1280")

    # A thank-you opens the composer with the message and the person chosen.
    card(page, "Thank Ana Ribeiro").get_by_role(
        "link", name="Write the thank-you to Ana Ribeiro"
    ).click()
    expect(page.locator("#compose")).to_be_in_viewport()
    assert chosen(page, "Message") == "Thank-you note"
    assert chosen(page, "To") == "Ana Ribeiro"
    expect(page.get_by_role("button", name="Write it")).to_be_focused()
    shot(page, "lumen-composer-chosen-1280")
    page.get_by_role("button", name="Write it").click()
    expect(page.locator(".flash")).to_contain_text("that ticks off “Thank Ana Ribeiro")
    page.locator("article.draft").first.get_by_role("button", name="Mark as sent").click()
    expect(page.locator(".flash")).to_contain_text(
        "That also ticks off: Thank Ana Ribeiro for their time."
    )
    expect(card(page, "Thank Ana Ribeiro")).to_contain_text("✓ Done")

    # Connect, keep an eye out and reconnect each open their own message.
    for title, button, message, person in (
        ("Connect with Tom Okafor", "Write the connection note to Tom Okafor",
         "LinkedIn connection note", "Tom Okafor"),
        ("Check Lumen Health's openings again", "Ask Priya Natarajan about new roles",
         "Keep the door open", "Priya Natarajan"),
    ):  # fmt: skip
        card(page, title).get_by_role("link", name=button).click()
        assert (chosen(page, "Message"), chosen(page, "To")) == (message, person)
    card(page, "Reconnect with your contacts").first.get_by_role("link").first.click()
    assert chosen(page, "Message") == "Reconnect, months later"
    assert chosen(page, "To") != "Nobody in particular"

    # The post-mortem opens the reflection, ready to type.
    card(page, "Write a short post-mortem").get_by_role(
        "link", name="Write the post-mortem"
    ).click()
    reflection = page.locator("#reflection")
    expect(reflection).to_be_in_viewport()
    expect(reflection.get_by_label("How did you prepare")).to_be_focused()
    reflection.get_by_label("How did you prepare").fill("Rehearsed the case study twice")
    reflection.get_by_role("button", name="Save reflection").click()
    expect(page.locator(".flash")).to_contain_text(
        "That also ticks off: Write a short post-mortem of the Lumen Health process"
    )

    assert_calm_network(watched, server)


def test_finding_the_person_a_feedback_request_and_a_fit_check(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = watched.page
    visit(watched, server, "/today")
    record_no(page, server, "Solace Insurance")  # interviews, nobody linked yet
    finding = card(page, "Find the person to thank at Solace Insurance")
    finding.get_by_role("link", name="Add the person you met").click()
    expect(page.locator("#contacts")).to_be_in_viewport()
    expect(page.locator("#add-person")).to_have_attribute("open", "")  # the form, unfolded
    page.locator("#contacts").get_by_label("Name").fill("Nia Brooks")
    page.locator("#contacts").get_by_label("Their part").select_option(label="Recruiter")
    page.locator("#contacts").get_by_role("button", name="Add").click()
    plan = page.locator("#plan")
    expect(plan).not_to_contain_text("Find the person to thank")
    expect(plan).to_contain_text("Thank Nia Brooks for their time")
    card(page, "Ask Solace Insurance politely for feedback").get_by_role(
        "link", name="Ask Nia Brooks for feedback"
    ).click()
    assert (chosen(page, "Message"), chosen(page, "To")) == ("Ask for feedback", "Nia Brooks")
    shot(page, "solace-feedback-composer-1280")

    # Jumping back in opens this week's plan; saving it ticks the step (due within a week).
    card(page, "Jump back in").get_by_role("link", name="Make this week's plan").click()
    expect(page).to_have_url(f"{server.base_url}/if-then#week")
    page.get_by_role("button", name="Save this week's plan").click()
    expect(page.locator(".flash")).to_contain_text(
        "That also ticks off: Jump back in: make this week's plan."
    )

    record_no(page, server, "Cobalt Software")  # an application-stage "no": look at the fit
    card(page, "Look again at how well").get_by_role("link", name="Look at the fit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How well did it fit?")
    expect(page.get_by_label("Not sure")).to_be_focused()  # ready for an answer
    page.get_by_label("2", exact=True).check()
    page.get_by_label("What makes you say that about the fit?").fill("They wanted Airflow")
    shot(page, "fit-view-1280")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("That also ticks off: Look again at how well")
    expect(card(page, "Look again at how well")).to_contain_text("✓ Done")

    phone = open_page(*PHONE)
    fit = visit(phone, server, page.url.split(server.base_url)[1].split("#")[0] + "/fit")
    expect(fit.get_by_label("2", exact=True)).to_be_checked()
    assert fit.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
    shot(fit, "fit-view-360")
    assert_calm_network(watched, server)
    assert_calm_network(phone, server)


def test_a_quiet_applications_follow_up_opens_the_follow_up(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*PHONE)
    # The sweep asked for a follow-up on a quiet application; find it on its page.
    page = open_application(watched, server, "Northwind Energy")
    follow = page.locator(
        "li.step:not(.step-moved)", has=page.locator(".tag", has_text="Follow up")
    )
    expect(follow.first).to_be_visible()
    follow.first.get_by_role("link", name="Write the follow-up").click()
    assert chosen(page, "Message") == "Follow-up after silence"
    expect(page.get_by_role("button", name="Write it")).to_be_in_viewport()
    shot(page, "follow-up-composer-360")
    assert_calm_network(watched, server)


def test_snooze_never_moves_a_step_nearer(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*DESKTOP)
    page = open_application(watched, server, "Lumen Health")
    thanks = card(page, "Thank Priya Natarajan")
    due_text = thanks.locator(".meta", has_text="Due").inner_text()
    # Not due yet: no "Tomorrow", only later days.
    expect(thanks.get_by_role("button", name="Tomorrow")).to_have_count(0)
    thanks.get_by_role("button", name="A week later").click()
    moved = card(page, "Thank Priya Natarajan")
    expect(moved).to_contain_text("Snoozed to")
    expect(moved).to_contain_text("moved from")
    after = moved.locator(".meta", has_text="Due").inner_text()
    assert after != due_text

    moved.locator("summary", has_text="A date").click()
    field = moved.get_by_label("Snooze until")
    earliest = date.fromisoformat(field.get_attribute("min") or "")
    assert earliest > TODAY + timedelta(days=7)  # after the new due day, never before it
    field.fill((earliest - timedelta(days=3)).isoformat())
    moved.locator("details").get_by_role("button").click()
    # The browser will not send a day before the first one allowed; the page says nothing new.
    page.reload()
    expect(card(page, "Thank Priya Natarajan").locator(".meta", has_text="Due")).to_have_text(after)
    shot(page, "snooze-forward-1280")
    assert_calm_network(watched, server)


def test_on_a_phone_the_next_step_is_on_the_first_screen(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(*PHONE)
    for company in ("Lumen Health", "Juniper Labs", "Zephyr Air"):
        page = open_application(watched, server, company)
        top = page.locator("#next-step")
        expect(top).to_be_visible()
        box = top.locator(".step-head").bounding_box()
        assert box is not None
        assert box["y"] + box["height"] <= PHONE[1], (company, box)
        heading = page.get_by_role("heading", level=1).bounding_box()
        assert heading is not None
        assert box["y"] < heading["y"]  # before the facts
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE[0]
        shot(page, f"next-step-{company.split()[0].lower()}-360")
    # The composer a step opens is reached in one tap, ready to write.
    page = open_application(watched, server, "Lumen Health")
    page.locator("#next-step").get_by_role("link", name="The whole plan").click()
    card(page, "Thank Tom Okafor").get_by_role(
        "link", name="Write the thank-you to Tom Okafor"
    ).click()
    expect(page.get_by_role("button", name="Write it")).to_be_in_viewport()
    expect(page.get_by_role("button", name="Write it")).to_be_focused()
    assert chosen(page, "To") == "Tom Okafor"
    page.screenshot(path=SHOTS / "composer-reached-360.png")
    assert_calm_network(watched, server)
