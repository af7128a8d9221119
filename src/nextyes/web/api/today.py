"""API: the Today agenda — what is due, what went quiet, and a kind word at the right time."""

from typing import Annotated

from fastapi import APIRouter, Query

from nextyes.services.preferences import effective_resources
from nextyes.services.today import today
from nextyes.web.api.fields import Day, problems
from nextyes.web.api.models import AgendaOut
from nextyes.web.deps import SettingsDep, WorkspaceDep

router = APIRouter(tags=["today"])


@router.get("/today", summary="Today's agenda", responses=problems(422))
def get_today(
    ws: WorkspaceDep,
    settings: SettingsDep,
    as_of: Annotated[
        Day | None, Query(description="Another day (not in the future); today when left out.")
    ] = None,
) -> AgendaOut:
    """During a feel-it window or a rest day (`gentle`), only gentle steps show and the
    rest wait (`waiting`); nothing asks for work."""
    agenda = today(ws, as_of, resources=effective_resources(ws, settings))
    return AgendaOut.model_validate(agenda)
