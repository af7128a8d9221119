"""Each application's timeline summary (reached, said_no, went_quiet, first_reply_on) is kept
as events are written; the insights as of today read it instead of the events. Whatever a
person does, it must say exactly what the events say."""

import itertools
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.events import EventKind
from nextyes.domain.insights import Outcome
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.timelines import Timeline
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact
from nextyes.services.recovery import undo_rejection
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.insights import InsightCounts, SearchCounts
from nextyes.store.tables import ApplicationRow
from tests.conftest import TODAY

DAY = timedelta(days=1)
PEOPLE = itertools.count()
START_STAGES = [Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]
MOVES = [
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.OFFER,
    Stage.ACCEPTED,
    Stage.REJECTED,
    Stage.GHOSTED,
    Stage.WITHDRAWN,
]


def stored(ws: Workspace) -> dict[int, Timeline]:
    with ws.db.transaction() as session:
        rows = session.scalars(select(ApplicationRow).where(ApplicationRow.owner_id == ws.owner_id))
        return {
            row.id: Timeline(
                row.reached, bool(row.said_no), bool(row.went_quiet), row.first_reply_on
            )
            for row in rows
        }


def from_events(ws: Workspace, as_of: date, pretend_today: date) -> SearchCounts:
    with ws.db.transaction() as session:
        return InsightCounts(session, ws.owner_id).search(as_of, pretend_today, companies=10)


def merged(outcomes: list[Outcome]) -> Counter[tuple[object, ...]]:
    """Outcomes alike in every way summed: the two readings may split a group differently."""
    found: Counter[tuple[object, ...]] = Counter()
    for o in outcomes:
        found[(o.channel, o.month, o.furthest, o.said_no, o.quiet, o.stage)] += o.count
    return found


def assert_same_figures(ws: Workspace) -> None:
    """The summaries as of today against the events read again (as if it were tomorrow,
    every event up to today)."""
    kept = from_events(ws, TODAY, TODAY)
    read_again = from_events(ws, TODAY, TODAY + DAY)
    assert merged(kept.outcomes) == merged(read_again.outcomes)
    assert kept.replies == read_again.replies
    assert kept.by_company == read_again.by_company


operation = st.one_of(
    st.tuples(
        st.just("add"),
        st.sampled_from(list(Channel)),
        st.sampled_from(START_STAGES),
        st.integers(0, 40),
    ),
    st.tuples(st.just("move"), st.integers(0, 5), st.sampled_from(MOVES), st.integers(0, 40)),
    st.tuples(st.just("undo"), st.integers(0, 5), st.none(), st.none()),
    st.tuples(st.just("contact"), st.integers(0, 5), st.none(), st.none()),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=1, max_size=14))
def test_the_kept_summaries_always_say_what_the_events_say(
    database: Database, ws: Workspace, steps: list[tuple[object, ...]]
) -> None:
    # A new person per example: the database stays, the search starts empty.
    person = Workspace(database, database.owner_id(f"person {next(PEOPLE)}"), ws.clock)
    ids: list[int] = []
    for step in steps:
        try:
            match step:
                case ("add", Channel() as channel, Stage() as stage, int(back)):
                    new = NewApplication(
                        f"Company {len(ids) % 3}", "Analyst", channel=channel, stage=stage,
                        on=TODAY - 60 * DAY + back * DAY,
                    )  # fmt: skip
                    ids.append(add_application(person, new).id)
                case ("move", int(which), Stage() as stage, int(forward)) if ids:
                    day = min(TODAY, TODAY - 40 * DAY + forward * DAY)
                    move_application(person, ids[which % len(ids)], stage, day)
                case ("undo", int(which), None, None) if ids:
                    undo_rejection(person, ids[which % len(ids)])
                case ("contact", int(which), None, None) if ids:
                    add_contact(
                        person, NewContact("Sam", ContactRole.RECRUITER), ids[which % len(ids)]
                    )
        except InvalidInput:
            pass  # a move the rules refuse changes nothing, which is what is checked
    assert_same_figures(person)


def test_a_summary_follows_each_kind_of_event(ws: Workspace) -> None:
    """Added mid-process (not a reply), moved on (a reply), silent, then a late "no"."""
    new = NewApplication("Globex", "Analyst", stage=Stage.SCREENING, on=TODAY - 20 * DAY)
    app_id = add_application(ws, new).id
    assert stored(ws)[app_id] == Timeline(reached=2)
    move_application(ws, app_id, Stage.INTERVIEWING, TODAY - 15 * DAY)
    assert stored(ws)[app_id] == Timeline(reached=3, first_reply_on=TODAY - 15 * DAY)
    record_rejection(ws, app_id, RejectionForm.SILENCE, TODAY - 5 * DAY)
    record_rejection(ws, app_id, RejectionForm.EXPLICIT, TODAY - 2 * DAY)
    assert stored(ws)[app_id] == Timeline(
        reached=3, said_no=True, went_quiet=True, first_reply_on=TODAY - 15 * DAY
    )
    assert_same_figures(ws)


def test_a_saved_application_has_the_empty_summary(ws: Workspace) -> None:
    app_id = add_application(ws, NewApplication("Initech", "Analyst", stage=Stage.SAVED)).id
    assert stored(ws)[app_id] == Timeline()


@pytest.mark.parametrize("kind", [EventKind.CREATED, EventKind.STAGE_CHANGED])
def test_folding_is_order_free(kind: EventKind) -> None:
    """Events may be folded in any order (an import can add an older one late)."""
    events = [
        (kind, Stage.SCREENING, date(2026, 3, 9)),
        (EventKind.STAGE_CHANGED, Stage.INTERVIEWING, date(2026, 3, 4)),
        (EventKind.REJECTED, Stage.GHOSTED, date(2026, 3, 20)),
    ]
    forward, backward = Timeline(), Timeline()
    for event in events:
        forward = forward.after(*event)
    for event in reversed(events):
        backward = backward.after(*event)
    assert forward == backward == Timeline(3, False, True, date(2026, 3, 4))
