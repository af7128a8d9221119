"""The Today agenda for one person, and the full list of what is due behind it.

Today does the same work with 30 applications or 30,000: it reads a bounded handful of due
steps (for each kind of step the few most useful, and the oldest quiet follow-ups, in one
statement), the applications those steps belong to (by id), the few rejections recent
enough to matter, the interviews of today and tomorrow, and counts the rest in SQL (due
steps up to COUNT_UP_TO, the latest application sent, the two figures of the evidence
card). The order of importance is a domain rule: domain/agenda.py."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from nextyes.domain.agenda import (
    FRESH_DAYS,
    GENTLE,
    MAX_THINGS,
    QUIET_ROWS,
    Agenda,
    AgendaInterview,
    AgendaItem,
    DueCounts,
    DueFilter,
    LatestNo,
    Pause,
    build_agenda,
)
from nextyes.domain.applications import Application
from nextyes.domain.errors import InvalidInput
from nextyes.domain.evidence import EvidenceCard, Focus, how_far_card, how_far_from, rank
from nextyes.domain.fields import not_in_future
from nextyes.domain.interviews import Interview
from nextyes.domain.recovery import StepKind, StepStatus, feel_days
from nextyes.domain.rejections import Rejection
from nextyes.domain.stages import FINAL, Stage
from nextyes.domain.steps import Step
from nextyes.services.wellbeing import support_now
from nextyes.services.workspace import Workspace
from nextyes.store.evidence import EvidenceCounts
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Rejections
from nextyes.store.today import DueSteps, SoonInterviews

# How long after a "no" Today keeps showing the evidence that it is rarely about you.
EVIDENCE_DAYS = 14
# How long after a "no" Today may suggest one small step back into the search, and name it.
NUDGE_DAYS = 30
# Steps due are counted up to this many; "1,000 more" says enough, and costs a bounded scan.
COUNT_UP_TO = 1_000
# The longest feel-it window any rule gives: an older "no" cannot make today a gentle day.
LONGEST_FEEL = max(feel_days(stage, level) for stage in Stage for level in range(1, 6))
RESTING = tuple(s for s in StepStatus if s is not StepStatus.SKIPPED)
# Interviews read at most, to show MAX_INTERVIEWS and count the rest of two days'.
INTERVIEWS_READ = 50
# The full list behind Today ("see them"): this many applications a page.
DUE_PAGE = 10
MAX_PAGE = 100_000
WORK_KINDS = frozenset(StepKind) - GENTLE


def today(
    ws: Workspace, as_of: date | None = None, resources: Sequence[str] | None = None
) -> Agenda:
    day = not_in_future(as_of or ws.clock.today(), ws.clock.today(), "date")
    # Worked out once per day and change of the person's data, then remembered.
    places = None if resources is None else tuple(resources)
    return ws.db.remember(ws.owner_id, ("today", day, places), lambda: _agenda(ws, day, places))


def _agenda(ws: Workspace, day: date, resources: Sequence[str] | None) -> Agenda:
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        rejections = Rejections(session, ws.owner_id)
        steps = Steps(session, ws.owner_id)
        feeling = rejections.between(day - timedelta(days=LONGEST_FEEL - 1), day)
        rests = steps.due_on(day, StepKind.REST, RESTING)
        latest = rejections.latest(since=day - timedelta(days=NUDGE_DAYS), until=day)
        soon = _interviews(session, ws, day)
        named = applications.by_ids(
            sorted(
                {r.application_id for r in feeling}
                | {s.application_id for s in rests}
                | {i.application_id for i in soon}
                | ({latest.application_id} if latest else set())
            )
        )
        pauses = [_feel_pause(r, named[r.application_id]) for r in feeling]
        pauses += [_rest_pause(s, named[s.application_id]) for s in rests]
        current = [p for p in pauses if p.covers(day)]
        plan_steps, follow_ups = steps.open_due_counts(day, leave_out=GENTLE, up_to=COUNT_UP_TO)
        if current:
            # A gentle day: only the pause's own steps are read; the rest is only counted.
            paused = {p.application_id for p in current}
            due = steps.open_due_of(day, GENTLE, paused)
        else:
            due = DueSteps(session, ws.owner_id).candidates(
                day,
                kinds=WORK_KINDS,
                fresh_from=day - timedelta(days=FRESH_DAYS),
                per_kind=MAX_THINGS,
                quiet=QUIET_ROWS,
            )
        named |= applications.by_ids(sorted({s.application_id for s in due} - named.keys()))
        last_sent = applications.latest_applied_on(day) if latest else None
        saved = None
        if latest and not current and not (last_sent and last_sent >= latest.on):
            # The nudge names a role the person saved, the newest: one indexed row.
            newest = applications.latest_in_stages([Stage.SAVED], per_stage=1)
            saved = (newest[0].company, newest[0].role) if newest else None
        fresh = latest if latest and (day - latest.on).days < EVIDENCE_DAYS else None
        evidence = [_how_far(session, ws, named[fresh.application_id], fresh)] if fresh else []
    agenda = build_agenda(
        day,
        [(s, named[s.application_id].company, named[s.application_id].role) for s in due],
        current,
        DueCounts(plan_steps, follow_ups),
        latest=_latest_no(latest, named[latest.application_id]) if latest else None,
        last_application_on=last_sent,
        interviews=[
            _interview(i, named) for i in soon if named[i.application_id].stage not in FINAL
        ],
        saved_role=saved,
    )
    return replace(agenda, evidence=evidence, support=support_now(ws, resources))


def _interviews(session: Session, ws: Workspace, day: date) -> list[Interview]:
    """Interviews that may fall today or tomorrow in the person's own time zone: a day's
    margin either side in UTC; the domain keeps those whose local day is today or tomorrow."""
    start = datetime.combine(day - timedelta(days=1), time(), tzinfo=UTC)
    end = datetime.combine(day + timedelta(days=3), time(), tzinfo=UTC)
    return SoonInterviews(session, ws.owner_id).starting_between(start, end, INTERVIEWS_READ)


def _interview(interview: Interview, named: dict[int, Application]) -> AgendaInterview:
    application = named[interview.application_id]
    return AgendaInterview(
        id=interview.id,
        application_id=application.id,
        company=application.company,
        role=application.role,
        # The person's own time zone: what "today" and "14:00" mean to them.
        starts_at=interview.starts_at.astimezone(),
        minutes=interview.minutes,
        title=interview.title,
        location=interview.location,
    )


def _latest_no(rejection: Rejection, application: Application) -> LatestNo:
    return LatestNo(
        rejection_id=rejection.id,
        application_id=application.id,
        company=application.company,
        role=application.role,
        on=rejection.on,
        pause_end=_feel_pause(rejection, application).end,
    )


def _how_far(
    session: Session, ws: Workspace, application: Application, rejection: Rejection
) -> EvidenceCard:
    """The first evidence card about this "no" (services.evidence.evidence_cards(...)[0]):
    how far it got next to the rest of the search. It needs two counts, not every card's."""
    focus = Focus(application.company, rejection.stage_reached, rejection.form)
    further = [s for s in Stage if rank(s) >= rank(how_far_from(focus))]
    sent, reached = EvidenceCounts(session, ws.owner_id).sent_and_reached(further)
    return how_far_card(focus, reached, sent)


