"""The CSRF check at the door: a state-changing request from another site, or one without
the owner's token, is refused before its body is read.

FastAPI parses a form before any dependency runs, so csrf.csrf_guard alone would let any
web page open in the browser make the app spool a 150 MB upload to disk, only to refuse it
afterwards. This ASGI middleware looks first, in this order:

1. Where the request comes from: a browser names the other site in `Sec-Fetch-Site`
   (`cross-site`, `same-site`), `Origin` or `Referer`; any of them pointing elsewhere is
   refused. (Our own pages send `Origin: null` and no `Referer`, as their
   `Referrer-Policy: no-referrer` asks, so a missing or null origin proves nothing either
   way; the token still has to be there.)
2. The token: the `X-CSRF-Token` header, or for a form the `csrf_token` field. In an
   upload (multipart) only the FIRST part is read, and it must be the token: pages put it
   first (`ui.csrf()` opens every form). A small url-encoded form is read whole (it is held
   in memory by the idempotency check anyway) and replayed to the app.
3. Anything else carries no token at all: refused.

The refusal is 403 with one line (a page, or problem+json under /api), sent without reading
the rest of the body. csrf_guard still runs after this, for the rare body this does not
look into (a url-encoded form sent chunked, without a declared size)."""

from email.message import Message as MailHeaders
from email.parser import HeaderParser
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextyes.web.body_limit import REQUEST_LIMIT, declared_size
from nextyes.web.csrf import FIELD, SAFE_METHODS, is_valid, subject_of
from nextyes.web.identity import by_token
from nextyes.web.problems import CSRF_MESSAGE, problem

# The first part of an upload: its boundary, a few headers and a 64-character token fit in
# far less; anything bigger up front is not one of our forms.
PEEK_LIMIT = 16 * 1024
FOREIGN_MESSAGE = (
    "this request came from another site, and NextYes only takes changes from its own pages;"
    " nothing was changed"
)
FOREIGN_SITES = frozenset({"cross-site", "same-site"})


class CsrfGate:
    """ASGI middleware: unsafe requests prove they come from our pages before being read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS or by_token(scope):
            await self.app(scope, receive, send)
            return
        headers = {
            name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]
        }
        if _foreign(headers):
            await _refuse(scope, send, FOREIGN_MESSAGE)
            return
        request = Request(scope)
        owner = subject_of(request)
        secret: bytes = request.app.state.secret
        content_type = headers.get("content-type", "").lower()
        token = headers.get("x-csrf-token")
        if token is not None:
            read, ahead = b"", False  # the header decides; the body is not ours to look at
        elif content_type.startswith("multipart/form-data"):
            token, read, ahead = await _first_part(receive, _boundary(content_type, headers))
        elif content_type.startswith("application/x-www-form-urlencoded") and _small(scope):
            read, ahead = await _read_all(receive)
            token = _field(read)
        elif content_type.startswith("application/x-www-form-urlencoded"):
            await self.app(scope, receive, send)  # chunked: csrf_guard checks, under the cap
            return
        else:
            read, ahead = b"", False
        if not is_valid(secret, owner, token):
            await _refuse(scope, send, CSRF_MESSAGE)
            return
        await self.app(scope, _replaying(read, ahead, receive) if read else receive, send)


def _foreign(headers: dict[str, str]) -> bool:
    """Whether the browser says the request comes from a page of another site."""
    if headers.get("sec-fetch-site", "") in FOREIGN_SITES:
        return True
    ours = headers.get("host", "").lower()
    for name in ("origin", "referer"):
        value = headers.get(name)
        if value is None or value == "null":
            continue
        if urlsplit(value).netloc.lower() != ours:
            return True
    return False


def _boundary(content_type: str, headers: dict[str, str]) -> bytes | None:
    message = MailHeaders()
    message["content-type"] = headers.get("content-type", content_type)
    boundary = message.get_param("boundary")
    return boundary.encode("latin-1") if isinstance(boundary, str) and boundary else None


async def _first_part(receive: Receive, boundary: bytes | None) -> tuple[str | None, bytes, bool]:
    """The token if the upload's first part is `csrf_token`, the bytes read to find out, and
    whether more of the body follows them. Reads at most about PEEK_LIMIT bytes."""
    buffer, ahead = b"", True
    if boundary is None:
        return None, buffer, ahead
    delimiter = b"--" + boundary
    while ahead and len(buffer) <= PEEK_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return None, buffer, False  # the client went away
        buffer += message.get("body", b"")
        ahead = bool(message.get("more_body", False))
        start = buffer.find(delimiter)
        if start < 0:
            continue
        head_end = buffer.find(b"\r\n\r\n", start)
        if head_end < 0:
            continue
        value_end = buffer.find(b"\r\n" + delimiter, head_end + 4)
        if value_end < 0:
            continue
        head = buffer[start + len(delimiter) : head_end].decode("latin-1")
        part = HeaderParser().parsestr(head.strip("\r\n"))
        name = part.get_param("name", header="content-disposition")
        if name != FIELD or part.get_param("filename", header="content-disposition"):
            return None, buffer, ahead
        value = buffer[head_end + 4 : value_end]
        return value.decode("ascii", "replace").strip(), buffer, ahead
    return None, buffer, ahead


def _small(scope: Scope) -> bool:
    size = declared_size(scope)
    return size is not None and size <= REQUEST_LIMIT


async def _read_all(receive: Receive) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), False
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), False


def _field(body: bytes) -> str | None:
    try:
        values = parse_qs(body.decode("utf-8"), max_num_fields=10_000).get(FIELD)
    except (UnicodeDecodeError, ValueError):
        return None
    return values[0] if values else None


def _replaying(read: bytes, ahead: bool, receive: Receive) -> Receive:
    """What was read, then the rest of the body as it arrives."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": read, "more_body": ahead}
        return await receive()

    return replay


async def _refuse(scope: Scope, send: Send, detail: str) -> None:
    async def nothing_more() -> Message:
        return {"type": "http.disconnect"}

    await problem(Request(scope), 403, detail)(scope, nothing_more, send)
