"""Today: what is due, a pause during a feel-it or rest day, and the kind word at the right
time; and behind it the full list of what is due ("see them"), grouped by application.
What comes first and how much shows is a domain rule (domain/agenda.py). The step buttons
Today shares with the plan live in pages/steps.py."""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.domain.agenda import DueFilter
from nextyes.domain.recovery import StepKind
from nextyes.domain.steps import Step
from nextyes.services.advisers import Advisers
from nextyes.services.preferences import effective_resources
from nextyes.services.today import DueGroup, due_list, today
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.pages.formdata import optional_choice, whole_number
from nextyes.web.templating import drawn_once, render

router = APIRouter(include_in_schema=False)

TODAY = "/today"
ALL = "/today/all"


@router.get("/today", response_class=HTMLResponse)
def today_page(request: Request, ws: WorkspaceDep, settings: SettingsDep) -> HTMLResponse:
    # One transaction for the whole page: each part's own joins it, so the person's data is
    # read at one moment, with one BEGIN and one revision check instead of one per part.
    with ws.db.transaction():
        return _today_page(request, ws, settings)


def _today_page(request: Request, ws: WorkspaceDep, settings: SettingsDep) -> HTMLResponse:
    places = tuple(effective_resources(ws, settings))
    agenda = today(ws, resources=places)
    shown = {"agenda": agenda, "here": TODAY}
    main_html = drawn_once(request, ws, "_today_main.html", shown, ("today", places))
    # Hosted mode: a note an adviser left in the last week (services/advisers.py).
    note = Advisers(ws.db, ws.clock).latest_note(ws.owner_id) if settings.hosted() else None
    context = {"main_html": main_html, "active": TODAY, "adviser_note": note}
    return render(request, "today.html", context)


@dataclass(frozen=True)
class Card:
    step: Step  # its `why` left out when a card of the same kind above already said it
    company: str
    role: str


@router.get("/today/all", response_class=HTMLResponse)
def all_due_page(
    request: Request, ws: WorkspaceDep, page: str = "", only: str = ""
) -> HTMLResponse:
    given = whole_number(page, "page")
    number = 1 if given is None else given
    found = due_list(ws, number, optional_choice(DueFilter, only, "only") or DueFilter.ALL)
    here = _url(found.only, found.page)
    context = {
        "found": found,
        "cards": _cards(found.groups),
        "here": here,
        "active": TODAY,
        "filters": [(name, words, _url(name, 1)) for name, words in FILTERS],
        "first_url": _url(found.only, 1),
        "previous_url": _url(found.only, found.page - 1) if found.page > 1 else None,
        "next_url": _url(found.only, found.page + 1) if found.page < found.pages else None,
    }
    return render(request, "today_all.html", context)


FILTERS = [
    (DueFilter.ALL, "Everything"),
    (DueFilter.QUIET, "Quiet applications"),
    (DueFilter.PLAN, "Plan steps"),
]


def _url(only: DueFilter, page: int) -> str:
    params = {
        "only": only.value if only is not DueFilter.ALL else "",
        "page": str(page) if page > 1 else "",
    }
    query = urlencode({k: v for k, v in params.items() if v})
    return f"{ALL}?{query}" if query else ALL


def _cards(groups: list[DueGroup]) -> list[tuple[DueGroup, list[Card]]]:
    """Each group's step cards. Why a kind of step helps is said once, on its first card:
    seven follow-ups share one explanation, not seven copies of it."""
    explained: set[StepKind] = set()
    shown: list[tuple[DueGroup, list[Card]]] = []
    for group in groups:
        cards = []
        for item in group.items:
            step = item.step if item.step.kind not in explained else replace(item.step, why="")
            explained.add(item.step.kind)
            cards.append(Card(step, item.company, item.role))
        shown.append((group, cards))
    return shown
