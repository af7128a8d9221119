"""One application: its header, stage, timeline, contacts, recovery plan, drafts and the
private post-mortem. Moving a stage posts to the pipeline's /applications/{id}/move."""

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from nextyes.domain.contacts import Contact, ContactRole, NewContact
from nextyes.domain.drafts import Draft, DraftKind, Tone
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.recovery import StepKind
from nextyes.domain.reflections import PROMPTS, ReflectionAnswers
from nextyes.domain.stages import Stage
from nextyes.services.applications import ApplicationDetail, application_detail
from nextyes.services.contacts import add_contact, link_contact, list_contacts
from nextyes.services.drafts import create_draft, list_drafts, mark_sent
from nextyes.services.recovery import PlanView, plan_view
from nextyes.services.reflections import ReflectionStart, reflect, reflection_start
from nextyes.services.workspace import Workspace
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import optional_choice, whole_number
from nextyes.web.templating import drawn_once, redirect, render

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
    )


def page(
    request: Request,
    ws: WorkspaceDep,
    application_id: int,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    # What the page shows, read once per day and change of the person's data.
    question = ("application_page", application_id, ws.clock.today())
    found = ws.db.remember(ws.owner_id, question, lambda: _shown(ws, application_id))
    detail, plan = found.detail, found.plan
    here = f"/applications/{application_id}"
    context: dict[str, Any] = {
        "a": detail.application,
        "detail": detail,
        "plan": plan,
        "feel_open": any(s.kind is StepKind.FEEL and s.is_open for s in plan.steps),
        "drafts": found.drafts,
        "contacts_by_id": {c.id: c for c in detail.contacts},
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
    html_question = ("application", application_id)
    main_html = drawn_once(request, ws, "_application_main.html", context, html_question, fresh)
    shown = {"a": detail.application, "main_html": main_html, "active": "/pipeline"}
    return render(request, "application.html", shown, status_code=status)


@router.get("/applications", include_in_schema=False)
def applications_list() -> RedirectResponse:
    # Applications are listed on the pipeline board.
    return RedirectResponse("/pipeline", status_code=303)


@router.get("/applications/{application_id}", response_class=HTMLResponse)
def application_page(request: Request, ws: WorkspaceDep, application_id: int) -> HTMLResponse:
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
    try:
        added = add_contact(
            ws,
            NewContact(
                name=name,
                role=parse_choice(ContactRole, role or "other", "role"),
                company=application.company,
                email=email,
                linkedin=linkedin,
            ),
            application_id,
        )
    except InvalidInput as problem:
        return page(request, ws, application_id, {"contact": str(problem)}, values, 422)
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
    return redirect(
        f"/applications/{application_id}#draft-{written.id}",
        "Here is your draft. Change anything you like before you send it.",
    )


@router.post("/drafts/{draft_id}/sent")
def draft_sent(request: Request, ws: WorkspaceDep, draft_id: int) -> Response:
    sent = mark_sent(ws, draft_id)
    said = "Marked as sent."
    if sent.step is not None:
        said += f" That also ticks off: {sent.step.title}."
    return redirect(f"/applications/{sent.draft.application_id}#draft-{draft_id}", said)


@router.post("/applications/{application_id}/reflection")
async def save_reflection(request: Request, ws: WorkspaceDep, application_id: int) -> Response:
    form = await request.form()
    values = {name: str(form.get(name, "")) for name in PROMPTS}
    try:
        answers = answers_from_form(values)
        saved = reflect(ws, application_id, answers)
    except InvalidInput as problem:
        return page(request, ws, application_id, {"reflection": str(problem)}, values, 422)
    said = "Reflection saved. It stays private to you."
    if saved.closed_step_ids:
        said += " The reflect step in your plan is done."
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
