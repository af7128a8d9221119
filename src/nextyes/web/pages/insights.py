"""Insights: the search seen honestly, with charts drawn on the server as inline SVG.

No chart script and no inline style (the CSP allows neither): each chart is SVG shapes with
classes from insights.css, every bar carries its number as text, patterns tell series apart
without colour, and the same numbers follow each chart as a table."""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Channel
from nextyes.domain.insights import DEFAULT_N, MAX_N, Insights, channel_label, percent
from nextyes.domain.insights_tables import all_csv, shown, tables
from nextyes.services.insights import insights
from nextyes.web.deps import WorkspaceDep
from nextyes.web.templating import render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)
jinja.env.globals["shown_cell"] = shown

WIDTH = 360  # the charts' own units: one unit a pixel on a phone, scaled up on a desktop
LABEL = 118  # room for a bar's label on the left
ROW = 26
CHAR = 6.5  # about the width of one character of chart text (11px), in chart units


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    x: float
    y: float
    width: float
    height: float
    kind: str = "main"  # a class: main, second, range, empty


@dataclass(frozen=True)
class Mark:
    """A target line across a column (momentum)."""

    x1: float
    x2: float
    y: float


@dataclass(frozen=True)
class Chart:
    height: float
    bars: list[Bar]
    marks: list[Mark]
    axis: list[tuple[float, float, str]]  # (x, y, text) labels under columns
    description: str


def _across(rows: list[tuple[str, float, str]], largest: float) -> Chart:
    """Horizontal bars: (label, value, value text) a row each. The longest bar leaves room
    for the longest value text after it, so no number runs off a phone's screen."""
    longest = max([len(text) for _, _, text in rows] + [0])
    room = WIDTH - LABEL - max(70, CHAR * longest + 10)
    bars = []
    for number, (label, value, text) in enumerate(rows):
        length = room * value / largest if largest else 0
        bars.append(
            Bar(
                label,
                text,
                LABEL,
                number * ROW + 4,
                max(length, 1.5) if value else 0,
                ROW - 8,
                "main" if value else "empty",
            )
        )
    return Chart(len(rows) * ROW + 4, bars, [], [], "")


def funnel_chart(found: Insights) -> Chart:
    sent = found.funnel.sent
    rows = [
        (
            s.label,
            float(s.reached),
            f"{s.reached}"
            + (f" · {round(100 * s.of_applied)}%" if s.of_applied is not None else ""),
        )
        for s in found.funnel.steps
    ]
    chart = _across(rows, sent)
    return Chart(
        chart.height, chart.bars, [], [], "How many applications reached each stage, of all sent."
    )


def channel_chart(found: Insights) -> Chart:
    rows = [
        (
            channel_label(Channel(f.group)),
            f.response_rate or 0.0,
            f"{f.replied} of {f.sent} replied",
        )
        for f in found.by_channel
    ]
    chart = _across(rows, 1.0)
    return Chart(
        chart.height,
        chart.bars,
        [],
        [],
        "The share of each channel's applications that got a reply.",
    )


def momentum_chart(found: Insights) -> Chart:
    weeks = found.momentum.weeks
    top = max([w.sent for w in weeks] + [w.target or 0 for w in weeks] + [1])
    plot_height, base = 120.0, 140.0
    column = (WIDTH - 20) / max(len(weeks), 1)
    bars, marks, axis = [], [], []
    for number, week in enumerate(weeks):
        x = 10 + number * column
        height = plot_height * week.sent / top
        bars.append(
            Bar(
                week.week_of.strftime("%d %b"),
                str(week.sent),
                x + 6,
                base - height,
                column - 12,
                height,
                "main" if week.sent else "empty",
            )
        )
        if week.target is not None:
            y = base - plot_height * week.target / top
            marks.append(Mark(x + 2, x + column - 2, y))
        axis.append((x + column / 2, base + 14, week.week_of.strftime("%d %b")))
    return Chart(
        base + 20,
        bars,
        marks,
        axis,
        "Applications sent each week; a dashed line marks the weekly plan's target.",
    )


def odds_chart(found: Insights) -> Chart:
    """The credible range now, and how it narrows with more decided applications."""
    room = WIDTH - LABEL - 70
    bars = []
    for number, outlook in enumerate(found.next_yes.outlook):
        label = (
            "today" if not outlook.more_applications else f"+{outlook.more_applications} decided"
        )
        start = LABEL + room * outlook.low
        bars.append(
            Bar(
                label,
                f"{percent(outlook.low)} to {percent(outlook.high)}",
                start,
                number * ROW + 4,
                max(room * (outlook.high - outlook.low), 2),
                ROW - 8,
                "range",
            )
        )
    return Chart(
        len(bars) * ROW + 4,
        bars,
        [],
        [],
        "The range of the chance of an offer in your next applications, today and after more"
        " decided applications at today's rate: it narrows as your own data grows.",
    )


def bounce_chart(found: Insights) -> Chart:
    months = [m for m in found.bounce_back.by_month if m.median_days is not None]
    largest = max([m.median_days or 0 for m in months] + [1])
    rows = [
        (m.month, float(m.median_days or 0), f"{m.median_days:g} days · {m.rejections} no")
        for m in months
    ]
    chart = _across(rows, largest)
    return Chart(
        chart.height,
        chart.bars,
        [],
        [],
        "Days from a rejection to your next application, by month.",
    )


def month_name(month: str) -> str:
    """ "2026-03" as "Mar 2026"."""
    return date.fromisoformat(f"{month}-01").strftime("%b %Y")


def month_chart(found: Insights) -> Chart:
    """Applications sent each month, each bar with how many of them got a reply."""
    months = [f for f in found.by_month if f.sent]
    largest = max([f.sent for f in months] + [1])
    rows = [
        (month_name(f.group), float(f.sent), f"{f.sent} sent · {f.replied} replied") for f in months
    ]
    chart = _across(rows, largest)
    return Chart(
        chart.height,
        chart.bars,
        [],
        [],
        "Applications sent each month, and how many of them got a reply of some kind.",
    )


def page_context(found: Insights, n: int) -> dict[str, Any]:
    return {
        "found": found,
        "n": n,
        "max_n": MAX_N,
        "tables": {t.name: t for t in tables(found)},
        "charts": {
            "funnel": funnel_chart(found),
            "channels": channel_chart(found),
            "momentum": momentum_chart(found),
            "odds": odds_chart(found),
            "bounce": bounce_chart(found),
            "months": month_chart(found),
        },
        "width": WIDTH,
        "label_x": LABEL,
        "percent": percent,
        "channel_label": channel_label,
        "active": "/insights",
    }


Next = Annotated[int, Query(alias="next", ge=1, le=MAX_N)]


@router.get("/insights", response_class=HTMLResponse)
def insights_page(request: Request, ws: WorkspaceDep, n: Next = DEFAULT_N) -> HTMLResponse:
    found = insights(ws, n=n)
    return render(request, "insights.html", page_context(found, n))


@router.get("/insights.csv")
def insights_csv(ws: WorkspaceDep, n: Next = DEFAULT_N) -> Response:
    found = insights(ws, n=n)
    name = f"nextyes-insights-{found.as_of.isoformat()}.csv"
    return Response(
        all_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
