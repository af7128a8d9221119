"""API: scheduled interviews — list, schedule, move, cancel (they go into the calendar)."""

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from nextyes.domain.interviews import NewInterview
from nextyes.services.corrections import edit_interview, get_interview
from nextyes.services.interviews import add_interview, list_interviews
from nextyes.services.trash import Kind, delete_item
from nextyes.web.api.edit_models import DeletedOut, InterviewIn, InterviewOut, InterviewPatch
from nextyes.web.api.fields import MAX_INT, problems
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["interviews"])
InterviewId = Annotated[int, Path(ge=1, le=MAX_INT, description="The interview's id.")]


@router.get(
    "/interviews", summary="Scheduled interviews, soonest first", responses=problems(404, 422)
)
def get_interviews(
    ws: WorkspaceDep,
    application_id: Annotated[
        int | None, Query(ge=1, le=MAX_INT, description="Only this application's.")
    ] = None,
) -> list[InterviewOut]:
    return [InterviewOut.model_validate(i) for i in list_interviews(ws, application_id)]


@router.post(
    "/interviews",
    status_code=201,
    summary="Schedule an interview",
    responses=problems(400, 403, 404, 422),
)
def post_interview(body: InterviewIn, ws: WorkspaceDep, response: Response) -> InterviewOut:
    """For an application that is sent and not yet finished."""
    added = add_interview(ws, NewInterview(**body.model_dump()))
    response.headers["Location"] = f"/api/v1/interviews/{added.id}"
    return InterviewOut.model_validate(added)


@router.patch(
    "/interviews/{interview_id}",
    summary="Move or correct an interview",
    responses=problems(400, 403, 404, 422),
)
def patch_interview(
    interview_id: InterviewId, body: InterviewPatch, ws: WorkspaceDep
) -> InterviewOut:
    current = get_interview(ws, interview_id)
    fields = {name: getattr(current, name) for name in NewInterview.__dataclass_fields__}
    changed = replace(NewInterview(**fields), **body.model_dump(exclude_unset=True))
    return InterviewOut.model_validate(edit_interview(ws, interview_id, changed))


@router.delete(
    "/interviews/{interview_id}",
    summary="Cancel an interview (it leaves the calendar)",
    responses=problems(403, 404, 422),
)
def remove_interview(interview_id: InterviewId, ws: WorkspaceDep) -> DeletedOut:
    return DeletedOut.model_validate(delete_item(ws, Kind.INTERVIEW, interview_id))
