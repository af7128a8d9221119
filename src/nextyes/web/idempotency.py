"""The same request twice is handled once: a double-clicked form, a retry after a lost
answer, an API client's retry with the same key.

Every page form carries a fresh `idempotency_key` field (`ui.csrf()`), and API clients may
send an `Idempotency-Key` header. A state-changing request with a key is looked up by a hash
of the person, the key, the method, the path and the body:

- first seen: it is claimed (a row in `request_keys`), handled, and its answer kept when it
  changed something (2xx or 3xx);
- seen and answered: the kept answer is sent again, and nothing runs twice;
- seen and still running (the second click of a double click): it waits for the first
  answer and sends that.

An answer that changed nothing (4xx) or failed (5xx) is not kept: trying again is safe and
runs again. Keys are forgotten after KEEP_HOURS. The rows are written outside the handler's
own transaction (on the engine), so a claim is visible to a second request at once."""

import asyncio
import hashlib
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from anyio import to_thread
from sqlalchemy import Engine, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextyes.store.tables import Base
from nextyes.web.body_limit import REQUEST_LIMIT, declared_size
from nextyes.web.deps import workspace
from nextyes.web.identity import who_is
from nextyes.web.problems import problem

HEADER = b"idempotency-key"
FIELD = "idempotency_key"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
KEEP_HOURS = 24
WAIT_SECONDS = 20.0  # how long a second request waits for the first one's answer
STALE_SECONDS = 120.0  # a claim this old without an answer was abandoned (a killed process)
POLL_SECONDS = 0.05
KEPT_HEADERS = frozenset(
    {b"content-type", b"location", b"set-cookie", b"hx-redirect", b"hx-trigger", b"hx-refresh"}
)
IN_FLIGHT = (
    "the same request is still being handled; wait a moment, then reload the page to see"
    " whether it went through"
)

TABLE: Table = Base.metadata.tables["request_keys"]


