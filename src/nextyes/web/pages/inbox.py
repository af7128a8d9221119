"""Import and Review: bring email into the tracker from the browser (an mbox file, .eml
files, or an IMAP folder), and settle what the import was not sure of with one click each.

The import runs through services.inbox with the command line's readers (see
web/inbox_upload.py); its summary names what changed and where. Each waiting message asks
one question built from the guess ("Is this a rejection from Orchard & Co (Insights
Analyst)?", domain/inbox_review.py) with three answers: Yes, It's something else (another
kind or application, in a second small step) and Not about my search. Answers swap the item
in place under HTMX, with a line in the page's live region; a plain form falls back to
Post/Redirect/Get."""

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from nextyes.classify.labels import Label
from nextyes.domain import inbox_review as words
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.services import inbox as service
from nextyes.services.import_jobs import ImportJob, ImportJobs, ImportLimit
from nextyes.web import inbox_upload as mail
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_choice, whole_number
from nextyes.web.templating import is_htmx, redirect, render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
IMPORT = "/import"
REVIEW = "/import/review"
JOBS = "/import/jobs"
PER_PAGE = 20
MAX_PAGE = 100_000
# Kinds that change an application, so answering "yes" needs one (as the service says).
NEEDS_APPLICATION = words.NEEDS_APPLICATION

jinja.env.globals["mail_excerpt"] = mail.excerpt
jinja.env.globals["review"] = words


# --- import --------------------------------------------------------------------------------


def import_page(
    request: Request,
    ws: WorkspaceDep,
    error: str | None = None,
    error_form: str | None = None,
    imap: mail.ImapForm | None = None,
    status: int = 200,
) -> HTMLResponse:
    jobs: ImportJobs | None = request.app.state.import_jobs
    context: dict[str, Any] = {
        "active": IMPORT,
        "jobs": jobs.recent(ws) if jobs is not None else [],
        "pending": service.pending_review_count(ws),
        "imap": imap or mail.ImapForm(),
        "error": error,
        "error_form": error_form,
        "max_mb": mail.MAX_UPLOAD_BYTES // (1024 * 1024),
    }
    return render(request, "import.html", context, status_code=status)


def summary_page(request: Request, ws: WorkspaceDep, summary: service.ImportSummary,
                 source: str) -> HTMLResponse:  # fmt: skip
    more = summary.acted - len(summary.changes)
    context = {
        "active": IMPORT,
        "summary": summary,
        "source": source,
        "pending": service.pending_review_count(ws),
        "lines": words.change_lines(summary.changes, summary.queued, ws.clock.today(), more),
    }
    return render(request, "import_done.html", context)


