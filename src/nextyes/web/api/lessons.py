"""API: lessons across reflections — themes, skills to learn, and the practice bank."""

from fastapi import APIRouter

from nextyes.services.reflections import lessons, log_practice, practice_next, set_skill_status
from nextyes.web.api.fields import SkillId, problems
from nextyes.web.api.models import (
    LessonsOut,
    PracticeEntryOut,
    PracticeIn,
    PracticeItemOut,
    SkillIn,
    SkillOut,
)
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["lessons"])


@router.get("/lessons", summary="Recurring themes, skills to learn, questions to practise")
def get_lessons(ws: WorkspaceDep) -> LessonsOut:
    return LessonsOut.model_validate(lessons(ws))


@router.put(
    "/skills/{skill_id}",
    summary="Set a skill's status",
    responses=problems(400, 403, 404, 422),
)
def put_skill(skill_id: SkillId, body: SkillIn, ws: WorkspaceDep) -> SkillOut:
    return SkillOut.model_validate(set_skill_status(ws, skill_id, body.status))


@router.get("/practice", summary="Questions to practise, in the order to practise them")
def get_practice(ws: WorkspaceDep) -> list[PracticeItemOut]:
    """Never practised first, then the shakiest, then the least recently practised."""
    return [PracticeItemOut.model_validate(item) for item in practice_next(ws)]


@router.post(
    "/practice",
    status_code=201,
    summary="Log a practice run",
    responses=problems(400, 403, 404, 422),
)
def post_practice(body: PracticeIn, ws: WorkspaceDep) -> PracticeEntryOut:
    entry = log_practice(ws, body.question_id, body.felt, body.note)
    return PracticeEntryOut.model_validate(entry)
