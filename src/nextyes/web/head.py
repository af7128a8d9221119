"""HEAD answers like GET, without the body.

FastAPI routes declared with `@get` answer HEAD with 405 (Starlette's own routes add HEAD;
FastAPI's do not). Link checkers, monitors and `curl -I` ask with HEAD, so this middleware
hands the request on as a GET and drops the body from the answer, keeping its status and
headers (Content-Length included: it is the size a GET would get)."""

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """ASGI middleware: HEAD is served by the GET route, and only the headers go out."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):  # the end: close the answer, empty
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app({**scope, "method": "GET"}, receive, headers_only)
