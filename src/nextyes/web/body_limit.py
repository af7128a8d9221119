"""A cap on every request body, counted as it arrives.

Starlette reads a whole JSON body into memory and spools a whole multipart form to disk
before any handler sees it; a hosted server must not let one request fill its memory or
disk. Bodies are counted chunk by chunk (a chunked request says no size up front) and
refused with 413 once over the cap; a request that declares a size over the cap is refused
before anything is read.

FastAPI's own `max_body_size` counts the same way, but answers a declared size over the cap
with a bare "Content Too Large" text, replacing the app's own response; here the refusal is
raised where the handler reads, so the person gets the kind page or problem+json, in one
line, like every other refusal."""

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextyes.domain.fields import LONG_TEXT
from nextyes.skills.cv import MAX_CV_BYTES
from nextyes.web import inbox_upload

FORM_ROOM = 1024 * 1024  # a form's own fields and framing around its files
# The longest form (a reflection's few long answers, each up to LONG_TEXT characters of up
# to 4 bytes in UTF-8), with room to spare.
REQUEST_LIMIT = 8 * 4 * LONG_TEXT + FORM_ROOM
# Where mail is uploaded: the import's own cap (inbox_upload) plus the form around it.
UPLOAD_PATHS = frozenset({"/import/mbox", "/import/eml", "/api/v1/inbox/import"})


# Where a CV is uploaded: its own cap (skills/cv.py) plus the form around it.
CV_PATHS = frozenset({"/settings/cv", "/api/v1/profile/cv"})


def limit_for(path: str) -> int:
    if path in UPLOAD_PATHS:
        return inbox_upload.MAX_UPLOAD_BYTES + FORM_ROOM
    if path in CV_PATHS:
        return max(MAX_CV_BYTES + FORM_ROOM, REQUEST_LIMIT)
    return REQUEST_LIMIT


def refusal(path: str) -> HTTPException:
    # FastAPI's HTTPException: FastAPI passes it on from a body read (anything else there
    # becomes a generic 400), and the app's handlers render it.
    if path in UPLOAD_PATHS:
        return HTTPException(413, inbox_upload.too_large_message())
    size = inbox_upload.size_words(REQUEST_LIMIT)
    return HTTPException(413, f"this request is larger than {size}; nothing was saved")


def declared_size(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # a broken header: the count below still holds
    return None


class BodyLimit:
    """ASGI middleware: the body a handler reads never exceeds the cap for its path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        limit = limit_for(path)
        declared = declared_size(scope)
        received = 0

        async def counted() -> Message:
            nonlocal received
            if declared is not None and declared > limit:
                raise refusal(path)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise refusal(path)
            return message

        await self.app(scope, counted, send)
