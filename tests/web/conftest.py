"""Web fixtures: the real app on a real SQLite file per test, through FastAPI's TestClient.

`client` sends the CSRF token with every request, as the pages do; `bare_client` sends
none, to show requests without it are refused. `workspace` is the same person's workspace,
for arranging data through the services."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.conftest import TODAY

# The app answers only to local host names (see NEXTYES_ALLOWED_HOSTS).
BASE_URL = "http://127.0.0.1"


@pytest.fixture
def fixed_clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # Explicitly no database_url: a NEXTYES_DATABASE_URL in the environment must not leak in.
    return Settings(home=tmp_path, database_url=None, secret_key=None)


@pytest.fixture
def app(settings: Settings, fixed_clock: FixedClock) -> Iterator[FastAPI]:
    app = create_app(settings, clock=fixed_clock)
    yield app
    app.state.workspace.db.dispose()


@pytest.fixture
def csrf(app: FastAPI) -> str:
    return token_for(app.state.secret, app.state.workspace.owner_id)


# Generous: on a loaded machine the first sweep can wait a while for a thread.
FIRST_SWEEP_SECONDS = 60.0


def after_first_sweep(app: FastAPI, client: TestClient) -> TestClient:
    """The started app once its startup silence sweep has run. The sweep runs beside the
    server; a test arranging an old application must not race it (the sweep would start a
    plan for the quiet one, or not, by timing)."""
    assert app.state.first_sweep.wait(FIRST_SWEEP_SECONDS), "the startup sweep never finished"
    return client


@pytest.fixture
def client(app: FastAPI, csrf: str) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE_URL, headers={"X-CSRF-Token": csrf}) as test_client:
        yield after_first_sweep(app, test_client)


@pytest.fixture
def bare_client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url=BASE_URL) as test_client:
        yield after_first_sweep(app, test_client)


@pytest.fixture
def workspace(app: FastAPI) -> Workspace:
    ws: Workspace = app.state.workspace
    return ws


def says(html: str, message: str) -> bool:
    """Whether a page shows a one-line problem. Pages write each as a sentence (capital
    first letter), so `message` is found as written or with its first letter capitalised."""
    return message in html or (message[:1].upper() + message[1:]) in html
