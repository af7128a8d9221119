"""The Today agenda for one person."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from nextyes.domain.agenda import Agenda, Pause, build_agenda
from nextyes.domain.fields import not_in_future
from nextyes.domain.recovery import StepKind, StepStatus, feel_days
from nextyes.services.evidence import evidence_cards
from nextyes.services.wellbeing import support_now
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Rejections

# How long after a "no" Today keeps showing the evidence that it is rarely about you.
EVIDENCE_DAYS = 14


def today(
    ws: Workspace, as_of: date | None = None, resources: Sequence[str] | None = None
) -> Agenda:
    day = not_in_future(as_of or ws.clock.today(), ws.clock.today(), "date")
    with ws.db.transaction() as session:
        applications = {a.id: a for a in Applications(session, ws.owner_id).find()}
        steps = Steps(session, ws.owner_id)
        open_due = [
            (s, applications[s.application_id].company, applications[s.application_id].role)
            for s in steps.open_due_by(day)
        ]
        rejections = Rejections(session, ws.owner_id).recent(since=day - timedelta(days=30))
        rests = [s for s in steps.of_kind(StepKind.REST) if s.status is not StepStatus.SKIPPED]
    pauses = []
    last: tuple[date, date] | None = None
    for rejection in sorted(rejections, key=lambda r: r.on):
        application = applications[rejection.application_id]
        end = rejection.on + timedelta(
            days=feel_days(rejection.stage_reached, application.excitement)
        )
        if rejection.on <= day:
            pauses.append(
                Pause(rejection.on, end, application.id, application.company, StepKind.FEEL)
            )
            last = (rejection.on, end)
    for rest in rests:
        application = applications[rest.application_id]
        next_day = rest.due_on + timedelta(days=1)
        pauses.append(
            Pause(rest.due_on, next_day, application.id, application.company, StepKind.REST)
        )
    started = [a.applied_on for a in applications.values() if a.applied_on and a.applied_on <= day]
    agenda = build_agenda(day, open_due, pauses, last, max(started, default=None))
    fresh = [r for r in rejections if r.on <= day and (day - r.on).days < EVIDENCE_DAYS]
    newest = max(fresh, key=lambda r: (r.on, r.id), default=None)
    return replace(
        agenda,
        evidence=evidence_cards(ws, newest.application_id)[:1] if newest else [],
        support=support_now(ws, resources),
    )
