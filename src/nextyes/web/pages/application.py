"""One application: its header, stage, timeline, contacts, recovery plan, drafts and the
private post-mortem. Moving a stage posts to the pipeline's /applications/{id}/move."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from nextyes.domain.applications import Application
from nextyes.domain.contacts import Contact, ContactRole, NewContact
from nextyes.domain.drafts import Draft, DraftKind, Tone, step_for_sent
from nextyes.domain.errors import InvalidFields, InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.interviews import Interview
from nextyes.domain.recovery import StepKind, feel_days
from nextyes.domain.reflections import PROMPTS, ReflectionAnswers
from nextyes.domain.stages import Stage
from nextyes.domain.steps import addressee, next_step
from nextyes.services.applications import (
    ApplicationDetail,
    AppliedAgain,
    application_detail,
    applied_again,
)
from nextyes.services.contacts import add_contact, link_contact, list_contacts
from nextyes.services.drafts import create_draft, get_profile, list_drafts, mark_sent
from nextyes.services.fit import ApplicationFit, fit_for_application
from nextyes.services.interviews import list_interviews
from nextyes.services.recovery import PlanView, plan_view
from nextyes.services.reflections import ReflectionStart, reflect, reflection_start
from nextyes.services.workspace import Workspace
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_choice, problems_by_field, whole_number
from nextyes.web.templating import drawn_once, redirect, render
from nextyes.web.zones import person_zone

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
EXCITEMENT_WORDS = {1: "Not fussed", 2: "Mildly keen", 3: "Interested", 4: "Keen", 5: "Dream job"}
DRAFT_WORDS = {
    DraftKind.THANK_YOU: "Thank-you note",
    DraftKind.FEEDBACK_REQUEST: "Ask for feedback",
    DraftKind.DOOR_OPEN: "Keep the door open",
    DraftKind.CONNECTION_NOTE: "LinkedIn connection note",
    DraftKind.FOLLOW_UP: "Follow-up after silence",
    DraftKind.RECONNECT: "Reconnect, months later",
}
ROLE_WORDS = {r: r.value.replace("_", " ").capitalize() for r in ContactRole}
LIST_ANSWERS = ("caught_out", "to_learn", "tags")
LONG_ANSWERS = ("preparation", "fit_why", "feedback", "learned_self", "keep_doing")


@dataclass(frozen=True)
class Shown:
    detail: ApplicationDetail
    plan: PlanView
    drafts: list[Draft]
    same_company: list[Contact]
    reflection: ReflectionStart | None
    signed: bool  # the person's name is set, so drafts sign with it
    interviews: list[Interview]  # soonest first (_interviews.html)
    fit: ApplicationFit | None  # the posting's skills beside the person's (_fit.html)
    again: AppliedAgain  # applying again to the same posting, either way (_app_facts.html)


def _shown(ws: Workspace, application_id: int) -> Shown:
    detail = application_detail(ws, application_id)
    application = detail.application
    linked = {c.id for c in detail.contacts}
    # Only people at the same company are offered for linking: a short, relevant list.
    same_company = [c for c in list_contacts(ws, company=application.company) if c.id not in linked]
    rejected = application.stage in (Stage.REJECTED, Stage.GHOSTED) and bool(detail.rejections)
    return Shown(
        detail=detail,
        plan=plan_view(ws, application_id),
        drafts=list_drafts(ws, application_id),
        same_company=same_company,
        reflection=reflection_start(ws, application_id) if rejected else None,
        signed=bool(get_profile(ws).name),
        interviews=list_interviews(ws, application_id),
        fit=fit_for_application(ws, application_id) if application.description else None,
        again=applied_again(ws, application),
    )


def _feel_ends(plan: PlanView, application: Application) -> date | None:
    """The first day after the feel-it window of the latest "no"."""
    if plan.rejection is None:
        return None
    days = feel_days(plan.rejection.stage_reached, application.excitement)
    return plan.rejection.on + timedelta(days=days)


def prefill(compose: str | None, to: str | None, contacts: list[Contact]) -> dict[str, str] | None:
    """The composer chosen by a plan step's link (?compose=KIND&to=CONTACT): the kind, and
    the person named, or else the linked person that message is best sent to. Anything
    unknown in the address is ignored: the link only saves a few taps."""
    try:
        kind = DraftKind((compose or "").strip())
    except ValueError:
        return None
    linked = {str(c.id): c for c in contacts}
    person = linked.get((to or "").strip()) or addressee(kind, contacts)
    return {"kind": kind.value, "contact_id": str(person.id) if person else ""}


def page(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    # What the page shows, read once per day and change of the person's data.
    today = ws.clock.today()
    question = ("application_page", application_id, today)
    found = ws.db.remember(ws.owner_id, question, lambda: _shown(ws, application_id))
    detail, plan = found.detail, found.plan
    here = f"/applications/{application_id}"
    params = request.query_params
    chosen = prefill(params.get("compose"), params.get("to"), detail.contacts)
    zone = person_zone(request)  # interview times are shown in the person's own zone
    context: dict[str, Any] = {
        "a": detail.application,
        "detail": detail,
        "plan": plan,
        "feel_open": any(s.kind is StepKind.FEEL and s.is_open for s in plan.steps),
        "drafts": found.drafts,
        "contacts_by_id": {c.id: c for c in detail.contacts},
        "people": detail.contacts,
        "next_step": next_step(plan.steps, today, _feel_ends(plan, detail.application)),
        "prefill": chosen,
        "signed": found.signed,
        "interviews": found.interviews,
        "fit": found.fit,
        "again": found.again,
        "zone": zone,
        "same_company": found.same_company,
        "reflection": found.reflection,
        "prompts": PROMPTS,
        "list_answers": LIST_ANSWERS,
        "long_answers": LONG_ANSWERS,
        "excitement_words": EXCITEMENT_WORDS,
        "draft_words": DRAFT_WORDS,
        "tones": list(Tone),
        "role_words": ROLE_WORDS,
        "errors": errors or {},
        "values": values or {},
        "here": here,
        "active": "/pipeline",
    }
    fresh = not errors and not values  # a form shown again with its errors is not kept
    # The composer a step's link chose changes the drawing: it is part of the question.
    html_question = (
        "application",
        application_id,
        tuple(sorted((chosen or {}).items())),
        zone.name,
    )
    main_html = drawn_once(request, ws, "_application_main.html", context, html_question, fresh)
    shown = {"a": detail.application, "main_html": main_html, "active": "/pipeline"}
    return render(request, "application.html", shown, status_code=status)


@router.get("/applications", include_in_schema=False)
def applications_list() -> RedirectResponse:
    # Applications are listed on the pipeline board.
    return RedirectResponse("/pipeline", status_code=303)


@router.get("/applications/{application_id}", response_class=HTMLResponse)
def application_page(request: Request, ws: WorkspaceDep, application_id: int) -> HTMLResponse:
    with ws.db.transaction():  # one for the page: its parts' own join it (pages/today.py)
        return page(request, ws, application_id)


@router.post("/applications/{application_id}/contacts")
def add_new_contact(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    name: Text = "",
    role: Text = "",
    email: Text = "",
    linkedin: Text = "",
) -> Response:
    application = application_detail(ws, application_id).application
    values = {"name": name, "role": role, "email": email, "linkedin": linkedin}
    problems: list[InvalidInput] = []
    try:
        chosen = parse_choice(ContactRole, role or "other", "role")
    except InvalidInput as problem:
        problems.append(InvalidInput(str(problem), "role"))
        chosen = ContactRole.OTHER
    new = NewContact(name, chosen, application.company, email=email, linkedin=linkedin)
    try:
        new.validated()
    except InvalidInput as problem:
        problems += problem.problems
    try:
        if problems:
            raise problems[0] if len(problems) == 1 else InvalidFields(problems)
        added = add_contact(ws, new, application_id)
    except InvalidInput as problem:
        # Every problem at once, each by its field; "contact" opens the form again.
        found = problems_by_field(problem, list(values))
        errors = {f"person-{name}" if name else "contact": text for name, text in found.items()}
        errors.setdefault("contact", "")
        return page(request, ws, application_id, errors, values, 422)
    return redirect(f"/applications/{application_id}#contacts", f"Added {added.name}.")


@router.post("/applications/{application_id}/contacts/link")
def link_existing_contact(
    request: Request, ws: WorkspaceDep, application_id: int, contact_id: Text = ""
) -> Response:
    try:
        chosen = whole_number(contact_id, "contact")
        if chosen is None:
            raise InvalidInput("choose a person to link")
        linked = link_contact(ws, chosen, application_id)
    except InvalidInput as problem:
        return page(request, ws, application_id, {"link": str(problem)}, status=422)
    said = "Linked." if linked else "They were linked already."
    return redirect(f"/applications/{application_id}#contacts", said)


@router.post("/applications/{application_id}/drafts")
def write_draft(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    kind: Text = "",
    tone: Text = "",
    contact_id: Text = "",
    include_reason: Text = "",
) -> Response:
    values = {"kind": kind, "tone": tone, "contact_id": contact_id}
    try:
        if not kind.strip():
            raise InvalidInput("choose which message to write")
        written = create_draft(
            ws,
            application_id,
            parse_choice(DraftKind, kind, "kind"),
            whole_number(contact_id, "contact"),
            optional_choice(Tone, tone, "tone") or Tone.WARM,
            include_reason=bool(include_reason),
        )
    except InvalidInput as problem:
        return page(request, ws, application_id, {"draft": str(problem)}, values, 422)
    said = "Here is your draft. Change anything you like before you send it."
    step = step_for_sent(written.kind, written.contact_id, plan_view(ws, application_id).steps)
    if step is not None:
        said += f" Once it is sent, mark it sent: that ticks off “{step.title}”."
    return redirect(f"/applications/{application_id}#draft-{written.id}", said)


@router.post("/drafts/{draft_id}/sent")
def draft_sent(request: Request, ws: WorkspaceDep, draft_id: int) -> Response:
    sent = mark_sent(ws, draft_id)
    said = "Marked as sent."
    back = f"/applications/{sent.draft.application_id}#draft-{draft_id}"
    if sent.step is not None:
        said += f" That also ticks off: {sent.step.title}."
        back = f"/applications/{sent.draft.application_id}#step-{sent.step.id}"
    return redirect(back, said)


@router.post("/applications/{application_id}/reflection")
async def save_reflection(request: Request, ws: WorkspaceDep, application_id: int) -> Response:
    form = await request.form()
    values = {name: str(form.get(name, "")) for name in PROMPTS}
    try:
        answers = answers_from_form(values)
        saved = reflect(ws, application_id, answers)
    except InvalidInput as problem:
        # Every problem at once, each beside its prompt ("" for the form as a whole).
        found = problems_by_field(problem, list(PROMPTS))
        errors = {f"reflection-{name}" if name else "reflection": text
                  for name, text in found.items()}  # fmt: skip
        return page(request, ws, application_id, errors, values, 422)
    said = "Reflection saved. It stays private to you."
    if saved.closed:
        said += " That also ticks off: " + "; ".join(s.title for s in saved.closed) + "."
    return redirect(f"/applications/{application_id}#reflection", said)


def answers_from_form(values: dict[str, str]) -> ReflectionAnswers:
    def text(name: str) -> str | None:
        return values[name] or None

    def lines(name: str) -> tuple[str, ...]:
        return tuple(values[name].splitlines())

    return ReflectionAnswers(
        preparation=text("preparation"),
        caught_out=lines("caught_out"),
        fit_score=whole_number(values["fit_score"], "fit score"),
        fit_why=text("fit_why"),
        impressed=text("impressed"),
        feedback=text("feedback"),
        to_learn=lines("to_learn"),
        learned_self=text("learned_self"),
        learned_company=text("learned_company"),
        learned_industry=text("learned_industry"),
        learned_role=text("learned_role"),
        keep_doing=text("keep_doing"),
        tags=lines("tags"),
    )
