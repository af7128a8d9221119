"""Hosted mode's access log says what was asked and how it went, and nothing about who."""

import logging
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.services.accounts import Accounts
from tests.hosted.conftest import PASSWORD, browser, post_form, signed_up


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def access_lines() -> Iterator[list[str]]:
    handler = Lines()
    logger = logging.getLogger("nextyes.access")
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


def test_each_request_is_one_line_without_addresses_ids_or_tokens(
    hosted_app: FastAPI, accounts: Accounts, access_lines: list[str]
) -> None:
    invite = accounts.invite("xia@example.org")
    client = signed_up(hosted_app, accounts, "yan@example.org")
    added = client.post(
        "/api/v1/applications",
        json={"company": "Quill Works", "role": "Editor"},
        headers={"X-CSRF-Token": post_csrf(client)},
    )
    assert added.status_code == 201
    app_id = added.json()["id"]
    client.get(f"/applications/{app_id}?tab=notes&q=secret-search")
    client.get(f"/signup/{invite}")
    post_form(browser(hosted_app), "/signin", {"email": "yan@example.org", "password": "wrong!"})
    post_form(browser(hosted_app), "/signin", {"email": "yan@example.org", "password": PASSWORD})
    said = "\n".join(access_lines)
    assert "GET /applications/{application_id} 200" in said
    assert "GET /signup/{token} 200" in said
    assert "POST /signin 422" in said
    assert "POST /signin 303" in said
    assert "POST /api/v1/applications 201" in said
    for private in ("yan@example.org", "xia@example.org", invite, "secret-search", "testclient"):
        assert private not in said, private
    assert f"/applications/{app_id}" not in said


def post_csrf(client: TestClient) -> str:
    found = re.search(r'"X-CSRF-Token": "([0-9a-f]{64})"', client.get("/today").text)
    assert found
    return found.group(1)
