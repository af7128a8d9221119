"""API: private writing — a prompt, your own words, private by default — and the profile
drafts sign with."""

from typing import Annotated

from fastapi import APIRouter, Path

from nextyes.services.drafts import get_profile, set_profile
from nextyes.services.trash import Kind, delete_item
from nextyes.services.writing import list_entries, next_prompt, read_entry, write_entry
from nextyes.web.api.edit_models import (
    DeletedOut,
    ProfileIn,
    ProfileOut,
    WritingEntryOut,
    WritingIn,
    WritingPromptOut,
    WritingSummaryOut,
)
from nextyes.web.api.fields import MAX_INT, problems
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["writing and profile"])
EntryId = Annotated[int, Path(ge=1, le=MAX_INT, description="The entry's id.")]


@router.get("/writing", summary="Your writing: dates and first words only")
def get_writing(ws: WorkspaceDep) -> list[WritingSummaryOut]:
    return [WritingSummaryOut.model_validate(entry) for entry in list_entries(ws)]


@router.get("/writing/prompt", summary="The next writing prompt, and why writing helps")
def get_prompt(ws: WorkspaceDep) -> WritingPromptOut:
    return WritingPromptOut.model_validate(next_prompt(ws))


@router.post(
    "/writing", status_code=201, summary="Write privately", responses=problems(400, 403, 422)
)
def post_writing(body: WritingIn, ws: WorkspaceDep) -> WritingEntryOut:
    prompt = body.prompt or next_prompt(ws).prompt
    return WritingEntryOut.model_validate(write_entry(ws, prompt, body.text, body.private))


@router.get("/writing/{entry_id:int}", summary="One entry, whole", responses=problems(404, 422))
def get_entry(entry_id: EntryId, ws: WorkspaceDep) -> WritingEntryOut:
    return WritingEntryOut.model_validate(read_entry(ws, entry_id))


@router.delete(
    "/writing/{entry_id:int}", summary="Delete an entry", responses=problems(403, 404, 422)
)
def remove_entry(entry_id: EntryId, ws: WorkspaceDep) -> DeletedOut:
    return DeletedOut.model_validate(delete_item(ws, Kind.WRITING, entry_id))


@router.get("/profile", summary="Your name and a line about you, for drafts")
def get_profile_route(ws: WorkspaceDep) -> ProfileOut:
    return ProfileOut.model_validate(get_profile(ws))


@router.put("/profile", summary="Set your name and line", responses=problems(400, 403, 422))
def put_profile(body: ProfileIn, ws: WorkspaceDep) -> ProfileOut:
    """Both fields are set as sent; null or empty clears one."""
    saved = set_profile(ws, name=body.name or "", headline=body.headline or "")
    return ProfileOut.model_validate(saved)
