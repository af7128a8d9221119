"""If-then plans (each with Edit and Delete) and this week's plan: what, when and how, with
a way back to the suggestion drawn from the search."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Channel
from nextyes.domain.errors import Checks, InvalidInput, NotFound
from nextyes.domain.fields import LONG_TEXT, required_text
from nextyes.services.corrections import edit_if_then, get_if_then
from nextyes.services.trash import delete_week_plan
from nextyes.services.weekly import add_if_then, list_if_thens, week_plan
from nextyes.services.weekly import save_week as save_this_week
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_choice, problems_by_field, required_number
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
PAGE = "/if-then"
PLAN_FIELDS = ["cue", "action"]
WEEK_FIELDS = ["applications_target", "channel", "schedule", "roles"]
PART_LIMIT = 500  # domain/weekly.validated_if_then keeps each part to this
ROLE_LIMIT = 400
TARGETS = (1, 50)


def ifthen_response(
    request: Request,
    ws: WorkspaceDep,
    form: str = "",
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The page; after a problem, `form` names its form ("ifthen", "week", or "plan-ID" for
    a plan being corrected) and `errors` holds its problems by field."""
    plan = week_plan(ws)
    context: dict[str, Any] = {
        "plans": list_if_thens(ws),
        "week": plan,
        "form": form,
        "values": values or {},
        "errors": errors or {},
        "part_limit": PART_LIMIT,
        "active": PAGE,
    }
    return render(request, "ifthen.html", context, status_code=status)


@router.get("/if-then", response_class=HTMLResponse)
def ifthen_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    return ifthen_response(request, ws)


def read_plan(cue: str, action: str) -> tuple[str, str]:
    """Both parts of a plan, or both problems at once."""
    check = Checks()
    clean_cue = check.field("cue", required_text, cue, "the 'if' part", PART_LIMIT)
    clean_action = check.field("action", required_text, action, "the 'then' part", PART_LIMIT)
    check.done()
    return clean_cue, clean_action


@router.post("/if-then")
def create_if_then(
    request: Request, ws: WorkspaceDep, cue: Text = "", action: Text = ""
) -> Response:
    try:
        added = add_if_then(ws, *read_plan(cue, action))
    except InvalidInput as problem:
        values = {"cue": cue, "action": action}
        errors = problems_by_field(problem, PLAN_FIELDS)
        return ifthen_response(request, ws, "ifthen", values, errors, 422)
    return redirect(f"{PAGE}#plan-{added.id}", f"Saved: if {added.cue}, then {added.action}.")


@router.post("/if-then/{plan_id}/edit")
def correct_if_then(
    request: Request, ws: WorkspaceDep, plan_id: int, cue: Text = "", action: Text = ""
) -> Response:
    get_if_then(ws, plan_id)  # someone else's, or none: not found
    try:
        edit_if_then(ws, plan_id, *read_plan(cue, action))
    except InvalidInput as problem:
        key = f"plan-{plan_id}"
        found = problems_by_field(problem, PLAN_FIELDS)
        errors = {f"{key}-{name or 'cue'}": text for name, text in found.items()}
        values = {f"{key}-cue": cue, f"{key}-action": action}
        return ifthen_response(request, ws, key, values, errors, 422)
    return redirect(f"{PAGE}#plan-{plan_id}", "Plan corrected.")


def _target(text: str) -> int:
    number = required_number(text, "applications per week")
    low, high = TARGETS
    if not low <= number <= high:
        raise InvalidInput(
            f"applications per week must be from {low} to {high}; you wrote {number}"
        )
    return number


def _roles(text: str) -> list[str]:
    return [
        required_text(line, "each role", ROLE_LIMIT) for line in text.splitlines() if line.strip()
    ]


@router.post("/if-then/week")
def save_week(
    request: Request,
    ws: WorkspaceDep,
    applications_target: Text = "",
    channel: Text = "",
    schedule: Text = "",
    roles: Text = "",
) -> Response:
    values = {
        "applications_target": applications_target,
        "channel": channel,
        "schedule": schedule,
        "roles": roles,
    }
    try:
        check = Checks()  # every problem at once; save_week checks them the same way
        target = check.field("applications_target", _target, applications_target)
        lean_on = check.field("channel", optional_choice, Channel, channel, "channel")
        check.field("schedule", required_text, schedule, "when", LONG_TEXT)
        wanted = check.field("roles", _roles, roles)
        check.done()
        saved = save_this_week(
            ws, applications_target=target, channel=lean_on, schedule=schedule, roles=wanted
        )
    except InvalidInput as problem:
        errors = problems_by_field(problem, WEEK_FIELDS)
        return ifthen_response(request, ws, "week", values, errors, 422)
    said = "This week's plan is saved. It is yours to change any time."
    if saved.ticked:  # what a "jump back in" step asked for
        said += " That also ticks off: " + "; ".join(s.title for s in saved.ticked) + "."
    return redirect(f"{PAGE}#week", said)


@router.post("/if-then/week/suggestion")
def back_to_suggestion(ws: WorkspaceDep) -> Response:
    """Let go of this week's own plan: the suggestion drawn from the search comes back."""
    try:
        deleted = delete_week_plan(ws)
    except NotFound:  # sent twice, or from a page older than the plan
        return redirect(f"{PAGE}#week", "This week's plan is already the suggestion.")
    said = "This week's plan is the suggestion again."
    return redirect(f"{PAGE}#week", said, undo=deleted.trash_id)
