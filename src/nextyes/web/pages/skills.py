"""Settings → Your skills: the list the fit check compares postings with, words of the
person's own for the skills vocabulary, and reading skills from a CV."""

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import InvalidInput
from nextyes.services.fit import (
    add_to_learn,
    forget_cv,
    read_cv_into_profile,
    skills_across_search,
    update_skills_profile,
)
from nextyes.services.preferences import preferences
from nextyes.skills.cv import MAX_CV_BYTES
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.pages.formdata import problems_by_field
from nextyes.web.pages.settings import boxes, page
from nextyes.web.templating import is_htmx, redirect, render

router = APIRouter(include_in_schema=False)
Box = Annotated[str, Form()]
SKILLS_FIELDS = ["skills", "experience", "skill_terms", "cv"]
SHOWN_ADDED = 12  # of the skills a CV added, named in the message; the rest counted


@router.post("/settings/skills")
def save_skills(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    skills: Box = "",
    experience: Box = "",
    skill_terms: Box = "",
) -> Response:
    typed = {"skills": skills, "experience": experience, "skill_terms": skill_terms}
    try:
        saved = update_skills_profile(ws, skills=skills, experience=experience, terms=skill_terms)
    except InvalidInput as problem:
        errors = problems_by_field(problem, SKILLS_FIELDS)
        mine = preferences(ws, settings)
        return page(request, ws, mine, boxes(mine), skills=typed, skills_errors=errors)
    count = len(saved.skills)
    said = f"Saved: {count} skill{'' if count == 1 else 's'}. Each fit check goes by them now."
    return redirect("/settings#skills", flash=said)


@router.post("/settings/cv")
def read_cv_page(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    cv: Annotated[UploadFile | str | None, File()] = None,
) -> Response:
    try:
        # A file input left empty arrives as a text part; a file as an upload of some kind.
        if cv is None or isinstance(cv, str) or not cv.filename:
            raise InvalidInput("choose your CV's file first", "cv")
        data = cv.file.read(MAX_CV_BYTES + 1)
        if len(data) > MAX_CV_BYTES:
            raise InvalidInput(
                f"{cv.filename} is over {MAX_CV_BYTES // (1024 * 1024)} MB; a CV is far smaller",
                "cv",
            )
        read = read_cv_into_profile(ws, data, cv.filename)
    except InvalidInput as problem:
        errors = {"cv": str(problem)}
        mine = preferences(ws, settings)
        return page(request, ws, mine, boxes(mine), skills_errors=errors)
    if read.added:
        named = ", ".join(read.added[:SHOWN_ADDED])
        more = len(read.added) - SHOWN_ADDED
        said = f"Read your CV: added {named}{f' and {more} more' if more > 0 else ''}."
        said += " Take out any that are not yours."
    elif read.found:
        said = "Read your CV: every skill in it is on your list already."
    else:
        said = "Read your CV, but found no skills NextYes knows a word for; type them below."
    return redirect("/settings#skills", flash=said)


@router.post("/settings/cv/forget")
def forget_cv_page(ws: WorkspaceDep) -> Response:
    forget_cv(ws)
    return redirect("/settings#skills", flash="Your CV's text is gone. The skills stay.")


@router.get("/insights/skills", response_class=HTMLResponse)
def skills_across_page(request: Request, ws: WorkspaceDep) -> HTMLResponse:
    """The Insights section, loaded after the page; on its own page without HTMX."""
    context = {"across": skills_across_search(ws), "active": "/insights"}
    if is_htmx(request):
        return render(request, "_skills_across.html", context)
    return render(request, "skills_across.html", context)


@router.post("/insights/skills/learn")
def learn_skill(ws: WorkspaceDep, name: Box = "") -> Response:
    added = add_to_learn(ws, name)
    said = (
        f"{name.strip()} is on your to-learn list in Lessons now."
        if added
        else f"{name.strip()} was on your to-learn list already."
    )
    return redirect("/insights#skills-across", flash=said)
