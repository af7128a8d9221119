"""The JSON API under /api/v1: every use case the pages offer, over the same services."""

from fastapi import APIRouter, Depends, Request

from nextyes.domain.errors import InvalidInput
from nextyes.web.api import (
    applications,
    contacts,
    corrections,
    data,
    docs,
    drafts,
    fit,
    history,
    inbox,
    insights,
    interviews,
    lessons,
    planning,
    plans,
    portable,
    postings,
    preferences,
    reflections,
    session,
    today,
    wellbeing,
    writing,
)

PREFIX = "/api/v1"


def one_value_per_query_parameter(request: Request) -> None:
    """No endpoint takes a list in its query: `?id=1&id=2` is a mistake, said as one."""
    names = [name for name, _ in request.query_params.multi_items()]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise InvalidInput(f"query parameter {repeated[0]!r} is given more than once")


router = APIRouter(prefix=PREFIX, dependencies=[Depends(one_value_per_query_parameter)])
for module in (
    session,
    today,
    applications,
    postings,
    fit,
    plans,
    drafts,
    reflections,
    lessons,
    contacts,
    wellbeing,
    writing,
    planning,
    interviews,
    history,
    corrections,
    insights,
    inbox,
    preferences,
    portable,
    data,
    docs,
):
    router.include_router(module.router)
