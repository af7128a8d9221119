"""Calendar: the interviews ahead (each with Edit and Cancel), the private link a calendar
app subscribes to, a download, and a new link.

The feed answers to its token alone (calendar apps send no login and no cookies), so an
unknown token gets exactly the answer any unknown page gets. The token is never logged."""

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.services.calendar import calendar_ics
from nextyes.services.interviews import list_interviews
from nextyes.services.pipeline import applications_by_id
from nextyes.services.preferences import (
    existing_calendar_token,
    feed_path,
    rotate_calendar_token,
    workspace_for_calendar_token,
)
from nextyes.services.workspace import Workspace
from nextyes.web.deps import WorkspaceDep
from nextyes.web.templating import redirect, render
from nextyes.web.zones import person_zone

router = APIRouter(include_in_schema=False)
ICS_TYPE = "text/calendar; charset=utf-8"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def feed_url(request: Request, token: str) -> str:
    return str(request.base_url).rstrip("/") + feed_path(token)


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    # Only shows a link; making one is a POST, so a GET never changes anything.
    token = existing_calendar_token(ws)
    url = feed_url(request, token) if token else None
    now = ws.clock.now()
    ahead = [i for i in list_interviews(ws) if not i.has_ended(now)]  # soonest first
    context: dict[str, Any] = {
        "active": "/calendar",
        "interviews": ahead,
        "applications": applications_by_id(ws, sorted({i.application_id for i in ahead})),
        "zone": person_zone(request),
        "feed_url": url,
        "webcal_url": "webcal://" + url.split("://", 1)[1] if url else None,
        "local": request.url.hostname in LOCAL_HOSTS,
    }
    return render(request, "calendar.html", context)


@router.post("/calendar/rotate")
def new_calendar_link(ws: WorkspaceDep) -> Response:
    had_one = existing_calendar_token(ws) is not None
    rotate_calendar_token(ws)
    if had_one:
        flash = "Here is your new link. The old one no longer works: subscribe again with this one."
    else:
        flash = "Your calendar link is ready. Copy it into your calendar app."
    return redirect("/calendar", flash=flash)


@router.get("/calendar/download")
def download_calendar(ws: WorkspaceDep) -> Response:
    return ics_response(ws, "attachment")


@router.get("/calendar/{token}.ics")
def calendar_feed(request: Request, token: str) -> Response:
    # The token names the owner; the app's own workspace only lends its database and clock.
    app_ws: Workspace = request.app.state.workspace
    owner = workspace_for_calendar_token(app_ws.db, token, app_ws.clock)
    if owner is None:
        raise HTTPException(status_code=404)  # worded like any unknown page
    return ics_response(owner, "inline")


def ics_response(ws: Workspace, disposition: str) -> Response:
    return Response(
        calendar_ics(ws),
        media_type=ICS_TYPE,
        headers={"Content-Disposition": f'{disposition}; filename="nextyes.ics"'},
    )
