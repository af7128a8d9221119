"""Correct and delete, in the browser: an application's details and notes, its timeline
entries, a contact; any deletable thing goes to the trash with an Undo straight after; the
Trash page lists what was deleted in the last 30 days and brings it back in one click."""

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import ApplicationFacts, Channel
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.corrections import check_removable
from nextyes.domain.errors import InvalidFields, InvalidInput
from nextyes.domain.events import Event
from nextyes.domain.fields import parse_choice
from nextyes.services.applications import application_detail
from nextyes.services.corrections import (
    edit_application,
    edit_contact,
    edit_draft,
    edit_entry,
    get_contact,
    get_draft,
    get_entry,
)
from nextyes.services.trash import (
    TRASH_DAYS,
    Kind,
    delete_item,
    delete_reflection_of,
    empty_trash,
    restore_item,
    trash_items,
)
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.application import page as application_page
from nextyes.web.pages.formdata import (
    local_path,
    optional_day,
    problems_by_field,
    required_number,
    whole_number,
)
from nextyes.web.templating import redirect, render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]
Next = Annotated[str, Form(alias="next")]

FACTS = [
    "company",
    "role",
    "channel",
    "excitement",
    "link",
    "location",
    "salary_min",
    "salary_max",
    "salary_currency",
    "description",
    "notes",
]
CONTACT_FIELDS = ["name", "role", "company", "email", "linkedin", "notes", "next_touch"]
ENTRY_FIELDS = ["on", "note", "feedback"]
# Where a person lands after deleting each kind of thing, when the form does not say.
AFTER_DELETE = {Kind.APPLICATION: "/pipeline", Kind.CONTACT: "/contacts"}


def removable(events: list[Event]) -> set[int]:
    """The timeline entries that may be deleted (domain/corrections.check_removable)."""
    found = set()
    for event in events:
        try:
            check_removable(events, event)
        except InvalidInput:
            continue
        found.add(event.id)
    return found


jinja.env.globals["removable_entries"] = removable


# ---- an application's details --------------------------------------------------------------


def _facts_values(facts: ApplicationFacts) -> dict[str, str]:
    values = {name: getattr(facts, name) for name in FACTS}
    values["channel"] = facts.channel.value
    return {name: "" if value is None else str(value) for name, value in values.items()}


