"""The forms of interviews, past jobs, private writing, check-ins, if-then plans and About you
hold against odd input in the fields only they have (a time, a length, a zone, a start and
an end, WHO-5 answers), on SQLite and PostgreSQL: a page a person can read, never a server
error. test_page_forms_hold.py covers the fields every form shares."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.demo import load_demo
from nextyes.services.interviews import list_interviews
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.conftest import TODAY, throwaway_postgres
from tests.web.conftest import BASE_URL, after_first_sweep

ODD = [
    "14\x0000",
    "Europe/\x00Paris",
    "99999999999999999999",
    "-1",
    "0001-01-01",
    "9999-12-31",
    "24:60",
    "x" * 5_000,
    "../../../etc/passwd",
    '<script>alert(1)</script>"',
    "",
]
FIELDS = [
    "date",
    "time",
    "minutes",
    "zone",
    "title",
    "location",
    "notes",
    "next",
    "company",
    "role",
    "channel",
    "started_on",
    "ended_on",
    "prompt",
    "body",
    "share",
    "mood",
    "note",
    "q1",
    "q2",
    "q3",
    "q4",
    "q5",
    "cue",
    "action",
    "applications_target",
    "schedule",
    "roles",
    "name",
    "headline",
]


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FastAPI]:
    if request.param == "sqlite":
        yield from _app(tmp_path, None)
    else:
        with throwaway_postgres("nextyes_parity_forms") as url:
            yield from _app(tmp_path, url)


def _app(home: Path, url: str | None) -> Iterator[FastAPI]:
    app = create_app(
        Settings(home=home, database_url=url, secret_key=None), clock=FixedClock.on(TODAY)
    )
    load_demo(app.state.workspace)
    yield app
    app.state.workspace.db.dispose()


def test_odd_input_gets_an_answer_a_person_can_read(demo_app: FastAPI) -> None:
    ws: Workspace = demo_app.state.workspace
    [interview, *_] = list_interviews(ws)
    before = list_interviews(ws)
    routes = [
        f"/applications/{interview.application_id}/interviews",
        f"/interviews/{interview.id}/edit",
        "/history",
        "/history/1/edit",
        "/checkin/writing",
        "/checkin",
        "/checkin/1/edit",
        "/checkin/who5",
        "/if-then",
        "/if-then/1/edit",
        "/if-then/week",
        "/settings/profile",
    ]
    token = token_for(demo_app.state.secret, ws.owner_id)
    failures = []
    with TestClient(
        demo_app, base_url=BASE_URL, headers={"X-CSRF-Token": token}, raise_server_exceptions=False
    ) as client:
        after_first_sweep(demo_app, client)
        for route in routes:
            for odd in ODD:
                answer = client.post(route, data=dict.fromkeys(FIELDS, odd), follow_redirects=False)
                if answer.status_code >= 500:
                    failures.append(f"{route} with {odd[:20]!r}: {answer.status_code}")
    assert failures == []
    assert list_interviews(ws) == before  # no odd value makes a day and a time
