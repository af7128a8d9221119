"""The inbox API: import an uploaded mbox or .eml files, list the review queue, confirm
(or correct) and dismiss; each route's success, a validation error and an unknown id."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.stages import Stage
from nextyes.services import inbox
from nextyes.services.workspace import Workspace
from nextyes.web import inbox_upload
from tests.web.api_arrange import UNKNOWN_ID, is_problem, snapshot
from tests.web.test_inbox_pages import (
    HOSTILE_SUBJECT,
    apply,
    lumen,
    no_startup_sweep,
    queued,
    stage_of,
    the_search,
)

MAIL = Path(__file__).parent.parent / "fixtures" / "mail"
API = "/api/v1/inbox"
__all__ = ["no_startup_sweep"]  # autouse: see test_inbox_pages


def mbox_part(name: str = "search.mbox") -> dict[str, tuple[str, bytes]]:
    return {"files": (name, (MAIL / name).read_bytes())}


def test_import_an_mbox(client: TestClient, workspace: Workspace) -> None:
    apps = the_search(workspace)
    done = client.post(f"{API}/import", files=mbox_part())
    assert done.status_code == 200, done.text
    summary = done.json()
    assert (summary["read"], summary["already_seen"], summary["skipped"]) == (13, 1, 1)
    assert summary["rejections_recorded"] == 1
    assert summary["by_label"]["rejection"] == 1
    assert stage_of(workspace, apps["lumen"]) is Stage.REJECTED
    again = client.post(f"{API}/import", files=mbox_part(), params={"format": "mbox"}).json()
    assert again["already_seen"] == 13
    assert again["acted"] == again["queued"] == 0


def test_import_eml_files_the_format_guessed_from_their_names(
    client: TestClient, workspace: Workspace
) -> None:
    apps = the_search(workspace)
    files = [
        ("files", (n, (MAIL / "eml" / n).read_bytes()))
        for n in ("greenhouse_multipart_rejection.eml", "lever_interview.eml")
    ]
    summary = client.post(f"{API}/import", files=files).json()
    assert summary["read"] == 2
    assert stage_of(workspace, apps["acme"]) is Stage.INTERVIEWING


@pytest.mark.parametrize(
    ("params", "files", "status", "detail"),
    [
        ({"format": "zip"}, mbox_part(), 422, "format: Input should be 'mbox' or 'eml'"),
        ({}, {"files": ("notes.txt", b"Dear diary")}, 422, "notes.txt is not an mbox file"),
        ({"format": "eml"}, {"files": ("notes.txt", b"Dear diary")}, 422,
         "notes.txt is not an .eml file"),
        ({}, {"other": ("a.mbox", b"From x")}, 422, "files: Field required"),
    ],
)  # fmt: skip
def test_import_refusals_name_the_problem_and_change_nothing(
    client: TestClient,
    workspace: Workspace,
    params: dict[str, str],
    files: dict[str, tuple[str, bytes]],
    status: int,
    detail: str,
) -> None:
    the_search(workspace)
    before = snapshot(workspace)
    problem = is_problem(client.post(f"{API}/import", params=params, files=files), status)
    assert problem["detail"].startswith(detail), problem["detail"]
    assert snapshot(workspace) == before


def test_import_over_the_cap_is_413(
    client: TestClient, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox_upload, "MAX_UPLOAD_BYTES", 1_000)
    before = snapshot(workspace)
    problem = is_problem(client.post(f"{API}/import", files=mbox_part()), 413)
    assert "larger than 1,000 bytes" in problem["detail"]
    assert snapshot(workspace) == before


def test_import_needs_the_token(bare_client: TestClient, workspace: Workspace) -> None:
    before = snapshot(workspace)
    is_problem(bare_client.post(f"{API}/import", files=mbox_part()), 403)
    assert snapshot(workspace) == before


def test_the_review_queue(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, HOSTILE_SUBJECT)
    page = client.get(f"{API}/review").json()
    assert page["total"] == 1
    assert (page["limit"], page["offset"]) == (50, 0)
    (entry,) = page["items"]
    assert entry["item"]["id"] == item
    assert entry["item"]["subject"] == HOSTILE_SUBJECT  # data, as sent: escape it to show it
    assert entry["item"]["label"] == "rejection"
    assert entry["item"]["status"] == "open"
    assert entry["application"]["company"] == "Lumen Health"
    assert client.get(f"{API}/review", params={"status": "dismissed"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("params", "field"),
    [({"limit": 0}, "limit"), ({"limit": 201}, "limit"), ({"offset": -1}, "offset"),
     ({"status": "maybe"}, "status")],
)  # fmt: skip
def test_the_review_queue_refuses_bad_paging(
    client: TestClient, params: dict[str, int | str], field: str
) -> None:
    problem = is_problem(client.get(f"{API}/review", params=params), 422)
    assert problem["detail"].startswith(f"{field}:")


def test_confirm_takes_the_guess(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    done = client.post(f"{API}/review/{item}/confirm")
    assert done.status_code == 200, done.text
    outcome = done.json()
    assert outcome["label"] == "rejection"
    assert outcome["corrected"] is False
    assert outcome["item"]["status"] == "confirmed"
    assert outcome["application"]["stage"] == "rejected"
    assert outcome["done"] == "recorded the rejection and started its plan"


def test_confirm_with_a_correction(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    other = apply(workspace, "Northwind", "Backend Engineer")
    body = {"label": "interview", "application_id": other.id}
    outcome = client.post(f"{API}/review/{item}/confirm", json=body).json()
    assert outcome["corrected"] is True
    assert stage_of(workspace, other) is Stage.INTERVIEWING
    assert stage_of(workspace, lumen(workspace)) is Stage.APPLIED


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"label": "maybe"}, 422, "label: Input should be"),
        ({"application_id": 0}, 422, "application_id: Input should be greater than"),
        ({"create_application": "yes"}, 422, "create_application: Input should be a valid boolean"),
        ({"surprise": 1}, 422, "surprise: Extra inputs are not permitted"),
        ({"application_id": 1, "create_application": True}, 422, "choose an application or"),
        ({"application_id": UNKNOWN_ID}, 404, f"no application with id {UNKNOWN_ID}"),
    ],
)  # fmt: skip
def test_confirm_refusals_change_nothing(
    client: TestClient, workspace: Workspace, body: dict[str, object], status: int, detail: str
) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    before = snapshot(workspace)
    problem = is_problem(client.post(f"{API}/review/{item}/confirm", json=body), status)
    assert problem["detail"].startswith(detail), problem["detail"]
    assert snapshot(workspace) == before


def test_dismiss(client: TestClient, workspace: Workspace) -> None:
    item = queued(workspace, "rejection 0.5: Lumen Health update")
    outcome = client.post(f"{API}/review/{item}/dismiss").json()
    assert outcome["item"]["status"] == "dismissed"
    assert outcome["label"] == "other"
    assert stage_of(workspace, lumen(workspace)) is Stage.APPLIED
    before = snapshot(workspace)
    problem = is_problem(client.post(f"{API}/review/{item}/dismiss"), 422)
    assert problem["detail"] == f"review item {item} was already dismissed"
    assert snapshot(workspace) == before


@pytest.mark.parametrize("action", ["confirm", "dismiss"])
def test_unknown_and_other_peoples_items_are_404(
    client: TestClient, workspace: Workspace, action: str
) -> None:
    someone = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = queued(someone, "rejection 0.5: Lumen Health update")
    before = snapshot(workspace)
    for item in (UNKNOWN_ID, theirs):
        problem = is_problem(client.post(f"{API}/review/{item}/{action}"), 404)
        assert problem["detail"] == f"no review item with id {item}"
    problem = is_problem(client.post(f"{API}/review/first/{action}"), 422)
    assert problem["detail"].startswith("item_id:")
    assert snapshot(workspace) == before
    assert inbox.review_item(someone, theirs).item.status.value == "open"
