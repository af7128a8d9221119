"""API: correct or delete anything you recorded, and the trash that keeps deletions 30 days.

PATCH changes only the fields sent (null clears an optional one); every problem is named
at once (`errors`). DELETE moves the thing, and what hangs off it, to the trash and answers
with the trash entry: POST /trash/{trash_id}/restore brings it all back."""

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from nextyes.domain.contacts import NewContact
from nextyes.services.applications import application_detail
from nextyes.services.corrections import (
    edit_application,
    edit_checkin,
    edit_contact,
    edit_draft,
    edit_entry,
    edit_if_then,
    get_checkin,
    get_contact,
    get_draft,
    get_if_then,
)
from nextyes.services.trash import (
    Deleted,
    Kind,
    delete_item,
    delete_reflection_of,
    delete_week_plan,
    empty_trash,
    restore_item,
    trash_items,
)
from nextyes.web.api.edit_models import (
    ApplicationPatch,
    CheckInPatch,
    ContactPatch,
    DeletedOut,
    DraftPatch,
    EmptiedOut,
    EntryPatch,
    IfThenPatch,
    RestoredOut,
    TrashItemOut,
)
from nextyes.web.api.fields import MAX_INT, ApplicationId, ContactId, DraftId, problems
from nextyes.web.api.models import (
    ApplicationOut,
    CheckInOut,
    ContactOut,
    DraftOut,
    EventOut,
    IfThenOut,
)
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["corrections"])


def _id(what: str) -> Any:
    return Path(ge=1, le=MAX_INT, description=f"The {what}'s id.")


EventId = Annotated[int, _id("entry")]
CheckInId = Annotated[int, _id("check-in")]
Who5Id = Annotated[int, _id("questionnaire")]
IfThenId = Annotated[int, _id("if-then plan")]
TrashId = Annotated[int, _id("trash entry")]
CHANGED = problems(400, 403, 404, 422)
GONE = problems(403, 404, 422)


def _deleted(found: Deleted) -> DeletedOut:
    return DeletedOut.model_validate(found)


# ---- applications and their timelines ----------------------------------------------------


@router.patch("/applications/{application_id}", summary="Correct an application", responses=CHANGED)
def patch_application(
    application_id: ApplicationId, body: ApplicationPatch, ws: WorkspaceDep
) -> ApplicationOut:
    """Its facts and notes; its stage and dates come from its timeline (PATCH /events)."""
    current = application_detail(ws, application_id).application.facts
    changed = replace(current, **body.model_dump(exclude_unset=True))
    return ApplicationOut.model_validate(edit_application(ws, application_id, changed))


@router.delete(
    "/applications/{application_id}",
    summary="Delete an application, with its timeline, plan, drafts and reflection",
    responses=GONE,
)
def remove_application(application_id: ApplicationId, ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_item(ws, Kind.APPLICATION, application_id))


@router.patch("/events/{event_id}", summary="Correct a timeline entry", responses=CHANGED)
def patch_entry(event_id: EventId, body: EntryPatch, ws: WorkspaceDep) -> EventOut:
    """Its date (it stays between the entries around it) or note. For a "no", the note is
    the reason given, `feedback` theirs, and a new date moves the open steps of its plan."""
    changes = body.model_dump(exclude_unset=True)
    note = changes.get("note", None)
    feedback = changes.get("feedback", None)
    entry = edit_entry(
        ws,
        event_id,
        on=changes.get("occurred_on"),
        note=("" if note is None else note) if "note" in changes else None,
        feedback=("" if feedback is None else feedback) if "feedback" in changes else None,
    )
    return EventOut.model_validate(entry)


@router.delete(
    "/events/{event_id}",
    summary="Delete a timeline entry (a note, a reply, or the latest move)",
    responses=GONE,
)
def remove_entry(event_id: EventId, ws: WorkspaceDep) -> DeletedOut:
    """Taking back the latest move puts the application back where it was; taking back a
    "no" removes that rejection and its plan too. The first entry stays."""
    return _deleted(delete_item(ws, Kind.EVENT, event_id))


@router.delete(
    "/applications/{application_id}/reflection",
    summary="Delete an application's reflection",
    responses=GONE,
)
def remove_reflection(application_id: ApplicationId, ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_reflection_of(ws, application_id))


