"""The HTML pages, one module per area. Each module has a `router`; app.py includes them."""

from fastapi import APIRouter

from nextyes.web.pages import (
    account,
    advisers,
    application,
    calendar,
    checkin,
    contacts,
    corrections,
    forget,
    history,
    ifthen,
    inbox,
    insights,
    interviews,
    lessons,
    pipeline,
    rejection,
    settings,
    steps,
    today,
    writing,
)

ROUTERS: list[APIRouter] = [
    m.router
    for m in (
        today,
        steps,
        pipeline,
        application,
        interviews,
        corrections,
        rejection,
        lessons,
        contacts,
        checkin,
        writing,
        ifthen,
        history,
        calendar,
        settings,
        forget,
        insights,
        inbox,
        account,
        advisers,
    )
]
