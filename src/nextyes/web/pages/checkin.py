"""Check-in: a mood and a line of text, the WHO-5, and what came before, each check-in with
Edit and Delete and each WHO-5 with Delete; private writing is a page of its own
(pages/writing.py) linked from here. Support, never a diagnosis: the wording of every
message comes from domain/wellbeing.py."""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.wellbeing import (
    NOTE_LIMIT,
    WHO5_ITEMS,
    WHO5_LEAD,
    WHO5_NAME,
    WHO5_NOTABLE_CHANGE,
    WHO5_SCALE,
    WHO5_SOURCE,
    CheckIn,
    Who5,
    check_mood,
    check_note,
    who5_change,
)
from nextyes.services.corrections import edit_checkin, get_checkin
from nextyes.services.preferences import effective_resources
from nextyes.services.wellbeing import check_in, support_now, take_who5, wellbeing_history
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.pages.formdata import problems_by_field, whole_number
from nextyes.web.templating import redirect, render
from nextyes.web.zones import Zone, person_zone

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
HISTORY = 10
MOODS = [(1, "Very low"), (2, "Low"), (3, "In between"), (4, "Good"), (5, "Very good")]
WHO5_FIELDS = [f"q{number}" for number in range(1, len(WHO5_ITEMS) + 1)]
CHECKIN_FIELDS = ["mood", "note"]


@dataclass(frozen=True)
class CheckInRow:
    checkin: CheckIn
    on: date  # the person's own day


@dataclass(frozen=True)
class Who5Row:
    questionnaire: Who5
    on: date
    change: str  # against the one before, in words


def change_words(current: Who5, before: Who5 | None) -> str:
    """How one WHO-5 result moved from the one before, in a few plain words."""
    change = who5_change(before, current)
    if change is None:
        return "the first you took"
    if change.points == 0:
        return "the same as the one before"
    way = "higher" if change.points > 0 else "lower"
    size = "a real change" if change.worth_noting else "within the usual ups and downs"
    return f"{abs(change.points)} points {way} than the one before: {size}"


def _history(ws: WorkspaceDep, zone: Zone) -> tuple[list[CheckInRow], list[Who5Row]]:
    # One more questionnaire than is shown: the last one shown has one to compare with.
    past = wellbeing_history(ws, HISTORY + 1)
    checkins = [CheckInRow(c, zone.local(c.checked_at).date()) for c in past.checkins[:HISTORY]]
    found = past.questionnaires
    before = [*found[1:], None]  # each one's predecessor (the oldest loaded has none)
    results = [
        Who5Row(q, zone.local(q.taken_at).date(), change_words(q, previous))
        for q, previous in zip(found[:HISTORY], before, strict=False)
    ]
    return checkins, results


def checkin_response(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    done: str = "",
    form: str = "",
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    """The page; after a problem, `form` names the form it is about ("checkin", "who5" or
    "checkin-ID" for a check-in being corrected) and `errors` holds its problems by field."""
    zone = person_zone(request)
    checkins, results = _history(ws, zone)
    shown = {f"checkin-{row.checkin.id}" for row in checkins}
    latest = results[0].questionnaire if results else None
    before = results[1].questionnaire if len(results) > 1 else None
    context: dict[str, Any] = {
        "moods": MOODS,
        "mood_words": dict(MOODS),
        "note_limit": NOTE_LIMIT,
        "who5_items": list(zip(WHO5_FIELDS, WHO5_ITEMS, strict=True)),
        "who5_scale": WHO5_SCALE,
        "who5_lead": WHO5_LEAD,
        "who5_name": WHO5_NAME,
        "who5_source": WHO5_SOURCE,
        "who5_notable": WHO5_NOTABLE_CHANGE,
        "checkins": checkins,
        "results": results,
        # After a check-in or a questionnaire, say what it shows; not on every visit.
        "done": done if done in ("checkin", "who5") else "",
        "latest": latest if done == "who5" else None,
        "change": who5_change(before, latest) if done == "who5" and latest else None,
        "suggestion": support_now(ws, effective_resources(ws, settings)) if done else None,
        "form": form,
        # A correction of a check-in no longer listed here: its problems go at the top.
        "unplaced": errors if form.startswith("checkin-") and form not in shown else {},
        "values": values or {},
        "errors": errors or {},
        "active": "/checkin",
    }
    return render(request, "checkin.html", context, status_code=status)


@router.get("/checkin", response_class=HTMLResponse)
def checkin_page(
    request: Request, ws: WorkspaceDep, settings: SettingsDep, done: str = ""
) -> HTMLResponse:
    return checkin_response(request, ws, settings, done)


def _mood(text: str) -> int:
    level = whole_number(text, "mood")
    if level is None:
        raise InvalidInput("choose how you feel, from 1 (very low) to 5 (very good)")
    return check_mood(level)


def read_checkin(mood: str, note: str) -> tuple[int, str | None]:
    """A mood and a note as typed, or both problems at once."""
    check = Checks()
    level = check.field("mood", _mood, mood)
    line = check.field("note", check_note, note)
    check.done()
    return level, line


@router.post("/checkin")
def save_checkin(
    request: Request, ws: WorkspaceDep, settings: SettingsDep, mood: Text = "", note: Text = ""
) -> Response:
    try:
        level, line = read_checkin(mood, note)
        result = check_in(ws, level, line, effective_resources(ws, settings))
    except InvalidInput as problem:
        values = {"mood": mood, "note": note}
        errors = problems_by_field(problem, CHECKIN_FIELDS)
        return checkin_response(request, ws, settings, "", "checkin", values, errors, 422)
    return redirect("/checkin?done=checkin#result", result.message)


@router.post("/checkin/{checkin_id}/edit")
def correct_checkin(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    checkin_id: int,
    mood: Text = "",
    note: Text = "",
) -> Response:
    get_checkin(ws, checkin_id)  # someone else's, or none: not found
    try:
        level, line = read_checkin(mood, note)
        edit_checkin(ws, checkin_id, level, line)
    except InvalidInput as problem:
        key = f"checkin-{checkin_id}"
        found = problems_by_field(problem, CHECKIN_FIELDS)
        errors = {f"{key}-{name or 'mood'}": text for name, text in found.items()}
        values = {f"{key}-mood": mood, f"{key}-note": note}
        return checkin_response(request, ws, settings, "", key, values, errors, 422)
    return redirect(f"/checkin#checkin-{checkin_id}", "Check-in corrected.")


def _answer(text: str, number: int) -> int:
    answer = whole_number(text, f"WHO-5 answer {number}")
    if answer is None:
        raise InvalidInput(f"WHO-5 question {number} has no answer yet; choose one")
    if not 0 <= answer <= 5:
        raise InvalidInput(f"WHO-5 answer {number} must be from 0 to 5; you wrote {answer}")
    return answer


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
        check = Checks()  # every unanswered question at once
        answers = [
            check.field(name, _answer, given[name], number)
            for number, name in enumerate(WHO5_FIELDS, start=1)
        ]
        check.done()
        take_who5(ws, answers, effective_resources(ws, settings))
    except InvalidInput as problem:
        errors = problems_by_field(problem, WHO5_FIELDS)
        return checkin_response(request, ws, settings, "", "who5", given, errors, 422)
    return redirect("/checkin?done=who5#result", "Thank you for taking a moment for yourself.")
