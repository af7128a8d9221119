"""Hosted mode's access log: one line per request, with nothing personal in it.

A line names the method, the route as the app declares it (`/applications/{application_id}`,
never the id), the status and how long it took. No address, no query, no user, no cookie,
no token from a link: enough to see load and errors, nothing about who did what."""

import logging
import sys
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("nextyes.access")


def start_logging() -> None:
    """Access lines to standard error (once per process, however many apps it builds)."""
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s access %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


def route_of(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if not isinstance(path, str):
        return "(no route)"
    # Routes of an included router know their path without the router's prefix (/api/v1):
    # take it from the path asked for, one segment for each of the route's own.
    asked = scope["path"].rstrip("/").split("/")
    own = path.rstrip("/").split("/")
    prefix = "/".join(asked[: max(1, len(asked) - len(own) + 1)])
    return prefix + path


class AccessLog:
    """ASGI middleware: logs each HTTP request once it has answered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what a request that raised answers

        async def note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, note)
        finally:
            took = (time.perf_counter() - started) * 1000
            log.info("%s %s %d %.0fms", scope["method"], route_of(scope), status, took)