@router.get(IMPORT, response_class=HTMLResponse)
def import_form(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    return import_page(request, ws)


@router.post("/import/mbox", response_class=HTMLResponse)
def import_mbox(
    request: Request,
    ws: WorkspaceDep,
    mbox: Annotated[list[UploadFile | str] | None, File()] = None,
) -> Response:
    return _upload(request, ws, mbox or [], "mbox")


@router.post("/import/eml", response_class=HTMLResponse)
def import_eml(
    request: Request,
    ws: WorkspaceDep,
    eml: Annotated[list[UploadFile | str] | None, File()] = None,
) -> Response:
    return _upload(request, ws, eml or [], "eml")


def _upload(
    request: Request, ws: WorkspaceDep, parts: list[UploadFile | str], kind: mail.Format
) -> Response:
    # A form sent with an empty file box carries a nameless part, which arrives as text.
    files = [part for part in parts if not isinstance(part, str)]
    names = ", ".join(f.filename or "" for f in mail.chosen(files))
    jobs: ImportJobs | None = request.app.state.import_jobs
    try:
        mail.check_declared_size(request.headers.get("content-length"))
        if jobs is not None:  # hosted mode: read in the background, shown on the job's page
            job = start_upload_job(jobs, ws, files, kind, names)
            return redirect(f"{JOBS}/{job.id}")
        with mail.scratch() as folder:
            summary = mail.run_import(ws, mail.messages_from(files, kind, folder))
    except mail.UploadTooLarge as refused:
        return import_page(request, ws, str(refused), kind, status=413)
    except InvalidInput as refused:
        return import_page(request, ws, str(refused), kind, status=422)
    except ImportLimit as refused:
        return import_page(request, ws, str(refused), kind, status=429)
    return summary_page(request, ws, summary, names)


def start_upload_job(
    jobs: ImportJobs, ws: WorkspaceDep, files: list[UploadFile], kind: mail.Format, names: str
) -> ImportJob:
    """Copy the upload aside and check its first message here (a file that is not mail is
    one line and no job), then leave the rest to a background worker."""
    folder, cleanup = mail.lasting_scratch()
    try:
        messages = mail.messages_from(files, kind, folder)
    except BaseException:
        cleanup()
        raise
    return jobs.start(ws, kind, names, messages, cleanup)


@router.post("/import/imap", response_class=HTMLResponse)
def import_imap(
    request: Request,
    ws: WorkspaceDep,
    host: Text = "",
    port: Text = "993",
    user: Text = "",
    folder: Text = "INBOX",
    since: Text = "",
    password: Text = "",
) -> Response:
    form = mail.ImapForm(host, port, user, folder, since)
    jobs: ImportJobs | None = request.app.state.import_jobs
    where = f"{form.folder or 'INBOX'} at {form.host}"
    try:
        if jobs is not None and (limit := jobs.refusal(ws)) is not None:
            raise limit  # before the login: a refusal costs nothing
        messages = mail.imap_messages(form, password, request.app.state.settings.hosted())
        del password  # used for this one login; never kept, never shown again
        own = (form.user.strip(),)  # the login: usually the mailbox's own address
        if jobs is not None:  # hosted mode: the folder is read in the background
            job = jobs.start(ws, "imap", where, messages, own_addresses=own)
            return redirect(f"{JOBS}/{job.id}")
        summary = mail.run_import(ws, messages, own)
    except InvalidInput as refused:
        return import_page(request, ws, str(refused), "imap", form, 422)
    except ImportLimit as refused:
        return import_page(request, ws, str(refused), "imap", form, 429)
    except OSError as lost:  # the connection dropped part-way through
        reason = lost.strerror or type(lost).__name__
        line = (
            f"the mail server stopped answering ({reason}); what was read before that is"
            " kept, so import again to go on from there"
        )
        return import_page(request, ws, line, "imap", form, 502)
    return summary_page(request, ws, summary, where)


@router.get(JOBS + "/{import_id}", response_class=HTMLResponse)
def import_job(request: Request, ws: WorkspaceDep, import_id: int) -> HTMLResponse:
    """Hosted mode: where a background import stands; its summary once it is done."""
    jobs: ImportJobs | None = request.app.state.import_jobs
    if jobs is None:
        raise NotFound(f"no import with id {import_id}")
    job = jobs.get(ws, import_id)
    if is_htmx(request) and not job.active:  # the page polling itself: load it whole now
        return HTMLResponse("", headers={"HX-Refresh": "true"})
    if job.summary is not None:
        return summary_page(request, ws, job.summary, job.what)
    context = {"active": IMPORT, "job": job, "pending": service.pending_review_count(ws)}
    return render(request, "import_job.html", context)


# --- review --------------------------------------------------------------------------------


@router.get(REVIEW, response_class=HTMLResponse)
def review_page(request: Request, ws: WorkspaceDep, page: int = 1) -> HTMLResponse:
    page = min(max(page, 1), MAX_PAGE)
    found = service.review_queue(ws, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    if not found.items and page > 1 and found.total:
        last = (found.total - 1) // PER_PAGE + 1
        found = service.review_queue(ws, limit=PER_PAGE, offset=(last - 1) * PER_PAGE)
        page = last
    context = {
        "active": IMPORT,
        "entries": found.items,
        "total": found.total,
        "page": page,
        "pages": max((found.total - 1) // PER_PAGE + 1, 1),
        "likely": mail.likely_for(ws, found.items),
    }
    return render(request, "review.html", context)


Page = Annotated[str, Form()]


@router.post("/import/review/{item_id}/confirm")
def review_confirm(request: Request, ws: WorkspaceDep, item_id: int, page: Page = "") -> Response:
    return _settle(request, ws, item_id, page, lambda: service.confirm(ws, item_id))


@router.post("/import/review/{item_id}/correct")
def review_correct(
    request: Request,
    ws: WorkspaceDep,
    item_id: int,
    label: Text = "",
    application: Text = "",
    page: Page = "",
) -> Response:
    def correct() -> service.ReviewOutcome:
        chosen = optional_choice(Label, label, "label")
        if chosen is None:
            raise InvalidInput("choose what the message is")
        picked = application.strip()
        create, unlinked = picked == "new", picked == "none"
        if unlinked and chosen in NEEDS_APPLICATION:
            raise InvalidInput(
                f"choose the application it is about: {words.KIND_SHORT[chosen]} changes one"
            )
        number = None if create or unlinked else whole_number(picked, "application")
        return service.confirm(
            ws,
            item_id,
            label=chosen,
            application_id=number,
            create_application=create,
            unlinked=unlinked,
        )

    return _settle(request, ws, item_id, page, correct)


@router.post("/import/review/{item_id}/dismiss")
def review_dismiss(request: Request, ws: WorkspaceDep, item_id: int, page: Page = "") -> Response:
    return _settle(request, ws, item_id, page, lambda: service.dismiss(ws, item_id))


def _settle(
    request: Request,
    ws: WorkspaceDep,
    item_id: int,
    page: str,
    action: Any,
) -> Response:
    back = _back(page)
    try:
        outcome: service.ReviewOutcome = action()
    except InvalidInput as problem:
        if not is_htmx(request):
            raise  # the kind error page, 422, with the same one line
        return _item_fragment(request, ws, item_id, page, str(problem))
    said = words.outcome_line(
        outcome.item,
        outcome.label,
        outcome.application,
        outcome.done,
        outcome.corrected,
        outcome.created,
    )
    if not is_htmx(request):
        return redirect(back, said)
    context = {"item_id": item_id, "said": said, "count": service.pending_review_count(ws)}
    return render(request, "_review_done.html", context)


def _item_fragment(
    request: Request, ws: WorkspaceDep, item_id: int, page: str, error: str
) -> HTMLResponse:
    """The item again, as it is now, with the one-line problem (swapped in by inbox.js)."""
    entry = service.review_item(ws, item_id)
    context = {
        "entry": entry,
        "likely": mail.likely_for(ws, [entry]),
        "page": _page_number(page),
        "error": error,
    }
    return render(request, "_review_item.html", context, status_code=422)


def _page_number(page: str) -> int:
    try:
        return min(max(int(page), 1), MAX_PAGE)
    except ValueError:
        return 1


def _back(page: str) -> str:
    number = _page_number(page)
    return REVIEW if number == 1 else f"{REVIEW}?page={number}"
