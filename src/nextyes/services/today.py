"""The Today agenda for one person.

Today does the same work with 30 applications or 30,000: it reads the steps it lists (at
most DUE_LIMIT of each list, and a bounded count of the rest), the applications those steps
belong to (by id), the few rejections recent enough to matter, and counts the rest of the
search in SQL: the latest application sent, and the two figures of the evidence card."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from nextyes.domain.agenda import GENTLE, Agenda, Pause, build_agenda
from nextyes.domain.applications import Application
from nextyes.domain.evidence import EvidenceCard, Focus, how_far_card, how_far_from, rank
from nextyes.domain.fields import not_in_future
from nextyes.domain.recovery import StepKind, StepStatus, feel_days
from nextyes.domain.rejections import Rejection
from nextyes.domain.stages import Stage
from nextyes.domain.steps import Step
from nextyes.services.wellbeing import support_now
from nextyes.services.workspace import Workspace
from nextyes.store.evidence import EvidenceCounts
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Rejections

# How long after a "no" Today keeps showing the evidence that it is rarely about you.
EVIDENCE_DAYS = 14
# How long after a "no" Today may suggest one small step back into the search.
NUDGE_DAYS = 30
# Each list (plan steps, quiet follow-ups) shows at most this many, the oldest first: a day
# holds a few steps, not a backlog. The rest are counted and wait on their own pages.
DUE_LIMIT = 8
# Steps due are counted up to this many; "1,000 more" says enough, and costs a bounded scan.
COUNT_UP_TO = 1_000
# The longest feel-it window any rule gives: an older "no" cannot make today a gentle day.
LONGEST_FEEL = max(feel_days(stage, level) for stage in Stage for level in range(1, 6))
RESTING = tuple(s for s in StepStatus if s is not StepStatus.SKIPPED)


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
        named = applications.by_ids(
            sorted(
                {r.application_id for r in feeling}
                | {s.application_id for s in rests}
                | ({latest.application_id} if latest else set())
            )
        )
        pauses = [_feel_pause(r, named[r.application_id]) for r in feeling]
        pauses += [_rest_pause(s, named[s.application_id]) for s in rests]
        current = [p for p in pauses if p.covers(day)]
        listed, unlisted = _due_steps(steps, day, current)
        named |= applications.by_ids(sorted({s.application_id for s in listed} - named.keys()))
        last_sent = applications.latest_applied_on(day) if latest else None
        fresh = latest if latest and (day - latest.on).days < EVIDENCE_DAYS else None
        evidence = [_how_far(session, ws, named[fresh.application_id], fresh)] if fresh else []
    last = None
    if latest is not None:
        last = (latest.on, _feel_pause(latest, named[latest.application_id]).end)
    open_due = [(s, named[s.application_id].company, named[s.application_id].role) for s in listed]
    agenda = build_agenda(day, open_due, current, last, last_sent, unlisted)
    return replace(agenda, evidence=evidence, support=support_now(ws, resources))


def _how_far(
    session: Session, ws: Workspace, application: Application, rejection: Rejection
) -> EvidenceCard:
    """The first evidence card about this "no" (services.evidence.evidence_cards(...)[0]):
    how far it got next to the rest of the search. It needs two counts, not every card's."""
    focus = Focus(application.company, rejection.stage_reached, rejection.form)
    further = [s for s in Stage if rank(s) >= rank(how_far_from(focus))]
    sent, reached = EvidenceCounts(session, ws.owner_id).sent_and_reached(further)
    return how_far_card(focus, reached, sent)


def _due_steps(steps: Steps, day: date, current: list[Pause]) -> tuple[list[Step], int]:
    """The due steps to list, and how many more are due. During a pause only its own feel
    or rest steps are listed; everything else waits and is only counted."""
    plan_steps, follow_ups = steps.open_due_counts(day, leave_out=GENTLE, up_to=COUNT_UP_TO)
    if current:
        paused = {p.application_id for p in current}
        gentle = steps.open_due_of(day, GENTLE, paused)
        return gentle[:DUE_LIMIT], plan_steps + follow_ups + len(gentle[DUE_LIMIT:])
    listed = steps.open_due_first(day, GENTLE, follow_ups=False, limit=DUE_LIMIT)
    listed += steps.open_due_first(day, GENTLE, follow_ups=True, limit=DUE_LIMIT)
    return listed, plan_steps + follow_ups - len(listed)


def _feel_pause(rejection: Rejection, application: Application) -> Pause:
    days = feel_days(rejection.stage_reached, application.excitement)
    end = rejection.on + timedelta(days=days)
    return Pause(rejection.on, end, application.id, application.company, StepKind.FEEL)


def _rest_pause(step: Step, application: Application) -> Pause:
    end = step.due_on + timedelta(days=1)
    return Pause(step.due_on, end, application.id, application.company, StepKind.REST)
