"""The HTML pages, one module per area. Each module has a `router`; app.py includes them."""

from fastapi import APIRouter

from nextyes.web.pages import (
    application,
    calendar,
    checkin,
    contacts,
    ifthen,
    inbox,
    insights,
    lessons,
    pipeline,
    rejection,
    settings,
    steps,
    today,
)

ROUTERS: list[APIRouter] = [
    m.router
    for m in (
        today,
        steps,
        pipeline,
        application,
        rejection,
        lessons,
        contacts,
        checkin,
        ifthen,
        calendar,
        settings,
        insights,
        inbox,
    )
]
