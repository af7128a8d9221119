"""Lessons: themes across reflections, skills to learn, and questions to practise."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.lessons import SkillStatus
from nextyes.services.pipeline import applications_by_id
from nextyes.services.reflections import lessons, log_practice, set_skill_status
from nextyes.web.deps import WorkspaceDep
from nextyes.web.pages.formdata import whole_number
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form()]
STATUS_WORDS = {
    SkillStatus.TO_LEARN: "To learn",
    SkillStatus.LEARNING: "Learning now",
    SkillStatus.DONE: "Done",
}
# The button that moves a skill to each status, as a person would say it.
STATUS_ACTIONS = {
    SkillStatus.TO_LEARN: "Back to the list",
    SkillStatus.LEARNING: "Start learning",
    SkillStatus.DONE: "Mark as done",
}
FELT_WORDS = [(1, "shaky"), (2, "unsure"), (3, "all right"), (4, "good"), (5, "confident")]


def lessons_page_response(
    request: Request,
    ws: WorkspaceDep,
    error: str | None = None,
    error_for: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    found = lessons(ws)
    linked = [i.application_id for i in found.practice_next if i.application_id is not None]
    shown = {f"skill-{s.id}" for s in found.skills} | {
        f"question-{i.question_id}" for i in found.practice_next
    }
    if error_for not in shown:
        error_for = None  # nowhere on the page to put it: the line goes at the top
    context: dict[str, Any] = {
        "lessons": found,
        "tags": [t for t in found.themes if t.kind == "tag"],
        "phrases": [t for t in found.themes if t.kind == "phrase"],
        "applications": applications_by_id(ws, linked),
        "status_words": STATUS_WORDS,
        "status_actions": STATUS_ACTIONS,
        "felt_words": FELT_WORDS,
        "error": error,
        "error_for": error_for,
        "active": "/lessons",
    }
    return render(request, "lessons.html", context, status_code=status)


@router.get("/lessons", response_class=HTMLResponse)
def lessons_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    return lessons_page_response(request, ws)


@router.post("/lessons/skills/{skill_id}")
def change_skill(request: Request, ws: WorkspaceDep, skill_id: int, status: Text = "") -> Response:
    try:
        chosen = parse_choice(SkillStatus, status, "skill status")
    except InvalidInput as problem:
        return lessons_page_response(request, ws, str(problem), f"skill-{skill_id}", 422)
    skill = set_skill_status(ws, skill_id, chosen)
    return redirect("/lessons#skills", f"{skill.name}: {STATUS_WORDS[skill.status].lower()}.")


@router.post("/lessons/practice/{question_id}")
def practise(
    request: Request, ws: WorkspaceDep, question_id: int, felt: Text = "", note: Text = ""
) -> Response:
    try:
        level = whole_number(felt, "felt")
        if level is None:
            raise InvalidInput("choose how it felt, from 1 (shaky) to 5 (confident)")
        entry = log_practice(ws, question_id, level, note)
    except InvalidInput as problem:
        return lessons_page_response(request, ws, str(problem), f"question-{question_id}", 422)
    words = dict(FELT_WORDS)[entry.felt]
    return redirect(
        "/lessons#practice", f"Practice logged: it felt {words} ({entry.felt} of 5). Well done."
    )
