"""Every request body is capped as it arrives: too large is 413 with one line, a kind page or
problem+json, and nothing is saved, whether the request says its size or is sent in chunks."""

from collections.abc import Iterator

from fastapi.testclient import TestClient

from nextyes.services.applications import list_applications
from nextyes.services.workspace import Workspace
from nextyes.web.body_limit import REQUEST_LIMIT, limit_for
from nextyes.web.inbox_upload import MAX_UPLOAD_BYTES
from tests.web.api_arrange import is_problem, snapshot

API = "/api/v1"
TOO_LARGE = "this request is larger than 4 MB; nothing was saved"


def test_the_cap_leaves_room_for_the_longest_form() -> None:
    # A reflection's answers can each be 100,000 characters of up to 4 bytes in UTF-8.
    assert REQUEST_LIMIT > 5 * 4 * 100_000


def test_a_json_body_over_the_cap_is_413_and_saves_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    body = {"company": "Northwind", "role": "Analyst", "description": "x" * REQUEST_LIMIT}
    problem = is_problem(client.post(f"{API}/applications", json=body), 413)
    assert problem["detail"] == TOO_LARGE
    assert list_applications(workspace) == []
    # Within the cap the same request is read and judged on its fields as usual.
    body["description"] = "x" * 100_001
    is_problem(client.post(f"{API}/applications", json=body), 422)


def test_a_form_over_the_cap_gets_a_kind_page(client: TestClient, workspace: Workspace) -> None:
    data = {"company": "Northwind", "role": "Analyst", "location": "x" * REQUEST_LIMIT}
    page = client.post("/applications", data=data)
    assert page.status_code == 413
    assert "text/html" in page.headers["content-type"]
    assert TOO_LARGE in page.text
    assert list_applications(workspace) == []


def chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    """A body sent in pieces: the request carries no Content-Length to refuse up front."""
    sent = 0
    while sent < total:
        piece = min(size, total - sent)
        sent += piece
        yield b"x" * piece


def test_a_chunked_body_is_counted_as_it_arrives(client: TestClient, workspace: Workspace) -> None:
    before = snapshot(workspace)
    answer = client.post(
        f"{API}/applications",
        content=chunks(REQUEST_LIMIT + 1),
        headers={"Content-Type": "application/json"},
    )
    assert "content-length" not in {k.lower() for k in answer.request.headers}
    assert is_problem(answer, 413)["detail"] == TOO_LARGE
    assert snapshot(workspace) == before


def test_a_chunked_mail_upload_is_stopped_at_its_cap(
    client: TestClient, workspace: Workspace
) -> None:
    # The import's own cap plus room for the form: Starlette stops spooling there, and
    # nothing is imported, however the upload is sent.
    cap = limit_for(f"{API}/inbox/import")
    assert cap == MAX_UPLOAD_BYTES + 1024 * 1024
    before = snapshot(workspace)
    boundary = "nextyes-test-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.mbox"\r\n'
        "Content-Type: application/mbox\r\n\r\n"
    ).encode()

    def upload() -> Iterator[bytes]:
        yield head
        yield from chunks(cap + 1, size=1024 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    answer = client.post(
        f"{API}/inbox/import",
        content=upload(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert is_problem(answer, 413)["detail"].startswith("that upload is larger than 200 MB;")
    assert snapshot(workspace) == before


def test_a_declared_size_over_the_cap_is_refused_unread(
    client: TestClient, workspace: Workspace
) -> None:
    def small_body_said_to_be_large() -> Iterator[bytes]:
        yield b"{}"

    answer = client.post(
        f"{API}/applications",
        content=small_body_said_to_be_large(),
        headers={"Content-Type": "application/json", "Content-Length": str(REQUEST_LIMIT + 1)},
    )
    assert is_problem(answer, 413)["detail"] == TOO_LARGE
    assert list_applications(workspace) == []
