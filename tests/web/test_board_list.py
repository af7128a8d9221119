"""The pipeline as a list (/pipeline?view=list): every application, sorted by any column
with links (both ways round, without JavaScript), a page at a time, filtered like the board;
a bad sort, direction or view is one line and 422, a page past the end a 404 that points
back to the last page."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.interviews import NewInterview
from nextyes.domain.recovery import PlannedStep, StepKind
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application
from nextyes.services.interviews import add_interview
from nextyes.services.workspace import Workspace
from nextyes.store.plans import Steps
from nextyes.web import dates
from nextyes.web.pages.pipeline import LIST_PAGE
from tests.conftest import TODAY
from tests.web.conftest import says

DAY = timedelta(days=1)


def companies(html: str) -> list[str]:
    """The companies the list shows, top to bottom."""
    return re.findall(
        r'<td data-label="Company" class="c-company"><a href="/applications/\d+">([^<]*)</a>', html
    )


def listed(client: TestClient, **params: str) -> str:
    response = client.get("/pipeline", params={"view": "list", **params})
    assert response.status_code == 200, response.text[:500]
    return response.text


def arrange(ws: Workspace) -> dict[str, int]:
    """Four applications that differ in every column."""
    made = {}
    for company, role, channel, excitement, stage, days_ago in [
        ("Birch", "Designer", Channel.REFERRAL, 2, Stage.SAVED, 3),
        ("alder", "Analyst", Channel.RECRUITER, 5, Stage.APPLIED, 20),
        ("Cedar", "Engineer", Channel.DIRECT, 4, Stage.APPLIED, 9),
        ("Dogwood", "Buyer", Channel.JOB_BOARD, 1, Stage.APPLIED, 30),
    ]:
        new = NewApplication(
            company, role, channel, stage, TODAY - days_ago * DAY, excitement=excitement
        )
        made[company] = add_application(ws, new).id
    move_application(ws, made["Dogwood"], Stage.INTERVIEWING, TODAY - 2 * DAY)
    with ws.db.transaction() as session:
        steps = Steps(session, ws.owner_id)
        for company, due in [("Cedar", TODAY + 4 * DAY), ("alder", TODAY + DAY)]:
            planned = PlannedStep(StepKind.FOLLOW_UP, f"Follow up with {company}", "why", due)
            steps.add(planned, made[company], None, ws.clock.now())
    at = datetime(2026, 3, 19, 15, 30, tzinfo=UTC)
    add_interview(ws, NewInterview(made["Dogwood"], at, title="Panel"))
    return made


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        ("company", ["alder", "Birch", "Cedar", "Dogwood"]),  # case does not matter
        ("role", ["alder", "Dogwood", "Birch", "Cedar"]),
        ("stage", ["Birch", "alder", "Cedar", "Dogwood"]),  # in the order of a search; ties by id
        ("channel", ["Cedar", "Dogwood", "alder", "Birch"]),
        ("excitement", ["Dogwood", "Birch", "Cedar", "alder"]),
        ("applied", ["Dogwood", "alder", "Cedar", "Birch"]),  # never sent: last either way
        ("changed", ["alder", "Cedar", "Birch", "Dogwood"]),
        ("next", ["alder", "Dogwood", "Cedar", "Birch"]),  # nothing next: last either way
    ],
)
def test_the_list_sorts_by_any_column_both_ways(
    client: TestClient, workspace: Workspace, sort: str, ascending: list[str]
) -> None:
    arrange(workspace)
    assert companies(listed(client, sort=sort, dir="asc")) == ascending
    descending = companies(listed(client, sort=sort, dir="desc"))
    if sort == "applied":
        assert descending == ["Cedar", "alder", "Dogwood", "Birch"]
    elif sort == "next":
        assert descending == ["Cedar", "Dogwood", "alder", "Birch"]
    else:
        assert descending == ascending[::-1]


def test_the_list_starts_with_the_latest_change_and_its_headings_sort(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)
    html = listed(client)
    assert companies(html) == ["Dogwood", "Birch", "Cedar", "alder"]
    assert '<th scope="col" aria-sort="descending">' in html
    # A heading is a link: its column low to high (the newest first for dates), and the
    # sorted column the other way round.
    assert 'href="/pipeline?view=list&amp;sort=company&amp;dir=asc">Company' in html
    assert 'href="/pipeline?view=list&amp;sort=applied&amp;dir=desc">Applied' in html
    assert 'href="/pipeline?view=list&amp;sort=changed&amp;dir=asc">Last change' in html
    flipped = listed(client, sort="changed", dir="asc")
    assert '<th scope="col" aria-sort="ascending">' in flipped
    assert "sorted by last change, ascending" in flipped


def test_each_row_says_its_stage_channel_dates_and_next_step(
    client: TestClient, workspace: Workspace
) -> None:
    made = arrange(workspace)
    html = listed(client)
    row = re.search(
        rf'<tr>\s*<td[^>]*><a href="/applications/{made["Dogwood"]}">.*?</tr>', html, re.S
    )
    assert row is not None
    text = " ".join(re.sub(r"<[^>]+>", " ", row[0]).split())
    at = datetime(2026, 3, 19, 15, 30, tzinfo=UTC).astimezone()
    assert text.startswith("Dogwood Buyer Interviewing")
    assert "Job board" in text
    assert "4 weeks ago 2 days ago" in text  # applied, last change
    assert f"Interview (Panel), {dates.moment(at)}" in text
    assert 'aria-label="excitement 1 of 5">★☆☆☆☆' in row[0]
    cedar = re.search(rf'<a href="/applications/{made["Cedar"]}">.*?</tr>', html, re.S)
    assert cedar is not None
    assert "Follow up with Cedar, Fri 20 Mar 2026" in cedar[0]
    birch = re.search(rf'<a href="/applications/{made["Birch"]}">.*?</tr>', html, re.S)
    assert birch is not None
    assert "not yet" in birch[0]  # never sent


def test_the_list_is_paged_and_a_page_past_the_end_points_back(
    client: TestClient, workspace: Workspace
) -> None:
    total = LIST_PAGE + 3
    for n in range(total):
        add_application(workspace, NewApplication(f"Company {n:03d}", "Analyst"))

    first = listed(client, sort="company", dir="asc")
    assert companies(first) == [f"Company {n:03d}" for n in range(LIST_PAGE)]
    assert f"{total} applications: page 1 of 2." in first
    assert 'href="/pipeline?view=list&amp;sort=company&amp;dir=asc&amp;page=2" rel="next"' in first
    second = listed(client, sort="company", dir="asc", page="2")
    assert companies(second) == [f"Company {n:03d}" for n in range(LIST_PAGE, total)]
    assert 'rel="prev"' in second

    beyond = client.get("/pipeline", params={"view": "list", "page": "7"})
    assert beyond.status_code == 404
    assert "There is no page 7: this list has 2 pages." in beyond.text
    assert 'href="/pipeline?view=list&amp;page=2">Go to page 2</a>' in beyond.text
    assert companies(beyond.text) == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sort": "salary"}, "unknown sort &#39;salary&#39;; expected one of: company, role,"),
        ({"dir": "sideways"}, "dir must be asc or desc, got &#39;sideways&#39;"),
        ({"page": "0"}, "page must be from 1 to 1,000,000, got 0"),
        ({"page": "-3"}, "page must be from 1 to 1,000,000, got -3"),
        ({"page": "two"}, "page must be a whole number"),
        ({"page": "9" * 30}, "page must be from 1 to 1,000,000"),
        ({"channel": "pigeon"}, "unknown channel &#39;pigeon&#39;"),
        ({"q": "x" * 201}, "search is 201 characters; the limit is 200"),
    ],
)
def test_a_bad_list_address_is_one_line_and_422(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    response = client.get("/pipeline", params={"view": "list", **params})
    assert response.status_code == 422
    assert says(response.text, message)


def test_an_unknown_view_is_one_line_and_422(client: TestClient) -> None:
    response = client.get("/pipeline", params={"view": "gallery"})
    assert response.status_code == 422
    assert says(response.text, "unknown view &#39;gallery&#39;; expected one of: board, list")


def test_the_list_is_searched_and_filtered_like_the_board(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)
    assert companies(listed(client, q="ANALYST")) == ["alder"]
    assert companies(listed(client, channel="direct")) == ["Cedar"]
    assert companies(listed(client, excitement="4", sort="company", dir="asc")) == [
        "alder",
        "Cedar",
    ]
    only = listed(client, stage="applied", sort="company", dir="asc")
    assert companies(only) == ["alder", "Cedar"]
    assert 'href="/pipeline?view=list&amp;sort=company&amp;dir=asc">show every stage</a>' in only
    none = client.get("/pipeline", params={"view": "list", "q": "astronaut"})
    assert "No application matches." in none.text
    # The search form keeps the list, its order and its stage.
    assert '<input type="hidden" name="view" value="list">' in only
    assert '<input type="hidden" name="stage" value="applied">' in only
    assert '<input type="hidden" name="sort" value="company">' in only


def test_board_and_list_switch_keeps_the_search(client: TestClient) -> None:
    board = client.get("/pipeline", params={"q": "data", "stage": "screening"}).text
    assert 'href="/pipeline?q=data" aria-current="page">Board</a>' in board
    assert 'href="/pipeline?view=list&amp;q=data">List</a>' in board
    html = listed(client, q="data", sort="role")
    assert (
        'href="/pipeline?view=list&amp;q=data&amp;sort=role" aria-current="page">List</a>' in html
    )
    assert 'href="/pipeline?q=data">Board</a>' in html


def test_the_list_of_an_empty_search_says_how_to_start(client: TestClient) -> None:
    html = listed(client)
    assert "Nothing here yet." in html
    assert 'href="/applications/new"' in html


def test_another_persons_applications_never_show(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    someone = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    add_application(someone, NewApplication("Elsewhere Ltd", "Analyst", on=date(2026, 3, 15)))
    assert "Elsewhere" not in listed(client, sort="company", dir="desc")
    assert "Elsewhere" not in client.get("/pipeline").text
    searched = listed(client, q="Elsewhere")
    assert companies(searched) == []
    assert "No application matches." in searched
