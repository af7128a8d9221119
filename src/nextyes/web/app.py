"""create_app(settings): the web app, built from settings so tests never share state.

Pages (HTML, HTMX) and the JSON API under /api/v1 call the same services; every
state-changing request passes the CSRF guard; every response carries the security headers.

With `demo=True` the app serves the demo's own database (Settings.for_demo, loaded by
services.demo.fresh_demo), every page says so in a banner, and POST /demo/leave switches the
running app to the person's own data."""

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.trustedhost import TrustedHostMiddleware

from nextyes import __version__
from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.services.accounts import Accounts
from nextyes.services.backups import back_up_by_itself
from nextyes.services.import_jobs import ImportJobs
from nextyes.services.preferences import sweep_with_preferences
from nextyes.services.workspace import Workspace
from nextyes.store.daily import once_a_day
from nextyes.store.storage import storage_problem
from nextyes.web import api, pages, problems
from nextyes.web.access_log import AccessLog, start_logging
from nextyes.web.body_limit import BodyLimit
from nextyes.web.csrf import csrf_guard, load_secret
from nextyes.web.csrf_gate import CsrfGate
from nextyes.web.head import HeadAsGet
from nextyes.web.idempotency import Idempotency
from nextyes.web.identity import SignInGate
from nextyes.web.pages.add_from import CLIP_PATH
from nextyes.web.storage import StorageTrouble
from nextyes.web.templating import HERE, redirect

