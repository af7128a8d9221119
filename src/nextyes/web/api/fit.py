"""API: your skills (what the fit check compares postings with), reading them from a CV,
and the fit check of one application."""

from typing import Annotated, Literal

from fastapi import APIRouter, File, UploadFile
from pydantic import Field

from nextyes.domain.errors import InvalidInput
from nextyes.domain.skills_profile import SkillsProfile
from nextyes.services.fit import (
    add_to_learn,
    fit_for_application,
    read_cv_into_profile,
    skills_across_search,
    skills_profile,
    update_skills_profile,
)
from nextyes.skills.cv import MAX_CV_BYTES
from nextyes.web.api.fields import ApplicationId, In, Long, Out, Short, problems
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["fit"])


class SkillWordOut(Out):
    name: str = Field(description="The skill's name.")
    also: list[str] = Field(description="Other ways postings write it.")


class SkillsOut(Out):
    skills: list[str] = Field(description="Your skills, as you typed or confirmed them.")
    experience: str | None = Field(description="A few lines about your experience.")
    cv: str | None = Field(description="The name of the CV whose text is kept, if any.")
    skill_words: list[SkillWordOut] = Field(description="Skill words of your own.")


class SkillsIn(In):
    skills: list[Short] = Field(max_length=300, description="Your skills; replaces the list.")
    experience: Long | None = Field(None, description="A few lines; null or empty clears it.")
    skill_words: list[Annotated[str, Field(max_length=2000)]] = Field(
        [],
        max_length=200,
        description="Words of your own, each 'name: other, names' (e.g. 'dbt: data build"
        " tool'); replaces them.",
    )


class CvReadOut(Out):
    found: list[str] = Field(description="Every skill the CV names.")
    added: list[str] = Field(description="Those that were not on your list yet.")
    profile: SkillsOut


class FitOut(Out):
    application_id: int = Field(description="The application whose posting this is.")
    scale: Literal["close", "partial", "far", "unknown"] = Field(
        description="In words, never a percentage: close (every skill asked for, or all but"
        " one of three or more), partial (at least half), far; unknown when the posting"
        " names none NextYes knows."
    )
    summary: str = Field(description="One plain sentence saying what was found.")
    required: list[str] = Field(description="Skills the posting asks for.")
    nice_to_have: list[str] = Field(description="Skills the posting would welcome.")
    matched_required: list[str] = Field(description="Asked for, and on your list.")
    missing_required: list[str] = Field(description="Asked for, not on your list yet.")
    matched_nice: list[str] = Field(description="Nice to have, and on your list.")
    missing_nice: list[str] = Field(description="Nice to have, not on your list yet.")
    missing_but_learning: list[str] = Field(
        description="Missing ones already on your to-learn list."
    )
    has_posting_text: bool = Field(description="False: no description saved to compare.")
    has_skills: bool = Field(description="False: your own skills are not in NextYes yet.")


def skills_out(profile: SkillsProfile) -> SkillsOut:
    return SkillsOut(
        skills=list(profile.skills),
        experience=profile.experience,
        cv=profile.cv_name,
        skill_words=[SkillWordOut(name=t.name, also=list(t.also)) for t in profile.terms],
    )


@router.get("/profile/skills", summary="Your skills, for the fit check")
def get_skills(ws: WorkspaceDep) -> SkillsOut:
    return skills_out(skills_profile(ws))


@router.put("/profile/skills", summary="Set your skills", responses=problems(400, 403, 422))
def put_skills(body: SkillsIn, ws: WorkspaceDep) -> SkillsOut:
    saved = update_skills_profile(
        ws,
        skills="\n".join(body.skills),
        experience=body.experience or "",
        terms="\n".join(body.skill_words),
    )
    return skills_out(saved)


@router.post(
    "/profile/cv",
    summary="Read your skills from your CV (PDF, .docx or text)",
    responses=problems(400, 403, 413, 422),
)
def post_cv(ws: WorkspaceDep, cv: Annotated[UploadFile, File()]) -> CvReadOut:
    """Keeps the CV's text (never the file) and adds the skills it names to your list.
    422 with one line when it is not a CV NextYes can read (an image, a scanned PDF...)."""
    data = cv.file.read(MAX_CV_BYTES + 1)
    if len(data) > MAX_CV_BYTES:
        raise InvalidInput(f"the CV is over {MAX_CV_BYTES // (1024 * 1024)} MB", "cv")
    read = read_cv_into_profile(ws, data, cv.filename or "cv")
    profile = skills_out(read.profile)
    return CvReadOut(found=list(read.found), added=list(read.added), profile=profile)


@router.get(
    "/applications/{application_id}/fit",
    summary="How your skills meet the application's posting",
    responses=problems(404, 422),
)
def get_fit(application_id: ApplicationId, ws: WorkspaceDep) -> FitOut:
    found = fit_for_application(ws, application_id)
    check = found.fit
    return FitOut(
        application_id=application_id,
        scale=check.scale if found.has_description else "unknown",
        summary=check.summary,
        required=list(found.found.required),
        nice_to_have=list(found.found.nice_to_have),
        matched_required=list(check.matched_required),
        missing_required=list(check.missing_required),
        matched_nice=list(check.matched_nice),
        missing_nice=list(check.missing_nice),
        missing_but_learning=list(check.missing_but_learning),
        has_posting_text=found.has_description,
        has_skills=found.has_skills,
    )


class SkillSeenOut(Out):
    name: str = Field(description="The skill's name.")
    postings: int = Field(description="How many of the postings read ask for it.")
    yours: bool = Field(description="On your own skills list.")
    learning: bool = Field(description="On your to-learn list (and not yet yours).")


class SkillsAcrossOut(Out):
    postings: int = Field(description="Postings read: the newest 200 with their text saved.")
    common: list[SkillSeenOut] = Field(description="Skills in two postings or more, most first.")
    went_far: int = Field(description="Postings whose application reached an interview.")
    stopped_early: int = Field(description="Postings that ended in a no or silence before one.")
    compared: bool = Field(description="Both groups hold 3 or more, so they are compared.")
    more_where_far: list[str] = Field(
        description="Asked for more often (by a third of the postings or more) where you went"
        " furthest."
    )
    more_where_early: list[str] = Field(description="Asked for more often where it stopped early.")


class LearnIn(In):
    name: Short = Field(min_length=1, description="The skill to put on your to-learn list.")


class LearnOut(Out):
    name: str = Field(description="The skill, as given.")
    added: bool = Field(description="False: it was on the list already.")


@router.get("/insights/skills", summary="Skills that keep coming up in your postings")
def get_skills_across(ws: WorkspaceDep) -> SkillsAcrossOut:
    """Counts from your own postings; the two groups are compared only when each holds 3
    or more. A pattern to look at, not a cause."""
    found = skills_across_search(ws)
    return SkillsAcrossOut(
        postings=found.postings,
        common=[
            SkillSeenOut(name=s.name, postings=s.postings, yours=s.yours, learning=s.learning)
            for s in found.common
        ],
        went_far=found.went_far,
        stopped_early=found.stopped_early,
        compared=found.compared,
        more_where_far=list(found.more_where_far),
        more_where_early=list(found.more_where_early),
    )


@router.post(
    "/lessons/to-learn",
    summary="Put a skill on your to-learn list",
    responses=problems(400, 403, 422),
)
def post_to_learn(body: LearnIn, ws: WorkspaceDep) -> LearnOut:
    return LearnOut(name=body.name.strip(), added=add_to_learn(ws, body.name))
