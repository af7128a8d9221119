"""Contacts: the people met along the way, the applications they belong to, adding one."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidFields, InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.services.contacts import add_contact, list_contacts
from nextyes.services.pipeline import applications_by_id, recent_applications
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_day, problems_by_field, whole_number
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
PICK_LIST = 100  # applications offered in the "link to" list, most recently changed first
FIELDS = ["name", "role", "company", "email", "linkedin", "notes", "next_touch", "application"]
ROLE_WORDS = {
    ContactRole.RECRUITER: "Recruiter",
    ContactRole.HIRING_MANAGER: "Hiring manager",
    ContactRole.INTERVIEWER: "Interviewer",
    ContactRole.REFERRER: "Referrer",
    ContactRole.OTHER: "Other",
}


def contacts_response(
    request: Request,
    ws: WorkspaceDep,
    company: str = "",
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    wanted = company.strip()
    people = list_contacts(ws, wanted or None)
    linked = sorted({i for person in people for i in person.application_ids})
    context: dict[str, Any] = {
        "contacts": people,
        "company": wanted,
        "applications": applications_by_id(ws, linked),
        "pick_list": recent_applications(ws, PICK_LIST),
        "roles": ROLE_WORDS,
        "values": {"role": ContactRole.OTHER.value} | (values or {}),
        "errors": errors or {},
        "active": "/contacts",
    }
    return render(request, "contacts.html", context, status_code=status)


@router.get("/contacts", response_class=HTMLResponse)
def contacts_page(request: Request, ws: WorkspaceDep, company: str = "") -> HTMLResponse:
    return contacts_response(request, ws, company)


@router.post("/contacts")
def create_contact(
    request: Request,
    ws: WorkspaceDep,
    name: Text = "",
    role: Text = "",
    company: Text = "",
    email: Text = "",
    linkedin: Text = "",
    notes: Text = "",
    next_touch: Text = "",
    application: Text = "",
) -> Response:
    values = {
        "name": name,
        "role": role,
        "company": company,
        "email": email,
        "linkedin": linkedin,
        "notes": notes,
        "next_touch": next_touch,
        "application": application,
    }
    problems: list[InvalidInput] = []

    def read(name: str, parse: Any, *args: Any) -> Any:
        try:
            return parse(*args)
        except InvalidInput as problem:
            problems.append(InvalidInput(str(problem), name))
            return None

    new = NewContact(
        name=name,
        role=read("role", parse_choice, ContactRole, role or "other", "role") or ContactRole.OTHER,
        company=company,
        email=email,
        linkedin=linkedin,
        notes=notes,
        next_touch_on=read("next_touch", optional_day, next_touch, "next_touch"),
    )
    application_id = read("application", whole_number, application, "application")
    try:
        new.validated()
    except InvalidInput as problem:
        problems += problem.problems
    try:
        if problems:
            raise problems[0] if len(problems) == 1 else InvalidFields(problems)
        added = add_contact(ws, new, application_id)
    except InvalidInput as problem:
        errors = problems_by_field(problem, FIELDS)
        return contacts_response(request, ws, "", values, errors, 422)
    return redirect("/contacts", f"Added {added.name} to your contacts.")
