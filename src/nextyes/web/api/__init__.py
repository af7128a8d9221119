"""The JSON API under /api/v1: every use case the pages offer, over the same services."""

from fastapi import APIRouter

from nextyes.web.api import session

PREFIX = "/api/v1"

router = APIRouter(prefix=PREFIX)
for module in (session,):
    router.include_router(module.router)
