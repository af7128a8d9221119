"""Settings: about you (your name for drafts, a line about you), the person's own reply
windows and support resources beside the installation's, and the way to the trash."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import optional_text
from nextyes.domain.preferences import (
    RESOURCE_LIMIT,
    RESOURCES,
    WINDOW_RULES,
    Preferences,
    resources_from_text,
    window_from_text,
)
from nextyes.domain.skills_profile import terms_text
from nextyes.services.drafts import get_profile, set_profile
from nextyes.services.fit import skills_profile
from nextyes.services.preferences import preferences, reset_preferences, save_preferences
from nextyes.services.workspace import Workspace
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.pages.formdata import problems_by_field
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)
Box = Annotated[str, Form()]
PROFILE_FIELDS = ["name", "headline"]
HEADLINE_LIMIT = 300  # services/drafts.set_profile keeps a headline to this


def boxes(mine: Preferences) -> dict[str, str]:
    """What each box holds: the person's own value, or empty for the installation's."""
    values = {
        rule.name: str(getattr(mine, rule.name)) if mine.is_own(rule.name) else ""
        for rule in WINDOW_RULES
    }
    values[RESOURCES] = "\n".join(mine.support_resources) if mine.is_own(RESOURCES) else ""
    return values


def page(
    request: Request,
    ws: Workspace,
    mine: Preferences,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    profile: dict[str, str] | None = None,
    profile_errors: dict[str, str] | None = None,
    skills: dict[str, str] | None = None,
    skills_errors: dict[str, str] | None = None,
) -> HTMLResponse:
    if profile is None:
        me = get_profile(ws)
        profile = {"name": me.name or "", "headline": me.headline or ""}
    own = skills_profile(ws)
    if skills is None:
        skills = {
            "skills": "\n".join(own.skills),
            "experience": own.experience or "",
            "skill_terms": terms_text(own.terms),
        }
    wrong = bool(errors or profile_errors or skills_errors)
    context: dict[str, Any] = {
        "active": "/settings",
        "profile": profile,
        "profile_errors": profile_errors or {},
        "skills": skills,
        "skills_errors": skills_errors or {},
        "cv_name": own.cv_name,
        "headline_limit": HEADLINE_LIMIT,
        "mine": mine,
        "rules": WINDOW_RULES,
        "values": values,
        "resource_limit": RESOURCE_LIMIT,
        "errors": errors or {},
        # The first box with a problem takes the focus; the summary lists them all.
        "first_wrong": next(iter(errors or {}), None),
    }
    return render(request, "settings.html", context, status_code=422 if wrong else 200)


@router.get("/settings/export")
def download_everything(ws: WorkspaceDep) -> Response:
    """Settings -> "Download all my data": the same file as `nextyes export`."""
    from nextyes.web.api.portable import export_download

    return export_download(ws)


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request, ws: WorkspaceDep, settings: SettingsDep) -> HTMLResponse:
    mine = preferences(ws, settings)
    return page(request, ws, mine, boxes(mine))


@router.post("/settings")
def save_settings(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    reply_days_applied: Box = "",
    reply_days_screening: Box = "",
    reply_business_days_interviewing: Box = "",
    reply_business_days_final_round: Box = "",
    ghost_after_follow_up_days: Box = "",
    support_resources: Box = "",
) -> Response:
    typed = {
        "reply_days_applied": reply_days_applied,
        "reply_days_screening": reply_days_screening,
        "reply_business_days_interviewing": reply_business_days_interviewing,
        "reply_business_days_final_round": reply_business_days_final_round,
        "ghost_after_follow_up_days": ghost_after_follow_up_days,
        RESOURCES: support_resources,
    }
    check = Checks()  # every box with a problem at once
    windows = {
        rule.name: check.field(rule.name, window_from_text, rule.name, typed[rule.name])
        for rule in WINDOW_RULES
    }
    places = check.field(RESOURCES, resources_from_text, support_resources)
    try:
        check.done()
        # The form shows every setting, so it saves every one: an empty box means default.
        save_preferences(ws, settings, **windows, support_resources=places)
    except InvalidInput as refused:
        errors = problems_by_field(refused, list(typed))
        return page(request, ws, preferences(ws, settings), typed, errors)
    return redirect("/settings", flash="Saved. NextYes goes by these from now on.")


@router.post("/settings/reset")
def reset_settings(ws: WorkspaceDep, settings: SettingsDep) -> Response:
    reset_preferences(ws, settings)
    return redirect("/settings", flash="Done. You are back on this installation's defaults.")


@router.post("/settings/profile")
def save_profile(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    name: Box = "",
    headline: Box = "",
) -> Response:
    """Your name (drafts sign with it) and a line about you (reconnect notes use it)."""
    typed = {"name": name, "headline": headline}
    try:
        check = Checks()  # both problems at once; set_profile checks them the same way
        check.field("name", optional_text, name, "your name")
        check.field("headline", optional_text, headline, "the line about you", HEADLINE_LIMIT)
        check.done()
        saved = set_profile(ws, name=name, headline=headline)
    except InvalidInput as problem:
        errors = problems_by_field(problem, PROFILE_FIELDS)
        mine = preferences(ws, settings)
        return page(request, ws, mine, boxes(mine), None, typed, errors)
    if saved.name:
        said = f"Saved. Your drafts sign off as {saved.name}."
    else:
        said = "Saved. Drafts sign off without a name until you give one."
    return redirect("/settings#profile", flash=said)
