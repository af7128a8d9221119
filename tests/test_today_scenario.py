"""Scenario: the demo search walked forward a day at a time with the clock and the daily
silence sweep (as the server runs it), a new "no" recorded on day 20, and Today checked on
days 1, 7, 20 and 30: at most five things; every due step shown, or counted in a group that
links to the full list, which holds it; the latest "no" is the one named; nothing nags
during a pause. On SQLite and PostgreSQL. The browser half (heights at 360 and 1280 px)
is tests/browser/test_today_scenario.py, on the same walk.

Nothing here depends on how many applications or steps the demo has (it grows): every
expectation is worked out from the data itself."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from nextyes.clock import FixedClock
from nextyes.domain.agenda import GENTLE, MAX_THINGS, Agenda
from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import Rejection, RejectionForm
from nextyes.domain.stages import IN_PROCESS, Stage
from nextyes.services.applications import add_application, list_applications, record_rejection
from nextyes.services.demo import load_demo
from nextyes.services.sweep import sweep
from nextyes.services.today import NUDGE_DAYS, DueList, due_list, today
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.store.repositories import Applications, Rejections

CHECKED_DAYS = (1, 7, 20, 30)  # day 1 is the day the demo is loaded
NEW_NO_DAY = 20


@dataclass(frozen=True)
class Day:
    number: int
    on: date
    new_no: str | None  # the company whose "no" was recorded that day, if one was


def walk(
    ws: Workspace, clock: FixedClock, sweep_once: Callable[[], object] | None = None
) -> Iterator[Day]:
    """The demo, then each day: the clock moves on, the sweep runs, and on NEW_NO_DAY a new
    "no" comes for the application in process the person wanted most. Yields each checked
    day, after the day's work."""
    load_demo(ws)
    run_sweep = sweep_once or (lambda: sweep(ws))
    for number in range(1, max(CHECKED_DAYS) + 1):
        if number > 1:
            clock.advance(days=1)
        run_sweep()
        new_no = said_no_today(ws) if number == NEW_NO_DAY else None
        if number in CHECKED_DAYS:
            yield Day(number, clock.today(), new_no)


def said_no_today(ws: Workspace) -> str:
    in_process = [a for a in list_applications(ws) if a.stage in IN_PROCESS]
    if not in_process:  # the demo always has some; a search without any still gets its "no"
        new = NewApplication("Scenario Co", "Analyst", stage=Stage.SCREENING, on=ws.clock.today())
        in_process = [add_application(ws, new)]
    chosen = max(in_process, key=lambda a: (a.excitement, a.id))
    record_rejection(ws, chosen.id, RejectionForm.EXPLICIT, ws.clock.today())
    return chosen.company


def due_now(ws: Workspace) -> set[int]:
    """Every step due today, worked out without Today's own queries: open, due by today,
    feel and rest aside (they belong to their own days, and show then)."""
    with ws.db.transaction() as session:
        steps = Steps(session, ws.owner_id).open_due_by(ws.clock.today())
    return {s.id for s in steps if s.kind not in GENTLE}


def whole_list(ws: Workspace) -> list[DueList]:
    first = due_list(ws)
    return [first] + [due_list(ws, page) for page in range(2, first.pages + 1)]


def latest_no(ws: Workspace) -> tuple[Rejection, str] | None:
    """The newest "no" of the last NUDGE_DAYS, by date then by id, read one by one."""
    day = ws.clock.today()
    with ws.db.transaction() as session:
        recent = Rejections(session, ws.owner_id).recent(since=day - timedelta(days=NUDGE_DAYS))
        newest = max((r for r in recent if r.on <= day), key=lambda r: (r.on, r.id), default=None)
        if newest is None:
            return None
        return newest, Applications(session, ws.owner_id).get(newest.application_id).company


def check_day(ws: Workspace, day: Day) -> Agenda:
    """What must hold on any day of the walk; the agenda, for more checks."""
    agenda = today(ws)
    assert agenda.as_of == day.on
    assert agenda.things <= MAX_THINGS, f"day {day.number}: {agenda.things} things"

    # Every due step is on Today, or counted in a group whose link opens the full list,
    # and the full list holds each of them exactly once.
    due = due_now(ws)
    listed = [i.step.id for page in whole_list(ws) for g in page.groups for i in g.items]
    assert sorted(listed) == sorted(due), f"day {day.number}: the full list is not what is due"
    shown = {i.step.id for i in agenda.items + agenda.quiet}
    if agenda.gentle:
        assert agenda.waiting == len(due), f"day {day.number}: due steps neither shown nor waiting"
    else:
        assert shown <= due
        assert len(shown) + agenda.more == len(due), f"day {day.number}: a due step is lost"

    # The latest "no" is the one named.
    newest = latest_no(ws)
    if newest is None:
        assert agenda.latest_no is None
    else:
        rejection, company = newest
        assert agenda.latest_no is not None
        assert agenda.latest_no.rejection_id == rejection.id
        for card in agenda.evidence:
            assert company in card.body, f"day {day.number}: the evidence names another no"
        for words in agenda.nudges:
            if "news" in words:  # the sentence of a feel-it pause names its "no"
                assert f"The {company} news" in words, f"day {day.number}: {words!r}"

    # No nagging during a pause: its gentle step, one kind sentence, nothing else.
    if agenda.gentle:
        assert all(i.step.kind in GENTLE for i in agenda.items)
        assert agenda.quiet == []
        assert agenda.quiet_total == 0
        assert agenda.more == 0
        assert len(agenda.nudges) == 1
        assert "application" not in agenda.nudges[0]
    return agenda


def test_a_demo_search_stays_calm_on_day_1_7_20_and_30(ws: Workspace, clock: FixedClock) -> None:
    seen: dict[int, Agenda] = {}
    for day in walk(ws, clock):
        seen[day.number] = check_day(ws, day)
        if day.new_no:
            agenda = seen[day.number]
            # The day of a new "no" is a gentle one, and it names that "no".
            assert agenda.gentle
            assert day.new_no in agenda.nudges[0]
            assert agenda.latest_no is not None
            assert agenda.latest_no.company == day.new_no
    assert set(seen) == set(CHECKED_DAYS)
    # Thirty days on, the new "no" is still the one named, in the evidence card too.
    last = seen[30]
    assert last.latest_no is not None
    assert last.latest_no == seen[NEW_NO_DAY].latest_no
    assert last.evidence
    assert last.latest_no.company in last.evidence[0].body
    # A week in, the search has more due than five things: the groups did the work.
    week = seen[7]
    assert week.gentle or week.more > 0