def edit_page(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    application = application_detail(ws, application_id).application
    context: dict[str, Any] = {
        "a": application,
        "values": values or _facts_values(application.facts),
        "errors": errors or {},
        "channels": list(Channel),
        "active": "/pipeline",
    }
    return render(request, "application_edit.html", context, status_code=status)


@router.get("/applications/{application_id}/edit", response_class=HTMLResponse)
def edit_application_page(request: Request, ws: WorkspaceDep, application_id: int) -> Response:
    return edit_page(request, ws, application_id)


@router.post("/applications/{application_id}/edit")
async def save_application(request: Request, ws: WorkspaceDep, application_id: int) -> Response:
    form = await request.form()
    values = {name: str(form.get(name, "")) for name in FACTS}
    try:
        facts = _read_facts(values)
        corrected = edit_application(ws, application_id, facts)
    except InvalidInput as problem:
        errors = problems_by_field(problem, FACTS)
        return edit_page(request, ws, application_id, values, errors, 422)
    return redirect(f"/applications/{corrected.id}", "Saved your corrections.")


def _read_facts(values: dict[str, str]) -> ApplicationFacts:
    """The form's text as facts; a field that cannot be read is named with the rest."""
    problems: list[InvalidInput] = []

    def read(name: str, parse: Any, *args: Any) -> Any:
        try:
            return parse(*args)
        except InvalidInput as problem:
            problems.append(InvalidInput(str(problem), name))
            return None

    channel = read("channel", parse_choice, Channel, values["channel"] or "other", "channel")
    excitement = read("excitement", required_number, values["excitement"], "excitement")
    low = read("salary_min", whole_number, values["salary_min"], "salary (from)")
    high = read("salary_max", whole_number, values["salary_max"], "salary (to)")
    facts = ApplicationFacts(
        company=values["company"],
        role=values["role"],
        channel=channel or Channel.OTHER,
        excitement=excitement or 3,
        link=values["link"],
        description=values["description"],
        location=values["location"],
        salary_min=low,
        salary_max=high,
        salary_currency=values["salary_currency"],
        notes=values["notes"],
    )
    try:
        facts.validated()
    except InvalidInput as problem:
        problems += [p for p in problem.problems if p.field not in {q.field for q in problems}]
    if problems:
        raise problems[0] if len(problems) == 1 else InvalidFields(problems)
    return facts


# ---- timeline entries ----------------------------------------------------------------------


@router.post("/entries/{entry_id}/edit")
def save_entry(
    request: Request,
    ws: WorkspaceDep,
    entry_id: int,
    on: Text = "",
    note: Text = "",
    feedback: Text = "",
    has_feedback: Text = "",
) -> Response:
    entry = get_entry(ws, entry_id)
    here = f"/applications/{entry.application_id}"
    try:
        day = optional_day(on, "date")
        edit_entry(ws, entry_id, on=day, note=note, feedback=feedback if has_feedback else None)
    except InvalidInput as problem:
        # The application's page again, this entry's form open, each problem by its field.
        found = problems_by_field(problem, ENTRY_FIELDS)
        errors = {f"entry-{entry_id}-{name or 'on'}": text for name, text in found.items()}
        typed = {"on": on, "note": note, "feedback": feedback}
        values = {f"entry-{entry_id}-{name}": value for name, value in typed.items()}
        return application_page(request, ws, entry.application_id, errors, values, 422)
    return redirect(f"{here}#entry-{entry_id}", "Timeline corrected.")


# ---- drafts and reflections ------------------------------------------------------------------


@router.post("/drafts/{draft_id}/edit")
def save_draft(
    request: Request, ws: WorkspaceDep, draft_id: int, subject: Text = "", body: Text = ""
) -> Response:
    """Keep the person's own wording: what they send is theirs."""
    draft = get_draft(ws, draft_id)
    try:
        edit_draft(ws, draft_id, subject, body)
    except InvalidInput as problem:
        key = f"draft-{draft_id}"
        found = problems_by_field(problem, ["subject", "body"])
        errors = {f"{key}-{name or 'body'}": text for name, text in found.items()}
        values = {f"{key}-subject": subject, f"{key}-body": body}
        return application_page(request, ws, draft.application_id, errors, values, 422)
    return redirect(f"/applications/{draft.application_id}#draft-{draft_id}", "Saved your wording.")


@router.post("/applications/{application_id}/reflection/delete")
def delete_reflection(ws: WorkspaceDep, application_id: int) -> Response:
    deleted = delete_reflection_of(ws, application_id)
    back = f"/applications/{application_id}#reflection"
    return redirect(back, "Deleted the reflection.", undo=deleted.trash_id)


# ---- contacts ------------------------------------------------------------------------------


def contact_page(
    request: Request,
    ws: WorkspaceDep,
    contact_id: int,
    back: str,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    contact = get_contact(ws, contact_id)
    current = {
        "name": contact.name,
        "role": contact.role.value,
        "company": contact.company or "",
        "email": contact.email or "",
        "linkedin": contact.linkedin or "",
        "notes": contact.notes or "",
        "next_touch": contact.next_touch_on.isoformat() if contact.next_touch_on else "",
    }
    context: dict[str, Any] = {
        "c": contact,
        "values": values or current,
        "errors": errors or {},
        "roles": {r: r.value.replace("_", " ").capitalize() for r in ContactRole},
        "back": back,
        "active": "/contacts",
    }
    return render(request, "contact_edit.html", context, status_code=status)


@router.get("/contacts/{contact_id}/edit", response_class=HTMLResponse)
def edit_contact_page(
    request: Request, ws: WorkspaceDep, contact_id: int, next: str = ""
) -> Response:
    back = local_path(next, f"/contacts#contact-{contact_id}")
    return contact_page(request, ws, contact_id, back)


@router.post("/contacts/{contact_id}/edit")
async def save_contact(request: Request, ws: WorkspaceDep, contact_id: int) -> Response:
    form = await request.form()
    values = {name: str(form.get(name, "")) for name in CONTACT_FIELDS}
    back = local_path(str(form.get("next", "")), f"/contacts#contact-{contact_id}")
    problems: list[InvalidInput] = []
    try:
        role = parse_choice(ContactRole, values["role"] or "other", "role")
    except InvalidInput as problem:
        problems.append(InvalidInput(str(problem), "role"))
        role = ContactRole.OTHER
    try:
        touch = optional_day(values["next_touch"], "next touch")
    except InvalidInput as problem:
        problems.append(InvalidInput(str(problem), "next_touch"))
        touch = None
    changed = NewContact(
        name=values["name"],
        role=role,
        company=values["company"],
        email=values["email"],
        linkedin=values["linkedin"],
        notes=values["notes"],
        next_touch_on=touch,
    )
    try:
        changed.validated()
    except InvalidInput as problem:
        problems += problem.problems
    try:
        if problems:
            raise problems[0] if len(problems) == 1 else InvalidFields(problems)
        corrected = edit_contact(ws, contact_id, changed)
    except InvalidInput as problem:
        errors = problems_by_field(problem, CONTACT_FIELDS)
        return contact_page(request, ws, contact_id, back, values, errors, 422)
    return redirect(back, f"Saved {corrected.name}.")


# ---- delete anything, restore from the trash ---------------------------------------------------


@router.post("/delete/{kind}/{item_id}")
def delete_anything(ws: WorkspaceDep, kind: str, item_id: int, next_url: Next = "") -> Response:
    """One route for every deletable thing: it goes to the trash, and the next page offers
    Undo. `next` says where to land (the thing's own page is gone)."""
    chosen = parse_choice(Kind, kind, "kind of thing")
    deleted = delete_item(ws, chosen, item_id)
    fallback = AFTER_DELETE.get(chosen, "/trash")
    if deleted.application_id is not None and chosen is not Kind.APPLICATION:
        fallback = f"/applications/{deleted.application_id}"
    back = local_path(next_url, fallback)
    if chosen is Kind.APPLICATION and back.startswith(f"/applications/{item_id}"):
        back = "/pipeline"  # its own page is gone with it
    return redirect(back, f"Deleted: {deleted.label}.", undo=deleted.trash_id)


@router.get("/trash", response_class=HTMLResponse)
def trash_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    items = trash_items(ws)
    kept = timedelta(days=TRASH_DAYS)
    forget_on = {item.id: (item.deleted_at + kept).date() for item in items}
    context = {
        "items": items,
        "forget_on": forget_on,
        "days": TRASH_DAYS,
        "kinds": Kind,
        "active": "/settings",
    }
    return render(request, "trash.html", context)


@router.post("/trash/{trash_id}/restore")
def restore(ws: WorkspaceDep, trash_id: int, next_url: Next = "") -> Response:
    restored = restore_item(ws, trash_id)
    kind = Kind(restored.kind)
    if kind is Kind.APPLICATION:
        landing = f"/applications/{restored.item_id}"
    elif kind is Kind.CONTACT:
        landing = f"/contacts#contact-{restored.item_id}"
    else:
        landing = local_path(next_url, "/trash")
    said = f"Restored: {restored.label}."
    if restored.left_out:
        said += " A few links could not come back: what they pointed at is gone."
    return redirect(landing, said)


@router.post("/trash/empty")
def empty(ws: WorkspaceDep) -> Response:
    forgotten = empty_trash(ws, 0)
    return redirect("/trash", f"Forgot {forgotten} deleted item(s) for good.")
