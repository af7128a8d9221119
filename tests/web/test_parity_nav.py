"""The main navigation marks the page a person is on, including pages that are not items of
their own: an application belongs to the Pipeline, the trash to Settings, past jobs to
Lessons, private writing to Check-in. Checked on the demo, where every page has content."""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.demo import load_demo
from nextyes.services.history import list_past_jobs
from nextyes.services.interviews import list_interviews
from nextyes.services.workspace import Workspace
from nextyes.services.writing import list_entries
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.conftest import TODAY
from tests.web.conftest import BASE_URL, after_first_sweep

MAIN_NAV = re.compile(r'<nav aria-label="Main">(.*?)</nav>', re.S)
CURRENT = re.compile(r'<a href="([^"]+)" aria-current="page">')


@dataclass(frozen=True)
class Demo:
    client: TestClient
    ids: dict[str, int]  # a record of each kind, for the pages of one thing


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    home: Path = tmp_path_factory.mktemp("nav")
    app: FastAPI = create_app(
        Settings(home=home, database_url=None, secret_key=None), clock=FixedClock.on(TODAY)
    )
    ws: Workspace = app.state.workspace
    load_demo(ws)
    [interview, *_] = list_interviews(ws)
    ids = {
        "app": interview.application_id,
        "interview": interview.id,
        "job": list_past_jobs(ws)[0].id,
        "entry": list_entries(ws)[0].id,
    }
    token = token_for(app.state.secret, ws.owner_id)
    with TestClient(app, base_url=BASE_URL, headers={"X-CSRF-Token": token}) as client:
        yield Demo(after_first_sweep(app, client), ids)
    ws.db.dispose()


PAGES = [
    ("/", "/today"),
    ("/today", "/today"),
    ("/today/all", "/today"),
    ("/reject", "/today"),
    ("/pipeline", "/pipeline"),
    ("/pipeline?view=list", "/pipeline"),
    ("/applications/new", "/pipeline"),
    ("/applications/{app}", "/pipeline"),
    ("/applications/{app}/edit", "/pipeline"),
    ("/interviews/{interview}/edit", "/pipeline"),
    ("/interviews/{interview}/edit?next=/calendar", "/calendar"),
    ("/lessons", "/lessons"),
    ("/history", "/lessons"),
    ("/history/{job}/edit", "/lessons"),
    ("/contacts", "/contacts"),
    ("/checkin", "/checkin"),
    ("/checkin/writing", "/checkin"),
    ("/checkin/writing/{entry}", "/checkin"),
    ("/if-then", "/if-then"),
    ("/calendar", "/calendar"),
    ("/import", "/import"),
    ("/import/review", "/import"),
    ("/insights", "/insights"),
    ("/settings", "/settings"),
    ("/trash", "/settings"),
]


@pytest.mark.parametrize(("path", "current"), PAGES)
def test_the_nav_marks_the_page_it_belongs_to(demo: Demo, path: str, current: str) -> None:
    answer = demo.client.get(path.format(**demo.ids))
    assert answer.status_code == 200
    [nav] = MAIN_NAV.findall(answer.text)
    assert CURRENT.findall(nav) == [current]
