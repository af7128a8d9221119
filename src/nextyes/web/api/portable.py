"""API: everything the person keeps, as one file (docs/export.md)."""

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from nextyes.services.portable import export_chunks
from nextyes.services.workspace import Workspace
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["your data"])


def export_download(ws: Workspace) -> StreamingResponse:
    """The export as a file to save: `nextyes-export-DAY.json`, never cached."""
    day = ws.clock.today().isoformat()
    return StreamingResponse(
        export_chunks(ws),
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="nextyes-export-{day}.json"',
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/export",
    summary="Download everything you keep, as one file",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/json": {}}, "description": "The export file."}},
)
def export(ws: WorkspaceDep) -> StreamingResponse:
    """Everything you keep in NextYes, in the export format (docs/export.schema.json); the
    same file as `nextyes export`. Import it into an empty NextYes with `nextyes import`."""
    return export_download(ws)
