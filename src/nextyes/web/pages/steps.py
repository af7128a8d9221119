"""The step buttons (done, snooze, skip) that Today and an application's plan share: HTMX
swaps the step in place; a plain form falls back to a redirect to where it came from."""

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import StepKind
from nextyes.domain.steps import SNOOZE_HORIZON, Step
from nextyes.services.pipeline import get_application
from nextyes.services.recovery import complete_step, get_step, skip_step, snooze_step
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import local_path, optional_day
from nextyes.web.templating import is_htmx, redirect, render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
Next = Annotated[str, Form(alias="next")]
TODAY = "/today"
SNOOZE_DAYS = 3  # the snooze date offered first: a few days, not a week of guilt
# Words for each kind of step, for the small label beside its title.
KIND_WORDS = {
    StepKind.FEEL: "Feel it",
    StepKind.THANK_YOU: "Thank-you",
    StepKind.CONNECT: "Connect",
    StepKind.FEEDBACK_REQUEST: "Ask for feedback",
    StepKind.POST_MORTEM: "Reflect",
    StepKind.FIT_CHECK: "Fit check",
    StepKind.REST: "Rest",
    StepKind.JUMP_BACK_IN: "Jump back in",
    StepKind.FOLLOW_UP: "Follow up",
    StepKind.RECONNECT: "Reconnect",
    StepKind.WATCH_COMPANY: "Keep an eye out",
}


def snooze_default(day: date) -> date:
    return day + timedelta(days=SNOOZE_DAYS)


def day_after(day: date) -> date:
    return day + timedelta(days=1)


def latest_snooze(day: date) -> date:
    return day + SNOOZE_HORIZON


jinja.env.globals["step_kind_words"] = KIND_WORDS
jinja.env.globals["snooze_default"] = snooze_default
jinja.env.globals["day_after"] = day_after
jinja.env.globals["latest_snooze"] = latest_snooze


@router.post("/steps/{step_id}/done")
def step_done(request: Request, ws: WorkspaceDep, step_id: int, next_url: Next = "") -> Response:
    return _act(request, ws, step_id, next_url, "done", "")


@router.post("/steps/{step_id}/skip")
def step_skip(request: Request, ws: WorkspaceDep, step_id: int, next_url: Next = "") -> Response:
    return _act(request, ws, step_id, next_url, "skip", "")


@router.post("/steps/{step_id}/snooze")
def step_snooze(
    request: Request,
    ws: WorkspaceDep,
    step_id: int,
    until: Text = "",
    next_url: Next = "",
) -> Response:
    return _act(request, ws, step_id, next_url, "snooze", until)


def _act(
    request: Request, ws: WorkspaceDep, step_id: int, next_url: str, action: str, until: str
) -> Response:
    back = local_path(next_url, TODAY)
    try:
        step = _apply(ws, step_id, action, until)
    except InvalidInput as problem:
        if not is_htmx(request):
            raise  # the kind error page, 422, with the same one line
        return _fragment(request, ws, step_id, back, str(problem), status=422)
    said = _said(step, action)
    if is_htmx(request):
        return _fragment(request, ws, step.id, back, None, said=said)
    # Land on the step itself, so a long plan does not jump back to its top.
    return redirect(back if "#" in back else f"{back}#step-{step.id}", said)


def _apply(ws: WorkspaceDep, step_id: int, action: str, until: str) -> Step:
    if action == "done":
        return complete_step(ws, step_id)
    if action == "skip":
        return skip_step(ws, step_id)
    day = optional_day(until, "snooze date")
    if day is None:
        raise InvalidInput("choose a day to snooze the step to")
    return snooze_step(ws, step_id, day)


def _said(step: Step, action: str) -> str:
    if action == "done":
        return f"Done: {step.title}. Nicely handled."
    if action == "skip":
        return f"Skipped: {step.title}. That is a fine choice too."
    return f"Snoozed to {step.due_on.strftime('%A %d %B')}: {step.title}."


def _fragment(
    request: Request,
    ws: WorkspaceDep,
    step_id: int,
    back: str,
    error: str | None,
    said: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The step again, as it is now, for HTMX to swap in place."""
    step = get_step(ws, step_id)
    application = get_application(ws, step.application_id)
    context = {
        "step": step,
        "company": application.company,
        "role": application.role,
        "show_company": not back.startswith("/applications/"),
        "here": back,
        "error": error,
        "said": said,
    }
    return render(request, "_step.html", context, status_code=status)