class Idempotency:
    """ASGI middleware: a state-changing request with an idempotency key runs once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE or not _small(scope):
            await self.app(scope, receive, send)
            return
        body = await _read_all(receive)
        key = _key_of(scope, body)
        if key is None:
            await self.app(scope, _replaying(body), send)
            return
        request = Request(scope)
        if request.app.state.settings.hosted() and who_is(request) is None:
            # A visitor's sign-in forms: nothing of anyone's to run twice.
            await self.app(scope, _replaying(body), send)
            return
        engine: Engine = workspace(request).db.engine
        owner = workspace(request).owner_id
        fingerprint = _fingerprint(owner, key, scope, body)
        kept = await _claim(engine, owner, fingerprint)
        if kept is not None and kept["body"] is None:
            await problem(request, 409, IN_FLIGHT)(scope, _replaying(b""), send)
            return
        if kept is not None:
            await _send_kept(kept, send)
            return
        answer = _Recorder(send)
        try:
            await self.app(scope, _replaying(body), answer.send)
        except BaseException:
            await to_thread.run_sync(_release, engine, owner, fingerprint)
            raise
        if answer.status is not None and 200 <= answer.status < 400 and answer.complete:
            await to_thread.run_sync(_keep, engine, owner, fingerprint, answer)
        else:
            await to_thread.run_sync(_release, engine, owner, fingerprint)
        await answer.flush()


def _small(scope: Scope) -> bool:
    """Only bodies we may hold in memory: forms and JSON with a declared size, never uploads."""
    for name, value in scope.get("headers", []):
        if name == b"content-type" and value.startswith(b"multipart/"):
            return False
    size = declared_size(scope)
    if size is None:
        return bool(scope["method"] == "DELETE")  # nothing to read; a chunked upload is not ours
    return size <= REQUEST_LIMIT


async def _read_all(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replaying(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # like a client that has sent everything: no more
        raise AssertionError("unreachable")

    return receive


def _key_of(scope: Scope, body: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == HEADER:
            text = value.decode("latin-1").strip()
            return text[:200] or None
    content_type = next((v for n, v in scope.get("headers", []) if n == b"content-type"), b"")
    if content_type.startswith(b"application/x-www-form-urlencoded"):
        try:
            fields = parse_qs(body.decode("utf-8"), max_num_fields=10_000)
        except (UnicodeDecodeError, ValueError):
            return None
        found = fields.get(FIELD)
        return found[0][:200] if found and found[0] else None
    return None


def _fingerprint(owner: int, key: str, scope: Scope, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (str(owner), key, scope["method"], scope["path"], scope.get("query_string", b"")):
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\x00")
    digest.update(body)
    return digest.hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


async def _claim(engine: Engine, owner: int, fingerprint: str) -> dict[str, Any] | None:
    """Claim the request; or, when it was seen already, its kept answer (waiting for it
    while the first is still running: {"status": 409, "body": None} if it takes too long).
    None: go ahead and handle it. The waiting is on the event loop, between short trips to
    the database, so waiting requests hold no thread the first one needs."""
    await to_thread.run_sync(_forget_old, engine)
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        found = await to_thread.run_sync(_claim_once, engine, owner, fingerprint)
        if found is None or found["status"] is not None:
            return found
        if time.monotonic() > deadline:
            return {"status": 409, "headers": None, "body": None}
        await asyncio.sleep(POLL_SECONDS)


def _forget_old(engine: Engine) -> None:
    forgotten = _now() - timedelta(hours=KEEP_HOURS)
    with engine.begin() as connection:
        connection.execute(delete(TABLE).where(TABLE.c.created_at < forgotten))


def _claim_once(engine: Engine, owner: int, fingerprint: str) -> dict[str, Any] | None:
    """None when this request now holds the claim; else what is kept for it so far."""
    try:
        with engine.begin() as connection:
            connection.execute(
                insert(TABLE).values(owner_id=owner, key=fingerprint, created_at=_now())
            )
        return None
    except IntegrityError:
        pass
    with engine.connect() as connection:
        found = connection.execute(
            select(TABLE).where(TABLE.c.owner_id == owner, TABLE.c.key == fingerprint)
        ).first()
    if found is None:
        return _claim_once(engine, owner, fingerprint)  # released meanwhile: claim it
    started = found.created_at
    if started.tzinfo is None:  # SQLite hands it back without its zone (UTC)
        started = started.replace(tzinfo=UTC)
    if found.status is None and _now() - started > timedelta(seconds=STALE_SECONDS):
        _release(engine, owner, fingerprint)  # abandoned by a process that died
        return _claim_once(engine, owner, fingerprint)
    return {"status": found.status, "headers": found.headers, "body": found.body}


def _keep(engine: Engine, owner: int, fingerprint: str, answer: "_Recorder") -> None:
    headers = [
        [name.decode("latin-1"), value.decode("latin-1")]
        for name, value in answer.headers
        if name.lower() in KEPT_HEADERS
    ]
    with engine.begin() as connection:
        connection.execute(
            update(TABLE)
            .where(TABLE.c.owner_id == owner, TABLE.c.key == fingerprint)
            .values(status=answer.status, headers=json.dumps(headers), body=answer.body)
        )


def _release(engine: Engine, owner: int, fingerprint: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            delete(TABLE).where(TABLE.c.owner_id == owner, TABLE.c.key == fingerprint)
        )


async def _send_kept(kept: dict[str, Any], send: Send) -> None:
    body = kept["body"]
    saved = json.loads(kept["headers"] or "[]")
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in saved]
    headers.append((b"content-length", str(len(body)).encode()))
    headers.append((b"idempotent-replay", b"true"))
    await send({"type": "http.response.start", "status": kept["status"], "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class _Recorder:
    """Holds a response back until it is kept, then sends it on."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._messages: list[Message] = []
        self.status: int | None = None
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""
        self.complete = False

    async def send(self, message: Message) -> None:
        self._messages.append(message)
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")
            self.complete = not message.get("more_body", False)

    async def flush(self) -> None:
        for message in self._messages:
            await self._send(message)
