"""The Insights page, its CSV download and the JSON API: real app, real SQLite file."""

import csv
import io
import re
from collections import Counter
from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.pipeline import recent_applications
from nextyes.services.workspace import Workspace
from nextyes.web.pages.insights import bar_rows
from tests.conftest import TODAY

STATIC = Path(__file__).parents[2] / "src" / "nextyes" / "web" / "static"
WAITING = "The odds of your next yes are here when you want them."


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
    assert html.count('<svg width="100%"') >= 4
    assert "viewBox" not in html  # the text is never scaled down with the chart
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
    # ...and every chart has its numbers as a table, with plain names for rows and columns.
    assert html.count('<details class="numbers">') >= 6
    assert '<th scope="row">Any reply</th><td>2</td>' in html
    assert '<th scope="col">Share of all sent</th>' in html
    assert '<th scope="row">Now, from 2 decided</th>' in html
    assert '<th scope="row">Mar 2026</th>' in html
    assert "of_applied" not in html
    assert "more_applications" not in html
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


def test_bars_are_shares_of_the_width_and_their_numbers_sit_above_them() -> None:
    # A bar is a percentage of the chart's width (so it fits any screen); its number is on
    # the line above, right-aligned, so a long number never runs past a full-length bar.
    rows = bar_rows(
        [("Nov 2026", 120.0, "120 sent · 118 replied"), ("Oct 2026", 3.0, "3 sent · 0 replied"),
         ("Sep 2026", 0.0, "0 sent · 0 replied")],
        120,
    )  # fmt: skip
    assert [r.length for r in rows] == [100.0, 2.5, 0.0]
    assert [r.kind for r in rows] == ["main", "main", "empty"]
    assert rows[1].top > rows[0].top


def test_chart_text_is_never_drawn_under_12_px() -> None:
    # Without a viewBox the SVG's text is the size the stylesheet gives, on any screen
    # (the browser test measures it on a 360 px phone).
    css = (STATIC / "insights.css").read_text()
    sizes = [int(n) for n in re.findall(r"\.chart-svg[^{]*\{[^}]*font-size: (\d+)px", css)]
    assert sizes
    assert min(sizes) >= 12


def test_every_panel_says_once_what_it_shows(client: TestClient, workspace: Workspace) -> None:
    arrange(workspace)
    html = client.get("/insights").text
    # Under every panel's title: a short plain sentence saying what the figures mean.
    for panel in ("funnel", "next-yes-h", "channels", "momentum", "replies", "bounce", "months"):
        after = html.split(f'id="{panel}"', 1)[1]
        assert re.match(r'>[^<]+</h2>\s*<p class="hint">', after), panel
    # No paragraph is said twice: the summary leaves the odds and the weakest step to
    # their own sections.
    paragraphs = [p.strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S)]
    twice = [p for p, count in Counter(paragraphs).items() if count > 1]
    assert twice == []
    assert html.count("The chance of at least one offer in your next 20") <= 1


def test_the_odds_are_said_in_words_with_what_would_move_them(
    client: TestClient, workspace: Workspace
) -> None:
    arrange(workspace)
    html = client.get("/insights").text
    odds = html.split('id="next-yes"', 1)[1].split("</section>", 1)[0]
    headline = re.search(r'<p class="odds-headline">(.*?)</p>', odds)
    assert headline is not None
    # A sentence with its meaning, never a bare range in large type.
    assert headline.group(1).startswith("An offer within your next 20 applications")
    assert " in 100." in headline.group(1)
    assert not re.search(r"<p[^>]*>\s*less than 1% to \d+%\s*</p>", odds)
    assert 'class="big"' not in html
    assert "2 decided applications (0 offers among them)" in odds
    assert "What would move it" in odds
    assert "over your next 40 applications it would be about" in odds


def test_the_odds_wait_during_a_pause_after_a_no_and_show_otherwise(
    client: TestClient, workspace: Workspace, fixed_clock: FixedClock
) -> None:
    arrange(workspace)
    calm = client.get("/insights").text
    assert "The odds of your next yes</h2>" in calm
    assert WAITING not in calm
    # A "no" today: its feel-it window covers today, as Today knows.
    initech = next(a for a in workspace_apps(workspace) if a.company == "Initech")
    record_rejection(workspace, initech.id, RejectionForm.EXPLICIT, TODAY)
    paused = client.get("/insights").text
    assert WAITING in paused
    assert 'href="/insights?odds=show#next-yes">Show the odds</a>' in paused
    assert "The odds of your next yes</h2>" not in paused
    assert "odds-headline" not in paused
    assert "less than 1%" not in paused  # not even in the summary
    assert "You have sent 3 applications" in paused  # every other figure stays
    assert '<h2 id="funnel">' in paused
    # Asked for, the odds show, and choosing another N keeps them shown.
    asked = client.get("/insights?odds=show").text
    assert "The odds of your next yes</h2>" in asked
    assert '<input type="hidden" name="odds" value="show">' in asked
    assert WAITING not in asked
    # Once the window has passed, they show without asking.
    fixed_clock.advance(days=4)
    later = client.get("/insights").text
    assert "The odds of your next yes</h2>" in later
    assert WAITING not in later


def workspace_apps(ws: Workspace) -> list[Application]:
    return list(recent_applications(ws))
