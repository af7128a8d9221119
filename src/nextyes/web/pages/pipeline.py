"""Pipeline: the board by stage."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from nextyes.services.pipeline import pipeline
from nextyes.web.deps import WorkspaceDep
from nextyes.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/pipeline", response_class=HTMLResponse)
def pipeline_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    columns = pipeline(ws)
    return render(
        request,
        "pipeline.html",
        {"columns": columns, "total": sum(c.count for c in columns), "active": "/pipeline"},
    )
