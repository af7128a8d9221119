"""HEAD answers like GET, without a body, on every page (link checkers, monitors and
`curl -I` ask with HEAD; FastAPI's GET routes alone answered 405)."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from nextyes.config import Settings
from nextyes.services.preferences import calendar_token
from nextyes.web import pages
from nextyes.web.pages import account, advisers
from tests.web.test_demo_pages import serve_demo

# A path parameter, and the table its first demo row is read from.
PARAMETERS = {
    "application_id": "applications",
    "interview_id": "interviews",
    "contact_id": "contacts",
    "entry_id": "writing_entries",
    "job_id": "past_jobs",
}
# The sign-in and adviser pages, and background imports, are hosted mode's (404 here);
# tests/hosted asks with HEAD.
PAGE_ROUTES = sorted(
    route.path
    for router in pages.ROUTERS
    if router not in (account.router, advisers.router)
    for route in router.routes
    if isinstance(route, APIRoute)
    and "GET" in (route.methods or ())
    and not route.path.startswith("/import/jobs/")
)
OTHER_PATHS = ["/", "/healthz", "/api/v1/applications", "/api/v1/openapi.json", "/static/style.css"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, TestClient, Path]]:
    """The demo search (something behind every page), served in-process."""
    home = tmp_path_factory.mktemp("head")
    with serve_demo(Settings(home=home, database_url=None, secret_key=None)) as (app, client):
        yield app, client, home / "demo" / "nextyes.db"


def filled(path: str, app: FastAPI, database: Path) -> str:
    """The route's path with a real id of the demo for each parameter."""
    with closing(sqlite3.connect(database)) as connection:
        for name, table in PARAMETERS.items():
            if "{" + name + "}" in path:
                found = connection.execute(f"SELECT min(id) FROM {table}").fetchone()[0]
                assert found is not None, f"the demo has no {table}"
                path = path.replace("{" + name + "}", str(found))
    if "{token}" in path:
        path = path.replace("{token}", calendar_token(app.state.workspace))
    assert "{" not in path, f"no demo value for a parameter of {path}"
    return path


def test_every_page_route_is_listed() -> None:
    assert len(PAGE_ROUTES) >= 25  # the list is built from the routers, not typed in
    assert "/today" in PAGE_ROUTES
    assert "/import/review" in PAGE_ROUTES


@pytest.mark.parametrize("route", PAGE_ROUTES + OTHER_PATHS)
def test_head_answers_like_get_without_a_body(
    demo: tuple[FastAPI, TestClient, Path], route: str
) -> None:
    app, client, database = demo
    path = filled(route, app, database)
    get = client.get(path, follow_redirects=False)
    head = client.head(path, follow_redirects=False)
    assert get.status_code < 400, (path, get.status_code)
    assert head.status_code == get.status_code, path
    assert head.content == b""
    assert head.headers.get("content-type") == get.headers.get("content-type")
    assert head.headers.get("location") == get.headers.get("location")
    assert head.headers["x-frame-options"] == "DENY"  # the security headers too
    if "content-length" in head.headers:  # the size a GET gets
        assert int(head.headers["content-length"]) == len(get.content)


def test_head_of_an_unknown_page_is_404_and_of_a_form_only_path_is_405(
    demo: tuple[FastAPI, TestClient, Path],
) -> None:
    _, client, _ = demo
    assert client.head("/no-such-page").status_code == 404
    answer = client.head("/demo/leave")
    assert answer.status_code == 405
    assert answer.content == b""
    assert answer.headers["allow"] == "POST"
