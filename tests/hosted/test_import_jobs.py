"""Hosted mode reads mail in the background: an upload (or an IMAP folder) becomes an import
job, its page shows where it stands and then the same summary a local import shows; one
import at a time per person and a daily number, whichever process is asked; a job whose
process is gone is said to have stopped, and frees its person. On PostgreSQL."""

import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from nextyes.clock import FixedClock
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.stages import Stage
from nextyes.mail.readers import RawMessage
from nextyes.services.accounts import Accounts, SignedIn
from nextyes.services.applications import add_application, application_detail
from nextyes.services.forget import forget_everything
from nextyes.services.import_jobs import LOST, STALE_RUNNING, STILL_RUNNING, ImportJobs, ImportLimit
from nextyes.services.workspace import Workspace
from nextyes.store.account_tables import AccountRow, ImportJobRow
from nextyes.web.inbox_upload import lasting_scratch
from tests.hosted.conftest import form_token, signed_up
from tests.inbox_helpers import mail, raw

MAIL = Path(__file__).parent.parent / "fixtures" / "mail"
FEB = date(2026, 2, 2)
HTMX = {"HX-Request": "true"}


def user_id(app: FastAPI, email: str) -> int:
    with app.state.workspace.db.transaction() as session:
        return int(session.scalar(select(AccountRow.user_id).where(AccountRow.email == email)))


def workspace(app: FastAPI, email: str) -> Workspace:
    base = app.state.workspace
    return Workspace(base.db, user_id(app, email), base.clock)


def upload(client: TestClient, name: str = "search.mbox") -> object:
    token = form_token(client, "/import")
    with (MAIL / name).open("rb") as file:
        return client.post("/import/mbox", data={"csrf_token": token}, files={"mbox": (name, file)})


def finished(client: TestClient, path: str) -> str:
    """The job's page once the import has ended (it runs in a worker thread)."""
    for _ in range(300):
        page = client.get(path)
        assert page.status_code == 200, page.text
        if "Reading your mail" not in page.text:
            return page.text
        time.sleep(0.05)
    raise AssertionError(f"{path} still running after 15 s")


class Held:
    """Mail that arrives only when let through: a job that stays running while it waits."""

    def __init__(self) -> None:
        self.go = threading.Event()

    def messages(self) -> Iterator[RawMessage]:
        self.go.wait(20)
        return
        yield  # a generator, like the readers


@pytest.fixture
def jobs(hosted_app: FastAPI) -> ImportJobs:
    found: ImportJobs = hosted_app.state.import_jobs
    return found


