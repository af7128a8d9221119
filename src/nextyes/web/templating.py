"""Rendering pages: one Jinja2 environment (autoescaped), the values every page needs, and
a short flash message carried across a redirect (Post/Redirect/Get)."""

import secrets
from collections.abc import Hashable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from nextyes import __version__
from nextyes.domain.fields import LINK_TEXT, LONG_TEXT, SHORT_TEXT
from nextyes.domain.stages import PIPELINE, Stage
from nextyes.services.workspace import Workspace
from nextyes.web import dates
from nextyes.web.csrf import subject_of, token_for

HERE = Path(__file__).parent
FLASH_COOKIE = "nextyes_flash"
UNDO_COOKIE = "nextyes_undo"  # the trash entry the flash offers to bring back
FLASH_LIMIT = 300  # characters: a flash is a sentence, not a document

templates = Jinja2Templates(directory=HERE / "templates")
# The templates ship with the package and do not change while it runs: without this, every
# {% include %} (one per step or card) asks the file system whether its file changed.
templates.env.auto_reload = False
templates.env.globals["version"] = __version__
templates.env.globals["pipeline_stages"] = PIPELINE
templates.env.globals["stages"] = list(Stage)

# The main navigation: (path, label). Pages set `active` to their path's first part.
NAV = [
    ("/today", "Today"),
    ("/pipeline", "Pipeline"),
    ("/lessons", "Lessons"),
    ("/contacts", "Contacts"),
    ("/checkin", "Check-in"),
    ("/if-then", "If-then"),
    ("/calendar", "Calendar"),
    ("/import", "Import"),
    ("/insights", "Insights"),
    ("/settings", "Settings"),
]
templates.env.globals["nav"] = NAV


def csrf_token(request: Request) -> str:
    return token_for(request.app.state.secret, subject_of(request))


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """A page (or an HTMX fragment) with the CSRF token, today's date and any flash message."""
    flash = request.cookies.get(FLASH_COOKIE)
    undo = request.cookies.get(UNDO_COOKIE, "")
    values: dict[str, Any] = {
        "csrf_token": csrf_token(request),
        "today": request.app.state.workspace.clock.today(),
        "flash": unquote(flash)[:FLASH_LIMIT] if flash else None,
        "undo": int(undo) if flash and undo.isdigit() and len(undo) < 10 else None,
        "path": request.url.path,
        # Hosted mode: the header shows Account and Sign out to a signed-in person, and
        # nothing to a visitor (web/identity.py leaves who it is in the scope).
        "hosted": request.app.state.settings.hosted(),
        "signed_in": request.scope.get("nextyes.who") is not None,
    }
    values.update(context or {})
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    if undo:
        response.delete_cookie(UNDO_COOKIE, path="/")
    return response


def drawn_once(
    request: Request,
    ws: Workspace,
    name: str,
    context: dict[str, Any],
    question: Hashable,
    remember: bool = True,
) -> Markup:
    """Template `name` drawn once per change of the person's data (and per day, for dates
    and date fields), then remembered (store/memo.py). For the big, read-often parts of a
    page: a board of a hundred cards costs more to draw than to read. `question` names what
    else the drawing depends on (a filter); the fragment gets no flash message. With
    `remember=False` (a form shown again with its errors) it is simply drawn."""
    token = csrf_token(request)
    day = ws.clock.today()

    def draw() -> Markup:
        values = {**context, "csrf_token": token, "today": day, "path": request.url.path}
        return Markup(templates.env.get_template(name).render(values))

    if not remember:
        return draw()
    return ws.db.remember(ws.owner_id, ("html", name, question, day, token), draw)


def redirect(url: str, flash: str | None = None, undo: int | None = None) -> Response:
    """See Other, so a reload never sends a form twice; the flash shows once on the next page,
    with an Undo button when `undo` names what a deletion put in the trash."""
    response = RedirectResponse(url, status_code=303)
    said = {FLASH_COOKIE: quote(flash[:FLASH_LIMIT]) if flash else None, UNDO_COOKIE: undo}
    for cookie, value in said.items():
        if value is not None:
            response.set_cookie(
                cookie, str(value), path="/", httponly=True, samesite="strict", max_age=60
            )
    return response


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def request_key() -> str:
    """A new idempotency key for a form: the same form sent twice is handled once."""
    return secrets.token_urlsafe(16)


def stars(level: int) -> str:
    return "★" * level + "☆" * (5 - level)


def sentence(message: str) -> str:
    """A one-line message as a sentence on a page: capital first letter, full stop."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


templates.env.filters["iso"] = iso
templates.env.filters["day"] = dates.day
templates.env.filters["weekday"] = dates.weekday
templates.env.filters["moment"] = dates.moment
templates.env.filters["month"] = dates.month
templates.env.filters["sentence"] = sentence
templates.env.globals["ago"] = dates.ago
templates.env.globals["stars"] = stars
templates.env.globals["request_key"] = request_key
# Lengths every text field keeps to (maxlength and the counter beside it).
templates.env.globals["limits"] = {"short": SHORT_TEXT, "long": LONG_TEXT, "link": LINK_TEXT}
