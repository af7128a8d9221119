"""Pipeline: the board by stage (one stage at a time on a phone), every application as a
sorted list, search, moving a card, and adding an application (the full form, or a quick
add in a column), with a second look when it is already in the search."""

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import Checks, IllegalTransition, InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import OUTCOMES, PIPELINE, Stage, allowed_moves
from nextyes.services.applications import AlreadyInSearch, add_application, move_application
from nextyes.services.pipeline import (
    BoardFilter,
    ListSort,
    StageColumn,
    application_list,
    count_applications,
    get_application,
    pipeline,
)
from nextyes.services.workspace import Workspace
from nextyes.web.bookmarklet import CLIP_CHARS, bookmarklet
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import (
    local_path,
    optional_choice,
    optional_day,
    problems_by_field,
    whole_number,
)
from nextyes.web.templating import drawn_once, is_htmx, redirect, render
from nextyes.web.templating import templates as jinja

if TYPE_CHECKING:
    from nextyes.services.postings import PostingPreview

router = APIRouter(include_in_schema=False)

# A column shows its newest dozen, an outcome (history) its newest three; "show all" opens
# the list of that stage, paged, so the board costs the same at 30 applications or 30,000.
PER_STAGE = 12
PER_OUTCOME = 3
LIST_PAGE = 50
MAX_PAGE = 1_000_000
BOARD = "/pipeline"
VIEWS = ("board", "list")
NEW_STAGES = (Stage.SAVED, Stage.APPLIED)  # the add form offers the two usual starts
# Columns with a quick add: the usual starts, and a recruiter's call straight to a screen.
QUICK_ADD = (Stage.SAVED, Stage.APPLIED, Stage.SCREENING)
ADD_FIELDS = [
    "company",
    "role",
    "channel",
    "link",
    "location",
    "excitement",
    "stage",
    "salary_min",
    "salary_max",
    "salary_currency",
    "date",
    "notes",
    "description",
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


# --- the address: filters, board or list, the phone's stage, the list's order and page ------


@dataclass(frozen=True)
class Where:
    """Everything the pipeline's address holds. `stage` is the stage a phone shows on the
    board, and narrows the list to one stage; `sort`, `descending` and `page` are the list's."""

    only: BoardFilter = field(default_factory=BoardFilter)
    view: str = "board"
    stage: Stage | None = None
    sort: ListSort | None = None
    descending: bool | None = None
    page: int = 1

    @property
    def is_list(self) -> bool:
        return self.view == "list"

    @property
    def order(self) -> tuple[ListSort, bool]:
        """The list's order: the latest change first unless the address says otherwise."""
        sort = self.sort or ListSort.CHANGED
        return sort, sort.newest_first if self.descending is None else self.descending

    def url(self, **changes: Any) -> str:
        """This address with some parts changed (a page number back to 1 unless given)."""
        there = replace(self, **({"page": 1} | changes))
        params = {
            "view": "list" if there.is_list else "",
            "q": there.only.text or "",
            "channel": there.only.channel.value if there.only.channel else "",
            "excitement": str(there.only.min_excitement or ""),
            "stage": there.stage.value if there.stage else "",
            "sort": there.sort.value if there.sort and there.is_list else "",
            "dir": "" if there.descending is None or not there.is_list else _direction(there),
            "page": str(there.page) if there.page > 1 and there.is_list else "",
        }
        query = urlencode({k: v for k, v in params.items() if v})
        return f"{BOARD}?{query}" if query else BOARD

    def cleared(self) -> str:
        """This address without its search and filters."""
        return self.url(only=BoardFilter())

    def sorted_by(self, sort: ListSort) -> str:
        """The list sorted by `sort`: the other way round if it already is."""
        current, descending = self.order
        flip = not descending if sort is current else sort.newest_first
        return self.url(sort=sort, descending=flip)


def _direction(where: Where) -> str:
    return "desc" if where.descending else "asc"


def read_filter(channel: str, q: str, excitement: str) -> BoardFilter:
    return BoardFilter(
        channel=optional_choice(Channel, channel, "channel"),
        text=q,
        min_excitement=whole_number(excitement, "excitement"),
    ).validated()


def read_where(values: dict[str, str]) -> Where:
    """The address's parts, or InvalidInput naming the first one that is not understood."""
    view = values.get("view", "").strip().lower() or "board"
    if view not in VIEWS:
        raise InvalidInput(f"unknown view {values['view'][:40]!r}; expected one of: board, list")
    direction = values.get("dir", "").strip().lower()
    if direction not in ("", "asc", "desc"):
        raise InvalidInput(f"dir must be asc or desc, got {values['dir'][:40]!r}")
    page = whole_number(values.get("page", ""), "page")
    if page is not None and not 1 <= page <= MAX_PAGE:
        raise InvalidInput(f"page must be from 1 to {MAX_PAGE:,}, got {page}")
    return Where(
        only=read_filter(
            values.get("channel", ""), values.get("q", ""), values.get("excitement", "")
        ),
        view=view,
        stage=optional_choice(Stage, values.get("stage", ""), "stage"),
        sort=optional_choice(ListSort, values.get("sort", ""), "sort"),
        descending=None if not direction else direction == "desc",
        page=page or 1,
    )


def where_from_url(url: str) -> Where:
    """The pipeline address a form came from, so a move or an add keeps the view."""
    parts = urlsplit(url)
    if parts.path != BOARD:
        return Where()
    values = {key: found[0] for key, found in parse_qs(parts.query).items()}
    try:
        return read_where(values)
    except InvalidInput:
        return Where()


# --- the board -------------------------------------------------------------------------------


def first_tab(columns: list[StageColumn]) -> Stage:
    """The stage a phone shows first: the earliest stage that has applications."""
    return next((c.stage for c in columns if c.stage in PIPELINE and c.count), Stage.SAVED)


def board_context(ws: Workspace, where: Where) -> dict[str, Any]:
    only = where.only
    columns = pipeline(ws, PER_STAGE, only, per_outcome=PER_OUTCOME)
    shown = sum(c.count for c in columns)
    tab = where.stage if where.stage in PIPELINE else first_tab(columns)
    here = replace(where, view="board", stage=tab)
    return {
        "progress": [c for c in columns if c.stage in PIPELINE],
        "outcomes": [c for c in columns if c.stage in OUTCOMES],
        "total": shown,
        # Only a filtered board needs the overall count, to say "3 of 40".
        "everything": count_applications(ws) if only.is_active else shown,
        "only": only,
        "tab": tab,
        "where": here,
        "here": here.url(stage=tab),
        "quick_add": QUICK_ADD,
        "active": BOARD,
    }


def draw_board(request: Request, ws: Workspace, context: dict[str, Any]) -> Any:
    """The board's HTML, drawn once per change of the person's data, filter and stage tab."""
    question = ("board", context["only"], context["tab"])
    return drawn_once(request, ws, "_board.html", context, question)


@router.get("/pipeline", response_class=HTMLResponse)
def pipeline_page(request: Request, ws: WorkspaceDep) -> Response:
    with ws.db.transaction():  # one for the page: its parts' own join it (pages/today.py)
        return _pipeline_page(request, ws)


def _pipeline_page(request: Request, ws: WorkspaceDep) -> Response:
    where = read_where(dict(request.query_params))
    if where.is_list:
        return list_page(request, ws, where)
    if where.stage is not None and where.stage not in PIPELINE:
        # An outcome has no column of its own on a phone: its list holds it, paged.
        return RedirectResponse(replace(where, view="list").url(), status_code=303)
    context = board_context(ws, where)
    context["board_html"] = draw_board(request, ws, context)
    return render(request, "pipeline.html", context)


# --- the list --------------------------------------------------------------------------------

LIST_COLUMNS = [
    (ListSort.COMPANY, "Company"),
    (ListSort.ROLE, "Role"),
    (ListSort.STAGE, "Stage"),
    (ListSort.CHANNEL, "Channel"),
    (ListSort.EXCITEMENT, "Excitement"),
    (ListSort.APPLIED, "Applied"),
    (ListSort.CHANGED, "Last change"),
    (ListSort.NEXT, "Next step"),
]


def list_page(request: Request, ws: Workspace, where: Where) -> HTMLResponse:
    """Every matching application, a page at a time, sorted by any column."""
    sort, descending = where.order
    offset = (where.page - 1) * LIST_PAGE
    found = application_list(ws, where.only, where.stage, sort, descending, LIST_PAGE, offset)
    last = max(1, -(-found.total // LIST_PAGE))
    beyond = where.page > last
    context: dict[str, Any] = {
        "found": found,
        "where": where,
        "only": where.only,
        "sort": sort,
        "descending": descending,
        "columns": LIST_COLUMNS,
        "sort_label": dict(LIST_COLUMNS)[sort],
        "page": where.page,
        "last": last,
        "beyond": beyond,
        "first_url": where.url(page=1),
        "last_url": where.url(page=last),
        "previous_url": where.url(page=where.page - 1) if 1 < where.page <= last else None,
        "next_url": where.url(page=where.page + 1) if where.page < last else None,
        "here": where.url(page=where.page),
        "active": BOARD,
    }
    question = ("list", where.only, where.stage, sort, descending, where.page)
    context["list_html"] = drawn_once(request, ws, "pipeline_list_table.html", context, question)
    # A page past the end is no page: 404, with the way back to the last one.
    return render(request, "pipeline_list.html", context, status_code=404 if beyond else 200)


# --- moving a card ---------------------------------------------------------------------------


def board_fragment(
    request: Request, ws: WorkspaceDep, back: str, message: str, failed: bool, status: int = 200
) -> HTMLResponse:
    """The board again (HTMX and pipeline.js swap it in) with one line for the live region."""
    context = board_context(ws, where_from_url(back))
    context["board_html"] = draw_board(request, ws, context)
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
    errors: dict[str, str] | None = None,
    similar: AlreadyInSearch | None = None,
    status: int = 200,
    found: "PostingPreview | None" = None,
) -> HTMLResponse:
    """The add form: empty, back with its problems, asking about a look-alike (`similar`),
    or filled from a posting (`found`: what was read, what was not, and look-alikes)."""
    defaults = {"channel": Channel.JOB_BOARD.value, "excitement": "3", "stage": "applied"}
    given = values or {}
    kept = defaults | {k: v for k, v in given.items() if v or k not in defaults}
    context = {
        "values": kept,
        "errors": errors or {},
        "similar": similar.similar if similar else [],
        "found": found,
        "bookmarklet": bookmarklet(str(request.base_url)),
        "clip_chars": CLIP_CHARS,
        # The usual starts, and the stage a quick add came from (a screening, say).
        "new_stages": [s for s in PIPELINE if s in NEW_STAGES or s.value == kept["stage"]],
        "back": local_path(kept.get("next", ""), BOARD),
        "active": BOARD,
    }
    return render(request, "application_new.html", context, status_code=status)


@router.get("/applications/new", response_class=HTMLResponse)
def new_application_page(request: Request) -> HTMLResponse:
    return new_form(request)


def read_new(values: dict[str, str], ws: Workspace) -> NewApplication:
    """The application the form describes, or InvalidInput naming every problem at once:
    the form's own (a number that is not one) and the domain's (an empty company)."""
    check = Checks()
    level = check.field("excitement", whole_number, values["excitement"], "excitement")
    low = check.field("salary_min", whole_number, values["salary_min"], "salary (from)")
    high = check.field("salary_max", whole_number, values["salary_max"], "salary (to)")
    channel = check.field("channel", parse_choice, Channel, values["channel"] or "other", "channel")
    stage = check.field("stage", parse_choice, Stage, values["stage"] or "applied", "stage")
    day = check.field("date", optional_day, values["date"])
    new = NewApplication(
        company=values["company"],
        role=values["role"],
        channel=channel or Channel.OTHER,
        stage=stage or Stage.APPLIED,
        on=day,
        excitement=3 if level is None else level,
        link=values["link"],
        location=values["location"],
        salary_min=low,
        salary_max=high,
        salary_currency=values["salary_currency"],
        notes=values["notes"],
        description=values.get("description", ""),
    )
    # The rest of the checks, with a stand-in for each value that could not be read.
    check.field("", new.validated, ws.clock.today())
    check.done()
    return new


def added_url(back: str, stage: Stage, application_id: int) -> str:
    """Where to show a new application: the board it was added from, on its stage (what a
    phone shows), at its card."""
    where = where_from_url(back)
    if urlsplit(back).path == BOARD and where.is_list:
        return back
    return f"{replace(where, view='board', stage=stage).url()}#card-{application_id}"


@router.post("/applications")
def create_application(
    request: Request,
    ws: WorkspaceDep,
    company: Text = "",
    role: Text = "",
    channel: Text = "",
    link: Text = "",
    location: Text = "",
    excitement: Text = "",
    stage: Text = "",
    date: Text = "",
    salary_min: Text = "",
    salary_max: Text = "",
    salary_currency: Text = "",
    notes: Text = "",
    description: Text = "",
    duplicate_ok: Text = "",
    next_url: Annotated[str, Form(alias="next")] = "",
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
        "notes": notes,
        "description": description,
        "next": local_path(next_url, "") if next_url else "",
    }
    try:
        new = read_new(values, ws)
        again = duplicate_ok.strip() == "yes"
        added = add_application(ws, new, allow_duplicate=again, link_earlier=again)
    except InvalidInput as problem:
        found = problems_by_field(problem, ADD_FIELDS)
        in_order = sorted(found, key=lambda name: ADD_FIELDS.index(name) if name else -1)
        return new_form(request, values, {name: found[name] for name in in_order}, status=422)
    except AlreadyInSearch as found:
        # Not an error: a question. The same form again, with the one already there.
        return new_form(request, values, similar=found, status=409)
    said = f"Added {added.company} ({added.role}) to {added.stage.label}."
    return redirect(added_url(values["next"] or BOARD, added.stage, added.id), said)
