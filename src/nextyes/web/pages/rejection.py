"""Record a rejection: a short guided flow (a stub until its page is built)."""

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
