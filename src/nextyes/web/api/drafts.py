"""API: message drafts — write one from the person's own data, list them, mark one sent."""

from fastapi import APIRouter

from nextyes.services.drafts import create_draft, list_drafts, mark_sent
from nextyes.web.api.fields import ApplicationId, DraftId, problems
from nextyes.web.api.models import DraftIn, DraftOut, DraftSentOut
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["drafts"])


@router.post(
    "/applications/{application_id}/drafts",
    status_code=201,
    summary="Write a message draft",
    responses=problems(400, 403, 404, 422),
)
def write(application_id: ApplicationId, body: DraftIn, ws: WorkspaceDep) -> DraftOut:
    """Filled from the application, the contact and your profile; nothing is sent. What
    you could add to make it yours is listed in `missing`."""
    draft = create_draft(
        ws, application_id, body.kind, body.contact_id, body.tone, body.include_reason
    )
    return DraftOut.model_validate(draft)


@router.get(
    "/applications/{application_id}/drafts",
    summary="The drafts written for an application, newest first",
    responses=problems(404, 422),
)
def drafts_for(application_id: ApplicationId, ws: WorkspaceDep) -> list[DraftOut]:
    return [DraftOut.model_validate(d) for d in list_drafts(ws, application_id)]


@router.post(
    "/drafts/{draft_id}/sent",
    summary="Mark a draft sent",
    responses=problems(400, 403, 404, 422),
)
def sent(draft_id: DraftId, ws: WorkspaceDep) -> DraftSentOut:
    """Logs it with its contact and ticks off the plan step it answers, if one is open."""
    return DraftSentOut.model_validate(mark_sent(ws, draft_id))
