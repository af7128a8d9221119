"""The demo in the web app: served from its own database with a banner on every page (and
on no page otherwise), every page of the main navigation showing demo content, and the
banner's way out, which switches the running app to the person's own data."""

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services import demo_data
from nextyes.services.demo import fresh_demo
from nextyes.web.app import ALREADY_LEFT, LEFT_DEMO, NOT_LEFT, create_app
from nextyes.web.csrf import token_for
from nextyes.web.templating import NAV
from tests.conftest import TODAY
from tests.web.conftest import BASE_URL, after_first_sweep

BANNER = "Demo — your own data is untouched."
LEAVE_FORM = 'action="/demo/leave"'
NAV_PATHS = [path for path, _ in NAV]

# What each page of the main navigation shows of the demo (besides not being empty).
CONTENT = {
    "/today": ["Lumen Health"],
    "/pipeline": ["Kestrel Games", "Umbra Studio"],
    "/lessons": ["domain-knowledge", "dbt", "Walk us through a data model"],
    "/contacts": ["Priya Natarajan", "Jonas Weber"],
    "/checkin": ["Canal walk and pizza with Jo", "Lumen said no"],
    "/if-then": ["I will send one application before I open my email", demo_data.WEEK_SCHEDULE],
    "/calendar": ["calendar"],
    "/import": ['href="/import/review"'],
    "/insights": ["<svg"],
    "/settings": ["Settings"],
}
EMPTY_STATES = ('class="empty"', "empty-state")


def token(app: FastAPI) -> str:
    return token_for(app.state.secret, app.state.workspace.owner_id)


