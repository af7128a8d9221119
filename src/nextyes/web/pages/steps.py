"""The step buttons (done, snooze, skip) that Today and an application's plan share: HTMX
swaps the step in place; a plain form falls back to a redirect to where it came from.

Every step but feel and rest also leads to its action (`step_action` and `action_href`
for the templates): the composer with its message and person chosen, the reflection, this
week's plan, or the fit view served here, which puts the posting beside the fit question."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.contacts import Contact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import StepKind
from nextyes.domain.reflections import PROMPTS
from nextyes.domain.stages import Stage
from nextyes.domain.steps import (
    Goes,
    Step,
    StepAction,
    action_for,
    earliest_snooze,
    latest_snooze,
    snooze_choices,
)
from nextyes.services.applications import application_detail
from nextyes.services.fit import fit_for_application
from nextyes.services.pipeline import get_application
from nextyes.services.recovery import complete_step, get_step, skip_step, snooze_step
from nextyes.services.reflections import reflect, reflection_start
from nextyes.web.dates import weekday
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import local_path, optional_day, problems_by_field, whole_number
from nextyes.web.templating import is_htmx, redirect, render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
Next = Annotated[str, Form(alias="next")]
TODAY = "/today"
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


def day_after(day: date) -> date:
    return day + timedelta(days=1)


def step_action(step: Step, people: Iterable[Contact] | None = None) -> StepAction | None:
    """The action a step leads to, for its primary button; None for feel and rest, and for
    a step already done or skipped."""
    return action_for(step, people or ()) if step.is_open else None


def action_href(step: Step, action: StepAction) -> str:
    """Where a step's primary button goes. The composer and the reflection are reached by
    their anchors, so a phone lands on them in one tap (recovery.js then focuses them)."""
    page = f"/applications/{step.application_id}"
    if action.goes is Goes.COMPOSE and action.draft is not None:
        to = f"&to={action.contact_id}" if action.contact_id is not None else ""
        return f"{page}?compose={action.draft.value}{to}#compose"
    if action.goes is Goes.REFLECT:
        return f"{page}#reflection"
    if action.goes is Goes.FIT:
        return f"{page}/fit#fit-form"
    if action.goes is Goes.WEEK:
        return "/if-then#week"
    return f"{page}#add-person"


jinja.env.globals["step_kind_words"] = KIND_WORDS
jinja.env.globals["day_after"] = day_after
jinja.env.globals["earliest_snooze"] = earliest_snooze
jinja.env.globals["latest_snooze"] = latest_snooze
jinja.env.globals["snooze_choices"] = snooze_choices
jinja.env.globals["step_action"] = step_action
jinja.env.globals["action_href"] = action_href


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
    quick: Text = "",
    next_url: Next = "",
) -> Response:
    # "Tomorrow" and "Next week" are buttons carrying their day; "A date" is the date field.
    return _act(request, ws, step_id, next_url, "snooze", quick.strip() or until)


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
    return f"Snoozed to {weekday(step.due_on)}: {step.title}."


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
    on_its_page = back.startswith("/applications/")
    context = {
        # On its application's page the button names the person, as it did before the swap.
        "people": application_detail(ws, step.application_id).contacts if on_its_page else [],
        "step": step,
        "company": application.company,
        "role": application.role,
        "show_company": not on_its_page,
        "here": back,
        "error": error,
        "said": said,
    }
    return render(request, "_step.html", context, status_code=status)


# --- the fit view: the posting beside the fit question ----------------------------------

FIT_FIELDS = ("fit_score", "fit_why")


@router.get("/applications/{application_id}/fit", response_class=HTMLResponse)
def fit_page(request: Request, ws: WorkspaceDep, application_id: int) -> HTMLResponse:
    return _fit(request, ws, application_id)


@router.post("/applications/{application_id}/fit")
def save_fit(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    fit_score: Text = "",
    fit_why: Text = "",
) -> Response:
    values = {"fit_score": fit_score, "fit_why": fit_why}
    try:
        start = reflection_start(ws, application_id)
        answers = replace(
            start.answers,
            fit_score=whole_number(fit_score, "fit score"),
            fit_why=fit_why.strip() or None,
        )
        if answers.fit_score is None and not answers.fit_why:
            raise InvalidInput("fit score: choose how close the fit was, or say why in words")
        saved = reflect(ws, application_id, answers)
    except InvalidInput as problem:
        errors = problems_by_field(problem, ["fit score", "fit why"])
        shown = {name.replace(" ", "_"): message for name, message in errors.items()}
        return _fit(request, ws, application_id, shown, values, 422)
    said = "Saved with your reflection."
    if saved.closed:
        said += " That also ticks off: " + "; ".join(s.title for s in saved.closed) + "."
    return redirect(f"/applications/{application_id}#plan", said)


def _fit(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    detail = application_detail(ws, application_id)
    application = detail.application
    rejected = application.stage in (Stage.REJECTED, Stage.GHOSTED) and bool(detail.rejections)
    start = reflection_start(ws, application_id) if rejected else None
    if values is None and start is not None:
        score = start.answers.fit_score
        values = {
            "fit_score": "" if score is None else str(score),
            "fit_why": start.answers.fit_why or "",
        }
    context: dict[str, Any] = {
        "a": application,
        "start": start,
        "prompts": PROMPTS,
        "errors": errors or {},
        "values": values or {"fit_score": "", "fit_why": ""},
        "fit": fit_for_application(ws, application_id),
        "active": "/pipeline",
    }
    return render(request, "fit.html", context, status_code=status)
