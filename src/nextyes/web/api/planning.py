"""API: planning — this week's plan (what, when, how), if-then plans, and the evidence."""

from typing import Annotated

from fastapi import APIRouter, Query

from nextyes.services.evidence import evidence_cards
from nextyes.services.weekly import add_if_then, list_if_thens, save_week_plan, week_plan
from nextyes.web.api.fields import MAX_INT, problems
from nextyes.web.api.models import EvidenceCardOut, IfThenIn, IfThenOut, WeeklyPlanIn, WeeklyPlanOut
from nextyes.web.deps import WorkspaceDep

router = APIRouter(tags=["planning"])


@router.get("/week-plan", summary="This week's plan, saved or suggested")
def get_week_plan(ws: WorkspaceDep) -> WeeklyPlanOut:
    """Until you save one (`saved` false), a suggestion drawn from your own search."""
    return WeeklyPlanOut.model_validate(week_plan(ws))


@router.put(
    "/week-plan",
    summary="Make this week's plan yours",
    responses=problems(400, 403, 422),
)
def put_week_plan(body: WeeklyPlanIn, ws: WorkspaceDep) -> WeeklyPlanOut:
    """Fields left out keep the current plan's value."""
    plan = save_week_plan(ws, body.applications_target, body.channel, body.schedule, body.roles)
    return WeeklyPlanOut.model_validate(plan)


@router.get("/if-thens", summary="Your if-then plans")
def get_if_thens(ws: WorkspaceDep) -> list[IfThenOut]:
    return [IfThenOut.model_validate(plan) for plan in list_if_thens(ws)]


@router.post(
    "/if-thens",
    status_code=201,
    summary="Add an if-then plan",
    responses=problems(400, 403, 422),
)
def post_if_then(body: IfThenIn, ws: WorkspaceDep) -> IfThenOut:
    """Such as: if a rejection email arrives, then I take a walk before replying."""
    return IfThenOut.model_validate(add_if_then(ws, body.cue, body.action))


@router.get(
    "/evidence",
    summary="Evidence cards: it is rarely about you",
    responses=problems(404, 422),
)
def get_evidence(
    ws: WorkspaceDep,
    application_id: Annotated[
        int | None,
        Query(ge=1, le=MAX_INT, description="Put the cards about its latest rejection first."),
    ] = None,
) -> list[EvidenceCardOut]:
    """Every number comes from your own applications or from a published study named in
    `source`."""
    return [EvidenceCardOut.model_validate(card) for card in evidence_cards(ws, application_id)]
