"""Adding an application from a posting: a link or a page pasted on the Add page, or what
the bookmarklet sends from the posting open in the browser.

Reading changes nothing: it answers with the Add form filled in, what was not found said
plainly, and any application that looks like the same posting. The person saves it with the
form's own button (a normal, CSRF-checked POST /applications).

The bookmarklet cannot post to this app (another site's page may not send us a change, and
in hosted mode its request would not carry the sign-in cookie), so it opens /applications/clip
in a new window and hands the page over with window.postMessage; that page (clip.js) puts it
in a form of ours and sends it to /applications/read like a paste."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from nextyes.domain.errors import InvalidInput
from nextyes.postings.proposal import Proposal
from nextyes.services.postings import PostingPreview, looks_like_address, preview_page
from nextyes.services.postings import preview_address as fetch_and_preview
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import local_path
from nextyes.web.pages.pipeline import BOARD, new_form
from nextyes.web.templating import render

router = APIRouter(include_in_schema=False)
CLIP_PATH = "/applications/clip"


def form_values(proposal: Proposal, next_url: str) -> dict[str, str]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return {
        "company": proposal.company,
        "role": proposal.role,
        "link": text(proposal.link),
        "location": text(proposal.location),
        "salary_min": text(proposal.salary_min),
        "salary_max": text(proposal.salary_max),
        "salary_currency": text(proposal.salary_currency),
        "notes": text(proposal.notes),
        "description": text(proposal.description),
        # A posting read is usually one to apply to later: it starts as saved.
        "stage": "saved",
        "next": next_url,
    }


@router.post("/applications/read", response_class=HTMLResponse)
def read_posting_page(
    request: Request,
    ws: WorkspaceDep,
    source: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
    next_url: Annotated[str, Form(alias="next")] = "",
) -> HTMLResponse:
    back = local_path(next_url, "") if next_url else ""
    try:
        preview = _preview(request, ws, source, url)
    except InvalidInput as problem:
        return new_form(
            request, {"source": source[:2000], "next": back}, {"source": str(problem)}, status=422
        )
    return new_form(request, form_values(preview.proposal, back), found=preview)


def _preview(request: Request, ws: WorkspaceDep, source: str, url: str) -> PostingPreview:
    if not source.strip():
        raise InvalidInput("paste the posting's address (https://...) or the page itself", "source")
    if looks_like_address(source):
        config = request.app.state.settings
        return fetch_and_preview(ws, source, config.hosted(), config.fetch_timeout)
    if "<" not in source:
        raise InvalidInput(
            "that is neither a web address nor a web page; paste the address starting with"
            " https://, or the page's HTML",
            "source",
        )
    return preview_page(ws, source, url.strip() if looks_like_address(url) else None)


@router.get(CLIP_PATH, response_class=HTMLResponse)
def clip_page(request: Request) -> HTMLResponse:
    """Where the bookmarklet's window opens: it waits for the page (clip.js), or, opened
    by hand, says what it is for."""
    return render(request, "clip.html", {"back": BOARD, "active": BOARD})
