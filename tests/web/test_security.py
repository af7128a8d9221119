"""Security from day one: CSRF on every state change, no state change on GET, strict headers,
local host names only, secrets kept private, errors in one line."""

import os
import re
import stat
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.config import Settings
from nextyes.services.pipeline import pipeline
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app
from nextyes.web.csrf import SECRET_FILE, load_secret, token_for


def test_a_post_without_the_token_is_refused_and_changes_nothing(
    bare_client: TestClient, workspace: Workspace
) -> None:
    response = bare_client.post(
        "/applications", data={"company": "Sneaky Co", "role": "Analyst", "stage": "applied"}
    )
    assert response.status_code == 403
    assert "security token" in response.text
    assert sum(c.count for c in pipeline(workspace)) == 0


def test_the_api_refuses_a_missing_or_wrong_token_as_problem_json(
    bare_client: TestClient, csrf: str
) -> None:
    for headers in ({}, {"X-CSRF-Token": "0" * len(csrf)}, {"X-CSRF-Token": ""}):
        response = bare_client.post("/api/v1/applications", json={}, headers=headers)
        assert response.status_code == 403, headers
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["status"] == 403
        assert "X-CSRF-Token" in problem["detail"]
        assert "\n" not in problem["detail"]


def test_a_form_field_token_is_accepted_like_the_header(bare_client: TestClient, csrf: str) -> None:
    # An unknown route, so the guard (which runs first) is what we observe: 404, not 403.
    response = bare_client.post("/no-such-form", data={"csrf_token": csrf})
    assert response.status_code == 404


def test_one_persons_token_is_useless_for_another(app: FastAPI) -> None:
    secret = app.state.secret
    assert token_for(secret, 1) != token_for(secret, 2)
    assert token_for(secret, 1) == token_for(secret, 1)


def test_the_api_hands_out_the_token_it_expects(bare_client: TestClient, csrf: str) -> None:
    response = bare_client.get("/api/v1/csrf-token")
    assert response.status_code == 200
    assert response.json() == {"csrf_token": csrf, "header": "X-CSRF-Token"}


def test_get_requests_never_change_anything(client: TestClient, workspace: Workspace) -> None:
    for path in ("/", "/today", "/pipeline", "/lessons", "/contacts", "/checkin", "/settings"):
        client.get(path)
    assert sum(c.count for c in pipeline(workspace)) == 0


@pytest.mark.parametrize(
    "path", ["/today", "/pipeline", "/api/v1/csrf-token", "/no-such-page", "/api/v1/nothing"]
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["connect-src"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"
    assert "access-control-allow-origin" not in headers


def test_unknown_pages_and_api_paths_answer_in_their_own_language(client: TestClient) -> None:
    page = client.get("/no-such-page")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "there is no page at /no-such-page" in page.text

    api = client.get("/api/v1/nothing")
    assert api.status_code == 404
    assert api.headers["content-type"] == "application/problem+json"
    assert api.json()["title"] == "Not found"


def test_other_host_names_are_refused(app: FastAPI) -> None:
    # A site that re-points its own name at 127.0.0.1 (DNS rebinding) must not read our pages.
    with TestClient(app, base_url="http://evil.example") as client:
        assert client.get("/today").status_code == 400
    with TestClient(app, base_url="http://localhost:8000") as client:
        assert client.get("/today").status_code == 200


def test_named_hosts_can_be_allowed(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, database_url=None, allowed_hosts=["careers.example.org"])
    app = create_app(settings)
    try:
        with TestClient(app, base_url="https://careers.example.org") as client:
            assert client.get("/healthz").status_code == 200
    finally:
        app.state.workspace.db.dispose()


def test_the_secret_key_is_made_once_and_readable_by_its_owner_only(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, database_url=None, secret_key=None)
    first = load_secret(settings)
    assert len(first) >= 64
    assert load_secret(settings) == first
    mode = stat.S_IMODE(os.stat(tmp_path / SECRET_FILE).st_mode)
    assert mode == 0o600


def test_a_configured_secret_key_wins_and_is_never_shown(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, database_url=None, secret_key="correct horse battery")
    assert load_secret(settings) == b"correct horse battery"
    assert not (tmp_path / SECRET_FILE).exists()
    assert "correct horse" not in repr(settings)


def test_the_app_binds_to_loopback_by_default() -> None:
    assert Settings(database_url=None).host == "127.0.0.1"


def test_pages_load_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/today").text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    for src in ("/static/htmx.min.js", "/static/app.js", "/static/style.css"):
        assert src in page
        assert client.get(src).status_code == 200
