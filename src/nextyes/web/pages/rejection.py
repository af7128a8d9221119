"""Record a rejection: a short guided flow. 1: what happened (a "no" or a silence, when,
any reason or feedback). 2: how you feel (optional). 3: the plan, on the application page.
Undo is offered straight after, for a "no" recorded by mistake."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Application
from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import LONG_TEXT, optional_text, parse_choice
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage, allowed_moves
from nextyes.domain.wellbeing import NOTE_LIMIT, check_note
from nextyes.services.applications import record_rejection, search_applications
from nextyes.services.pipeline import get_application, recent_applications
from nextyes.services.preferences import effective_resources
from nextyes.services.recovery import undo_rejection
from nextyes.services.wellbeing import check_in
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.pages.formdata import optional_day, problems_by_field, whole_number
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
PICK_LIST = 40  # applications offered on the chooser: the most recently changed
MOODS = [(1, "Very low"), (2, "Low"), (3, "In between"), (4, "Good"), (5, "Very good")]
RECORDED = (Stage.REJECTED, Stage.GHOSTED)


def can_record(application: Application) -> bool:
    """A "no" or a silence can be recorded from here (a silence can still become a no)."""
    return bool(set(RECORDED) & allowed_moves(application.stage))


@router.get("/reject", response_class=HTMLResponse)
def choose_application(request: Request, ws: WorkspaceDep, q: str = "") -> HTMLResponse:
    """Which application? Found by name, or picked from the latest few, never all of them."""
    error = None
    try:
        found = (
            search_applications(ws, text=q, limit=PICK_LIST).items
            if q.strip()
            else recent_applications(ws, PICK_LIST)
        )
    except InvalidInput as problem:
        found, error = [], str(problem)
    context = {
        "choices": [a for a in found if can_record(a)],
        "q": q,
        "error": error,
        "active": "/today",
    }
    return render(request, "rejection_choose.html", context, status_code=422 if error else 200)


def what_happened(
    request: Request,
    application: Application,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    context: dict[str, Any] = {
        "a": application,
        "values": values,
        "errors": errors or {},
        "recordable": can_record(application),
        "active": "/today",
    }
    return render(request, "rejection_what.html", context, status_code=status)


@router.get("/applications/{application_id}/reject", response_class=HTMLResponse)
def reject_page(
    request: Request, ws: WorkspaceDep, application_id: int, form: str = "", date: str = ""
) -> HTMLResponse:
    application = get_application(ws, application_id)
    chosen = form if form in (RejectionForm.EXPLICIT, RejectionForm.SILENCE) else "explicit"
    values = {"form": chosen, "date": date or ws.clock.today().isoformat()}
    return what_happened(request, application, values)


@router.post("/applications/{application_id}/reject")
def record(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    form: Text = "",
    date: Text = "",
    reason: Text = "",
    feedback: Text = "",
) -> Response:
    application = get_application(ws, application_id)
    values = {"form": form, "date": date, "reason": reason, "feedback": feedback}
    check = Checks()  # every problem at once, each beside its field
    chosen = None
    if not form.strip():
        check.found.append(InvalidInput("choose what happened: a no, or a silence", "form"))
    else:
        chosen = check.field("form", parse_choice, RejectionForm, form, "what happened")
    day = check.field("date", optional_day, date)
    check.field("reason", optional_text, reason, "reason", LONG_TEXT)
    check.field("feedback", optional_text, feedback, "feedback", LONG_TEXT)
    try:
        check.done()
        assert chosen is not None
        recorded = record_rejection(
            ws, application_id, chosen, day, reason=reason, feedback=feedback
        )
    except InvalidInput as problem:
        errors = problems_by_field(problem, list(values))
        return what_happened(request, application, values, errors, status=422)
    said = (
        "This one was already recorded; here is where you are."
        if recorded.already_recorded
        else "Recorded. That was not easy to write down."
    )
    return redirect(f"/applications/{application_id}/reject/feel", said)


def feel_form(
    request: Request,
    application: Application,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    context: dict[str, Any] = {
        "a": application,
        "moods": MOODS,
        "values": values,
        "errors": errors or {},
        "note_limit": NOTE_LIMIT,
        "active": "/today",
    }
    return render(request, "rejection_feel.html", context, status_code=status)


@router.get("/applications/{application_id}/reject/feel", response_class=HTMLResponse)
def feel_page(request: Request, ws: WorkspaceDep, application_id: int) -> HTMLResponse:
    return feel_form(request, get_application(ws, application_id), {})


@router.post("/applications/{application_id}/reject/feel")
def feel(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    application_id: int,
    mood: Text = "",
    note: Text = "",
    skip: Text = "",
) -> Response:
    application = get_application(ws, application_id)
    plan = f"/applications/{application_id}#plan"
    kind = "Here is a short plan. Take it one step at a time, and only when you are ready."
    if skip:
        return redirect(plan, kind)
    check = Checks()
    level = check.field("mood", whole_number, mood, "mood")
    check.field("note", check_note, note)
    try:
        check.done()
        if level is None:
            if note.strip():
                raise InvalidInput(
                    "to save a note, choose a mood from 1 (very low) to 5 (good)", "mood"
                )
            return redirect(plan, kind)
        said = check_in(ws, level, note, effective_resources(ws, settings)).message
    except InvalidInput as problem:
        values = {"mood": mood, "note": note}
        errors = problems_by_field(problem, ["mood", "note"])
        return feel_form(request, application, values, errors, status=422)
    return redirect(plan, f"{said} {kind}")


@router.post("/applications/{application_id}/reject/undo")
def undo(ws: WorkspaceDep, application_id: int) -> Response:
    restored = undo_rejection(ws, application_id)
    return redirect(
        f"/applications/{application_id}",
        f"Undone: {restored.company} is back at {restored.stage.label.lower()}.",
    )
