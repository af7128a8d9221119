"""Scenario in Chromium: the demo search walked to days 1, 7, 20 and 30 with a fixed clock
and the daily sweep (tests/test_today_scenario.py), the app served by uvicorn in a thread
(`nextyes serve` takes no clock from outside; create_app does). On each day, at 360 and
1280 px: at most five things; the page stays within its height bound; the first thing is
above the fold on a phone; every group's link leads to a list holding every due step; the
latest "no" is the one named. Screenshots in test-output/today/.

The height bound. A phone screen here is 360 x 780 px (the journeys' phone). Today may be
at most THREE such screens, whatever the size of the search: the header and the first
thing on the first (the fold), the rest of the five things on the second, the evidence
card and "Heard back?" after them; nothing on the page is a list longer than five, so it
cannot grow with the data. Everything due (the main column) ends within TWO screens. After
a run of low check-ins the suggestion to talk to someone comes after everything due; it is
never shortened to meet a bound, so its height is not counted. On a desktop (1280 x 900)
the side column sits beside the main one: at most 1.5 screens. Before this change, a week
into the demo search Today was 3,577 px on a desktop and 7,152 px on a phone (measured on
the same walk); now about 1,100 and 2,000."""

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from playwright.sync_api import Page

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.agenda import MAX_THINGS, Agenda
from nextyes.services.preferences import sweep_with_preferences
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app
from tests.browser.conftest import (
    HOST,
    REPO_ROOT,
    Server,
    Watched,
    assert_calm_network,
    free_port,
    visit,
)
from tests.conftest import TODAY
from tests.test_today_scenario import Day, check_day, due_now, walk

pytestmark = pytest.mark.browser

PHONE = (360, 780)
DESKTOP = (1280, 900)
PHONE_SCREENS = 3.0  # the whole page
PHONE_DUE_SCREENS = 2.0  # the main column: everything due
DESKTOP_SCREENS = 1.5
OUT = REPO_ROOT / "test-output" / "today"
STARTUP_SECONDS = 30.0


@dataclass
class Served:
    server: Server
    app: FastAPI
    ws: Workspace
    clock: FixedClock
    settings: Settings


@contextmanager
def served(home: Path) -> Iterator[Served]:
    settings = Settings(home=home, database_url=None, secret_key=None)
    clock = FixedClock.on(TODAY)
    app = create_app(settings, clock=clock)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not server.started:
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.05)
        # The startup sweep runs beside the server: let it finish before the walk writes.
        assert app.state.first_sweep.wait(STARTUP_SECONDS), "the startup sweep never finished"
        url = f"http://{HOST}:{port}"
        yield Served(Server(url, home / "server.log"), app, app.state.workspace, clock, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.workspace.db.dispose()


def thing_count(page: Page) -> int:
    return int(page.locator("[data-thing]").count())


def height(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollHeight"))


def bottom_of(page: Page, selector: str) -> float:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return float(box["y"] + box["height"])


def listed_steps(page: Page, server: Server, start: str) -> list[int]:
    """Every step on the full list, following its pages from `start`."""
    found: list[int] = []
    visit_url = start
    while True:
        page.goto(f"{server.base_url}{visit_url}")
        ids = page.locator(".due-group li[id^='step-']").evaluate_all(
            "items => items.map(item => Number(item.id.slice(5)))"
        )
        found += ids
        next_link = page.locator("a[rel='next']")
        if next_link.count() == 0:
            return found
        href = next_link.get_attribute("href")
        assert href is not None
        visit_url = href


def check_page(
    watched: Watched, served_app: Served, day: Day, agenda: Agenda, size: tuple[int, int]
) -> dict[str, float]:
    width, screen = size
    page = visit(watched, served_app.server, "/today")
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=OUT / f"day{day.number:02d}-{width}.png", full_page=True)
    assert thing_count(page) == agenda.things <= MAX_THINGS
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # The suggestion to talk to someone is never cut short to fit a bound: it is not counted.
    support = page.locator(".today-side .support")
    box = support.bounding_box() if support.count() else None
    whole = height(page) - (box["height"] if box else 0)
    if width == PHONE[0]:
        first = page.locator("[data-thing]").first.bounding_box()
        if first is not None:
            assert first["y"] < screen, f"day {day.number}: the first thing is below the fold"
        due_end = bottom_of(page, ".today-main")
        assert due_end <= PHONE_DUE_SCREENS * screen, f"day {day.number}: due ends at {due_end}"
        assert whole <= PHONE_SCREENS * screen, f"day {day.number}: {whole} px on a phone"
    else:
        assert whole <= DESKTOP_SCREENS * screen, f"day {day.number}: {whole} px on a desktop"
    if agenda.gentle and agenda.latest_no is not None:
        assert f"The {agenda.latest_no.company} news" in page.inner_text("main")
    # The list behind it: the same step cards, by application, no wider than the screen.
    listing = visit(watched, served_app.server, "/today/all")
    listing.screenshot(path=OUT / f"all-day{day.number:02d}-{width}.png", full_page=True)
    assert listing.evaluate("document.documentElement.scrollWidth") <= width
    if agenda.gentle:
        assert "None of this is asked of you today" in listing.inner_text("main")
    return {"height": whole}


def check_links(watched: Watched, served_app: Served, agenda: Agenda) -> None:
    """Each group names its link, and the links together reach every due step."""
    page = visit(watched, served_app.server, "/today")
    starts: list[str] = []
    if agenda.gentle and agenda.waiting:
        starts.append("/today/all")
    if agenda.more_steps:
        starts.append("/today/all?only=plan")
    if agenda.quiet_total > len(agenda.quiet):
        starts.append("/today/all?only=quiet")
    for start in starts:
        assert page.locator(f"main a[href='{start}']").count() == 1, start
    reachable = {i.step.id for i in agenda.items + agenda.quiet}
    for start in starts:
        reachable |= set(listed_steps(page, served_app.server, start))
    assert due_now(served_app.ws) <= reachable


def test_today_stays_calm_in_chromium_on_day_1_7_20_and_30(
    open_page: Callable[[int, int], Watched], tmp_path: Path
) -> None:
    heights: dict[str, float] = {}
    with served(tmp_path) as running:
        ws, settings = running.ws, running.settings
        for day in walk(ws, running.clock, lambda: sweep_with_preferences(ws, settings)):
            agenda = check_day(ws, day)
            for size in (PHONE, DESKTOP):
                watched = open_page(*size)
                figures = check_page(watched, running, day, agenda, size)
                heights[f"day {day.number} at {size[0]} px"] = figures["height"]
                assert_calm_network(watched, running.server)
            check_links(open_page(*DESKTOP), running, agenda)
    (OUT / "heights.txt").write_text(
        "".join(f"{name}: {value:.0f} px\n" for name, value in heights.items())
    )
