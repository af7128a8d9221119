"""The HTML pages, one module per area. Each module has a `router`; app.py includes them."""

from fastapi import APIRouter

from nextyes.web.pages import (
    account,
    add_from,
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
    skills,
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
        add_from,  # /applications/clip before /applications/{id}
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
        skills,
        forget,
        insights,
        inbox,
        account,
        advisers,
    )
]
