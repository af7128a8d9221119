"""The web does what the CLI does, in a real Chromium at a phone's and a desktop's width:
schedule an interview on an application at the browser's own time, find it on the Calendar
page, move it, cancel it and take that back; set your name and see a draft sign with it.
Screenshots go to test-output/parity/ to be looked at."""

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page, expect

from tests.browser.conftest import REPO_ROOT, Server, Watched, assert_calm_network, visit

pytestmark = pytest.mark.browser

SHOTS = REPO_ROOT / "test-output" / "parity"
ZONE = "America/New_York"  # not the server's (UTC): the browser's zone must reach it
SIZES = [(1280, 900), (360, 780)]


@pytest.fixture
def open_in_zone(browser: Browser) -> Iterator[Callable[[int, int], Watched]]:
    """Pages at a given size in a browser whose clock is in New York."""
    contexts: list[BrowserContext] = []

    def open_(width: int, height: int) -> Watched:
        context = browser.new_context(
            viewport={"width": width, "height": height}, timezone_id=ZONE, locale="en-GB"
        )
        contexts.append(context)
        watched = Watched(context.new_page())
        watched.page.on(
            "console",
            lambda m: watched.console_errors.append(m.text) if m.type == "error" else None,
        )
        watched.page.on("pageerror", lambda error: watched.console_errors.append(str(error)))
        watched.page.on("request", lambda request: watched.requests.append(request.url))
        return watched

    yield open_
    for context in contexts:
        context.close()


def shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


def no_sideways_scroll(page: Page, width: int) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page scrolls sideways at {width} px ({scroll_width} px)"


def an_application_in(page: Page, server: Server, stage: str) -> int:
    found = page.request.get(f"{server.base_url}/api/v1/applications?stage={stage}").json()
    first: int = found["items"][0]["id"]
    return first


def interviews_of(page: Page, server: Server, application_id: int) -> list[dict[str, object]]:
    url = f"{server.base_url}/api/v1/interviews?application_id={application_id}"
    found: list[dict[str, object]] = page.request.get(url).json()
    return found


def accept_and_keep(page: Page, asked: list[str]) -> None:
    def accept(dialog: Dialog) -> None:
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_schedule_see_move_cancel_and_undo_an_interview(
    open_in_zone: Callable[[int, int], Watched], server: Server, width: int, height: int
) -> None:
    watched = open_in_zone(width, height)
    page = visit(watched, server, "/today")  # parity.js has not run yet on this first page
    job = an_application_in(page, server, "screening")
    title = f"Panel interview ({width})"
    day = date.today() + timedelta(days=8)

    page = visit(watched, server, f"/applications/{job}")
    page.get_by_text("Schedule an interview").click()
    form = page.locator("#interviews form.stack")
    expect(form.locator('input[name="zone"]')).to_have_value(ZONE)  # filled by parity.js
    form.get_by_label("Day").fill(day.isoformat())
    form.get_by_label("Starts at").fill("14:00")
    form.get_by_label("Minutes").fill("45")
    form.get_by_label("Title").fill(title)
    form.get_by_label("Where, or the call link").fill("https://meet.example/panel")
    shot(page, f"interview-form-{width}")
    form.get_by_role("button", name="Schedule it").click()

    status = page.get_by_role("status").first
    expect(status).to_contain_text("Interview scheduled:")
    expect(status).to_contain_text(f"{day:%a} {day.day} {day:%b %Y}, 14:00 (America/New York)")
    [kept] = [i for i in interviews_of(page, server, job) if i["title"] == title]
    starts = datetime.fromisoformat(str(kept["starts_at"]))
    wanted = datetime(day.year, day.month, day.day, 14, tzinfo=ZoneInfo(ZONE))
    assert starts.astimezone(UTC) == wanted.astimezone(UTC)
    interview = page.locator(f"#interview-{kept['id']}")
    expect(interview).to_contain_text("14:00")
    no_sideways_scroll(page, width)
    shot(page, f"interview-scheduled-{width}")

    # On the Calendar page, soonest first, above the feed's instructions.
    page = visit(watched, server, "/calendar")
    listed = page.locator(f"#interview-{kept['id']}")
    expect(listed).to_contain_text(title)
    expect(listed.locator(f'a[href="/applications/{job}#interviews"]')).to_have_count(1)
    no_sideways_scroll(page, width)
    shot(page, f"calendar-with-interview-{width}")

    # Move it to 15:30.
    listed.get_by_role("link", name="Edit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit the interview")
    expect(page.get_by_label("Starts at")).to_have_value("14:00")
    page.get_by_label("Starts at").fill("15:30")
    shot(page, f"interview-edit-{width}")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(f"{server.base_url}/calendar#interview-{kept['id']}")
    expect(page.get_by_role("status").first).to_contain_text("Saved the interview:")
    expect(page.locator(f"#interview-{kept['id']}")).to_contain_text("15:30")

    # Cancel it, then take that back.
    asked: list[str] = []
    accept_and_keep(page, asked)
    page.locator(f"#interview-{kept['id']}").get_by_role("button", name="Cancel interview").click()
    expect(page.get_by_role("status").first).to_contain_text("Deleted: Interview:")
    assert len(asked) == 1
    assert "Cancel the interview" in asked[0]
    expect(page.locator(f"#interview-{kept['id']}")).to_have_count(0)
    shot(page, f"interview-cancelled-{width}")
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("status").first).to_contain_text("Restored: Interview:")
    expect(page.locator(f"#interview-{kept['id']}")).to_contain_text("15:30")
    assert_calm_network(watched, server)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_set_your_name_and_a_draft_signs_with_it(
    open_in_zone: Callable[[int, int], Watched], server: Server, width: int, height: int
) -> None:
    watched = open_in_zone(width, height)
    name = f"Alex Morgan {width}"
    page = visit(watched, server, "/settings#profile")
    about = page.locator("#profile")
    about.get_by_label("Your name").fill(name)
    about.get_by_role("button", name="Save about you").click()
    expect(page.get_by_role("status").first).to_contain_text(f"Your drafts sign off as {name}.")
    expect(page.locator("#profile").get_by_label("Your name")).to_have_value(name)
    no_sideways_scroll(page, width)
    shot(page, f"settings-about-you-{width}")

    job = an_application_in(page, server, "interviewing")
    page = visit(watched, server, f"/applications/{job}#compose")
    compose = page.locator("#compose")
    compose.get_by_label("Message").select_option("thank_you")
    compose.get_by_role("button", name="Write it").click()
    expect(page.get_by_role("status").first).to_contain_text("Here is your draft")
    written = page.url.rsplit("#", 1)[1]  # the page opens at the new draft: #draft-ID
    body = page.locator(f"#f-{written}-body")  # the draft's own words, in a box to change
    expect(body).to_have_value(re.compile(re.escape(name)))
    body.evaluate("field => { field.scrollTop = field.scrollHeight; }")  # the sign-off, seen
    shot(page, f"draft-signed-{width}")
    assert_calm_network(watched, server)
