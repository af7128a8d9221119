"""API: the Today agenda — what matters most today, a few things and the rest counted — and
the full list of what is due behind it, grouped by application and paged."""

from typing import Annotated

from fastapi import APIRouter, Query

from nextyes.domain.agenda import DueFilter
from nextyes.services.preferences import effective_resources
from nextyes.services.today import MAX_PAGE, due_list, today
from nextyes.web.api.fields import Day, problems
from nextyes.web.api.models import AgendaOut, DueListOut
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
    """At most five things, most important first: interviews today or tomorrow, the next
    step (`items[0]`), a nudge, the quiet applications (`quiet_total`, the oldest two in
    `quiet`) and more steps; the rest is counted (`more_steps`, `more`) and listed by
    `GET /today/all`. During a feel-it window or a rest day (`gentle`), only the gentle
    step shows and the rest wait (`waiting`); nothing asks for work."""
    agenda = today(ws, as_of, resources=effective_resources(ws, settings))
    return AgendaOut.model_validate(agenda)


@router.get("/today/all", summary="Everything due today", responses=problems(422))
def get_today_all(
    ws: WorkspaceDep,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Which page, from 1.")] = 1,
    only: Annotated[
        DueFilter, Query(description="all, quiet (follow-ups after silence) or plan.")
    ] = DueFilter.ALL,
) -> DueListOut:
    """Every open step due today (feel and rest steps belong to their own days and are left
    out), grouped by application, ten applications a page, the one waiting longest first."""
    return DueListOut.model_validate(due_list(ws, page, only))
