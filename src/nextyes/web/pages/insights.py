"""Insights: the search seen honestly, with charts drawn on the server as inline SVG.

No chart script and no inline style (the CSP allows neither): each chart is SVG shapes with
classes from insights.css, every bar carries its number as text, patterns tell series apart
without colour, and the same numbers follow each chart as a table.

The charts do not scale their text with the screen: an SVG without a viewBox keeps its text
at the size insights.css gives it (13 px, never under 12 px on a phone), while bars and
columns are placed in percentages of the chart's width, so they still fill any screen. Each
row of a bar chart has its label on the left and its number on the right, above its bar,
so no number can run off a narrow screen.

During a pause after a "no" (Today's rule: services.insights.pause_until), the odds of the
next yes wait behind a quiet link (`?odds=show`); every other figure is shown as usual."""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.applications import Channel
from nextyes.domain.insights import (
    DEFAULT_N,
    MAX_N,
    Insights,
    channel_label,
    days_text,
    odds_words,
    percent,
    plural,
)
from nextyes.domain.insights_tables import all_csv, heading, month_words, shown, tables
from nextyes.services.insights import insights, pause_until
from nextyes.web.deps import WorkspaceDep
from nextyes.web.templating import render
from nextyes.web.templating import templates as jinja

router = APIRouter(include_in_schema=False)
jinja.env.globals["shown_cell"] = shown
jinja.env.globals["table_heading"] = heading

# A row of a bar chart, in px: its label and number on one line, its bar under them.
ROW = 44
TEXT = 15  # the baseline of the label and the number, from the row's top
BAR_TOP = 21
BAR = 14
# A column chart (momentum), in px.
PLOT = 110  # the tallest column
ABOVE = 20  # room for the number over the tallest column
AXIS = 34  # two lines of labels under the columns: the day, then the month
GAP = 1.5  # percent of the width left either side of a column


@dataclass(frozen=True)
class Row:
    """One bar: `start` and `length` are percentages of the chart's width; `top` is px."""

    label: str
    value_text: str
    start: float
    length: float
    top: float
    kind: str = "main"  # a class: main, range, empty


@dataclass(frozen=True)
class Column:
    """One column of the momentum chart: x, width and centre in percent; top and height in px."""

    day: str  # "12"
    month: str  # "Oct"
    value_text: str
    x: float
    width: float
    centre: float
    top: float
    height: float
    target_y: float | None  # where the weekly plan's target line goes, if there was a plan
    kind: str = "main"


@dataclass(frozen=True)
class Chart:
    height: float
    description: str
    rows: list[Row]
    columns: list[Column]
    scale: bool = False  # a 0% to 100% scale under the rows (the odds)


def bar_rows(rows: list[tuple[str, float, str]], largest: float) -> list[Row]:
    """Horizontal bars, (label, value, value text) a row each, as a share of `largest`."""
    found = []
    for number, (label, value, text) in enumerate(rows):
        length = 100 * value / largest if largest else 0.0
        found.append(
            Row(
                label,
                text,
                0.0,
                round(max(length, 0.6), 2) if value else 0.0,
                number * ROW,
                "main" if value else "empty",
            )
        )
    return found


def _rows_chart(rows: list[Row], description: str, scale: bool = False) -> Chart:
    return Chart(len(rows) * ROW + (18 if scale else 0), description, rows, [], scale)


def funnel_chart(found: Insights) -> Chart:
    rows = [
        (
            s.label,
            float(s.reached),
            f"{s.reached}"
            + (f" · {round(100 * s.of_applied)}%" if s.of_applied is not None else ""),
        )
        for s in found.funnel.steps
    ]
    return _rows_chart(
        bar_rows(rows, found.funnel.sent),
        "How many applications reached each stage, and their share of all sent.",
    )


def channel_chart(found: Insights) -> Chart:
    rows = [
        (
            channel_label(Channel(f.group)).capitalize(),
            f.response_rate or 0.0,
            f"{f.replied} of {f.sent} replied",
        )
        for f in found.by_channel
    ]
    return _rows_chart(
        bar_rows(rows, 1.0), "The share of each channel's applications that got a reply."
    )


