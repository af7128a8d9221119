"""API: recovery plans — see a plan, and mark its steps done, skipped or snoozed."""

from fastapi import APIRouter

from nextyes.services.recovery import complete_step, plan_view, skip_step, snooze_step
from nextyes.web.api.fields import ApplicationId, StepId, problems
from nextyes.web.api.models import PlanOut, SnoozeIn, StepNoteIn, StepOut
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["plans"])


@router.get(
    "/applications/{application_id}/plan",
    summary="The recovery plan of an application",
    responses=problems(404, 422),
)
def get_plan(application_id: ApplicationId, ws: WorkspaceDep) -> PlanOut:
    """The steps of the plan its latest rejection started (none before a rejection), with
    this week's plan while a jump-back-in step is open, your if-then plans, and the
    evidence that a "no" is rarely about you."""
    return PlanOut.model_validate(plan_view(ws, application_id))


@router.post(
    "/steps/{step_id}/done",
    summary="Mark a step done",
    responses=problems(400, 403, 404, 422),
)
def step_done(step_id: StepId, ws: WorkspaceDep, body: StepNoteIn | None = None) -> StepOut:
    return StepOut.model_validate(complete_step(ws, step_id, body.note if body else None))


@router.post(
    "/steps/{step_id}/skip",
    summary="Skip a step (no guilt: it just leaves the list)",
    responses=problems(400, 403, 404, 422),
)
def step_skip(step_id: StepId, ws: WorkspaceDep, body: StepNoteIn | None = None) -> StepOut:
    return StepOut.model_validate(skip_step(ws, step_id, body.note if body else None))


@router.post(
    "/steps/{step_id}/snooze",
    summary="Move a step to a later day",
    responses=problems(400, 403, 404, 422),
)
def step_snooze(step_id: StepId, body: SnoozeIn, ws: WorkspaceDep) -> StepOut:
    return StepOut.model_validate(snooze_step(ws, step_id, body.until, body.note))
