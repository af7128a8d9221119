"""Today (a stub until its page is built)."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/today", response_class=HTMLResponse)
def today_page(request: Request) -> HTMLResponse:
    return render(request, "soon.html", {"active": "/today", "title": "Today"})
