"""API: past jobs — how you found work before, the channels that have worked for you."""

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Path

from nextyes.domain.history import NewPastJob
from nextyes.services.corrections import edit_past_job, get_past_job
from nextyes.services.history import add_past_job, list_past_jobs
from nextyes.services.trash import Kind, delete_item
from nextyes.web.api.edit_models import DeletedOut, PastJobIn, PastJobOut, PastJobPatch
from nextyes.web.api.fields import MAX_INT, problems
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["past jobs"])
JobId = Annotated[int, Path(ge=1, le=MAX_INT, description="The past job's id.")]


@router.get("/past-jobs", summary="Your past jobs, latest first")
def get_past_jobs(ws: WorkspaceDep) -> list[PastJobOut]:
    return [PastJobOut.model_validate(job) for job in list_past_jobs(ws)]


@router.post(
    "/past-jobs", status_code=201, summary="Add a past job", responses=problems(400, 403, 422)
)
def post_past_job(body: PastJobIn, ws: WorkspaceDep) -> PastJobOut:
    return PastJobOut.model_validate(add_past_job(ws, NewPastJob(**body.model_dump())))


@router.patch(
    "/past-jobs/{job_id}", summary="Correct a past job", responses=problems(400, 403, 404, 422)
)
def patch_past_job(job_id: JobId, body: PastJobPatch, ws: WorkspaceDep) -> PastJobOut:
    current = get_past_job(ws, job_id)
    fields = {name: getattr(current, name) for name in NewPastJob.__dataclass_fields__}
    changed = replace(NewPastJob(**fields), **body.model_dump(exclude_unset=True))
    return PastJobOut.model_validate(edit_past_job(ws, job_id, changed))


@router.delete(
    "/past-jobs/{job_id}", summary="Delete a past job", responses=problems(403, 404, 422)
)
def remove_past_job(job_id: JobId, ws: WorkspaceDep) -> DeletedOut:
    return DeletedOut.model_validate(delete_item(ws, Kind.PAST_JOB, job_id))
