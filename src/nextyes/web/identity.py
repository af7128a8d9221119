"""Who a request is from. Local mode: the one person of the installation, no sign-in.
Hosted mode (docs/hosting.md): the person whose session cookie it carries, or a visitor who
may only reach the sign-in pages.

`SignInGate` (hosted mode only) reads the session cookie once per request and leaves the
answer in the ASGI scope, where `deps.workspace`, the CSRF checks and the idempotency layer
read it. Without a session, a page sends the browser to /signin and the API answers 401."""

import asyncio
import re
import secrets
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextyes.services.accounts import Accounts, SignedIn
from nextyes.web.problems import problem

SESSION_COOKIE = "nextyes_session"
VISITOR_COOKIE = "nextyes_visitor"  # ties a visitor's sign-in form to their browser (CSRF)
WHO = "nextyes.who"
BY_TOKEN = "nextyes.by_token"
VISITOR = "nextyes.visitor"
SIGN_IN_FIRST = "sign in first: this needs your account"
# Reachable without an account. The calendar feed carries its own secret in its address.
VISITOR_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")
PUBLIC_PATHS = frozenset({"/signin", "/signup", "/reset", "/healthz"})
PUBLIC_PREFIXES = ("/signup/", "/reset/", "/static/")


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def by_token(scope: Scope) -> bool:
    """Whether the request was signed in with a personal access token (no cookie)."""
    return scope.get(BY_TOKEN) is True


def is_public(path: str) -> bool:
    if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
        return True
    return path.startswith("/calendar/") and path.endswith(".ics") and path.count("/") == 2


def hosted(request: Request) -> bool:
    return bool(request.app.state.settings.hosted())


def who_is(request: Request) -> SignedIn | None:
    """The signed-in person (hosted mode); None for a visitor, and always in local mode."""
    found = request.scope.get(WHO)
    return found if isinstance(found, SignedIn) else None


def csrf_subject(request: Request, owner_id: int) -> str:
    """What a CSRF token is bound to: the owner (local mode, as it always was), the session
    (hosted mode), or the visitor's own cookie (hosted mode's sign-in forms)."""
    if not hosted(request):
        return str(owner_id)
    who = who_is(request)
    if who is not None:
        return f"session:{who.session_key}"
    return f"visitor:{request.scope.get(VISITOR, '')}"


def cookie_options(request: Request) -> dict[str, object]:
    """Session cookies: never readable by scripts, not sent by other sites' forms, and only
    over HTTPS (browsers treat http://localhost as secure enough for a local trial)."""
    return {"httponly": True, "samesite": "lax", "secure": True, "path": "/"}


class SignInGate:
    """ASGI middleware of hosted mode: reads the session, and keeps visitors to the sign-in
    pages."""

    def __init__(self, app: ASGIApp, accounts: Accounts) -> None:
        self.app = app
        self.accounts = accounts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        token = request.cookies.get(SESSION_COOKIE, "")
        who = await asyncio.to_thread(self.accounts.signed_in, token) if token else None
        bearer = _bearer(request) if scope["path"].startswith("/api/") else None
        if who is None and bearer is not None:
            who = await asyncio.to_thread(self.accounts.api_user, bearer)
            # No cookie is involved, so no other site can make a browser send it: the
            # CSRF checks have nothing to guard.
            scope[BY_TOKEN] = who is not None
        scope[WHO] = who
        if who is not None:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if not is_public(path):
            if path.startswith("/api/"):
                response = problem(request, 401, SIGN_IN_FIRST)
            else:
                back = quote(path + (f"?{request.url.query}" if request.url.query else ""))
                response = RedirectResponse(f"/signin?next={back}", status_code=303)
            await response(scope, receive, send)
            return
        visitor = request.cookies.get(VISITOR_COOKIE, "")
        fresh = not VISITOR_SHAPE.fullmatch(visitor)
        if fresh:
            visitor = secrets.token_urlsafe(24)
        scope[VISITOR] = visitor
        if not fresh:
            await self.app(scope, receive, send)
            return

        async def with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                header = (
                    f"{VISITOR_COOKIE}={visitor}; HttpOnly; Path=/; SameSite=Lax; Secure"
                ).encode("latin-1")
                message["headers"] = [*message.get("headers", []), (b"set-cookie", header)]
            await send(message)

        await self.app(scope, receive, with_cookie)