def momentum_chart(found: Insights) -> Chart:
    weeks = found.momentum.weeks
    top = max([w.sent for w in weeks] + [w.target or 0 for w in weeks] + [1])
    base = ABOVE + PLOT
    share = 100 / max(len(weeks), 1)
    columns = []
    for number, week in enumerate(weeks):
        height = round(PLOT * week.sent / top, 2)
        target = None if week.target is None else round(base - PLOT * week.target / top, 2)
        columns.append(
            Column(
                str(week.week_of.day),
                f"{week.week_of:%b}",
                str(week.sent),
                round(number * share + GAP, 2),
                round(share - 2 * GAP, 2),
                round((number + 0.5) * share, 2),
                base - height,
                height,
                target,
                "main" if week.sent else "empty",
            )
        )
    return Chart(
        base + AXIS,
        "Applications sent each week, the week's Monday under each column; a dashed line"
        " marks the weekly plan's target.",
        [],
        columns,
    )


def short_percent(value: float) -> str:
    """A chance in a chart's tight space: 'under 1%', '20%', 'over 99%'."""
    return percent(value).replace("less than", "under").replace("more than", "over")


def odds_chart(found: Insights) -> Chart:
    """The credible range now, and how it narrows with more decided applications, each on a
    scale from 0% to 100%."""
    rows = []
    for number, outlook in enumerate(found.next_yes.outlook):
        more = outlook.more_applications
        label = f"Now, from {found.next_yes.decided} decided" if not more else f"After {more} more"
        rows.append(
            Row(
                label,
                f"{short_percent(outlook.low)} to {short_percent(outlook.high)}",
                round(100 * outlook.low, 2),
                round(max(100 * (outlook.high - outlook.low), 0.6), 2),
                number * ROW,
                "range",
            )
        )
    return _rows_chart(
        rows,
        "The range of the chance of an offer in your next applications, today and after more"
        " decided applications at today's rate, on a scale from 0% to 100%: it narrows as"
        " your own answers grow.",
        scale=True,
    )


def bounce_chart(found: Insights) -> Chart:
    months = [m for m in found.bounce_back.by_month if m.median_days is not None]
    largest = max([m.median_days or 0 for m in months] + [1])
    rows = [
        (
            month_words(m.month),
            float(m.median_days or 0),
            f"{_days(m.median_days)} ({plural(m.rejections, 'rejection')})",
        )
        for m in months
    ]
    return _rows_chart(
        bar_rows(rows, largest),
        "Typical days from a rejection to your next application, by the month of the rejection.",
    )


def _days(days: float | None) -> str:
    """'same day', '2 days': short enough to share a line with a month on a phone."""
    return days_text(days).removeprefix("the ")


def month_chart(found: Insights) -> Chart:
    """Applications sent each month, each bar with how many of them got a reply."""
    months = [f for f in found.by_month if f.sent]
    largest = max([f.sent for f in months] + [1])
    rows = [
        (month_words(f.group), float(f.sent), f"{f.sent} sent · {f.replied} replied")
        for f in months
    ]
    return _rows_chart(
        bar_rows(rows, largest),
        "Applications sent each month, and how many of them got a reply of some kind.",
    )


def page_context(found: Insights, n: int, waiting: date | None, show_odds: bool) -> dict[str, Any]:
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
        "odds": odds_words(found.next_yes, found.weakest_step),
        "pause_until": waiting,
        "odds_wait": waiting is not None and not show_odds,
        "show_odds": show_odds,
        "row": {"text": TEXT, "bar_top": BAR_TOP, "bar": BAR},
        "axis_y": ABOVE + PLOT,
        "percent": percent,
        "days_text": days_text,
        "channel_label": channel_label,
        "active": "/insights",
    }


Next = Annotated[int, Query(alias="next", ge=1, le=MAX_N)]
Odds = Annotated[str, Query()]


@router.get("/insights", response_class=HTMLResponse)
def insights_page(
    request: Request, ws: WorkspaceDep, n: Next = DEFAULT_N, odds: Odds = ""
) -> HTMLResponse:
    found = insights(ws, n=n)
    context = page_context(found, n, pause_until(ws), odds == "show")
    return render(request, "insights.html", context)


@router.get("/insights.csv")
def insights_csv(ws: WorkspaceDep, n: Next = DEFAULT_N) -> Response:
    found = insights(ws, n=n)
    name = f"nextyes-insights-{found.as_of.isoformat()}.csv"
    return Response(
        all_csv(found),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
