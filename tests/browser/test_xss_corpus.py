"""An XSS corpus stored in every text field, rendered on every page, executes nothing.

Each payload, if it ever ran, would leave a trace we look for: a `window.__xss` value, a
request to /xss-..., a dialog, an element with an event-handler or hx- attribute it brought,
or a console error (the CSP refusing an inline script is one). Escaping must stop them
before the CSP has to: the test fails on either."""

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from nextyes.clock import SystemClock
from nextyes.config import Settings
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import NewContact
from nextyes.domain.draft_wording import DraftKind, Tone
from nextyes.domain.history import NewPastJob
from nextyes.domain.interviews import NewInterview
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services import drafts, inbox, reflections, weekly, wellbeing, writing
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.history import add_past_job
from nextyes.services.interviews import add_interview
from nextyes.services.workspace import Workspace
from tests.browser.conftest import (
    HOST,
    Server,
    free_port,
    screenshot,
    wait_until_healthy,
)
from tests.inbox_helpers import Scripted, mail, raw

pytestmark = pytest.mark.browser

# Each payload tries a different way in; the number tells which one got through.
PAYLOADS = [
    "<script>window.__xss=1;fetch('/xss-1')</script>",
    "<img src=x onerror=\"window.__xss=2;fetch('/xss-2')\">",
    "'\"><svg onload=window.__xss=3>",
    '<a hx-get="/xss-4" hx-trigger="load" hx-target="body">x</a>',
    '" hx-post="/xss-5" hx-trigger="load" data-x="',
    "</textarea></title><script>window.__xss=6</script>",
    "javascript:window.__xss=7",
    "{{ 7*7 }}{% if 1 %}xss-8{% endif %}",
]
LINK = 'https://example.org/"><script>window.__xss=9</script>'
EMAIL = "<img/src=x/onerror=window.__xss=10>@example.org"


def text(n: int) -> str:
    """A payload, rotated per field so every field meets every payload across the seed."""
    return PAYLOADS[n % len(PAYLOADS)]


def seed(ws: Workspace) -> list[int]:
    """Every text field a person can fill, filled with the corpus; returns application ids."""
    today = ws.clock.today()
    ids = []
    for n, _payload in enumerate(PAYLOADS):
        new = NewApplication(
            company=text(n),
            role=text(n + 1),
            channel=Channel.REFERRAL,
            stage=Stage.APPLIED,
            on=today - timedelta(days=40),
            excitement=4,
            link=LINK,
            description=text(n + 2),
            location=text(n + 3),
            salary_min=50_000,
            salary_max=60_000,
            salary_currency="EUR",
        )
        application = add_application(ws, new)
        ids.append(application.id)
        contact = add_contact(
            ws,
            NewContact(
                name=text(n + 4),
                company=text(n + 5),
                email=EMAIL,
                linkedin=LINK,
                notes=text(n + 6),
            ),
            application_id=application.id,
        )
        if n % 2 == 0:
            for stage in (Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND):
                move_application(ws, application.id, stage, on=today - timedelta(days=20))
            record_rejection(
                ws,
                application.id,
                RejectionForm.EXPLICIT,
                on=today - timedelta(days=2),
                reason=text(n + 7),
                feedback=text(n),
            )
            reflections.reflect(
                ws,
                application.id,
                ReflectionAnswers(
                    preparation=text(n),
                    caught_out=(text(n + 1), text(n + 2)),
                    fit_score=3,
                    fit_why=text(n + 3),
                    impressed=text(n + 4),
                    feedback=text(n + 5),
                    to_learn=(text(n + 6),),
                    learned_self=text(n + 7),
                    keep_doing=text(n),
                    tags=(text(n + 1),),
                ),
            )
            drafts.create_draft(ws, application.id, DraftKind.THANK_YOU, contact.id, Tone.WARM)
        else:
            add_interview(
                ws,
                NewInterview(
                    application.id,
                    datetime.now(UTC) + timedelta(days=3),
                    title=text(n),
                    location=text(n + 1),
                    notes=text(n + 2),
                ),
            )
    drafts.set_profile(ws, name=text(0), headline=text(1))
    wellbeing.check_in(ws, 2, note=text(2))
    weekly.add_if_then(ws, text(3), text(4))
    weekly.save_week_plan(ws, 5, Channel.REFERRAL, text(5), [text(6), text(7)])
    for item in reflections.practice_next(ws)[:3]:
        reflections.log_practice(ws, item.question_id, 3, note=text(item.question_id))
    writing.write_entry(ws, writing.next_prompt(ws).prompt, text(1), private=False)
    add_past_job(ws, NewPastJob(text(2), text(3), Channel.REFERRAL, notes=text(4)))
    # Mail is hostile input too: subjects and bodies in the review queue (/import/review).
    hostile = [mail(f"rejection 0.5: {text(n)}", f"{text(n + 1)}\n{text(n + 2)}", day=today,
                    message_id=f"xss-{n}@example.org") for n in range(len(PAYLOADS))]  # fmt: skip
    inbox.import_messages(ws, raw(*hostile), classifier=Scripted())
    return ids


