"""CSRF protection: every state-changing request carries a token another site cannot know.

The token is an HMAC of the owner's id under the installation's secret key, so it needs no
server-side state (several processes agree on it) and one person's token is useless against
another's account. Forms send it as the `csrf_token` field; HTMX and API clients send the
`X-CSRF-Token` header (pages set it for HTMX on <body>; API clients read it from
GET /api/v1/csrf-token). Other sites cannot read either: we send no CORS headers."""

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from fastapi import Request

from nextyes.config import Settings
from nextyes.web.deps import workspace

HEADER = "x-csrf-token"
FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
SECRET_FILE = "secret.key"


class CsrfRefused(Exception):
    """A state-changing request without a valid token."""


def load_secret(settings: Settings) -> bytes:
    """NEXTYES_SECRET_KEY, else a random key kept (owner-readable only) in the home folder."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value().encode()
    path: Path = settings.home / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            pass
        else:
            with os.fdopen(fd, "w") as file:
                file.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def token_for(secret: bytes, owner_id: int | str) -> str:
    """The token for a subject: the owner's id in local mode, the session or the visitor in
    hosted mode (web/identity.csrf_subject)."""
    return hmac.new(secret, f"csrf:{owner_id}".encode(), hashlib.sha256).hexdigest()


def is_valid(secret: bytes, subject: int | str, token: str | None) -> bool:
    return token is not None and hmac.compare_digest(token, token_for(secret, subject))


def subject_of(request: Request) -> str:
    """What this request's token must be made for (see web/identity.csrf_subject)."""
    from nextyes.web.identity import csrf_subject, who_is

    settings: Settings = request.app.state.settings
    if settings.hosted() and who_is(request) is None:
        return csrf_subject(request, 0)
    return csrf_subject(request, workspace(request).owner_id)


async def csrf_guard(request: Request) -> None:
    """A dependency on the whole app: refuse unsafe methods without the owner's token."""
    from nextyes.web.identity import by_token

    if request.method in SAFE_METHODS or by_token(request.scope):
        return
    token = request.headers.get(HEADER)
    content_type = request.headers.get("content-type", "")
    if token is None and content_type.startswith(FORM_TYPES):
        value = (await request.form()).get(FIELD)
        token = value if isinstance(value, str) else None
    if not is_valid(request.app.state.secret, subject_of(request), token):
        raise CsrfRefused
