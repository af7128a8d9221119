"""Hosted mode's adviser pages (docs/hosting.md). The seeker's side lives on the Account
page: an invitation link, what each adviser may see, stopping it, the adviser's notes and
every look they took. The adviser's side: accepting a link, the caseload, one seeker's
shared parts and a note for them. In local mode none of these exist (404)."""

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.advisers import SHARE_WORDS, Share
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.services.advisers import Advisers
from nextyes.services.workspace import Workspace
from nextyes.web.identity import who_is
from nextyes.web.pages.account import account_page, page
from nextyes.web.templating import redirect

router = APIRouter(include_in_schema=False)


def advisers(request: Request) -> tuple[Advisers, int]:
    """The adviser service and the signed-in person; 404 in local mode."""
    if not request.app.state.settings.hosted():
        raise HTTPException(status_code=404)
    who = who_is(request)
    if who is None:
        raise HTTPException(status_code=404)
    ws: Workspace = request.app.state.workspace
    return Advisers(ws.db, ws.clock), who.user_id


# The seeker's side -------------------------------------------------------------------------


@router.post("/account/advisers/invite", response_class=HTMLResponse)
def invite_adviser(request: Request) -> Response:
    found, me = advisers(request)
    token = found.invite(me)
    link = request.app.state.settings.public_url.rstrip("/") + f"/advise/{token}"
    return account_page(request, adviser_link=link)


@router.post("/account/advisers/{link_id}")
def save_shares(
    request: Request, link_id: int, share: Annotated[list[str] | None, Form()] = None
) -> Response:
    found, me = advisers(request)
    known = {s.value for s in Share}
    chosen = {Share(value) for value in share or [] if value in known}
    try:
        found.set_shares(me, link_id, chosen)
    except NotFound:
        raise HTTPException(status_code=404) from None
    return redirect("/account#advisers", flash="Saved: your adviser now sees only what is ticked.")


@router.post("/account/advisers/{link_id}/stop")
def stop_adviser(request: Request, link_id: int) -> Response:
    found, me = advisers(request)
    try:
        found.stop(me, link_id)
    except NotFound:
        raise HTTPException(status_code=404) from None
    return redirect("/account#advisers", flash="Stopped: that adviser sees nothing of yours now.")


# The adviser's side ------------------------------------------------------------------------


@router.get("/advise/{token}", response_class=HTMLResponse)
def accept_page(request: Request, token: str) -> Response:
    advisers(request)
    return page(request, "advise_accept.html", {"token": token})


@router.post("/advise/{token}")
def accept(request: Request, token: str) -> Response:
    found, me = advisers(request)
    try:
        link_id = found.accept(me, token)
    except InvalidInput as problem:
        return page(request, "advise_accept.html", {"token": token, "error": str(problem)}, 410)
    return redirect(f"/caseload/{link_id}", flash="You are this person's adviser now.")


@router.get("/caseload", response_class=HTMLResponse)
def caseload(request: Request) -> Response:
    found, me = advisers(request)
    return page(request, "caseload.html", {"active": "/account", "entries": found.caseload(me)})


@router.get("/caseload/{link_id}", response_class=HTMLResponse)
def shared_view(request: Request, link_id: int, error: str | None = None) -> Response:
    found, me = advisers(request)
    try:
        view = found.view(me, link_id)
    except NotFound:
        raise HTTPException(status_code=404) from None
    context = {"active": "/account", "view": view, "link_id": link_id, "error": error}
    return page(request, "caseload_person.html", context, 422 if error else 200)


@router.post("/caseload/{link_id}/notes", response_class=HTMLResponse)
def leave_note(request: Request, link_id: int, body: Annotated[str, Form()] = "") -> Response:
    found, me = advisers(request)
    try:
        found.leave_note(me, link_id, body)
    except NotFound:
        raise HTTPException(status_code=404) from None
    except InvalidInput as problem:
        return shared_view(request, link_id, str(problem))
    return redirect(f"/caseload/{link_id}", flash="Your note is with them.")


__all__ = ["SHARE_WORDS", "router"]