@pytest.fixture(scope="module")
def corpus_server(
    chromium_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, list[int]]]:
    home = tmp_path_factory.mktemp("xss-home")
    settings = Settings(home=home, database_url=None)
    ws = Workspace.open(settings, clock=SystemClock())
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


def pages_to_visit(ids: list[int]) -> list[str]:
    fixed = [
        "/today",
        "/pipeline",
        "/pipeline?q=%3Cscript%3Ewindow.__xss%3D11%3C%2Fscript%3E",
        "/lessons",
        "/contacts",
        "/checkin",
        "/if-then",
        "/calendar",
        "/settings",
        "/import",
        "/import/review",
        "/insights",
        "/api/v1/docs",
    ]
    per_application = [f"/applications/{i}" for i in ids]
    rejection_flow = [f"/applications/{i}/reject" for i in ids[1::2][:2]]
    return fixed + per_application + rejection_flow


def traces(page: Page) -> dict[str, object]:
    """What a payload that ran (or became markup) would leave behind."""
    result: dict[str, object] = page.evaluate(
        """() => {
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
                const name = attr.name.toLowerCase();
                const value = attr.value.toLowerCase();
                if (name.startsWith('on')) bad.push(el.tagName + ' ' + name);
                const live = name.startsWith('hx-') && value.includes('xss');
                if (live) bad.push(el.tagName + ' ' + name);
                if ((name === 'href' || name === 'src' || name === 'action')
                    && value.trim().startsWith('javascript:')) bad.push(el.tagName + ' ' + name);
            }
        }
        const scripts = [...document.scripts].map(s => s.getAttribute('src') || 'INLINE');
        return {xss: window.__xss ?? null, bad, scripts, text: document.body.innerText};
    }"""
    )
    return result


def test_the_corpus_executes_nowhere(
    browser: Browser, corpus_server: tuple[Server, list[int]]
) -> None:
    server, ids = corpus_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    console_errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console_errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))

    def on_dialog(dialog: object) -> None:
        dialogs.append(str(dialog))

    page.on("dialog", on_dialog)
    try:
        for path in pages_to_visit(ids):
            response = page.goto(f"{server.base_url}{path}")
            assert response is not None
            assert response.status == 200, f"{path} answered {response.status}"
            page.wait_for_load_state("networkidle")
            found = traces(page)
            assert found["xss"] is None, f"a payload ran on {path}: window.__xss={found['xss']}"
            assert found["bad"] == [], f"payload markup became live on {path}: {found['bad']}"
            scripts = [str(src) for src in found["scripts"]]  # type: ignore[attr-defined]
            assert all(src.startswith("/static/") for src in scripts), f"{path}: {scripts}"
            # Template syntax in a field is text, never evaluated.
            assert "49xss-8" not in str(found["text"]), path
            shows_text = path.startswith("/applications/") or path == "/import/review"
            if shows_text and not path.endswith("/reject"):
                # The person's text is shown as they typed it, not swallowed.
                assert "<script>window.__xss=" in str(found["text"]) or "onerror" in str(
                    found["text"]
                ), f"the payload text is not visible on {path}"
        screenshot(page, "xss-corpus-application")
    finally:
        context.close()
    assert [u for u in requests if "/xss-" in u] == [], "a payload made a request"
    assert dialogs == []
    assert console_errors == [], (
        f"console errors (a CSP refusal means markup got through): {console_errors}"
    )
