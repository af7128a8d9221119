"""Every form the pages post to holds against odd input, on SQLite and on PostgreSQL: text no
database keeps, numbers no column holds, days no one means, markup, empty and very long
fields, and ids that are not there. Each gets an answer a person can read (a page, a
redirect, a 4xx), never a server error. PostgreSQL matters here: it refuses some text
SQLite stores (a NUL), so a check missing in the domain shows only there."""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.demo import load_demo
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.conftest import TODAY, throwaway_postgres
from tests.web.conftest import BASE_URL, after_first_sweep

# The names the page forms use, all sent at once: each form reads the ones it knows.
FIELDS = [
    "company",
    "role",
    "channel",
    "link",
    "location",
    "excitement",
    "stage",
    "date",
    "salary_min",
    "salary_max",
    "salary_currency",
    "until",
    "note",
    "name",
    "email",
    "linkedin",
    "notes",
    "kind",
    "tone",
    "mood",
    "label",
    "reason",
    "feedback",
    "form",
    "on",
    "next",
    "page",
    "cue",
    "action",
    "target",
    "schedule",
    "felt",
    "status",
    "title",
    "body",
    "share",
    "reply_days_applied",
    "support_resources",
    "went_well",
    "do_differently",
    "fit_score",
    "tags",
    "headline",
    "application_id",
    "contact_id",
]
ODD_VALUES = [
    "Lumen\x00Health",  # PostgreSQL refuses NUL
    "99999999999999999999",  # beyond any integer column
    "-1",
    "9999-12-31",
    "0001-01-01",
    "",
    "x" * 5_000,
    '<script>alert(1)</script>"',
]
UNKNOWN_ID = "99999999999999999999"
# Words of the machinery, never of a person: a page's answer to odd input has none of them.
DEVELOPER_TEXT = ("Input should be", "value_error", "Traceback", "NoneType", "Field required")
# Reads a mail server over the network; its own tests use a local Dovecot.
LEFT_OUT = {"/import/imap"}


def post_routes(app: FastAPI) -> list[str]:
    """The page routes that take a POST (not the JSON API, which schemathesis covers)."""

    def walk(routes: list[Any], prefix: str = "") -> Iterator[str]:
        for route in routes:
            inner = getattr(route, "original_router", None)  # FastAPI's included routers
            if inner is not None:
                yield from walk(inner.routes, prefix + getattr(inner, "prefix", ""))
            elif "POST" in (getattr(route, "methods", None) or ()):
                yield prefix + route.path

    found = sorted(set(walk(list(app.routes))))
    return [p for p in found if not p.startswith("/api/") and p not in LEFT_OUT]


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FastAPI]:
    if request.param == "sqlite":
        yield from _app(tmp_path, None)
    else:
        with throwaway_postgres("nextyes_forms") as url:
            yield from _app(tmp_path, url)


def _app(home: Path, url: str | None) -> Iterator[FastAPI]:
    app = create_app(
        Settings(home=home, database_url=url, secret_key=None), clock=FixedClock.on(TODAY)
    )
    load_demo(app.state.workspace)
    yield app
    app.state.workspace.db.dispose()


def test_every_page_form_answers_odd_input_without_a_server_error(demo_app: FastAPI) -> None:
    token = token_for(demo_app.state.secret, demo_app.state.workspace.owner_id)
    routes = post_routes(demo_app)
    assert "/applications" in routes  # the walk found the page routes
    assert "/steps/{step_id}/snooze" in routes
    failures = []
    with TestClient(
        demo_app, base_url=BASE_URL, headers={"X-CSRF-Token": token}, raise_server_exceptions=False
    ) as client:
        after_first_sweep(demo_app, client)
        for route in routes:
            for odd in ODD_VALUES:
                path = re.sub(r"\{[^}]+\}", "1", route)
                answer = client.post(path, data=dict.fromkeys(FIELDS, odd), follow_redirects=False)
                if answer.status_code >= 500:
                    failures.append(f"{path} with {odd[:20]!r}: {answer.status_code}")
                said = [w for w in DEVELOPER_TEXT if w in answer.text]
                if said:
                    failures.append(f"{path} with {odd[:20]!r} says {said}")
            if "{" in route:
                path = re.sub(r"\{[^}]+\}", UNKNOWN_ID, route)
                answer = client.post(path, data={"note": "x"}, follow_redirects=False)
                if answer.status_code >= 500:
                    failures.append(f"{path}: {answer.status_code}")
    assert failures == []
