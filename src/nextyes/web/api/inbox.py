"""API: import email (an uploaded mbox or .eml files) and settle the review queue."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, HTTPException, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from nextyes.domain.errors import NotFound
from nextyes.domain.inbox import ReviewStatus
from nextyes.services import inbox as service
from nextyes.services.import_jobs import ImportJobs
from nextyes.web import inbox_upload as mail
from nextyes.web.api.fields import MAX_INT, PROBLEM_SCHEMA, problems
from nextyes.web.api.models import (
    ImportJobOut,
    ImportSummaryOut,
    ReviewConfirmIn,
    ReviewOutcomeOut,
    ReviewPageOut,
)
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.inbox import start_upload_job

router = APIRouter(tags=["inbox"])

ImportId = Annotated[int, Path(ge=1, le=MAX_INT, description="The import's id.")]
ReviewItemId = Annotated[int, Path(ge=1, le=MAX_INT, description="The review item's id.")]


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}},
    }


IMPORT_PROBLEMS: dict[int | str, dict[str, Any]] = {
    400: _problem("The body is not a readable multipart form; nothing was imported."),
    **problems(403),
    413: _problem(
        f"The files add up to more than {mail.MAX_UPLOAD_BYTES // (1024 * 1024)} MB;"
        " nothing was imported."
    ),
    422: _problem(
        "No file, a file that is not an mbox, or a name that is not .eml (the detail says"
        " which); nothing was imported."
    ),
}


@router.post(
    "/inbox/import",
    summary="Import email: an mbox file or .eml files",
    response_model=ImportSummaryOut,
    responses={
        202: {
            "model": ImportJobOut,
            "description": "Hosted mode: the import runs in the background; `Location` is"
            " its address (GET it until `status` is done or failed).",
        },
        **IMPORT_PROBLEMS,
        429: _problem(
            "Hosted mode: an import of yours is still running, or you have started the most"
            " imports a day allows; nothing was imported."
        ),
    },
)
def import_upload(
    request: Request,
    ws: WorkspaceDep,
    files: Annotated[
        list[UploadFile],
        File(description="One mbox file, or one or more .eml files (multipart/form-data)."),
    ],
    format: Annotated[
        Literal["mbox", "eml"] | None,
        Query(description="mbox or eml; when left out, eml if every file name ends in .eml."),
    ] = None,
) -> ImportSummaryOut | JSONResponse:
    """Reads, classifies, links and acts on every message, exactly as `nextyes inbox import`
    does: sure news changes the tracker, anything doubtful waits in the review queue, and a
    message imported before is counted in `already_seen` and changes nothing. A file that
    cannot be read as a whole is refused before anything is imported; a single bad message
    is skipped and counted. In hosted mode the same import runs in the background: the
    answer is 202 with the import's address, and GET there gives this summary once done."""
    kind = format or mail.guess_format(mail.chosen(files))
    jobs: ImportJobs | None = request.app.state.import_jobs
    try:
        mail.check_declared_size(request.headers.get("content-length"))
        if jobs is not None:  # hosted mode: 202, and the import's own address to ask
            names = ", ".join(f.filename or "" for f in mail.chosen(files))
            job = start_upload_job(jobs, ws, files, kind, names)
            address = str(request.url_for("api_import_job", import_id=job.id).path)
            answer = ImportJobOut.model_validate(job).model_dump(mode="json")
            return JSONResponse(answer, status_code=202, headers={"Location": address})
        with mail.scratch() as folder:
            summary = mail.run_import(ws, mail.messages_from(files, kind, folder))
    except mail.UploadTooLarge as refused:
        raise HTTPException(413, str(refused)) from None
    return ImportSummaryOut.model_validate(summary)


@router.get(
    "/inbox/imports",
    summary="Your background imports of the last week (hosted mode)",
)
def import_jobs(request: Request, ws: WorkspaceDep) -> list[ImportJobOut]:
    """Newest first. In local mode imports finish within their own request, so the list
    is always empty."""
    jobs: ImportJobs | None = request.app.state.import_jobs
    found = jobs.recent(ws) if jobs is not None else []
    return [ImportJobOut.model_validate(job) for job in found]


@router.get(
    "/inbox/imports/{import_id}",
    summary="Where a background import stands (hosted mode)",
    name="api_import_job",  # the page of the same name is /import/jobs/{import_id}
    responses=problems(404, 422),
)
def import_job(request: Request, ws: WorkspaceDep, import_id: ImportId) -> ImportJobOut:
    """Ask every few seconds until `status` is done (then `summary` holds what a local
    import answers at once) or failed (then `error` says why)."""
    jobs: ImportJobs | None = request.app.state.import_jobs
    if jobs is None:
        raise NotFound(f"no import with id {import_id}")
    return ImportJobOut.model_validate(jobs.get(ws, import_id))


@router.get(
    "/inbox/review",
    summary="The messages waiting for your review",
    responses=problems(422),
)
def review_queue(
    ws: WorkspaceDep,
    limit: Annotated[int, Query(ge=1, le=service.REVIEW_LIMIT, description="Page size.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_INT, description="How many to skip.")] = 0,
    status: Annotated[
        ReviewStatus, Query(description="open (waiting), confirmed or dismissed.")
    ] = ReviewStatus.OPEN,
) -> ReviewPageOut:
    """Newest message first, each with the guess, its confidence, why it waits and the
    application it seems to be about."""
    page = service.review_queue(ws, limit=limit, offset=offset, status=status)
    return ReviewPageOut.model_validate(page)


@router.post(
    "/inbox/review/{item_id}/confirm",
    summary="Confirm a review item, or correct it",
    responses=problems(400, 403, 404, 422),
)
def review_confirm(
    item_id: ReviewItemId, ws: WorkspaceDep, body: ReviewConfirmIn | None = None
) -> ReviewOutcomeOut:
    """With no body, takes the guess and applies it as a sure import would (records the
    rejection and starts its plan, moves the application forward, or notes the reply).
    `label`, `application_id` or `create_application` correct it in the same step; a
    changed label or application is kept as a correction that trains your classifier."""
    ask = body or ReviewConfirmIn()
    outcome = service.confirm(
        ws,
        item_id,
        label=ask.label,
        application_id=ask.application_id,
        create_application=ask.create_application,
    )
    return ReviewOutcomeOut.model_validate(outcome)


@router.post(
    "/inbox/review/{item_id}/dismiss",
    summary="Dismiss a review item: not about your search",
    responses=problems(403, 404, 422),
)
def review_dismiss(item_id: ReviewItemId, ws: WorkspaceDep) -> ReviewOutcomeOut:
    """Kept as a correction to `other`, so similar mail is left alone; nothing else changes."""
    return ReviewOutcomeOut.model_validate(service.dismiss(ws, item_id))
