"""The same form or API request sent several times at once, or again after its answer was
lost, is handled once: checked through a real server (uvicorn) with real concurrent HTTP
requests, on SQLite and PostgreSQL."""

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx
import pytest
import uvicorn
from sqlalchemy import func, select

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    add_application,
    application_detail,
    move_application,
    record_rejection,
)
from nextyes.services.workspace import Workspace
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.conftest import TODAY, throwaway_postgres

# A loaded machine (a CI runner, the whole suite beside it) may take seconds per request:
# httpx's own 5-second default made a slow answer look like a failure.
SLOW = 60


@dataclass
class Live:
    url: str
    ws: Workspace
    csrf: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Live]:
    with ExitStack() as stack:
        url = None
        if request.param == "postgresql":
            url = stack.enter_context(throwaway_postgres("nextyes_twice"))
        yield from serve(tmp_path, url)


def serve(tmp_path: Path, url: str | None) -> Iterator[Live]:
    """The real app under uvicorn in a thread, on its own port, until the test ends."""
    settings = Settings(home=tmp_path, database_url=url, secret_key=None)
    app = create_app(settings, clock=FixedClock.on(TODAY))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    assert app.state.first_sweep.wait(60)
    ws: Workspace = app.state.workspace
    yield Live(f"http://127.0.0.1:{port}", ws, token_for(app.state.secret, ws.owner_id))
    server.should_exit = True
    thread.join(timeout=10)
    ws.db.dispose()


def at_once(times: int, send: "Sender") -> list[httpx.Response]:
    start = threading.Barrier(times)

    def one(_: int) -> httpx.Response:
        with httpx.Client(timeout=SLOW, follow_redirects=False) as client:
            start.wait()
            return send(client)

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(one, range(times)))


class Sender:
    def __init__(self, method: str, url: str, **kwargs: object) -> None:
        self.method, self.url, self.kwargs = method, url, kwargs

    def __call__(self, client: httpx.Client) -> httpx.Response:
        return client.request(self.method, self.url, **self.kwargs)  # type: ignore[arg-type]


def interviewing(ws: Workspace) -> int:
    added = add_application(ws, NewApplication("Orchard & Co", "Insights Analyst"))
    move_application(ws, added.id, Stage.INTERVIEWING)
    return added.id


def kept_requests(ws: Workspace) -> int:
    from nextyes.store.tables import RequestKeyRow

    with ws.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(RequestKeyRow)) or 0


def plan_steps(ws: Workspace, application_id: int) -> int:
    from nextyes.store.tables import StepRow

    with ws.db.transaction() as session:
        found = select(func.count()).where(StepRow.application_id == application_id)
        return session.scalar(found) or 0


# 2 is a double click, 12 the probe, 50 a burst (once per engine: it is the slow one).
@pytest.mark.parametrize("times", [2, 12, 50])
def test_a_double_clicked_rejection_form_records_one_no(live: Live, times: int) -> None:
    alone = interviewing(live.ws)
    record_rejection(live.ws, alone, RejectionForm.EXPLICIT, reason="They chose someone internal")
    one_plan = plan_steps(live.ws, alone)
    application_id = add_application(live.ws, NewApplication("Kestrel", "Analyst")).id
    move_application(live.ws, application_id, Stage.INTERVIEWING)
    form = {
        "csrf_token": live.csrf,
        "idempotency_key": "form-render-1",
        "form": "explicit",
        "reason": "They chose someone internal",
    }
    send = Sender("POST", f"{live.url}/applications/{application_id}/reject", data=form)

    answers = at_once(times, send)

    assert {a.status_code for a in answers} == {303}
    assert {a.headers["location"] for a in answers} == {
        f"/applications/{application_id}/reject/feel"
    }
    assert sum(a.headers.get("idempotent-replay") == "true" for a in answers) == times - 1
    detail = application_detail(live.ws, application_id)
    assert len(detail.rejections) == 1
    assert [e.kind.value for e in detail.events].count("rejected") == 1
    assert one_plan > 0
    assert plan_steps(live.ws, application_id) == one_plan  # one recovery plan, not `times`


def test_an_api_retry_with_the_same_key_gets_the_first_answer(live: Live) -> None:
    application_id = interviewing(live.ws)
    headers = {"X-CSRF-Token": live.csrf, "Idempotency-Key": "retry-7"}
    body = {"form": "explicit", "reason": "Internal hire"}
    url = f"{live.url}/api/v1/applications/{application_id}/rejection"

    answers = at_once(5, Sender("POST", url, json=body, headers=headers))
    later = httpx.post(url, json=body, headers=headers, timeout=SLOW)

    assert [a.status_code for a in answers] == [201] * 5
    assert later.status_code == 201  # the first answer, not "already recorded" (200)
    assert later.headers["idempotent-replay"] == "true"
    assert {a.json()["rejection"]["id"] for a in [*answers, later]} == {
        answers[0].json()["rejection"]["id"]
    }
    assert len(application_detail(live.ws, application_id).rejections) == 1


def test_a_refused_request_is_not_kept_so_trying_again_works(live: Live) -> None:
    application_id = interviewing(live.ws)
    url = f"{live.url}/api/v1/applications/{application_id}/rejection"
    body = {"form": "explicit"}
    refused = httpx.post(url, json=body, headers={"Idempotency-Key": "k", "X-CSRF-Token": "no"},
                         timeout=SLOW)  # fmt: skip
    assert refused.status_code == 403
    accepted = httpx.post(url, json=body, headers={"Idempotency-Key": "k",
                                                   "X-CSRF-Token": live.csrf},
                          timeout=SLOW)  # fmt: skip
    assert accepted.status_code == 201
    assert "idempotent-replay" not in accepted.headers


def test_the_same_key_on_another_request_is_another_request(live: Live) -> None:
    headers = {"X-CSRF-Token": live.csrf, "Idempotency-Key": "same"}
    url = f"{live.url}/api/v1/applications"
    first = httpx.post(url, json={"company": "Kestrel", "role": "Analyst"}, headers=headers,
                       timeout=SLOW)  # fmt: skip
    second = httpx.post(url, json={"company": "Umbra", "role": "Lead"}, headers=headers,
                        timeout=SLOW)  # fmt: skip
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["id"] != second.json()["id"]


def test_requests_without_a_key_are_left_alone(live: Live) -> None:
    url = f"{live.url}/api/v1/applications"
    answer = httpx.post(url, json={"company": "Kestrel", "role": "Analyst"},
                        headers={"X-CSRF-Token": live.csrf}, timeout=SLOW)  # fmt: skip
    assert answer.status_code == 201
    assert kept_requests(live.ws) == 0
