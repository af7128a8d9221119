"""Check-in: a mood and a line of text, the WHO-5, and what came before. Support, never a
diagnosis: the wording of every message comes from domain/wellbeing.py."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import InvalidInput
from nextyes.domain.wellbeing import (
    WHO5_ITEMS,
    WHO5_LEAD,
    WHO5_NAME,
    WHO5_SCALE,
    WHO5_SOURCE,
    who5_change,
)
from nextyes.services.preferences import effective_resources
from nextyes.services.wellbeing import check_in, support_now, take_who5, wellbeing_history
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.pages.formdata import whole_number
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
HISTORY = 10
MOODS = [(1, "Very low"), (2, "Low"), (3, "In between"), (4, "Good"), (5, "Very good")]
WHO5_FIELDS = [f"q{number}" for number in range(1, len(WHO5_ITEMS) + 1)]


def checkin_response(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    done: str = "",
    values: dict[str, str] | None = None,
    error: str | None = None,
    error_in: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    past = wellbeing_history(ws, HISTORY)
    latest = past.questionnaires[0] if past.questionnaires else None
    before = past.questionnaires[1] if len(past.questionnaires) > 1 else None
    context: dict[str, Any] = {
        "moods": MOODS,
        "mood_words": dict(MOODS),
        "who5_items": list(zip(WHO5_FIELDS, WHO5_ITEMS, strict=True)),
        "who5_scale": WHO5_SCALE,
        "who5_lead": WHO5_LEAD,
        "who5_name": WHO5_NAME,
        "who5_source": WHO5_SOURCE,
        "history": past,
        # After a check-in or a questionnaire, say what it shows; not on every visit.
        "done": done if done in ("checkin", "who5") else "",
        "latest": latest if done == "who5" else None,
        "change": who5_change(before, latest) if done == "who5" and latest else None,
        "suggestion": support_now(ws, effective_resources(ws, settings)) if done else None,
        "values": values or {},
        "error": error,
        "error_in": error_in,
        "active": "/checkin",
    }
    return render(request, "checkin.html", context, status_code=status)


@router.get("/checkin", response_class=HTMLResponse)
def checkin_page(
    request: Request, ws: WorkspaceDep, settings: SettingsDep, done: str = ""
) -> HTMLResponse:
    return checkin_response(request, ws, settings, done)


@router.post("/checkin")
def save_checkin(
    request: Request, ws: WorkspaceDep, settings: SettingsDep, mood: Text = "", note: Text = ""
) -> Response:
    try:
        level = whole_number(mood, "mood")
        if level is None:
            raise InvalidInput("choose how you feel, from 1 (very low) to 5 (very good)")
        result = check_in(ws, level, note, effective_resources(ws, settings))
    except InvalidInput as problem:
        values = {"mood": mood, "note": note}
        return checkin_response(request, ws, settings, "", values, str(problem), "checkin", 422)
    return redirect("/checkin?done=checkin#result", result.message)


@router.post("/checkin/who5")
def save_who5(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    q1: Text = "",
    q2: Text = "",
    q3: Text = "",
    q4: Text = "",
    q5: Text = "",
) -> Response:
    given = dict(zip(WHO5_FIELDS, (q1, q2, q3, q4, q5), strict=True))
    try:
        answers: list[int] = []
        for number, name in enumerate(WHO5_FIELDS, start=1):
            answer = whole_number(given[name], f"WHO-5 answer {number}")
            if answer is None:
                raise InvalidInput(f"WHO-5 question {number} has no answer yet; choose one")
            answers.append(answer)
        take_who5(ws, answers, effective_resources(ws, settings))
    except InvalidInput as problem:
        return checkin_response(request, ws, settings, "", given, str(problem), "who5", 422)
    return redirect("/checkin?done=who5#result", "Thank you for taking a moment for yourself.")
