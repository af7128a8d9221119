"""API: planning (a stub until its routes are built)."""

from fastapi import APIRouter

router = APIRouter()
