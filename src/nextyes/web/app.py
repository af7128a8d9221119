"""create_app(settings): the web app, built from settings so tests never share state."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from nextyes import __version__
from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.domain.silence import ReplyWindows
from nextyes.domain.stages import PIPELINE
from nextyes.services.pipeline import pipeline
from nextyes.services.sweep import sweep
from nextyes.services.workspace import Workspace

HERE = Path(__file__).parent
SWEEP_EVERY_SECONDS = 24 * 60 * 60
log = logging.getLogger(__name__)
SECURITY_HEADERS = {
    # Only our own files: no inline scripts, no third-party requests, no framing.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if not request.url.path.startswith("/static/"):
            # Pages hold private writing: never keep them in a shared cache.
            response.headers["Cache-Control"] = "no-store"
        return response


async def sweep_daily(ws: Workspace, windows: ReplyWindows) -> None:
    """Look for silence when the server starts and once a day after that."""
    while True:
        try:
            await asyncio.to_thread(sweep, ws, None, windows)
        except Exception:  # a failed sweep must not stop the server; the next one retries
            log.exception("the daily silence sweep failed")
        await asyncio.sleep(SWEEP_EVERY_SECONDS)


def create_app(settings: Settings, clock: Clock | None = None) -> FastAPI:
    ws = Workspace.open(settings, clock=clock)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(sweep_daily(ws, settings.reply_windows()))
        yield
        task.cancel()

    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["version"] = __version__
    templates.env.globals["pipeline_stages"] = PIPELINE

    app = FastAPI(
        title="NextYes", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.workspace = ws

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/pipeline", status_code=303)

    @app.get("/pipeline", response_class=HTMLResponse, include_in_schema=False)
    def pipeline_page(request: Request) -> HTMLResponse:
        columns = pipeline(ws)
        return templates.TemplateResponse(
            request,
            "pipeline.html",
            {"columns": columns, "total": sum(c.count for c in columns), "today": ws.clock.today()},
        )

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