def test_an_upload_is_read_in_the_background_then_its_page_is_the_summary(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    client = signed_up(hosted_app, accounts, "ana@example.org")
    ws = workspace(hosted_app, "ana@example.org")
    lumen = add_application(
        ws, NewApplication("Lumen Health", "Senior Data Analyst", Channel.DIRECT,
                           Stage.INTERVIEWING, FEB)
    )  # fmt: skip
    answer = upload(client)
    assert answer.status_code == 303, answer.text  # type: ignore[attr-defined]
    where = answer.headers["location"]  # type: ignore[attr-defined]
    assert where.startswith("/import/jobs/")
    page = finished(client, where)
    assert "Import finished" in page
    assert "Read 13 messages from search.mbox." in page
    # The tracker changed as a local import changes it: the "no" from Lumen is recorded.
    assert application_detail(ws, lumen.id).application.stage == Stage.REJECTED
    # The Import page links back to it for the week.
    listing = client.get("/import").text
    assert f'<a href="{where}">search.mbox</a>' in listing
    assert "done, 13 read" in listing


def test_while_one_import_runs_the_person_cannot_start_another(
    hosted_app: FastAPI, accounts: Accounts, jobs: ImportJobs
) -> None:
    client = signed_up(hosted_app, accounts, "ben@example.org")
    ws = workspace(hosted_app, "ben@example.org")
    held = Held()
    job = jobs.start(ws, "mbox", "big.mbox", held.messages())
    try:
        page = client.get(f"/import/jobs/{job.id}")
        assert "Reading your mail" in page.text
        assert 'hx-trigger="every 3s"' in page.text
        assert client.get(f"/import/jobs/{job.id}", headers=HTMX).headers.get("HX-Refresh") is None

        again = upload(client)
        assert again.status_code == 429  # type: ignore[attr-defined]
        assert STILL_RUNNING[:40] in again.text  # type: ignore[attr-defined]
        # The IMAP form is refused before any login is tried.
        token = form_token(client, "/import")
        imap = client.post(
            "/import/imap",
            data={"csrf_token": token, "host": "imap.example.org", "user": "me", "password": "x"},
        )
        assert imap.status_code == 429
        assert STILL_RUNNING[:40] in imap.text
        # Someone else is not held up by it.
        other = signed_up(hosted_app, accounts, "cai@example.org")
        assert upload(other).status_code == 303  # type: ignore[attr-defined]
    finally:
        held.go.set()
    # Once it ends, the polling page is told to load itself whole: the summary.
    for _ in range(300):
        if client.get(f"/import/jobs/{job.id}", headers=HTMX).headers.get("HX-Refresh"):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the job never ended")
    assert "Read 0 messages from big.mbox." in client.get(f"/import/jobs/{job.id}").text
    assert upload(client).status_code == 303  # type: ignore[attr-defined]


def test_a_job_whose_process_stopped_is_said_to_have_stopped_and_frees_its_person(
    hosted_app: FastAPI, accounts: Accounts, jobs: ImportJobs, hosted_clock: FixedClock
) -> None:
    client = signed_up(hosted_app, accounts, "dee@example.org")
    ws = workspace(hosted_app, "dee@example.org")
    # A row as a process leaves it when it dies mid-import: running, heartbeat going stale.
    now = hosted_clock.now()
    with ws.db.transaction() as session:
        row = ImportJobRow(user_id=ws.owner_id, source="mbox", what="old.mbox", status="running",
                           created_at=now, heartbeat_at=now, read=500)  # fmt: skip
        session.add(row)
        session.flush()
        job_id = row.id
    assert isinstance(jobs.refusal(ws), ImportLimit)
    hosted_clock.advance(hours=1)  # past STALE_RUNNING without a heartbeat
    assert timedelta(hours=1) > STALE_RUNNING
    assert jobs.refusal(ws) is None
    page = client.get(f"/import/jobs/{job_id}").text
    assert "The import stopped" in page
    assert LOST[:40] in page
    assert "500 messages had been read by then." in page


def test_stopping_the_app_says_so_on_its_unfinished_jobs(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    signed_up(hosted_app, accounts, "eli@example.org")
    ws = workspace(hosted_app, "eli@example.org")
    own = ImportJobs(ws.db, ws.clock, workers=1)
    held = Held()
    job = own.start(ws, "mbox", "big.mbox", held.messages())
    try:
        own.shutdown()
        stopped = own.get(ws, job.id)
        assert stopped.status == "failed"
        assert stopped.error == LOST
    finally:
        held.go.set()
        # Its worker thread runs on after the cut: let it give back its connection before
        # the fixture disposes the pool, or the garbage collector finds it open later.
        own.shutdown(wait=True)


def test_a_person_may_start_so_many_imports_a_day(hosted_app: FastAPI, accounts: Accounts) -> None:
    signed_up(hosted_app, accounts, "fay@example.org")
    ws = workspace(hosted_app, "fay@example.org")
    few = ImportJobs(ws.db, ws.clock, workers=1, per_day=2)
    try:
        for _ in range(2):
            job = few.start(ws, "mbox", "a.mbox", iter(()))
            for _ in range(300):
                if not few.get(ws, job.id).active:
                    break
                time.sleep(0.02)
        folder, cleanup = lasting_scratch()
        with pytest.raises(ImportLimit, match="2 imports in the last 24 hours"):
            few.start(ws, "mbox", "b.mbox", iter(()), cleanup)
        assert not folder.exists()  # the refused upload's copy is gone
    finally:
        few.shutdown(wait=True)  # its worker gives back its connection before the pool goes


def test_the_api_answers_202_and_the_imports_address(
    hosted_app: FastAPI, accounts: Accounts
) -> None:
    signed_up(hosted_app, accounts, "gus@example.org")
    ws = workspace(hosted_app, "gus@example.org")
    token = accounts.create_api_token(SignedIn(ws.owner_id, ""), "a script")
    api = TestClient(hosted_app, base_url="https://127.0.0.1")
    api.headers["Authorization"] = f"Bearer {token}"
    with (MAIL / "search.mbox").open("rb") as file:
        answer = api.post("/api/v1/inbox/import", files={"files": ("search.mbox", file)})
    assert answer.status_code == 202, answer.text
    where = answer.headers["location"]
    assert where == f"/api/v1/inbox/imports/{answer.json()['id']}"
    assert answer.json()["status"] in ("queued", "running")
    for _ in range(300):
        job = api.get(where).json()
        if job["status"] not in ("queued", "running"):
            break
        time.sleep(0.05)
    assert job["status"] == "done", job
    assert job["summary"]["read"] == 13
    assert [j["id"] for j in api.get("/api/v1/inbox/imports").json()] == [job["id"]]


def test_forgetting_everything_forgets_the_import_summaries(
    hosted_app: FastAPI, accounts: Accounts, jobs: ImportJobs
) -> None:
    signed_up(hosted_app, accounts, "hal@example.org")
    ws = workspace(hosted_app, "hal@example.org")
    job = jobs.start(ws, "mbox", "a.mbox", iter(()))
    for _ in range(300):
        if not jobs.get(ws, job.id).active:
            break
        time.sleep(0.02)
    gone = forget_everything(ws)
    assert gone.removed.get("import_jobs") == 1
    assert jobs.recent(ws) == []


def test_a_background_import_leaves_the_persons_own_mail_alone(
    hosted_app: FastAPI, accounts: Accounts, jobs: ImportJobs
) -> None:
    """The IMAP login is passed to the job as the person's own address, as in a local
    import; their acceptance of an offer is theirs, not news. The summary is kept, with
    its count, in the database (any process may show it)."""
    signed_up(hosted_app, accounts, "ana@example.org")
    ws = workspace(hosted_app, "ana@example.org")
    lumen = add_application(
        ws, NewApplication("Lumen Health", "Analyst", Channel.DIRECT, Stage.INTERVIEWING, FEB)
    )
    accepting = mail(
        "Re: Your offer", "Dear Priya, I'm delighted to accept your offer of the Analyst role.",
        sender="ana@example.org", message_id="accept@x",
    )  # fmt: skip
    job = jobs.start(ws, "imap", "Sent at imap.example.org", raw(accepting),
                     own_addresses=["ana@example.org"])  # fmt: skip
    for _ in range(300):
        job = jobs.get(ws, job.id)
        if not job.active:
            break
        time.sleep(0.05)
    assert job.status == "done", job
    assert job.summary is not None
    assert job.summary.own_mail == 1
    assert application_detail(ws, lumen.id).application.stage == Stage.INTERVIEWING
