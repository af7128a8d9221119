"""The JSON API under /api/v1: every use case the pages offer, over the same services."""

from fastapi import APIRouter

from nextyes.web.api import (
    applications,
    contacts,
    docs,
    drafts,
    lessons,
    planning,
    plans,
    preferences,
    reflections,
    session,
    today,
    wellbeing,
)

PREFIX = "/api/v1"

router = APIRouter(prefix=PREFIX)
for module in (
    session,
    today,
    applications,
    plans,
    drafts,
    reflections,
    lessons,
    contacts,
    wellbeing,
    planning,
    preferences,
    docs,
):
    router.include_router(module.router)
