"""If-then plans and this week's plan: what, when and how."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Channel
from nextyes.domain.errors import InvalidInput
from nextyes.services.weekly import add_if_then, list_if_thens, save_week_plan, week_plan
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_choice, required_number
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
PAGE = "/if-then"


def ifthen_response(
    request: Request,
    ws: WorkspaceDep,
    values: dict[str, str] | None = None,
    error: str | None = None,
    error_in: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    plan = week_plan(ws)
    context: dict[str, Any] = {
        "plans": list_if_thens(ws),
        "week": plan,
        "values": values or {},
        "error": error,
        "error_in": error_in,
        "active": PAGE,
    }
    return render(request, "ifthen.html", context, status_code=status)


@router.get("/if-then", response_class=HTMLResponse)
def ifthen_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    return ifthen_response(request, ws)


@router.post("/if-then")
def create_if_then(
    request: Request, ws: WorkspaceDep, cue: Text = "", action: Text = ""
) -> Response:
    try:
        added = add_if_then(ws, cue, action)
    except InvalidInput as problem:
        values = {"cue": cue, "action": action}
        return ifthen_response(request, ws, values, str(problem), "ifthen", 422)
    return redirect(f"{PAGE}#plans", f"Saved: if {added.cue}, then {added.action}.")


@router.post("/if-then/week")
def save_week(
    request: Request,
    ws: WorkspaceDep,
    applications_target: Text = "",
    channel: Text = "",
    schedule: Text = "",
    roles: Text = "",
) -> Response:
    try:
        save_week_plan(
            ws,
            applications_target=required_number(applications_target, "applications per week"),
            channel=optional_choice(Channel, channel, "channel"),
            schedule=schedule,
            roles=[line.strip() for line in roles.splitlines() if line.strip()],
        )
    except InvalidInput as problem:
        values = {
            "applications_target": applications_target,
            "channel": channel,
            "schedule": schedule,
            "roles": roles,
        }
        return ifthen_response(request, ws, values, str(problem), "week", 422)
    return redirect(f"{PAGE}#week", "This week's plan is saved. It is yours to change any time.")
