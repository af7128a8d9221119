"""A word as long as a field allows (a pasted link, a 10,000-letter slip of the keyboard)
widens no page: in every text field a person can fill, on every page that shows it, at
360 and 1280 px, the page is exactly as wide as the window."""

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from nextyes.clock import SystemClock
from nextyes.config import Settings
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.draft_wording import DraftKind, Tone
from nextyes.domain.fields import LINK_TEXT, SHORT_TEXT
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.wellbeing import NOTE_LIMIT
from nextyes.services import drafts, reflections, weekly, wellbeing, writing
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.corrections import edit_draft
from nextyes.services.history import add_past_job
from nextyes.services.interviews import add_interview
from nextyes.services.workspace import Workspace
from tests.browser.conftest import HOST, Server, free_port, screenshot, wait_until_healthy

pytestmark = pytest.mark.browser

# The longest word each kind of field keeps: names 200, links 2,000, notes 10,000 shown here
# (the limit is 100,000; a longer word wraps the same way and would only slow the test).
LONG = 10_000
WIDTHS = (360, 1280)


def word(letter: str, length: int) -> str:
    return letter * length


def seed(ws: Workspace) -> dict[str, int]:
    """Every text field a person can fill, holding one unbroken word as long as it keeps."""
    today = ws.clock.today()
    short = word("W", SHORT_TEXT)
    link = "https://example.org/" + word("x", LINK_TEXT - 20)
    waiting = add_application(
        ws,
        NewApplication(
            company=word("C", SHORT_TEXT),
            role=word("R", SHORT_TEXT),
            channel=Channel.REFERRAL,
            on=today - timedelta(days=30),
            link=link,
            description=word("D", LONG),
            location=short,
            notes=word("N", LONG),
            salary_min=2_000_000_000,
            salary_max=2_147_483_647,
            salary_currency=word("K", 10),
        ),
    )
    add_interview(
        ws,
        NewInterview(
            waiting.id,
            datetime.now(UTC) + timedelta(days=2),
            title=short,
            location=link,
            notes=word("I", LONG),
        ),
    )
    rejected = add_application(
        ws,
        NewApplication(
            word("Q", SHORT_TEXT),
            word("S", SHORT_TEXT),
            Channel.REFERRAL,
            on=today - timedelta(days=20),
            notes=word("M", LONG),
        ),
    )
    person = add_contact(
        ws,
        NewContact(
            word("P", SHORT_TEXT),
            ContactRole.INTERVIEWER,
            company=short,
            email=word("e", 300) + "@example.org",
            linkedin=link,
            notes=word("T", LONG),
        ),
        rejected.id,
    )
    move_application(ws, rejected.id, Stage.INTERVIEWING, today - timedelta(days=10))
    record_rejection(
        ws, rejected.id, RejectionForm.EXPLICIT, today - timedelta(days=5),
        reason=word("Y", LONG), feedback=word("F", LONG),
    )  # fmt: skip
    reflections.reflect(
        ws,
        rejected.id,
        ReflectionAnswers(
            preparation=word("A", LONG),
            caught_out=(word("B", 500),),
            fit_score=3,
            fit_why=word("G", LONG),
            to_learn=(word("H", SHORT_TEXT),),
            keep_doing=word("J", LONG),
            tags=(word("t", 60),),
        ),
    )
    draft = drafts.create_draft(ws, rejected.id, DraftKind.THANK_YOU, person.id, Tone.WARM)
    edit_draft(ws, draft.id, word("U", 300), word("V", LONG))
    drafts.set_profile(ws, name=short, headline=word("h", 300))
    wellbeing.check_in(ws, 3, note=word("O", NOTE_LIMIT))
    weekly.add_if_then(ws, word("i", 500), word("j", 500))
    weekly.save_week_plan(ws, 5, Channel.REFERRAL, word("k", 500), [word("l", 400)])
    entry = writing.write_entry(ws, writing.next_prompt(ws).prompt, word("Z", LONG))
    add_past_job(ws, NewPastJob(short, short, Channel.REFERRAL, notes=word("X", LONG)))
    return {"waiting": waiting.id, "rejected": rejected.id, "contact": person.id,
            "writing": entry.id}  # fmt: skip


@pytest.fixture(scope="module")
def long_server(
    chromium_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, dict[str, int]]]:
    home = tmp_path_factory.mktemp("long-words-home")
    ws = Workspace.open(Settings(home=home, database_url=None), clock=SystemClock())
    ids = seed(ws)
    ws.db.dispose()
    log = home / "server.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEXTYES_DATABASE_URL"}
    env["NEXTYES_HOME"] = str(home)
    command = [str(Path(sys.executable).parent / "nextyes"), "serve", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        url = f"http://{HOST}:{port}"
        wait_until_healthy(url, process, log)
        yield Server(url, log), ids
    finally:
        process.terminate()
        process.wait(timeout=10)


def pages(ids: dict[str, int]) -> list[str]:
    waiting, rejected = ids["waiting"], ids["rejected"]
    return [
        "/today",
        "/today/all",
        "/pipeline",
        "/pipeline?view=list",
        f"/applications/{waiting}",
        f"/applications/{waiting}/edit",
        f"/applications/{rejected}",
        f"/applications/{rejected}/fit",
        f"/applications/{waiting}/reject",
        f"/contacts/{ids['contact']}/edit",
        "/contacts",
        "/lessons",
        "/checkin",
        "/checkin/writing",
        f"/checkin/writing/{ids['writing']}",
        "/if-then",
        "/calendar",
        "/history",
        "/insights",
        "/settings",
        "/import",
        "/trash",
    ]


def test_no_page_is_wider_than_the_window(
    browser: Browser, long_server: tuple[Server, dict[str, int]]
) -> None:
    server, ids = long_server
    too_wide = []
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for path in pages(ids):
            response = page.goto(f"{server.base_url}{path}")
            assert response is not None
            assert response.status == 200, f"{path} answered {response.status}"
            wide = page.evaluate("document.documentElement.scrollWidth")
            if wide != width:
                too_wide.append(f"{path} at {width} px is {wide} px wide")
            if path == f"/applications/{ids['rejected']}":
                # The window only: the whole page, tens of thousands of pixels of wrapped
                # letters, took over 30 s to capture on a loaded machine.
                screenshot(page, f"long-words-application-{width}", full_page=False)
        context.close()
    assert too_wide == []
