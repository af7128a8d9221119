"""Hosted mode's fixtures: the real app on a throwaway PostgreSQL database (hosted mode
refuses SQLite), through FastAPI's TestClient over https (session cookies are Secure)."""

import gc
import re
from collections.abc import Iterator

import httpx2 as httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.accounts import Accounts
from nextyes.web.app import create_app
from tests.conftest import TODAY, throwaway_postgres

BASE_URL = "https://127.0.0.1"
SECRET = "k" * 48
PASSWORD = "violet harbour lantern"
TOKEN_FIELD = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


@pytest.fixture
def hosted_url() -> Iterator[str]:
    with throwaway_postgres("nextyes_hosted") as url:
        yield url


@pytest.fixture
def hosted_settings(hosted_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        home=tmp_path_factory.mktemp("hosted-home"),
        mode="hosted",
        database_url=hosted_url,
        secret_key=SECRET,
        public_url="https://nextyes.example.org",
    )


@pytest.fixture
def hosted_clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def hosted_app(hosted_settings: Settings, hosted_clock: FixedClock) -> Iterator[FastAPI]:
    app = create_app(hosted_settings, clock=hosted_clock)
    yield app
    # Threads that outlive the server (its first silence sweep, import workers) may still
    # hold a connection: let them finish first, or the pool is disposed under them and
    # their connection, never closed, is found by the garbage collector in a later test.
    if app.state.sweep_task is not None:
        app.state.first_sweep.wait(60)
    if app.state.import_jobs is not None:
        app.state.import_jobs.shutdown(wait=True)
    app.state.workspace.db.dispose()
    # A connection this test left open is found now, in its own teardown, not by chance in
    # whichever test the garbage collector next runs in (a ResourceWarning is an error).
    gc.collect()


@pytest.fixture
def accounts(hosted_app: FastAPI) -> Accounts:
    found: Accounts = hosted_app.state.accounts
    return found


def browser(app: FastAPI) -> TestClient:
    """A new browser: its own cookies, following no redirects (tests look at each step)."""
    return TestClient(app, base_url=BASE_URL, follow_redirects=False)


def form_token(client: TestClient, path: str) -> str:
    """The CSRF token a page's form carries, as a browser would read it."""
    page = client.get(path)
    assert page.status_code in (200, 410), (path, page.status_code)
    found = TOKEN_FIELD.search(page.text)
    assert found, f"no form token on {path}"
    return found.group(1)


def post_form(
    client: TestClient, path: str, data: dict[str, str], page: str | None = None
) -> httpx.Response:
    token = form_token(client, page or path)
    return client.post(path, data={"csrf_token": token, **data})


def without_tokens(page: str) -> str:
    """A page without its per-browser and per-form secrets, to compare two answers' words."""
    page = re.sub(r'value="[A-Za-z0-9_-]{16,64}"', 'value=""', page)
    return re.sub(r'"X-CSRF-Token": "[0-9a-f]{64}"', '"X-CSRF-Token": ""', page)


def signed_up(app: FastAPI, accounts: Accounts, email: str, password: str = PASSWORD) -> TestClient:
    """A browser that accepted an invitation for `email`, and is signed in."""
    client = browser(app)
    token = accounts.invite(email)
    answer = post_form(client, f"/signup/{token}", {"password": password, "repeat": password})
    assert answer.status_code == 303, answer.text
    return client
