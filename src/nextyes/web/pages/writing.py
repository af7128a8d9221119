"""Private writing (/checkin/writing), reached from the Check-in page: a prompt, why writing
helps, your own words. The list shows dates and first words only (a screen can be glimpsed
over a shoulder); an entry is shown whole only on its own page, and nowhere else."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import InvalidInput
from nextyes.domain.writing import PROMPTS
from nextyes.services.workspace import Workspace
from nextyes.services.writing import list_entries, next_prompt, read_entry, write_entry
from nextyes.web.deps import WorkspaceDep
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]
PAGE = "/checkin/writing"
NAV = "/checkin"


def writing_page(
    request: Request,
    ws: Workspace,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    prompt = next_prompt(ws)
    given = (values or {}).get("prompt", "")
    context: dict[str, Any] = {
        # A form shown again keeps the prompt it was written to.
        "prompt": given if given in PROMPTS else prompt.prompt,
        "evidence": prompt.evidence,
        "entries": list_entries(ws),
        "values": values or {},
        "errors": errors or {},
        "active": NAV,
    }
    return render(request, "writing.html", context, status_code=status)


@router.get(PAGE, response_class=HTMLResponse)
def writing(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    return writing_page(request, ws)


@router.post(PAGE)
def save_writing(
    request: Request,
    ws: WorkspaceDep,
    prompt: Text = "",
    body: Text = "",
    share: Text = "",
) -> Response:
    # The prompt the person wrote to, when it is one of ours; the next one otherwise.
    chosen = prompt if prompt in PROMPTS else next_prompt(ws).prompt
    try:
        entry = write_entry(ws, chosen, body, private=not share)
    except InvalidInput as problem:
        values = {"prompt": chosen, "body": body, "share": share}
        return writing_page(request, ws, values, {"body": str(problem)}, 422)
    kept = "Kept private" if entry.private else "Saved, marked as yours to share"
    return redirect(f"{PAGE}#entries", f"{kept}. Thank you for taking the time.")


@router.get(PAGE + "/{entry_id}", response_class=HTMLResponse)
def read_writing(request: Request, ws: WorkspaceDep, entry_id: int) -> HTMLResponse:
    context = {"entry": read_entry(ws, entry_id), "active": NAV}
    return render(request, "writing_entry.html", context)
