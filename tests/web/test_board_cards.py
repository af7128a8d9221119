"""The board holds its shape: cards with human dates and what comes next (the next open
plan step or the next interview, whichever is sooner), fetched for the shown cards only;
outcomes compact; one stage at a time on a phone through tabs that work without
JavaScript; no word of dragging for a touch screen; and "+ Add" in the first columns."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.engine import Result
from sqlalchemy.orm import ORMExecuteState, Session

from nextyes.domain.applications import NewApplication
from nextyes.domain.interviews import NewInterview
from nextyes.domain.recovery import PlannedStep, StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import PIPELINE, Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.interviews import add_interview
from nextyes.services.pipeline import (
    BoardFilter,
    ListSort,
    NextThing,
    application_list,
    pipeline,
    sooner,
)
from nextyes.services.recovery import complete_step
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.web import dates
from nextyes.web.pages.pipeline import PER_OUTCOME, PER_STAGE
from tests.conftest import TODAY
from tests.web.conftest import says

DAY = timedelta(days=1)


def add(
    ws: Workspace,
    company: str,
    stage: Stage = Stage.APPLIED,
    on: date | None = None,
    role: str = "Data Analyst",
) -> int:
    return add_application(ws, NewApplication(company, role, stage=stage, on=on)).id


def add_step(ws: Workspace, application_id: int, title: str, due: date) -> int:
    with ws.db.transaction() as session:
        planned = PlannedStep(StepKind.FOLLOW_UP, title, "because", due)
        row = Steps(session, ws.owner_id).add(planned, application_id, None, ws.clock.now())
        session.flush()
        return row.id


def add_talk(ws: Workspace, application_id: int, at: datetime, title: str | None = None) -> None:
    add_interview(ws, NewInterview(application_id, at, title=title))


def card(html: str, application_id: int) -> str:
    """The HTML of one card on the board."""
    found = re.search(rf'<li class="card[^"]*" id="card-{application_id}".*?</li>', html, re.S)
    assert found is not None, f"no card for application {application_id}"
    return found.group(0)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# --- what comes next ---------------------------------------------------------------------------


def test_the_sooner_of_a_step_and_an_interview_comes_next() -> None:
    at = datetime(2026, 3, 18, 14, 0, tzinfo=UTC)
    local = at.astimezone()
    assert sooner(None, None) is None
    assert sooner(("Thank Priya", date(2026, 3, 17)), None) == NextThing(
        date(2026, 3, 17), "Thank Priya"
    )
    assert sooner(None, (at, "Panel")) == NextThing(local.date(), "Panel", local)
    # A step due earlier comes first; on the interview's day or later, the interview.
    assert sooner(("Thank Priya", local.date() - DAY), (at, None)) == NextThing(
        local.date() - DAY, "Thank Priya"
    )
    same_day = sooner(("Thank Priya", local.date()), (at, None))
    assert same_day is not None
    assert same_day.is_interview
    later = sooner(("Thank Priya", local.date() + DAY), (at, None))
    assert later is not None
    assert later.at == local


def test_a_card_says_its_dates_in_words_with_the_full_date_on_hover(
    client: TestClient, workspace: Workspace
) -> None:
    applied = add(workspace, "Northwind", on=TODAY - 3 * DAY)
    saved = add(workspace, "Contoso", stage=Stage.SAVED, on=TODAY - DAY)
    moved = add(workspace, "Fabrikam", on=TODAY - 20 * DAY)
    move_application(workspace, moved, Stage.SCREENING, TODAY - 2 * DAY)

    html = client.get("/pipeline").text
    assert 'Applied <time datetime="2026-03-13" title="13 Mar 2026">3 days ago</time>' in card(
        html, applied
    )
    assert 'Saved <time datetime="2026-03-15" title="15 Mar 2026">yesterday</time>' in card(
        html, saved
    )
    words = text_of(card(html, moved))
    assert "Applied 3 weeks ago · moved here 2 days ago" in words
    assert "2026-03" not in words  # never an ISO date on a card
    assert "Other ·" in words  # the channel, in words
    assert 'aria-label="excitement 3 of 5">★★★☆☆' in card(html, moved)


def test_a_card_shows_its_next_step_or_interview_whichever_is_sooner(
    client: TestClient, workspace: Workspace
) -> None:
    stepping = add(workspace, "Northwind", on=TODAY - 10 * DAY)
    add_step(workspace, stepping, "Send a polite follow-up", TODAY + 2 * DAY)
    add_step(workspace, stepping, "A later step", TODAY + 9 * DAY)
    talking = add(workspace, "Contoso", on=TODAY - 10 * DAY)
    move_application(workspace, talking, Stage.INTERVIEWING, TODAY - DAY)
    soon = datetime(2026, 3, 18, 14, 0, tzinfo=UTC)
    add_talk(workspace, talking, soon + 7 * DAY, "Final panel")
    add_talk(workspace, talking, soon, "Hiring manager")
    add_step(workspace, talking, "Prepare the case study", TODAY + 5 * DAY)
    done = add(workspace, "Fabrikam", on=TODAY - 10 * DAY)
    complete_step(workspace, add_step(workspace, done, "Already done", TODAY))
    past = add(workspace, "Tailspin", on=TODAY - 10 * DAY)
    move_application(workspace, past, Stage.SCREENING, TODAY - 3 * DAY)
    add_talk(workspace, past, soon - 3 * DAY)  # yesterday's call is behind them

    html = client.get("/pipeline").text
    assert "Next: Wed 18 Mar 2026 Send a polite follow-up" in text_of(card(html, stepping))
    assert "A later step" not in card(html, stepping)
    talk = text_of(card(html, talking))
    assert f"Interview: {dates.moment(soon.astimezone())} Hiring manager" in talk
    assert "Prepare the case study" not in talk
    assert "Final panel" not in talk
    assert "Next" not in text_of(card(html, done))
    assert "Interview:" not in text_of(card(html, past))


def test_the_board_fetches_the_same_rows_for_90_or_360_applications(ws: Workspace) -> None:
    """What comes next is read for the shown cards only, by id, in bounded queries: the
    board and a page of the list run the same statements and fetch the same rows however
    long the search is."""

    def fill(start: int, count: int) -> None:
        for n in range(start, start + count):
            application = add(ws, f"Company {n}", PIPELINE[n % 5], TODAY - (n % 40) * DAY)
            add_step(ws, application, f"Step {n}", TODAY + (n % 9) * DAY)
            if PIPELINE[n % 5] is not Stage.SAVED:
                add_talk(ws, application, datetime(2026, 3, 20, 9, tzinfo=UTC) + n * DAY)
            if n % 4 == 1 and PIPELINE[n % 5] is not Stage.SAVED:
                record_rejection(ws, application, RejectionForm.EXPLICIT)

    def cost() -> tuple[int, list[int]]:
        with counted(ws) as work:
            pipeline(ws, PER_STAGE, BoardFilter(), per_outcome=PER_OUTCOME)
            application_list(ws, BoardFilter(), Stage.APPLIED, ListSort.NEXT, False, 12, 0)
        return len(work.statements), work.rows

    fill(0, 90)  # already more than a column holds in every stage
    small = cost()
    fill(90, 270)
    assert cost() == small


@dataclass
class Work:
    statements: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # how many each query fetched, in order


@contextmanager
def counted(ws: Workspace) -> Iterator[Work]:
    work = Work()

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        work.statements.append(statement)

    def on_result(state: ORMExecuteState) -> Result[Any]:
        frozen = state.invoke_statement().freeze()
        work.rows.append(len(frozen.data))
        return frozen()

    event.listen(ws.db.engine, "before_cursor_execute", on_statement)
    event.listen(Session, "do_orm_execute", on_result)
    try:
        yield work
    finally:
        event.remove(Session, "do_orm_execute", on_result)
        event.remove(ws.db.engine, "before_cursor_execute", on_statement)


# --- outcomes, compact -------------------------------------------------------------------------


def test_outcomes_show_a_count_and_the_newest_few(client: TestClient, workspace: Workspace) -> None:
    for n in range(PER_OUTCOME + 2):
        application = add(workspace, f"No {n}", on=TODAY - 30 * DAY)
        record_rejection(workspace, application, RejectionForm.EXPLICIT, TODAY - (10 - n) * DAY)

    html = client.get("/pipeline").text
    section = re.search(r'<section class="column stage-rejected.*?</section>', html, re.S)
    assert section is not None
    rejected = section.group(0)
    assert re.findall(r">(No \d)</a>", rejected) == ["No 4", "No 3", "No 2"]  # newest first
    assert 'class="card compact"' in rejected
    assert '<a href="/pipeline?view=list&amp;stage=rejected">Rejected</a>' in rejected
    assert "and 2 more" in text_of(rejected)
    assert "Rejected 6 days ago" in text_of(rejected)


# --- one stage at a time on a phone ------------------------------------------------------------


def tab_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="stage-tabs".*?</nav>', html, re.S)
    assert nav is not None
    return {
        stage: current
        for stage, current in re.findall(
            r'href="/pipeline\?[^"]*stage=(\w+)#stages"([^>]*)>', nav[0]
        )
    }


def test_tabs_name_every_stage_in_progress_with_its_count_and_link_to_it(
    client: TestClient, workspace: Workspace
) -> None:
    add(workspace, "Northwind")
    add(workspace, "Contoso")
    add(workspace, "Fabrikam", Stage.SCREENING)

    html = client.get("/pipeline", params={"q": "o"}).text
    links = tab_links(html)
    assert list(links) == [s.value for s in PIPELINE]
    # With nothing saved, the first stage that has applications is shown first.
    assert [s for s, attrs in links.items() if 'aria-current="true"' in attrs] == ["applied"]
    words = text_of(re.search(r'<nav class="stage-tabs".*?</nav>', html, re.S)[0])  # type: ignore[index]
    assert "Saved 0 Applied 2 Screening 0" in words  # counts as filtered: "o" misses Fabrikam
    assert 'href="/pipeline?q=o&amp;stage=screening#stages"' in html  # a tab keeps the search
    assert re.search(r'class="column stage-applied is-current"', html)
    assert not re.search(r'class="column stage-saved[^"]*is-current', html)


def test_a_tab_in_the_address_picks_the_stage_a_phone_shows(
    client: TestClient, workspace: Workspace
) -> None:
    add(workspace, "Northwind")
    screening = client.get("/pipeline", params={"stage": "screening"}).text
    assert re.search(r'class="column stage-screening is-current is-empty"', screening)
    assert [s for s, a in tab_links(screening).items() if "aria-current" in a] == ["screening"]
    # Moves from this view come back to the same tab.
    assert 'name="next" value="/pipeline?stage=screening"' in screening


@pytest.mark.parametrize(("stage", "message"), [("moon", "unknown stage &#39;moon&#39;"), ("", "")])
def test_a_bad_stage_tab_is_refused_in_one_line(
    client: TestClient, stage: str, message: str
) -> None:
    response = client.get("/pipeline", params={"stage": stage})
    if not message:  # an empty tab is no tab
        assert response.status_code == 200
        return
    assert response.status_code == 422
    assert says(response.text, message)


def test_dragging_is_offered_in_words_a_touch_screen_never_shows(
    client: TestClient, workspace: Workspace
) -> None:
    add(workspace, "Northwind")
    html = client.get("/pipeline").text
    hint = re.search(r'<p class="hint board-hint">.*?</p>', html, re.S)
    assert hint is not None
    # The only mention of dragging sits in .drag-hint, which board.css shows to a fine
    # pointer that can hover (a mouse) on a wide screen, and to nothing else.
    assert text_of(hint[0]).startswith("Move a card with its Move button")
    assert '<span class="drag-hint">, or drag it onto another column</span>' in hint[0]
    assert text_of(html).lower().count("drag") == 1
    css = client.get("/static/board.css").text
    assert ".key-hint, .drag-hint { display: none; }" in css
    assert "@media (hover: hover) and (pointer: fine) and (min-width: 40.01rem)" in css


# --- quick add ---------------------------------------------------------------------------------


def test_quick_add_sits_at_the_top_of_the_first_columns(client: TestClient) -> None:
    html = client.get("/pipeline").text
    for stage in ("saved", "applied", "screening"):
        assert f'id="qa-{stage}-company"' in html, stage
        assert f'<input type="hidden" name="stage" value="{stage}">' in html
    for stage in ("interviewing", "final_round", "offer", "rejected"):
        assert f'id="qa-{stage}-company"' not in html, stage
    assert 'maxlength="200"' in html
