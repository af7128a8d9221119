"""How you found work before (/history): past jobs and the way each was found, which the
weekly plan and Insights compare with this search. Add, correct, delete (into the trash)."""

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Channel
from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import LONG_TEXT, optional_text, parse_choice, required_text
from nextyes.domain.history import NewPastJob, PastJob
from nextyes.services.corrections import edit_past_job, get_past_job
from nextyes.services.history import add_past_job, list_past_jobs
from nextyes.services.workspace import Workspace
from nextyes.web import dates
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_day, problems_by_field
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

PAGE = "/history"
FIELDS = ["company", "role", "channel", "started_on", "ended_on", "notes"]
NAV = "/lessons"  # not a top-level item: it sits with what you learn from your search


def _past_day(text: str, what: str, today: date) -> date | None:
    day = optional_day(text, what)
    if day is not None and day > today:
        raise InvalidInput(f"{what} is in the future ({dates.day(day)}); give a day up to today")
    return day


def _in_order(started: date, ended: date) -> None:
    if ended < started:
        raise InvalidInput(
            f"the end ({dates.day(ended)}) is before the start ({dates.day(started)})"
        )


def read_job(typed: dict[str, str], today: date) -> NewPastJob:
    """The form's text as a past job, or every problem at once, each by its field."""
    check = Checks()
    company = check.field("company", required_text, typed["company"], "company")
    role = check.field("role", required_text, typed["role"], "role")
    channel = check.field(
        "channel", parse_choice, Channel, typed["channel"] or "other", "way you found it"
    )
    started = check.field("started_on", _past_day, typed["started_on"], "the start", today)
    ended = check.field("ended_on", _past_day, typed["ended_on"], "the end", today)
    notes = check.field("notes", optional_text, typed["notes"], "notes", LONG_TEXT)
    if started and ended:
        check.field("ended_on", _in_order, started, ended)
    check.done()
    return NewPastJob(company, role, channel, started, ended, notes)


def _typed(form: Any) -> dict[str, str]:
    return {name: str(form.get(name, "")) for name in FIELDS}


def _current(job: PastJob) -> dict[str, str]:
    return {
        "company": job.company,
        "role": job.role,
        "channel": job.channel.value,
        "started_on": job.started_on.isoformat() if job.started_on else "",
        "ended_on": job.ended_on.isoformat() if job.ended_on else "",
        "notes": job.notes or "",
    }


def history_page(
    request: Request,
    ws: Workspace,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    context: dict[str, Any] = {
        "jobs": list_past_jobs(ws),
        "values": values or {"channel": Channel.REFERRAL.value},
        "errors": errors or {},
        "channels": list(Channel),
        "active": NAV,
    }
    return render(request, "history.html", context, status_code=status)


@router.get(PAGE, response_class=HTMLResponse)
def history(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    return history_page(request, ws)


@router.post(PAGE)
async def add_job(request: Request, ws: WorkspaceDep) -> Response:
    typed = _typed(await request.form())
    try:
        added = add_past_job(ws, read_job(typed, ws.clock.today()))
    except InvalidInput as problem:
        return history_page(request, ws, typed, problems_by_field(problem, FIELDS), 422)
    return redirect(f"{PAGE}#job-{added.id}", f"Added {added.role} at {added.company}.")


def edit_page(
    request: Request,
    ws: Workspace,
    job: PastJob,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    context: dict[str, Any] = {
        "job": job,
        "values": values or _current(job),
        "errors": errors or {},
        "channels": list(Channel),
        "active": NAV,
    }
    return render(request, "history_edit.html", context, status_code=status)


@router.get(PAGE + "/{job_id}/edit", response_class=HTMLResponse)
def edit_job_page(request: Request, ws: WorkspaceDep, job_id: int) -> HTMLResponse:
    return edit_page(request, ws, get_past_job(ws, job_id))


@router.post(PAGE + "/{job_id}/edit")
async def save_job(request: Request, ws: WorkspaceDep, job_id: int) -> Response:
    job = get_past_job(ws, job_id)
    typed = _typed(await request.form())
    try:
        saved = edit_past_job(ws, job_id, read_job(typed, ws.clock.today()))
    except InvalidInput as problem:
        return edit_page(request, ws, job, typed, problems_by_field(problem, FIELDS), 422)
    return redirect(f"{PAGE}#job-{saved.id}", f"Saved {saved.role} at {saved.company}.")
