"""Today, the pipeline and a plan cost the same however long the search: the same SQL
statements and the same number of rows fetched with 50 applications as with 500.

Not timed: the work is counted. Statements are counted on the engine; rows are counted as
the session hands each result over (every repository query goes through the session)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Result
from sqlalchemy.orm import ORMExecuteState, Session

from nextyes.domain.agenda import GENTLE, MAX_THINGS, QUIET_ROWS, most_useful_first
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.evidence import standings, tracks
from nextyes.domain.recovery import StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.weekly import channel_records
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.evidence import evidence_cards
from nextyes.services.pipeline import pipeline
from nextyes.services.recovery import plan_view
from nextyes.services.sweep import sweep
from nextyes.services.today import due_list, today
from nextyes.services.weekly import CONVERSATION
from nextyes.services.workspace import Workspace
from nextyes.store.evidence import EvidenceCounts
from nextyes.store.repositories import Applications, Events, Rejections
from tests.conftest import TODAY

DAY = timedelta(days=1)
CHANNELS = list(Channel)


@dataclass
class Work:
    statements: list[str] = field(default_factory=list)
    rows: int = 0


@contextmanager
def counted(ws: Workspace) -> Iterator[Work]:
    work = Work()

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        work.statements.append(statement)

    def on_result(state: ORMExecuteState) -> Result[Any]:
        # Fetch everything once, count it, and hand the caller the same rows.
        frozen = state.invoke_statement().freeze()
        work.rows += len(frozen.data)
        return frozen()

    event.listen(ws.db.engine, "before_cursor_execute", on_statement)
    event.listen(Session, "do_orm_execute", on_result)
    try:
        yield work
    finally:
        event.remove(Session, "do_orm_execute", on_result)
        event.remove(ws.db.engine, "before_cursor_execute", on_statement)


@dataclass(frozen=True)
class Search:
    rejected_lately: int  # rejected five days ago: its plan is open, its evidence is fresh


def recent_core(ws: Workspace) -> Search:
    """The same recent weeks in every search: saved roles, one in interviews, a fresh "no"."""
    for n in range(4):
        add_application(
            ws, NewApplication(f"Saved {n}", "Analyst", stage=Stage.SAVED, on=TODAY - 3 * DAY)
        )
    interviewing = add_application(ws, NewApplication("Kestrel", "Analyst", on=TODAY - 20 * DAY))
    move_application(ws, interviewing.id, Stage.INTERVIEWING, TODAY - 2 * DAY)
    lately = add_application(
        ws, NewApplication("Lumen", "Designer", excitement=4, on=TODAY - 30 * DAY)
    )
    move_application(ws, lately.id, Stage.SCREENING, TODAY - 12 * DAY)
    record_rejection(ws, lately.id, RejectionForm.EXPLICIT, TODAY - 5 * DAY)
    return Search(lately.id)


def older_history(ws: Workspace, count: int, start: int = 0) -> None:
    """Months-old applications: every other one a "no" whose plan was left open, the rest
    still waiting for an answer (the sweep asks for a follow-up on each)."""
    for n in range(start, start + count):
        day = TODAY - (60 + n % 300) * DAY
        new = NewApplication(f"Older {n}", "Engineer", channel=CHANNELS[n % len(CHANNELS)], on=day)
        application = add_application(ws, new)
        if n % 2 == 0:
            record_rejection(ws, application.id, RejectionForm.EXPLICIT, day + 3 * DAY)


def cost(ws: Workspace, search: Search) -> dict[str, tuple[list[str], int]]:
    pages: dict[str, Callable[[], object]] = {
        "today": lambda: today(ws),
        "a gentle day": lambda: today(ws, TODAY - 5 * DAY),
        "pipeline": lambda: pipeline(ws, per_stage=10),
        "plan": lambda: plan_view(ws, search.rejected_lately),
    }
    costs = {}
    for name, page in pages.items():
        with counted(ws) as work:
            page()
        costs[name] = (work.statements, work.rows)
    return costs


def test_the_pages_cost_the_same_with_50_or_500_applications(ws: Workspace) -> None:
    with ws.db.transaction():
        search = recent_core(ws)
        older_history(ws, 44)
    sweep(ws)
    small = cost(ws, search)
    with ws.db.transaction():
        older_history(ws, 450, start=44)
    sweep(ws)
    large = cost(ws, search)

    for name in small:
        statements, rows = small[name]
        assert large[name][0] == statements, f"{name} ran other statements at 500 applications"
        assert large[name][1] == rows, f"{name} fetched {large[name][1]} rows, not {rows}"
    # The lists really were longer than a page: the limits did the work, not a small search.
    agenda = today(ws)
    assert agenda.things == MAX_THINGS
    assert len(agenda.quiet) == QUIET_ROWS < agenda.quiet_total
    assert agenda.more_steps > 0
    # Today counts only what its card needs; the card is the first of the full set.
    assert agenda.evidence == evidence_cards(ws, search.rejected_lately)[:1]


def test_a_long_list_shows_the_most_useful_steps_and_counts_the_rest(ws: Workspace) -> None:
    """The few steps Today reads (a handful of each kind) are the ones the rule would pick
    from every due step, and the full list behind it holds every due step exactly once."""
    with ws.db.transaction():
        older_history(ws, 60)  # 30 "no"s with open plans, 30 still waiting
    sweep(ws)
    due_in_plans = [
        step
        for application_id in range(1, 61, 2)
        for step in plan_view(ws, application_id).steps
        if step.due_on <= TODAY and step.kind not in GENTLE and step.is_open
    ]
    follow_ups = [
        step
        for application_id in range(2, 61, 2)
        for step in plan_view(ws, application_id).steps
        if step.kind is StepKind.FOLLOW_UP and step.is_open
    ]
    assert len(follow_ups) == 30
    agenda = today(ws)
    assert agenda.things <= MAX_THINGS
    best = most_useful_first(due_in_plans, TODAY)[: len(agenda.items)]
    assert [item.step.id for item in agenda.items] == [s.id for s in best]
    oldest = sorted(follow_ups, key=lambda s: (s.due_on, s.id))[:QUIET_ROWS]
    assert [item.step.id for item in agenda.quiet] == [s.id for s in oldest]
    assert agenda.quiet_total == 30
    assert agenda.more_steps == len(due_in_plans) - len(agenda.items)
    assert agenda.more == agenda.more_steps + 30 - QUIET_ROWS

    listed: list[int] = []
    first = due_list(ws)
    for page in range(1, first.pages + 1):
        listed += [i.step.id for g in due_list(ws, page).groups for i in g.items]
    assert sorted(listed) == sorted(s.id for s in due_in_plans + follow_ups)


def test_the_figures_counted_in_sql_are_the_ones_counted_one_by_one(ws: Workspace) -> None:
    """The store counts the evidence and the week plan's channels in SQL; the domain rules
    count the same from every record. Both must agree, on a search with every kind of end."""
    with ws.db.transaction():
        recent_core(ws)
        older_history(ws, 24)
        twice = add_application(ws, NewApplication("Quiet Twice", "Analyst", on=TODAY - 90 * DAY))
        record_rejection(ws, twice.id, RejectionForm.SILENCE, TODAY - 60 * DAY)
        move_application(ws, twice.id, Stage.INTERVIEWING, TODAY - 50 * DAY)  # a late reply
        record_rejection(ws, twice.id, RejectionForm.SILENCE, TODAY - 20 * DAY)
        late_no = add_application(ws, NewApplication("Late No", "Analyst", on=TODAY - 80 * DAY))
        record_rejection(ws, late_no.id, RejectionForm.SILENCE, TODAY - 50 * DAY)
        record_rejection(ws, late_no.id, RejectionForm.EXPLICIT, TODAY - 40 * DAY)
        for stage in (Stage.WITHDRAWN, Stage.CLOSED, Stage.OFFER):
            ended = add_application(ws, NewApplication(f"Ended {stage}", "Analyst"))
            move_application(ws, ended.id, Stage.SCREENING)
            move_application(ws, ended.id, stage)
    with ws.db.transaction() as session:
        everything = Applications(session, ws.owner_id).find()
        events = Events(session, ws.owner_id).with_stage_changes()
        rejections = Rejections(session, ws.owner_id).recent(since=date.min)
        counted = EvidenceCounts(session, ws.owner_id).standings()
        by_channel = Applications(session, ws.owner_id).channel_records(CONVERSATION)
        replied = Events(session, ws.owner_id).applications_reaching(CONVERSATION)
    assert counted == standings(tracks(everything, events, rejections))
    one_by_one = channel_records(everything, replied)
    assert sorted(by_channel, key=lambda r: r.channel) == sorted(
        one_by_one, key=lambda r: r.channel
    )
