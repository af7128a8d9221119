"""The calendar export: open plan steps and upcoming interviews as one iCalendar file.

Each item keeps one UID for its whole life, so importing a newer export updates the item
(a snoozed step moves) instead of adding a copy. Only titles, reasons, companies, roles and
places go out: notes stay in NextYes, since a calendar is often shared or synced."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from nextyes.domain.applications import Application
from nextyes.domain.interviews import MAX_MINUTES, Interview
from nextyes.domain.steps import Step
from nextyes.services.workspace import Workspace
from nextyes.store.interviews import Interviews
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications

PRODID = "-//NextYes//NextYes//EN"
CALENDAR_NAME = "NextYes"


@dataclass(frozen=True)
class CalendarExport:
    ics: bytes
    steps: int
    interviews: int

    @property
    def items(self) -> int:
        return self.steps + self.interviews


def calendar_ics(ws: Workspace) -> bytes:
    return export_calendar(ws).ics


def export_calendar(ws: Workspace) -> CalendarExport:
    now = ws.clock.now()
    with ws.db.transaction() as session:
        steps = Steps(session, ws.owner_id).open_ones()
        # Only interviews that may still be running can end after now.
        started_since = now - timedelta(minutes=MAX_MINUTES)
        found = Interviews(session, ws.owner_id).find(upcoming_from=started_since)
        interviews = [i for i in found if not i.has_ended(now)]
        applications = {a.id: a for a in Applications(session, ws.owner_id).find()}
    calendar = _new_calendar()
    for step in steps:
        calendar.add_component(_step_event(step, applications[step.application_id], now))
    for interview in interviews:
        application = applications[interview.application_id]
        calendar.add_component(_interview_event(interview, application, now))
    return CalendarExport(calendar.to_ical(), len(steps), len(interviews))


def _new_calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    return calendar


def _step_event(step: Step, application: Application, now: datetime) -> Event:
    event = _event(f"step-{step.id}@nextyes", now)
    event.add("summary", step.title)
    event.add("description", f"{step.why}\n\n{_job(application)}")
    event.add("dtstart", step.due_on)  # a date: an all-day item
    if step.due_on < date.max:  # older versions let the CLI snooze a step to 9999-12-31
        event.add("dtend", step.due_on + timedelta(days=1))  # DTEND is exclusive
    event.add("transp", "TRANSPARENT")  # a to-do for the day, not a busy slot
    return event


def _interview_event(interview: Interview, application: Application, now: datetime) -> Event:
    event = _event(f"interview-{interview.id}@nextyes", now)
    event.add("summary", interview.title or f"Interview: {_job(application)}")
    event.add("description", _job(application))
    event.add("dtstart", interview.starts_at)
    event.add("dtend", interview.ends_at)
    if interview.location:
        event.add("location", interview.location)
        if interview.location.lower().startswith(("http://", "https://")):
            event.add("url", interview.location)  # calendars offer a "join" button for it
    return event


def _event(uid: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    # No revision count is stored per item, and each export is the whole current truth, so
    # the later export must win on re-import: count minutes since 1970 (fits 32 bits).
    event.add("sequence", int(now.timestamp()) // 60)
    return event


def _job(application: Application) -> str:
    return f"{application.role} at {application.company}"
