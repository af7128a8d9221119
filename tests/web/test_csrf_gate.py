"""The CSRF check happens before the body is read: another site cannot make the app take in
a big upload only to refuse it, and requests that name another site are refused outright.

The upload tests run the real server (uvicorn) on a free port and talk to it over a socket:
they send the headers of a 150 MB upload and its first 64 KB, then wait. The app can only
answer what it has been sent, so a 403 arriving while the rest is unsent shows the refusal
came before the body was read (before, the app waited for all of it)."""

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.services.inbox import pending_review_count
from nextyes.services.pipeline import pipeline
from nextyes.services.workspace import Workspace
from nextyes.web.csrf_gate import FOREIGN_MESSAGE

MAIL = Path(__file__).parent.parent / "fixtures" / "mail"
BOUNDARY = "----nextyes-gate-test"
DECLARED = 150 * 1024 * 1024
FIRST_CHUNK = 64 * 1024
ANSWER_SECONDS = 10.0


def nothing_changed(workspace: Workspace) -> bool:
    return sum(c.count for c in pipeline(workspace)) == 0 and pending_review_count(workspace) == 0


# --- the real server, an upload that is never finished -----------------------------------


@pytest.fixture
def served(app: FastAPI) -> Iterator[int]:
    """The app under uvicorn on a free loopback port (in a thread: it stops with the test)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def part(name: str, value: bytes, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
    return f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + value + b"\r\n"


def unfinished_upload(port: int, first_parts: bytes, extra: dict[str, str]) -> tuple[str, str]:
    """Sends an upload's headers and its first bytes (of a declared 150 MB), never the rest;
    the status line and the body of the answer, which must come while the rest is unsent."""
    headers = {
        "Host": "127.0.0.1",
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
        "Content-Length": str(DECLARED),
        **extra,
    }
    head = "POST /import/mbox HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    start = first_parts + part("mbox", b"From x Mon Mar 16 08:00:00 2026\n", "big.mbox")
    body = start + b"x" * (FIRST_CHUNK - len(start))
    with socket.create_connection(("127.0.0.1", port), timeout=ANSWER_SECONDS) as connection:
        connection.sendall(head.encode() + b"\r\n" + body)
        answer = b""
        try:
            while True:  # until the server closes: it does, with a body left unread
                chunk = connection.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except TimeoutError:
            pass
    assert answer, "no answer while the upload was unfinished: the app waited for the body"
    status, _, rest = answer.decode("utf-8", "replace").partition("\r\n")
    return status, rest


def test_an_upload_from_another_site_is_refused_before_its_body(
    served: int, csrf: str, workspace: Workspace
) -> None:
    # Even with the right token (another site cannot know it, but the origin alone decides).
    status, rest = unfinished_upload(
        served, part("csrf_token", csrf.encode()), {"Origin": "http://evil.example"}
    )
    assert status == "HTTP/1.1 403 Forbidden"
    assert "another site" in rest
    assert nothing_changed(workspace)


@pytest.mark.parametrize(
    "first",
    [b"", b"wrong-token"],
    ids=["the file first, no token", "a wrong token first"],
)
def test_an_upload_without_its_token_first_is_refused_before_its_body(
    served: int, first: bytes, workspace: Workspace
) -> None:
    parts = part("csrf_token", first) if first else b""
    status, rest = unfinished_upload(served, parts, {})
    assert status == "HTTP/1.1 403 Forbidden"
    assert "security token" in rest
    assert nothing_changed(workspace)


# --- the same rules, through the test client ----------------------------------------------


def test_an_upload_with_the_token_first_and_no_header_is_imported(
    bare_client: TestClient, csrf: str, workspace: Workspace
) -> None:
    # What the Import page's form sends: the token is its first field.
    with (MAIL / "search.mbox").open("rb") as file:
        page = bare_client.post(
            "/import/mbox",
            data={"csrf_token": csrf},
            files={"mbox": ("search.mbox", file)},
            headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"},
        )
    assert page.status_code == 200, page.text
    assert "Import finished" in page.text
    assert "Read 13 messages from search.mbox." in page.text
    assert pending_review_count(workspace) > 0


def test_an_upload_with_the_token_after_the_file_is_refused(
    bare_client: TestClient, csrf: str, workspace: Workspace
) -> None:
    body = (
        part("mbox", (MAIL / "search.mbox").read_bytes(), "search.mbox")
        + part("csrf_token", csrf.encode())
        + f"--{BOUNDARY}--\r\n".encode()
    )
    page = bare_client.post(
        "/import/mbox",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert page.status_code == 403
    assert "security token" in page.text
    assert nothing_changed(workspace)


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "http://127.0.0.1:9999"},  # another local app is another site too
        {"Referer": "http://evil.example/page.html"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ],
    ids=["origin", "another port", "referer", "cross-site", "same-site"],
)
def test_a_change_from_another_site_is_refused_even_with_the_token(
    client: TestClient, workspace: Workspace, headers: dict[str, str]
) -> None:
    form = {"company": "Sneaky Co", "role": "Analyst", "stage": "applied"}
    page = client.post("/applications", data=form, headers=headers)
    assert page.status_code == 403
    assert "another site" in page.text
    answer = client.post("/api/v1/applications", json={}, headers=headers)
    assert answer.status_code == 403
    assert answer.json()["detail"] == FOREIGN_MESSAGE
    assert nothing_changed(workspace)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Origin": "null", "Sec-Fetch-Site": "same-origin"},  # what our own pages send
        {"Origin": "http://127.0.0.1", "Referer": "http://127.0.0.1/applications/new"},
    ],
    ids=["no origin (a script)", "our page", "our own origin"],
)
def test_a_change_from_our_own_pages_goes_through(
    bare_client: TestClient, csrf: str, workspace: Workspace, headers: dict[str, str]
) -> None:
    form = {"csrf_token": csrf, "company": "Lumen Health", "role": "Analyst", "stage": "applied"}
    page = bare_client.post("/applications", data=form, headers=headers)
    assert page.status_code in (200, 303), page.text
    assert sum(c.count for c in pipeline(workspace)) == 1
