"""Interviews in the browser: schedule one from its application's page, correct it on a page
of its own, cancel it (into the trash, with Undo). The form takes a day and a wall-clock
time in the person's own zone (web/zones.py); the interview is kept in UTC."""

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import LINK_TEXT, LONG_TEXT, optional_text
from nextyes.domain.interviews import MAX_MINUTES, MIN_MINUTES, Interview, NewInterview
from nextyes.domain.stages import FINAL, Stage
from nextyes.services.applications import application_detail
from nextyes.services.corrections import edit_interview, get_interview
from nextyes.services.interviews import add_interview
from nextyes.services.workspace import Workspace
from nextyes.web import dates
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.application import page as application_page
from nextyes.web.pages.formdata import local_path, optional_day, problems_by_field
from nextyes.web.templating import redirect, render
from nextyes.web.templating import templates as jinja
from nextyes.web.zones import Zone, form_zone, person_zone

router = APIRouter(include_in_schema=False)

FIELDS = ["date", "time", "minutes", "title", "location", "notes"]
PREFIX = "interview"  # the schedule form's fields on the application page: interview-date...
CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?")
DEFAULT_MINUTES = "60"


def can_interview(stage: Stage) -> bool:
    """Interviews belong to an application that is sent and not yet finished."""
    return stage is not Stage.SAVED and stage not in FINAL


jinja.env.globals["can_interview"] = can_interview
jinja.env.globals["interview_minutes"] = (MIN_MINUTES, MAX_MINUTES)


# ---- reading the form -------------------------------------------------------------------------


def _day(text: str) -> date:
    day = optional_day(text, "the day")
    if day is None:
        raise InvalidInput("choose the day of the interview")
    return day


def _clock(text: str) -> time:
    value = text.strip()
    if not value:
        raise InvalidInput("choose the time it starts, like 14:00")
    found = CLOCK.fullmatch(value)
    hour, minute = (int(found[1]), int(found[2])) if found else (99, 99)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InvalidInput(f"the time must be like 14:00; you wrote {value[:20]!r}")
    return time(hour, minute)


def _minutes(text: str) -> int:
    value = text.strip()
    if not value:
        raise InvalidInput("say how long it lasts, in minutes")
    if not value.isdigit() or len(value) > 4:  # isdigit: no sign, no decimal point
        raise InvalidInput(
            f"how long it lasts must be a whole number of minutes, from {MIN_MINUTES} to"
            f" {MAX_MINUTES}; you wrote {value[:20]!r}"
        )
    minutes = int(value)
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput(
            f"how long it lasts must be from {MIN_MINUTES} to {MAX_MINUTES} minutes;"
            f" you wrote {minutes}"
        )
    return minutes


def read_interview(application_id: int, typed: dict[str, str], zone: Zone) -> NewInterview:
    """The form's text as an interview, or every problem at once (each by its field)."""
    check = Checks()
    day = check.field("date", _day, typed["date"])
    clock = check.field("time", _clock, typed["time"])
    minutes = check.field("minutes", _minutes, typed["minutes"])
    title = check.field("title", optional_text, typed["title"], "the title")
    location = check.field("location", optional_text, typed["location"], "where", LINK_TEXT)
    notes = check.field("notes", optional_text, typed["notes"], "notes", LONG_TEXT)
    starts = check.field("time", zone.at, day, clock) if day and clock else None
    check.done()
    assert starts is not None  # done() raised if the day or the time could not be read
    return NewInterview(application_id, starts, minutes, title, location, notes)


async def _typed(request: Request) -> tuple[dict[str, str], str, str]:
    form = await request.form()
    typed = {name: str(form.get(name, "")) for name in FIELDS}
    return typed, str(form.get("zone", "")), str(form.get("next", ""))


def _when(interview: Interview, zone: Zone) -> str:
    return f"{dates.moment(zone.local(interview.starts_at))} ({zone.label})"


# ---- schedule, from the application's page ----------------------------------------------------


@router.post("/applications/{application_id}/interviews")
async def schedule(request: Request, ws: WorkspaceDep, application_id: int) -> Response:
    typed, zone_name, _ = await _typed(request)
    zone = form_zone(request, zone_name)
    try:
        added = add_interview(ws, read_interview(application_id, typed, zone))
    except InvalidInput as problem:
        found = problems_by_field(problem, FIELDS)
        errors = {f"{PREFIX}-{name}" if name else PREFIX: text for name, text in found.items()}
        values = {f"{PREFIX}-{name}": value for name, value in typed.items()}
        return application_page(request, ws, application_id, errors, values, 422)
    said = f"Interview scheduled: {_when(added, zone)}. Good luck."
    return redirect(f"/applications/{application_id}#interview-{added.id}", said)


# ---- correct one, on its own page ---------------------------------------------------------------


@dataclass(frozen=True)
class Back:
    url: str
    active: str  # the nav item: the calendar, or the pipeline the application lives in


def _back(next_url: str, interview: Interview) -> Back:
    url = local_path(next_url, f"/applications/{interview.application_id}#interviews")
    return Back(url, "/calendar" if url.startswith("/calendar") else "/pipeline")


def _current(interview: Interview, zone: Zone) -> dict[str, str]:
    starts = zone.local(interview.starts_at)
    return {
        "date": starts.date().isoformat(),
        "time": f"{starts:%H:%M}",
        "minutes": str(interview.minutes),
        "title": interview.title or "",
        "location": interview.location or "",
        "notes": interview.notes or "",
    }


def edit_page(
    request: Request,
    ws: Workspace,
    interview: Interview,
    back: Back,
    zone: Zone,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    application = application_detail(ws, interview.application_id).application
    context: dict[str, Any] = {
        "i": interview,
        "a": application,
        "values": values or _current(interview, zone),
        "errors": errors or {},
        "zone": zone,
        "back": back.url,
        "active": back.active,
    }
    return render(request, "interview_edit.html", context, status_code=status)


@router.get("/interviews/{interview_id}/edit", response_class=HTMLResponse)
def edit_interview_page(
    request: Request, ws: WorkspaceDep, interview_id: int, next: str = ""
) -> HTMLResponse:
    interview = get_interview(ws, interview_id)
    return edit_page(request, ws, interview, _back(next, interview), person_zone(request))


@router.post("/interviews/{interview_id}/edit")
async def save_interview(request: Request, ws: WorkspaceDep, interview_id: int) -> Response:
    interview = get_interview(ws, interview_id)
    typed, zone_name, next_url = await _typed(request)
    zone = form_zone(request, zone_name)
    back = _back(next_url, interview)
    try:
        changed = read_interview(interview.application_id, typed, zone)
        saved = edit_interview(ws, interview_id, changed)
    except InvalidInput as problem:
        errors = problems_by_field(problem, FIELDS)
        return edit_page(request, ws, interview, back, zone, typed, errors, 422)
    said = f"Saved the interview: {_when(saved, zone)}."
    return redirect(back.url, said)
