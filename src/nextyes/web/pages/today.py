"""Today: what is due, a pause during a feel-it or rest day, and the kind word at the right
time. The step buttons Today shares with the plan live in pages/steps.py."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.services.preferences import effective_resources
from nextyes.services.today import today
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.templating import drawn_once, render

router = APIRouter(include_in_schema=False)

TODAY = "/today"


@router.get("/today", response_class=HTMLResponse)
def today_page(request: Request, ws: WorkspaceDep, settings: SettingsDep) -> HTMLResponse:
    places = tuple(effective_resources(ws, settings))
    agenda = today(ws, resources=places)
    shown = {"agenda": agenda, "here": TODAY}
    main_html = drawn_once(request, ws, "_today_main.html", shown, ("today", places))
    return render(request, "today.html", {"main_html": main_html, "active": TODAY})
