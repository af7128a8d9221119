"""Pipeline: the board by stage, its filters, moving a card, and adding an application."""

from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import IllegalTransition, InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage, allowed_moves
from nextyes.services.applications import (
    add_application,
    move_application,
    search_applications,
)
from nextyes.services.pipeline import BoardFilter, count_applications, get_application, pipeline
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import (
    field_with_error,
    local_path,
    optional_choice,
    optional_day,
    whole_number,
)
from nextyes.web.templating import drawn_once, is_htmx, redirect, render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)

# A column shows its newest dozen; "show all" opens the stage as a paged list, so the board
# costs the same at 30 applications or 30,000.
PER_STAGE = 12
STAGE_PAGE = 50
MAX_PAGE = 1_000_000
BOARD = "/pipeline"
NEW_STAGES = (Stage.SAVED, Stage.APPLIED)  # the add form offers the two usual starts
ADD_FIELDS = [
    "company",
    "role",
    "channel",
    "link",
    "location",
    "excitement",
    "stage",
    "salary",
    "date",
]
Text = Annotated[str, Form()]


def next_stages(stage: Stage) -> list[Stage]:
    """The legal moves from `stage`, in the order of the board."""
    allowed = allowed_moves(stage)
    return [s for s in Stage if s in allowed]


def channel_label(channel: Channel) -> str:
    return channel.value.replace("_", " ").capitalize()


jinja.env.globals["next_stages"] = next_stages
jinja.env.globals["channel_label"] = channel_label
jinja.env.globals["channels"] = list(Channel)


def read_filter(channel: str, q: str, excitement: str) -> BoardFilter:
    return BoardFilter(
        channel=optional_choice(Channel, channel, "channel"),
        text=q,
        min_excitement=whole_number(excitement, "excitement"),
    ).validated()


def board_url(only: BoardFilter, stage: Stage | None = None, page: int = 1) -> str:
    params = {
        "channel": only.channel.value if only.channel else "",
        "q": only.text or "",
        "excitement": str(only.min_excitement or ""),
        "stage": stage.value if stage else "",
        "page": str(page) if page > 1 else "",
    }
    query = urlencode({k: v for k, v in params.items() if v})
    return f"{BOARD}?{query}" if query else BOARD


jinja.env.globals["stage_url"] = board_url


def filter_from_url(url: str) -> BoardFilter:
    """The board's filters from the address a form came from, so a move keeps the view."""
    parts = urlsplit(url)
    if parts.path != BOARD:
        return BoardFilter()
    values = {key: found[0] for key, found in parse_qs(parts.query).items()}
    try:
        return read_filter(
            values.get("channel", ""), values.get("q", ""), values.get("excitement", "")
        )
    except InvalidInput:
        return BoardFilter()


def board_context(ws: WorkspaceDep, only: BoardFilter) -> dict[str, Any]:
    columns = pipeline(ws, PER_STAGE, only)
    shown = sum(c.count for c in columns)
    return {
        "columns": columns,
        "total": shown,
        # Only a filtered board needs the overall count, to say "3 of 40".
        "everything": count_applications(ws) if only.is_active else shown,
        "only": only,
        "here": board_url(only),
        "active": BOARD,
    }


@router.get("/pipeline", response_class=HTMLResponse)
def pipeline_page(
    request: Request,
    ws: WorkspaceDep,
    channel: str = "",
    q: str = "",
    excitement: str = "",
    stage: str = "",
    page: str = "",
) -> HTMLResponse:
    only = read_filter(channel, q, excitement)
    one_stage = optional_choice(Stage, stage, "stage")
    if one_stage is None:
        context = board_context(ws, only)
        context["board_html"] = drawn_once(request, ws, "_board.html", context, only)
        return render(request, "pipeline.html", context)
    return render(request, "pipeline_stage.html", stage_context(ws, only, one_stage, page))


