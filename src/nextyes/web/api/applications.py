"""API: applications — search, add, look at one, move it, record or undo a rejection."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    PAGE_LIMIT,
    add_application,
    application_detail,
    move_application,
    record_rejection,
    search_applications,
)
from nextyes.services.recovery import undo_rejection
from nextyes.web.api.fields import MAX_INT, ApplicationId, SearchText, problems
from nextyes.web.api.models import (
    ApplicationDetailOut,
    ApplicationIn,
    ApplicationOut,
    ApplicationsPageOut,
    MoveIn,
    RejectionIn,
    RejectionRecordedOut,
)
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["applications"])


@router.get(
    "/applications",
    summary="Search applications, a page at a time",
    responses=problems(422),
)
def list_applications(
    ws: WorkspaceDep,
    stage: Annotated[Stage | None, Query(description="Only this stage.")] = None,
    channel: Annotated[Channel | None, Query(description="Only this channel.")] = None,
    q: SearchText = None,
    limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT, description="Most to return.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_INT, description="How many to skip.")] = 0,
) -> ApplicationsPageOut:
    """Latest change first. `q` is looked for in the company and the role, ignoring case;
    `total` counts every match, so `offset + limit < total` means there is another page."""
    page = search_applications(ws, stage, channel, q, limit, offset)
    return ApplicationsPageOut.model_validate(page)


@router.post(
    "/applications",
    status_code=201,
    summary="Add an application",
    responses={
        201: {
            "description": "Added; Location is its address.",
            "headers": {
                "Location": {
                    "description": "/api/v1/applications/{id}",
                    "schema": {"type": "string"},
                }
            },
        },
        **problems(400, 403, 409, 422),
    },
)
def create_application(body: ApplicationIn, ws: WorkspaceDep, response: Response) -> ApplicationOut:
    """An application that looks like one you already have (the same company and role,
    loosely matched, or the same posting's address) is refused with 409 naming it, unless
    `allow_duplicate` is true; then it is linked to the newest of them (`earlier_id`)."""
    new = NewApplication(**body.model_dump(exclude={"allow_duplicate"}))
    again = body.allow_duplicate
    added = add_application(ws, new, allow_duplicate=again, link_earlier=again)
    response.headers["Location"] = f"/api/v1/applications/{added.id}"
    return ApplicationOut.model_validate(added)


@router.get(
    "/applications/{application_id}",
    summary="One application with its timeline, rejections and people",
    responses=problems(404, 422),
)
def get_application(application_id: ApplicationId, ws: WorkspaceDep) -> ApplicationDetailOut:
    return ApplicationDetailOut.model_validate(application_detail(ws, application_id))


@router.post(
    "/applications/{application_id}/move",
    summary="Move an application to another stage",
    responses=problems(400, 403, 404, 422),
)
def move(application_id: ApplicationId, body: MoveIn, ws: WorkspaceDep) -> ApplicationOut:
    """Forward along the pipeline or to an outcome; never back. Moving to rejected or
    ghosted records the rejection and starts its recovery plan."""
    moved = move_application(ws, application_id, body.stage, body.on, note=body.note)
    return ApplicationOut.model_validate(moved)


@router.post(
    "/applications/{application_id}/rejection",
    status_code=201,
    summary="Record a no or a silence, and start its recovery plan",
    responses={
        200: {
            "description": "It was on record already; nothing changed.",
            "model": RejectionRecordedOut,
        },
        **problems(400, 403, 404, 422),
    },
)
def reject(
    application_id: ApplicationId, body: RejectionIn, ws: WorkspaceDep, response: Response
) -> RejectionRecordedOut:
    recorded = record_rejection(
        ws, application_id, body.form, body.on, reason=body.reason, feedback=body.feedback
    )
    if recorded.already_recorded:
        response.status_code = 200
    return RejectionRecordedOut.model_validate(recorded)


@router.delete(
    "/applications/{application_id}/rejection",
    summary="Undo a rejection entered by mistake",
    responses=problems(403, 404, 422),
)
def undo(application_id: ApplicationId, ws: WorkspaceDep) -> ApplicationOut:
    """The application goes back to the stage it was in; the plan's open steps go, and
    steps already done stay in the history."""
    return ApplicationOut.model_validate(undo_rejection(ws, application_id))
