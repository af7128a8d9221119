"""The Insights page, its CSV download and the JSON API: real app, real SQLite file."""

import csv
import io
import re
from datetime import date

from fastapi.testclient import TestClient

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.workspace import Workspace
from nextyes.web.pages.insights import CHAR, WIDTH, _across
from tests.conftest import TODAY


def arrange(ws: Workspace) -> None:
    """Three sent: a call then a "no", a clear "no", one waiting; one saved."""
    first = add_application(
        ws, NewApplication("Lumen Health", "Analyst", Channel.REFERRAL, on=date(2026, 3, 2))
    ).id
    move_application(ws, first, Stage.SCREENING, date(2026, 3, 5))
    record_rejection(ws, first, RejectionForm.EXPLICIT, date(2026, 3, 9))
    second = add_application(
        ws, NewApplication("Globex <Labs>", "Analyst", Channel.JOB_BOARD, on=date(2026, 3, 3))
    ).id
    record_rejection(ws, second, RejectionForm.EXPLICIT, date(2026, 3, 7))
    add_application(
        ws, NewApplication("Initech", "Analyst", Channel.JOB_BOARD, on=date(2026, 3, 10))
    )
    add_application(ws, NewApplication("Hooli", "Analyst", stage=Stage.SAVED, on=date(2026, 3, 1)))


def test_an_empty_search_gets_a_kind_page(client: TestClient) -> None:
    page = client.get("/insights")
    assert page.status_code == 200
    assert "Nothing sent yet" in page.text
    assert "Add your first applications" in page.text


def test_the_page_shows_charts_with_their_numbers(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    page = client.get("/insights")
    assert page.status_code == 200
    html = page.text
    assert "You have sent 3 applications; 2 of 3 got a reply of some kind." in html
    # Server-drawn SVG with a title and a description, no script and no inline style.
    assert html.count('<svg viewBox="0 0 360') >= 4
    assert 'role="img"' in html
    assert '<desc id="chart-funnel-desc">' in html
    assert "style=" not in html
    assert "<script>" not in html
    # Every bar carries its number as text: applied 3 (100%), any reply 2 (67%).
    assert re.search(r'class="value"[^>]*>3 · 100%</text>', html)
    assert re.search(r'class="value"[^>]*>2 · 67%</text>', html)
    # By month: March's three sent, two of them answered.
    assert '<title id="chart-months-title">' in html
    assert re.search(r'class="label"[^>]*>Mar 2026</text>', html)
    assert re.search(r'class="value"[^>]*>3 sent · 2 replied</text>', html)
    # ...and every chart has its numbers as a table.
    assert html.count('<details class="numbers">') >= 6
    assert '<th scope="row">replied</th><td>2</td>' in html
    # Typed text is escaped, never markup.
    assert "Globex &lt;Labs&gt;" in html or "Globex <Labs>" not in html
    assert 'href="/insights.csv?next=20"' in html
    assert 'aria-current="page"' in html.split('href="/insights"')[1][:30]


def test_the_csv_download(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    response = client.get("/insights.csv")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert (
        response.headers["content-disposition"]
        == f'attachment; filename="nextyes-insights-{TODAY.isoformat()}.csv"'
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    reached = {
        r["key"]: r["value"] for r in rows if r["table"] == "funnel" and r["column"] == "reached"
    }
    assert reached["applied"] == "3"
    assert reached["replied"] == "2"
    assert reached["screening"] == "1"
    companies = {r["key"] for r in rows if r["table"] == "reply_times"}
    assert "Globex <Labs>" in companies  # CSV is data: kept as typed


def test_the_page_and_csv_show_only_this_persons_search(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)
    someone = Workspace(workspace.db, workspace.db.owner_id("someone else"), workspace.clock)
    add_application(someone, NewApplication("Secret Corp", "Spy", Channel.NETWORKING))
    html = client.get("/insights").text
    assert "Secret Corp" not in html
    assert "networking" not in html
    assert "Secret Corp" not in client.get("/insights.csv").text
    assert client.get("/api/v1/insights").json()["funnel"]["sent"] == 3


def test_a_bad_next_is_refused(client: TestClient) -> None:
    assert client.get("/insights?next=0").status_code == 422
    assert client.get("/insights.csv?next=lots").status_code == 422


def test_the_api_answers_with_every_figure(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    response = client.get("/api/v1/insights", params={"next": 5})
    assert response.status_code == 200
    found = response.json()
    assert [s["reached"] for s in found["funnel"]["steps"]] == [3, 2, 1, 0, 0, 0]
    assert found["next_yes"]["n"] == 5
    assert found["next_yes"]["decided"] == 2
    # First replies: after 3 days (screening) and 4 days (the "no"): median 3.5.
    assert found["reply_times"]["median_days"] == 3.5
    assert found["as_of"] == TODAY.isoformat()
    earlier = client.get("/api/v1/insights", params={"as_of": "2026-03-04"}).json()
    assert earlier["funnel"]["sent"] == 2
    assert earlier["funnel"]["replied"] == 0


def test_the_api_refuses_bad_query_parameters(client: TestClient) -> None:
    for params, field in (
        ({"next": 0}, "next"),
        ({"next": "many"}, "next"),
        ({"as_of": "yesterday-ish"}, "as_of"),
    ):
        response = client.get("/api/v1/insights", params=params)
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["errors"][0]["field"] == field
    future = client.get("/api/v1/insights", params={"as_of": "2026-03-17"})
    assert future.status_code == 422
    assert "in the future" in future.json()["detail"]


def test_the_api_is_in_the_openapi_schema(client: TestClient) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/insights" in schema["paths"]
    assert "InsightsOut" in schema["components"]["schemas"]


def test_the_longest_bar_leaves_room_for_its_number() -> None:
    # On a phone the chart is as wide as the screen: a number after a full-length bar must
    # end inside it, however long the words are.
    for text in ("3 · 100%", "13 sent · 9 replied", "120 sent · 118 replied"):
        chart = _across([("Nov 2026", 120.0, text), ("Oct 2026", 3.0, "3 sent · 0 replied")], 120)
        longest = chart.bars[0]
        assert longest.x + longest.width + 5 + CHAR * len(text) <= WIDTH
        assert chart.bars[1].width < longest.width
