"""API: contacts — the people met along the way, and the applications they belong to."""

from typing import Annotated

from fastapi import APIRouter, Query, Response

from nextyes.domain.contacts import NewContact
from nextyes.services.contacts import add_contact, link_contact, list_contacts
from nextyes.web.api.fields import MAX_INT, ContactId, SearchText, problems
from nextyes.web.api.models import ContactIn, ContactOut, LinkIn, LinkOut
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["contacts"])


@router.get("/contacts", summary="Contacts, by name", responses=problems(404, 422))
def get_contacts(
    ws: WorkspaceDep,
    company: SearchText = None,
    application_id: Annotated[
        int | None, Query(ge=1, le=MAX_INT, description="Only people linked to it.")
    ] = None,
) -> list[ContactOut]:
    """`company` matches the whole company name, ignoring case."""
    found = list_contacts(ws, company, application_id)
    return [ContactOut.model_validate(contact) for contact in found]


@router.post(
    "/contacts",
    status_code=201,
    summary="Add a contact",
    responses=problems(400, 403, 404, 422),
)
def post_contact(body: ContactIn, ws: WorkspaceDep) -> ContactOut:
    """With `application_id`, they are linked to that application straight away."""
    new = NewContact(**body.model_dump(exclude={"application_id"}))
    return ContactOut.model_validate(add_contact(ws, new, body.application_id))


@router.post(
    "/contacts/{contact_id}/links",
    status_code=201,
    summary="Link a contact to an application",
    responses={
        200: {"description": "They were linked already; nothing changed.", "model": LinkOut},
        **problems(400, 403, 404, 422),
    },
)
def post_link(contact_id: ContactId, body: LinkIn, ws: WorkspaceDep, response: Response) -> LinkOut:
    linked = link_contact(ws, contact_id, body.application_id)
    if not linked:
        response.status_code = 200
    return LinkOut(contact_id=contact_id, application_id=body.application_id, linked=linked)