def applications_in(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        found = connection.execute("SELECT count(*) FROM applications").fetchone()
        return int(found[0])


@pytest.fixture
def own(tmp_path: Path) -> Settings:
    """The person's own settings: their data would live in tmp_path/nextyes.db."""
    return Settings(home=tmp_path, database_url=None, secret_key=None)


@contextmanager
def serve_demo(settings: Settings) -> Iterator[tuple[FastAPI, TestClient]]:
    """`nextyes serve --demo` in-process: the demo rebuilt, then the app on it."""
    clock = FixedClock.on(TODAY)
    fresh_demo(settings, clock)
    app = create_app(settings, clock=clock, demo=True)
    with TestClient(app, base_url=BASE_URL, headers={"X-CSRF-Token": token(app)}) as client:
        yield app, after_first_sweep(app, client)
    app.state.workspace.db.dispose()


@pytest.fixture
def demo(own: Settings) -> Iterator[tuple[FastAPI, TestClient]]:
    with serve_demo(own) as served:
        yield served


@pytest.mark.parametrize("path", NAV_PATHS)
def test_every_page_of_the_demo_has_the_banner_and_something_to_show(
    demo: tuple[FastAPI, TestClient], path: str
) -> None:
    _, client = demo
    page = client.get(path)
    assert page.status_code == 200
    html = page.text
    assert html.count(BANNER) == 1
    assert LEAVE_FORM in html
    # The banner comes first in the page, before the skip link and the header.
    assert html.index(BANNER) < html.index('class="skip"') < html.index('class="top"')
    assert not [state for state in EMPTY_STATES if state in html], f"{path} shows an empty state"
    for shown in CONTENT[path]:
        assert shown in html, f"{path} does not show {shown!r}"


def test_the_other_demo_pages_have_it_too(demo: tuple[FastAPI, TestClient]) -> None:
    _, client = demo
    listed = client.get("/api/v1/applications", params={"limit": 100}).json()["items"]
    lumen = next(a["id"] for a in listed if a["company"] == "Lumen Health")
    for path in (f"/applications/{lumen}", "/applications/new", "/reject", "/import/review"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert BANNER in page.text, path
    review = client.get("/import/review").text
    for mail in demo_data.REVIEW_MESSAGES:
        assert mail.subject in review
    missing = client.get("/no-such-page")
    assert missing.status_code == 404
    assert BANNER in missing.text
    # The interview ahead is in the calendar file.
    assert "Second interview: product case" in client.get("/calendar/download").text
    # HTMX fragments and the API are not pages: no banner inside them.
    assert BANNER not in client.get("/api/v1/today").text


@pytest.mark.parametrize("path", [*NAV_PATHS, "/applications/new", "/no-such-page"])
def test_no_banner_on_the_persons_own_data(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert BANNER not in html
    assert LEAVE_FORM not in html
    assert "demo.css" not in html


def test_the_demo_never_opens_the_persons_database(
    demo: tuple[FastAPI, TestClient], own: Settings
) -> None:
    _, client = demo
    for path in NAV_PATHS:
        client.get(path)
    assert not (own.home / "nextyes.db").exists()
    assert (own.home / "demo" / "nextyes.db").exists()


def test_leave_the_demo_switches_to_the_persons_own_data(
    demo: tuple[FastAPI, TestClient], own: Settings
) -> None:
    app, client = demo
    demo_token = token(app)
    left = client.post("/demo/leave", follow_redirects=False)
    assert left.status_code == 303
    assert left.headers["location"] == "/today"

    today = client.get("/today").text
    assert LEFT_DEMO.split(":")[0] in today  # the flash says where they are now
    assert BANNER not in today
    assert "Lumen Health" not in today
    assert app.state.demo is False
    # Their own database now: opened (here created, empty) on leaving, and only then.
    assert applications_in(own.home / "nextyes.db") == 0
    assert applications_in(own.home / "demo" / "nextyes.db") == 30
    pipeline = client.get("/pipeline").text
    assert "Kestrel Games" not in pipeline

    # The silence sweep now runs on the person's data.
    assert app.state.first_sweep.wait(60)
    assert client.get("/healthz").json() == {"status": "ok", "first_sweep": "done"}

    # A page still open from the demo cannot change their data: its token is the demo's.
    stale = client.post(
        "/applications",
        data={"company": "From a demo tab", "role": "Analyst"},
        headers={"X-CSRF-Token": demo_token},
        follow_redirects=False,
    )
    assert stale.status_code == 403
    assert applications_in(own.home / "nextyes.db") == 0

    # Leaving again (from a page of their own) says they are there already.
    again = client.post("/demo/leave", headers={"X-CSRF-Token": token(app)}, follow_redirects=False)
    assert again.status_code == 303
    assert ALREADY_LEFT in client.get("/today").text


def test_a_stale_demo_page_is_refused_even_with_one_key_for_everything(tmp_path: Path) -> None:
    # NEXTYES_SECRET_KEY set: the demo still signs with a key of its own.
    shared = Settings(home=tmp_path, database_url=None, secret_key=SecretStr("one key"))
    with serve_demo(shared) as (app, client):
        demo_token = token(app)
        assert client.post("/demo/leave", follow_redirects=False).status_code == 303
        assert token(app) != demo_token
        stale = client.post(
            "/demo/leave", headers={"X-CSRF-Token": demo_token}, follow_redirects=False
        )
        assert stale.status_code == 403


def test_leaving_needs_the_security_token(demo: tuple[FastAPI, TestClient]) -> None:
    app, _ = demo
    with TestClient(app, base_url=BASE_URL) as bare:
        refused = bare.post("/demo/leave", follow_redirects=False)
        assert refused.status_code == 403
        assert app.state.demo is True
        assert BANNER in bare.get("/today").text


def test_leaving_when_the_own_data_cannot_be_opened_stays_in_the_demo(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the database folder should be")
    broken = Settings(
        home=tmp_path,
        database_url=SecretStr(f"sqlite:///{tmp_path / 'blocked' / 'nextyes.db'}"),
        secret_key=None,
    )
    with serve_demo(broken) as (app, client):
        answer = client.post("/demo/leave", follow_redirects=False)
        assert answer.status_code == 303
        page = client.get("/today").text
        assert NOT_LEFT.split(",")[0] in page
        assert BANNER in page
        assert app.state.demo is True
        assert "Lumen Health" in page


def test_the_way_out_on_the_persons_own_data_changes_nothing(
    client: TestClient, app: FastAPI
) -> None:
    answer = client.post("/demo/leave", follow_redirects=False)
    assert answer.status_code == 303
    assert ALREADY_LEFT in client.get("/today").text
    assert app.state.demo is False


def test_the_banner_form_carries_the_token_and_a_request_key(
    demo: tuple[FastAPI, TestClient],
) -> None:
    app, client = demo
    html = client.get("/today").text
    form = re.search(r'<form method="post" action="/demo/leave">(.*?)</form>', html, re.S)
    assert form is not None
    assert f'name="csrf_token" value="{token(app)}"' in form.group(1)
    assert 'name="idempotency_key"' in form.group(1)
    assert "Leave the demo" in form.group(1)
