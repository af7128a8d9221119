"""API: the post-mortem of a "no" — read where it starts, and save the answers."""

from dataclasses import asdict

from fastapi import APIRouter

from nextyes.domain.reflections import PROMPTS, ReflectionAnswers
from nextyes.services.reflections import reflect, reflection_start
from nextyes.web.api.fields import ApplicationId, problems
from nextyes.web.api.models import AnswersIn, ReflectionSavedOut, ReflectionStartOut
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["reflections"])


@router.get(
    "/applications/{application_id}/reflection",
    summary="The reflection on an application's latest rejection",
    responses=problems(404, 422),
)
def get_reflection(application_id: ApplicationId, ws: WorkspaceDep) -> ReflectionStartOut:
    """The saved answers, or a start made from the feedback on record (`existing` false),
    and the question asked for each answer. Only a rejected or ghosted application has one."""
    start = reflection_start(ws, application_id)
    return ReflectionStartOut.model_validate({**asdict(start), "prompts": PROMPTS})


@router.put(
    "/applications/{application_id}/reflection",
    summary="Save the reflection (replacing any saved before)",
    responses=problems(400, 403, 404, 422),
)
def put_reflection(
    application_id: ApplicationId, body: AnswersIn, ws: WorkspaceDep
) -> ReflectionSavedOut:
    """Answers left out are cleared; at least one is needed. Saving feeds the skills list
    and the practice bank, and ticks off the plan's post-mortem step."""
    answers = ReflectionAnswers(
        **{
            **body.model_dump(),
            "caught_out": tuple(body.caught_out),
            "to_learn": tuple(body.to_learn),
            "tags": tuple(body.tags),
        }
    )
    return ReflectionSavedOut.model_validate(reflect(ws, application_id, answers))