@router.patch("/drafts/{draft_id}", summary="Keep your own wording of a draft", responses=CHANGED)
def patch_draft(draft_id: DraftId, body: DraftPatch, ws: WorkspaceDep) -> DraftOut:
    current = get_draft(ws, draft_id)
    changed = {"subject": current.subject, "body": current.body}
    changed |= body.model_dump(exclude_unset=True)
    return DraftOut.model_validate(edit_draft(ws, draft_id, **changed))


@router.delete("/drafts/{draft_id}", summary="Delete a draft", responses=GONE)
def remove_draft(draft_id: DraftId, ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_item(ws, Kind.DRAFT, draft_id))


# ---- contacts ------------------------------------------------------------------------------


@router.patch("/contacts/{contact_id}", summary="Correct a contact", responses=CHANGED)
def patch_contact(contact_id: ContactId, body: ContactPatch, ws: WorkspaceDep) -> ContactOut:
    current = get_contact(ws, contact_id)
    fields = {name: getattr(current, name) for name in NewContact.__dataclass_fields__}
    changed = NewContact(**{**fields, **body.model_dump(exclude_unset=True)})
    return ContactOut.model_validate(edit_contact(ws, contact_id, changed))


@router.delete(
    "/contacts/{contact_id}", summary="Delete a contact, with their links", responses=GONE
)
def remove_contact(contact_id: ContactId, ws: WorkspaceDep) -> DeletedOut:
    """Plan steps and drafts that named them stay, naming nobody; restoring names them again."""
    return _deleted(delete_item(ws, Kind.CONTACT, contact_id))


# ---- check-ins, the WHO-5, plans -------------------------------------------------------------


@router.patch("/checkins/{checkin_id}", summary="Correct a check-in", responses=CHANGED)
def patch_checkin(checkin_id: CheckInId, body: CheckInPatch, ws: WorkspaceDep) -> CheckInOut:
    current = get_checkin(ws, checkin_id)
    changed = {"mood": current.mood, "note": current.note} | body.model_dump(exclude_unset=True)
    return CheckInOut.model_validate(edit_checkin(ws, checkin_id, **changed))


@router.delete("/checkins/{checkin_id}", summary="Delete a check-in", responses=GONE)
def remove_checkin(checkin_id: CheckInId, ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_item(ws, Kind.CHECKIN, checkin_id))


@router.delete("/who5/{questionnaire_id}", summary="Delete a WHO-5 result", responses=GONE)
def remove_who5(questionnaire_id: Who5Id, ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_item(ws, Kind.WHO5, questionnaire_id))


@router.patch("/if-thens/{plan_id}", summary="Reword an if-then plan", responses=CHANGED)
def patch_if_then(plan_id: IfThenId, body: IfThenPatch, ws: WorkspaceDep) -> IfThenOut:
    current = get_if_then(ws, plan_id)
    changed = {"cue": current.cue, "action": current.action}
    changed |= body.model_dump(exclude_unset=True)
    return IfThenOut.model_validate(edit_if_then(ws, plan_id, **changed))


@router.delete("/if-thens/{plan_id}", summary="Delete an if-then plan", responses=GONE)
def remove_if_then(plan_id: IfThenId, ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_item(ws, Kind.IF_THEN, plan_id))


@router.delete(
    "/week-plan",
    summary="Let go of this week's own plan (the suggestion comes back)",
    responses=problems(403, 404),
)
def remove_week_plan(ws: WorkspaceDep) -> DeletedOut:
    return _deleted(delete_week_plan(ws))


# ---- the trash -----------------------------------------------------------------------------


@router.get("/trash", summary="What you deleted in the last 30 days, newest first")
def get_trash(ws: WorkspaceDep) -> list[TrashItemOut]:
    return [TrashItemOut.model_validate(item) for item in trash_items(ws)]


@router.post(
    "/trash/{trash_id}/restore", summary="Bring something back from the trash", responses=GONE
)
def restore(trash_id: TrashId, ws: WorkspaceDep) -> RestoredOut:
    """As it was, with what hung off it. A move on a timeline comes back only while the
    application is still where that move started (else 422, and it stays in the trash)."""
    return RestoredOut.model_validate(restore_item(ws, trash_id))


@router.delete("/trash", summary="Empty the trash for good", responses=problems(403, 422))
def empty(
    ws: WorkspaceDep,
    older_than_days: Annotated[
        int, Query(ge=0, le=3650, description="Only what was deleted this many days ago.")
    ] = 0,
) -> EmptiedOut:
    return EmptiedOut(forgotten=empty_trash(ws, older_than_days))