def stage_context(ws: WorkspaceDep, only: BoardFilter, stage: Stage, page: str) -> dict[str, Any]:
    """Every application of one stage, a page at a time, newest change first."""
    given = whole_number(page, "page")
    number = 1 if given is None else given
    if not 1 <= number <= MAX_PAGE:
        raise InvalidInput(f"page must be from 1 to {MAX_PAGE:,}, got {number}")
    found = search_applications(
        ws,
        stage=stage,
        channel=only.channel,
        text=only.text,
        limit=STAGE_PAGE,
        offset=(number - 1) * STAGE_PAGE,
        min_excitement=only.min_excitement,
    )
    last = max(1, -(-found.total // STAGE_PAGE))
    return {
        "stage": stage,
        "found": found,
        "page": number,
        "last": last,
        "previous_url": board_url(only, stage, number - 1) if number > 1 else None,
        "next_url": board_url(only, stage, number + 1) if number < last else None,
        "board": board_url(only),
        "only": only,
        "here": board_url(only, stage, number),
        "active": BOARD,
    }


def board_fragment(
    request: Request, ws: WorkspaceDep, back: str, message: str, failed: bool, status: int = 200
) -> HTMLResponse:
    """The board again (HTMX and pipeline.js swap it in) with one line for the live region."""
    context = board_context(ws, filter_from_url(back))
    context.update({"message": message, "failed": failed})
    return render(request, "_board_swap.html", context, status_code=status)


def go(request: Request, url: str, flash: str | None = None) -> Response:
    """Navigate: HTMX and pipeline.js follow HX-Redirect; a plain form follows a 303."""
    if is_htmx(request):
        return Response(status_code=200, headers={"HX-Redirect": url})
    return redirect(url, flash)


@router.post("/applications/{application_id}/move")
def move(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    stage: Text = "",
    date: Text = "",
    next_url: Annotated[str, Form(alias="next")] = "",
) -> Response:
    back = local_path(next_url, BOARD)
    try:
        if not stage.strip():
            raise InvalidInput("choose a stage to move the application to")
        target = parse_choice(Stage, stage, "stage")
        day = optional_day(date)
        if target in (Stage.REJECTED, Stage.GHOSTED):
            # A "no" or a silence has its own short flow, which starts the recovery plan.
            current = get_application(ws, application_id).stage
            if target not in allowed_moves(current):
                raise IllegalTransition(refusal(current, target))
            form = RejectionForm.EXPLICIT if target is Stage.REJECTED else RejectionForm.SILENCE
            query = {"form": form.value} | ({"date": day.isoformat()} if day else {})
            return go(request, f"/applications/{application_id}/reject?{urlencode(query)}")
        moved = move_application(ws, application_id, target, day)
    except InvalidInput as problem:
        if not is_htmx(request):
            raise  # the kind error page, 422, with the same one line
        return board_fragment(request, ws, back, str(problem), failed=True, status=422)
    said = f"Moved {moved.company} ({moved.role}) to {moved.stage.label.lower()}."
    if is_htmx(request):
        return board_fragment(request, ws, back, said, failed=False)
    return redirect(back, said)


def refusal(current: Stage, target: Stage) -> str:
    allowed = next_stages(current)
    if not allowed:
        return f"cannot move from {current.value} to {target.value}: {current.value} is final"
    names = ", ".join(s.value for s in allowed)
    return (
        f"cannot move from {current.value} to {target.value};"
        f" from {current.value} it can go to: {names}"
    )


# --- adding an application ---------------------------------------------------------------


def new_form(
    request: Request,
    values: dict[str, str] | None = None,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    defaults = {"channel": Channel.JOB_BOARD.value, "excitement": "3", "stage": "applied"}
    context = {
        "values": defaults | (values or {}),
        "error": error,
        "error_field": field_with_error(error, ADD_FIELDS) if error else None,
        "new_stages": NEW_STAGES,
        "active": BOARD,
    }
    return render(request, "application_new.html", context, status_code=status)


@router.get("/applications/new", response_class=HTMLResponse)
def new_application_page(request: Request) -> HTMLResponse:
    return new_form(request)


@router.post("/applications")
def create_application(
    request: Request,
    ws: WorkspaceDep,
    company: Text = "",
    role: Text = "",
    channel: Text = "",
    link: Text = "",
    location: Text = "",
    excitement: Text = "3",
    stage: Text = "applied",
    date: Text = "",
    salary_min: Text = "",
    salary_max: Text = "",
    salary_currency: Text = "",
) -> Response:
    values = {
        "company": company,
        "role": role,
        "channel": channel,
        "link": link,
        "location": location,
        "excitement": excitement,
        "stage": stage,
        "date": date,
        "salary_min": salary_min,
        "salary_max": salary_max,
        "salary_currency": salary_currency,
    }
    try:
        level = whole_number(excitement, "excitement")
        low = whole_number(salary_min, "salary (from)")
        high = whole_number(salary_max, "salary (to)")
        added = add_application(
            ws,
            NewApplication(
                company=company,
                role=role,
                channel=parse_choice(Channel, channel or "other", "channel"),
                stage=parse_choice(Stage, stage or "applied", "stage"),
                on=optional_day(date),
                excitement=3 if level is None else level,
                link=link,
                location=location,
                salary_min=low,
                salary_max=high,
                salary_currency=salary_currency,
            ),
        )
    except InvalidInput as problem:
        return new_form(request, values, str(problem), status=422)
    return redirect(BOARD, f"Added {added.company} ({added.role}) to your pipeline.")
