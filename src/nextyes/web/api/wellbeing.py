"""API: check-ins and the WHO-5 — private to their owner, with a gentle suggestion when one
fits. NextYes supports; it never diagnoses."""

from typing import Annotated

from fastapi import APIRouter, Query

from nextyes.services.preferences import effective_resources
from nextyes.services.wellbeing import (
    MAX_LIMIT,
    check_in,
    list_checkins,
    support_now,
    take_who5,
    wellbeing_history,
)
from nextyes.web.api.fields import problems
from nextyes.web.api.models import (
    CheckInIn,
    CheckInOut,
    CheckInResultOut,
    WellbeingOut,
    Who5In,
    Who5ResultOut,
)
from nextyes.web.deps import SettingsDep, WorkspaceDep

router = APIRouter(tags=["wellbeing"])
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="How many, newest first.")]


@router.post(
    "/checkins",
    status_code=201,
    summary="Check in: a mood and, if you like, a line",
    responses=problems(400, 403, 422),
)
def post_checkin(body: CheckInIn, ws: WorkspaceDep, settings: SettingsDep) -> CheckInResultOut:
    result = check_in(ws, body.mood, body.note, effective_resources(ws, settings))
    return CheckInResultOut.model_validate(result)


@router.get("/checkins", summary="Your check-ins, newest first", responses=problems(422))
def get_checkins(ws: WorkspaceDep, limit: Limit = 30) -> list[CheckInOut]:
    return [CheckInOut.model_validate(c) for c in list_checkins(ws, limit)]


@router.post(
    "/who5",
    status_code=201,
    summary="Take the WHO-5 Well-Being Index",
    responses=problems(400, 403, 422),
)
def post_who5(body: Who5In, ws: WorkspaceDep, settings: SettingsDep) -> Who5ResultOut:
    """Five answers from 0 (at no time) to 5 (all of the time), over the last two weeks."""
    result = take_who5(ws, body.answers, effective_resources(ws, settings))
    return Who5ResultOut.model_validate(result)


@router.get(
    "/wellbeing",
    summary="Check-ins, WHO-5 results and any support suggestion",
    responses=problems(422),
)
def get_wellbeing(ws: WorkspaceDep, settings: SettingsDep, limit: Limit = 30) -> WellbeingOut:
    history = wellbeing_history(ws, limit)
    suggestion = support_now(ws, effective_resources(ws, settings))
    return WellbeingOut.model_validate(
        {
            "checkins": history.checkins,
            "questionnaires": history.questionnaires,
            "suggestion": suggestion,
        }
    )