SWEEP_EVERY_SECONDS = 24 * 60 * 60
SWEEP_CHECK_SECONDS = 60 * 60
BACKUP_CHECK_SECONDS = 60 * 60
log = logging.getLogger(__name__)
LEFT_DEMO = (
    "You have left the demo: this is your own data, and the demo changed none of it. To come"
    " straight here next time, start NextYes without --demo."
)
ALREADY_LEFT = "You are on your own data already."
NOT_LEFT = (
    "Your own data could not be opened just now, so you are still in the demo. Stop NextYes"
    " and start it without --demo to see why."
)
SECURITY_HEADERS = {
    # Only our own files: no inline scripts, no third-party requests, no framing.
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
        " form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if request.url.path == CLIP_PATH:
            # The bookmarklet's window must stay reachable from the posting's page that
            # opened it, to be handed the page; it shows nothing of the person's own.
            response.headers["Cross-Origin-Opener-Policy"] = "unsafe-none"
        if not request.url.path.startswith("/static/"):
            # Pages hold private writing: never keep them in a shared cache.
            response.headers["Cache-Control"] = "no-store"
        return response


def sweep_everyone(ws: Workspace, settings: Settings) -> bool:
    """The silence sweep for the one person of local mode; in hosted mode for every account,
    once a day across all the app processes (store/daily.py). True when it ran here."""
    if not settings.hosted():
        sweep_with_preferences(ws, settings)
        return True

    def every_account() -> None:
        for user_id in Accounts(ws.db, ws.clock).user_ids():
            sweep_with_preferences(Workspace(ws.db, user_id, ws.clock), settings)

    return once_a_day(ws.db, "silence_sweep", ws.clock.today(), ws.clock.now(), every_account)


async def sweep_daily(
    ws: Workspace, settings: Settings, swept: threading.Event | None = None
) -> None:
    """Look for silence when the server starts and once a day after that, with the person's
    own reply windows. `swept` is set once the first sweep has run (or failed): the server
    answers before then, so anything that must not race the sweep waits on it."""
    while True:
        try:
            await asyncio.to_thread(sweep_everyone, ws, settings)
        except Exception as error:  # a failed sweep must not stop the server; the next retries
            found = storage_problem(error, settings.sqlite_file())
            if found is not None:  # a known cause: one line, not a traceback
                log.warning("the daily silence sweep could not run: %s", found.message())
            else:
                log.exception("the daily silence sweep failed")
        if swept is not None:
            swept.set()
        # Hosted mode looks every hour whether a new day has begun (whichever process looks
        # first sweeps for everyone); local mode has one process, and sweeps once a day.
        await asyncio.sleep(SWEEP_CHECK_SECONDS if settings.hosted() else SWEEP_EVERY_SECONDS)


async def back_up_daily(app: FastAPI, clock: Clock) -> None:
    """Today's automatic backup when the server starts, then a look every hour whether a new
    day has begun (one a day at most, see docs/backups.md). It reads the app's settings each
    time: after leaving the demo, the person's own data is the one backed up."""
    while True:
        # Never raises; a failure is logged in one line and the next look tries again.
        note = await asyncio.to_thread(back_up_by_itself, app.state.settings, clock)
        if note:
            log.warning("%s", note)
        await asyncio.sleep(BACKUP_CHECK_SECONDS)


def create_app(settings: Settings, clock: Clock | None = None, demo: bool = False) -> FastAPI:
    """The app on the person's data; with `demo`, on the demo's own database beside it.
    Hosted mode (accounts, PostgreSQL) refuses settings it cannot run safely with."""
    problem = settings.hosted_problem()
    if problem is not None:
        raise ValueError(problem)
    if demo and settings.hosted():
        raise ValueError("hosted mode has no demo")
    serving = settings.for_demo() if demo else settings
    ws = Workspace.open(serving, clock=clock)
    # A threading event, not an asyncio one: it is waited on from outside the server's loop.
    first_sweep = threading.Event()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.sweep_task = asyncio.create_task(sweep_daily(ws, serving, first_sweep))
        backups = asyncio.create_task(back_up_daily(app, ws.clock))
        yield
        app.state.sweep_task.cancel()
        backups.cancel()
        if app.state.import_jobs is not None:
            app.state.import_jobs.shutdown()

    app = FastAPI(
        title="NextYes",
        version=__version__,
        summary="A job-search companion built around the hardest moment of a search: the 'no'.",
        openapi_url=f"{api.PREFIX}/openapi.json",
        docs_url=None,  # Swagger UI needs inline scripts and a CDN; /api/v1/docs is our own
        redoc_url=None,
        lifespan=lifespan,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.settings = serving
    app.state.workspace = ws
    app.state.first_sweep = first_sweep
    app.state.secret = load_secret(serving)
    app.state.sweep_task = None
    app.state.import_jobs = None  # hosted mode's background imports (below)
    # The banner in base.html shows while this is true; leaving the demo makes it false.
    app.state.demo = demo
    # Innermost: the refusal is raised straight into the handler's read (SecurityHeaders
    # would pass it through a task group, and FastAPI would see a group, not a 413).
    app.add_middleware(BodyLimit)
    # Outside the body limit (it reads the capped body), inside the security headers
    # (a kept answer sent again gets them too).
    app.add_middleware(Idempotency)
    # Outside the idempotency check (it reads small bodies): a request from another site, or
    # without the token, is refused before any of its body is read (see csrf_gate.py).
    app.add_middleware(CsrfGate)
    if serving.hosted():
        # Outside the CSRF check, which needs to know whose session the token is bound to.
        app.state.accounts = Accounts(ws.db, ws.clock, serving.session_days)
        # Mail imports run beside the requests, never in them (services/import_jobs.py).
        app.state.import_jobs = ImportJobs(
            ws.db, ws.clock, serving.import_workers, serving.imports_per_day
        )
        app.add_middleware(SignInGate, accounts=app.state.accounts)
    # Outside the idempotency layer and the sign-in gate (both read and write the database),
    # inside the security headers (a 503 page gets them like any other).
    app.add_middleware(StorageTrouble)
    app.add_middleware(SecurityHeaders)
    # Refuse other Host names: a page on another site that re-points its own name at
    # 127.0.0.1 (DNS rebinding) must not be able to read ours.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.trusted_hosts())
    # Outermost: everything inside sees a HEAD as the GET it stands for.
    app.add_middleware(HeadAsGet)
    if serving.hosted() and serving.access_log:
        start_logging()
        app.add_middleware(AccessLog)  # outside all: it sees every answer, refusals too
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    problems.install(app)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/today", status_code=303)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, str]:
        # The server answers while its startup sweep still runs; say which, for a watcher
        # (or a test) that needs the plans the sweep starts.
        swept: threading.Event = app.state.first_sweep
        return {"status": "ok", "first_sweep": "done" if swept.is_set() else "running"}

    @app.post("/demo/leave", include_in_schema=False)
    async def leave_demo() -> Response:
        """The demo's way out: the running app switches to the person's own data."""
        if not app.state.demo:
            return redirect("/today", flash=ALREADY_LEFT)
        try:
            own = await asyncio.to_thread(Workspace.open, settings, clock=clock)
            secret = await asyncio.to_thread(load_secret, settings)
        except (SQLAlchemyError, OSError) as problem:
            # Never the address itself: it may carry a password.
            log.warning("leaving the demo: cannot open the own database (%s)", type(problem))
            return redirect("/today", flash=NOT_LEFT)
        demo_ws: Workspace = app.state.workspace
        app.state.settings, app.state.secret, app.state.workspace = settings, secret, own
        app.state.demo = False
        if app.state.sweep_task is not None:  # the server runs: sweep the person's data now
            app.state.sweep_task.cancel()
            app.state.first_sweep = threading.Event()
            app.state.sweep_task = asyncio.create_task(
                sweep_daily(own, settings, app.state.first_sweep)
            )
        demo_ws.db.dispose()
        return redirect("/today", flash=LEFT_DEMO)

    for router in pages.ROUTERS:
        app.include_router(router)
    app.include_router(api.router)
    return app


def from_environment() -> FastAPI:
    """The app from NEXTYES_* settings alone: what each of `nextyes serve --workers N`'s
    processes runs."""
    return create_app(Settings())
