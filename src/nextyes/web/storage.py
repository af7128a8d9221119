"""A full disk or a read-only data folder answers 503 with a kind page (problem+json under
/api), never a traceback; the server keeps running and works again once it is fixed.

A middleware, not an exception handler: the idempotency layer writes too (it claims a
request before the handler runs), and its failure must read the same as the handler's."""

import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextyes.config import Settings
from nextyes.store.storage import storage_problem
from nextyes.web.problems import problem

RETRY_AFTER_SECONDS = 60  # a person has to free space or fix the folder: not at once
log = logging.getLogger(__name__)


class StorageTrouble:
    """ASGI middleware: a request that fails on a full disk or a read-only folder gets 503."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as error:
            request = Request(scope, receive)
            settings: Settings = request.app.state.settings
            found = storage_problem(error, settings.sqlite_file())
            if found is None or started:
                raise
            # One line in the log, as on the command line: the cause is known.
            log.warning("refused %s %s: %s", scope["method"], scope["path"], found.message())
            response = problem(request, 503, found.message())
            response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
            await response(scope, receive, send)