def _feel_pause(rejection: Rejection, application: Application) -> Pause:
    days = feel_days(rejection.stage_reached, application.excitement)
    end = rejection.on + timedelta(days=days)
    return Pause(rejection.on, end, application.id, application.company, StepKind.FEEL)


def _rest_pause(step: Step, application: Application) -> Pause:
    end = step.due_on + timedelta(days=1)
    return Pause(step.due_on, end, application.id, application.company, StepKind.REST)


# ---- everything due: the list behind "see them" -------------------------------------------


@dataclass(frozen=True)
class DueGroup:
    """One application and its steps due, oldest first."""

    application_id: int
    company: str
    role: str
    items: list[AgendaItem]


@dataclass(frozen=True)
class DueList:
    as_of: date
    only: DueFilter
    page: int
    pages: int
    applications: int  # applications with a step due, over every page
    groups: list[DueGroup]  # this page's, the one waiting longest first
    gentle: bool  # a feel-it or rest day: nothing here is asked of the person today
    pause_until: date | None


# Which steps each filter keeps: the sweep's follow-ups (True), the others (False), all.
QUIET_ONLY = {DueFilter.ALL: None, DueFilter.QUIET: True, DueFilter.PLAN: False}


def due_list(ws: Workspace, page: int = 1, only: DueFilter = DueFilter.ALL) -> DueList:
    """Every open step due today (feel and rest aside: they belong to their own days),
    grouped by application, DUE_PAGE applications a page, the one whose step has waited
    longest first. `only` narrows it to the follow-ups after silence or to the plans."""
    if not 1 <= page <= MAX_PAGE:
        raise InvalidInput(f"page must be from 1 to {MAX_PAGE:,}, got {page}")
    day = ws.clock.today()
    agenda = today(ws)
    question = ("today-all", day, page, only)
    found = ws.db.remember(ws.owner_id, question, lambda: _due_list(ws, day, page, only))
    return replace(found, gentle=agenda.gentle, pause_until=agenda.pause_until)


def _due_list(ws: Workspace, day: date, page: int, only: DueFilter) -> DueList:
    quiet = QUIET_ONLY[only]
    with ws.db.transaction() as session:
        due = DueSteps(session, ws.owner_id)
        ids, total = due.application_page(
            day, GENTLE, quiet, limit=DUE_PAGE, offset=(page - 1) * DUE_PAGE
        )
        steps = due.due_of(day, ids, GENTLE, quiet)
        named = Applications(session, ws.owner_id).by_ids(ids)
    groups = [
        DueGroup(
            application_id=i,
            company=named[i].company,
            role=named[i].role,
            items=[
                AgendaItem(s, named[i].company, named[i].role, (day - s.due_on).days)
                for s in steps
                if s.application_id == i
            ],
        )
        for i in ids
    ]
    pages = max(1, -(-total // DUE_PAGE))
    return DueList(day, only, page, pages, total, groups, gentle=False, pause_until=None)
