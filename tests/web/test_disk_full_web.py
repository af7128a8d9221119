"""The web app on a full disk or a read-only data folder: a change answers 503 with a kind
page (problem+json under /api) and a Retry-After, never a traceback; pages still read; the
same server works again once there is room (or the folder is writable)."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.tiny_disk import TinyDisk
from tests.web.conftest import BASE_URL, after_first_sweep

API = "/api/v1"
ONE = {"company": "Acme", "role": "Analyst"}
TWO = {"company": "Beta", "role": "Engineer"}


@pytest.fixture
def home(tiny_disk: TinyDisk) -> Path:
    return tiny_disk.root / "home"


@pytest.fixture
def app_on_disk(home: Path, fixed_clock: FixedClock) -> Iterator[FastAPI]:
    app = create_app(Settings(home=home, database_url=None, secret_key=None), clock=fixed_clock)
    yield app
    app.state.workspace.db.dispose()


@pytest.fixture
def client(app_on_disk: FastAPI) -> Iterator[TestClient]:
    csrf = token_for(app_on_disk.state.secret, app_on_disk.state.workspace.owner_id)
    with TestClient(app_on_disk, base_url=BASE_URL, headers={"X-CSRF-Token": csrf}) as client:
        yield after_first_sweep(app_on_disk, client)


def rows(home: Path) -> list[str]:
    with closing(sqlite3.connect(home / "nextyes.db")) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(connection.iterdump())


def assert_unavailable(response: Any, *fragments: str, api: bool) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "60"
    assert "Traceback" not in response.text
    if api:
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["status"] == 503
        text = body["detail"]
    else:
        assert response.headers["content-type"].startswith("text/html")
        assert 'role="alert"' in response.text
        assert "Back to Today" in response.text
        text = response.text
    for fragment in fragments:
        assert fragment in text, (fragment, text)


def test_a_full_disk_answers_503_kindly_and_the_server_recovers(
    client: TestClient, tiny_disk: TinyDisk, home: Path
) -> None:
    assert client.post(f"{API}/applications", json=ONE).status_code == 201
    before = rows(home)
    tiny_disk.fill()

    api = client.post(f"{API}/applications", json=TWO)
    assert_unavailable(api, "is full", str(home), "nothing was saved", api=True)
    # A form with an idempotency key: the key's own row cannot be written either.
    page = client.post("/checkin", data={"mood": "3", "idempotency_key": "k-1"})
    assert_unavailable(page, "is full", "free some space", api=False)
    assert "Cannot save just now" in page.text
    # Reading still works while the disk is full.
    assert [a["company"] for a in client.get(f"{API}/applications").json()["items"]] == ["Acme"]
    assert client.get("/today").status_code == 200

    tiny_disk.free()
    assert rows(home) == before
    assert client.post(f"{API}/applications", json=TWO).status_code == 201
    kept = client.post("/checkin", data={"mood": "3", "idempotency_key": "k-1"})
    assert kept.status_code == 200
    assert len(client.get(f"{API}/applications").json()["items"]) == 2


def test_a_server_started_on_a_read_only_folder_shows_pages_and_refuses_changes(
    tiny_disk: TinyDisk, home: Path, fixed_clock: FixedClock
) -> None:
    """(Linux will not make a folder read-only under a server that has its files open for
    writing, so a server meets a read-only folder when it starts there.)"""
    settings = Settings(home=home, database_url=None, secret_key=None)
    create_app(settings, clock=fixed_clock).state.workspace.db.dispose()  # the data, the key
    tiny_disk.read_only()
    app = create_app(settings, clock=fixed_clock)
    try:
        csrf = token_for(app.state.secret, app.state.workspace.owner_id)
        with TestClient(app, base_url=BASE_URL, headers={"X-CSRF-Token": csrf}) as client:
            after_first_sweep(app, client)
            assert client.get("/today").status_code == 200
            assert client.get(f"{API}/applications").json()["items"] == []
            refused = client.post(f"{API}/applications", json=ONE)
            assert_unavailable(refused, "read-only", str(home), "nothing was saved", api=True)
            page = client.post("/checkin", data={"mood": "4", "idempotency_key": "k-2"})
            assert_unavailable(page, "read-only", "make it writable", api=False)
            tiny_disk.writable()
            # Connections opened for reading only are not kept: the next one can write.
            assert client.post(f"{API}/applications", json=ONE).status_code == 201
    finally:
        app.state.workspace.db.dispose()
