"""Import and Insights: placeholders that later releases fill, saying honestly what is coming."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/import", response_class=HTMLResponse)
def import_page(request: Request) -> HTMLResponse:
    return render(request, "import.html", {"active": "/import"})


@router.get("/insights", response_class=HTMLResponse)
def insights_page(request: Request) -> HTMLResponse:
    return render(request, "insights.html", {"active": "/insights"})
