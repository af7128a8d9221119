"""API: drafts (a stub until its routes are built)."""

from fastapi import APIRouter

router = APIRouter()
