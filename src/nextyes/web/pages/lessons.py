"""Lessons (a stub until its page is built)."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/lessons", response_class=HTMLResponse)
def lessons_page(request: Request) -> HTMLResponse:
    return render(request, "soon.html", {"active": "/lessons", "title": "Lessons"})
