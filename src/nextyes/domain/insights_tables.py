"""The insights as plain tables: what the page shows under each chart, what the terminal
prints, and what the CSV downloads hold. One source, so the numbers always agree.

Columns and first cells are stable names for the CSV (`of_applied`, `2026-03`); a page shows
them with `heading(column)` and a table's `row_names` ("Share of all sent", "Mar 2026")."""

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from nextyes.domain.applications import Channel
from nextyes.domain.insights import FUNNEL_STEPS, Funnel, Insights, channel_label

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    name: str  # a file name without .csv
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    row_names: list[str] = field(default_factory=list)  # how a page names each row, if not
    # by its first cell


# How a page heads each column (the CSV keeps the names on the left).
HEADINGS = {
    "stage": "Stage",
    "reached": "Applications",
    "of_applied": "Share of all sent",
    "of_previous": "Share of the stage before",
    "channel": "Channel",
    "month": "Month",
    "applied": "Sent",
    "replied": "Any reply",
    "screening": "Screening",
    "interviewing": "Interviewing",
    "final_round": "Final round",
    "offer": "Offer",
    "response_rate": "Share with a reply",
    "ghosting_rate": "Share that went quiet",
    "company": "Company",
    "replies": "Replies",
    "median_days": "Typical days (median)",
    "rejections": "Rejections",
    "week_of": "Week of",
    "sent": "Sent",
    "target": "Weekly plan's target",
    "past_jobs": "Past jobs found this way",
    "current": "Applications in this search",
    "current_share": "Share of this search",
    "more_applications": "When",
    "low": "Low end",
    "high": "High end",
    "kind": "Kind",
    "text": "What",
    "count": "Times",
}
_STEP_LABELS = {key: label for key, label, _least in FUNNEL_STEPS}


def heading(column: str) -> str:
    return HEADINGS.get(column, column.replace("_", " "))


def month_words(month: str) -> str:
    """'2026-03' as 'Mar 2026'."""
    return f"{date.fromisoformat(f'{month}-01'):%b %Y}"


def _week_words(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


SHARES = ("of_applied", "of_previous", "current_share", "low", "high")


def shown(column: str, value: Cell) -> str:
    """A cell as people read it: shares and rates as whole percentages (the CSV keeps the
    exact fraction), nothing for a figure there is no data for."""
    if value is None:
        return ""
    if isinstance(value, float) and (column in SHARES or column.endswith("_rate")):
        return f"{value:.0%}"
    return str(value)


def _funnel_rows(funnels: list[Funnel], label: str) -> Table:
    stages = [s.stage for s in funnels[0].steps] if funnels else []
    rows: list[list[Cell]] = [
        [f.group, *(s.reached for s in f.steps), _rate(f.response_rate), _rate(f.ghosting_rate)]
        for f in funnels
    ]
    if label == "month":
        names = [month_words(f.group) for f in funnels]
    else:
        names = [channel_label(Channel(f.group)) for f in funnels]
    return Table(
        f"funnel_by_{label}",
        f"Funnel by {label}",
        [label, *stages, "response_rate", "ghosting_rate"],
        rows,
        names,
    )


def tables(found: Insights) -> list[Table]:
    funnel = Table(
        "funnel",
        "Funnel: how far applications got",
        ["stage", "reached", "of_applied", "of_previous"],
        [
            [s.stage, s.reached, _rate(s.of_applied), _rate(s.of_previous)]
            for s in found.funnel.steps
        ],
        [_STEP_LABELS.get(s.stage, s.label) for s in found.funnel.steps],
    )
    channels = _funnel_rows(found.by_channel, "channel")
    channels.rows[:] = [[channel_label(Channel(str(r[0]))), *r[1:]] for r in channels.rows]
    decided = found.next_yes.decided
    return [
        funnel,
        channels,
        _funnel_rows(found.by_month, "month"),
        Table(
            "reply_times",
            "Days to a first reply",
            ["company", "replies", "median_days"],
            _rows(
                [["all companies", found.reply_times.replies, found.reply_times.median_days]],
                [[c.company, c.replies, c.median_days] for c in found.reply_times.by_company],
            ),
        ),
        Table(
            "bounce_back",
            "Days from a rejection to the next application",
            ["month", "rejections", "median_days"],
            [[m.month, m.rejections, m.median_days] for m in found.bounce_back.by_month],
            [month_words(m.month) for m in found.bounce_back.by_month],
        ),
        Table(
            "momentum",
            "Applications a week",
            ["week_of", "sent", "target"],
            [[w.week_of.isoformat(), w.sent, w.target] for w in found.momentum.weeks],
            [_week_words(w.week_of) for w in found.momentum.weeks],
        ),
        Table(
            "channels",
            "Past jobs and this search, by channel",
            ["channel", "past_jobs", "current", "current_share"],
            [
                [channel_label(c.channel), c.past_jobs, c.current, _rate(c.current_share)]
                for c in found.what_worked.channels
            ],
        ),
        Table(
            "next_yes",
            f"Chance of at least one offer in the next {found.next_yes.n} applications",
            ["more_applications", "low", "high"],
            [[o.more_applications, _rate(o.low), _rate(o.high)] for o in found.next_yes.outlook],
            [
                f"Now, from {decided} decided"
                if not o.more_applications
                else f"After {o.more_applications} more decided"
                for o in found.next_yes.outlook
            ],
        ),
        Table(
            "themes",
            "Recurring themes and reasons",
            ["kind", "text", "count"],
            _rows(
                [[t.kind, t.text, t.count] for t in found.themes],
                [["reason", r.reason, r.count] for r in found.reasons],
            ),
        ),
    ]


def _rows(*parts: list[list[Cell]]) -> list[list[Cell]]:
    return [row for part in parts for row in part]


def _cell(value: Cell) -> str:
    return "" if value is None else str(value)


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([[_guard(_cell(v)) for v in row] for row in table.rows])
    return out.getvalue()


def all_csv(found: Insights) -> str:
    """Every table in one long CSV: table, key (its first column), column, value."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "key", "column", "value"])
    for table in tables(found):
        for row in table.rows:
            key = _guard(_cell(row[0]))
            for column, value in zip(table.columns[1:], row[1:], strict=True):
                writer.writerow([table.name, key, column, _guard(_cell(value))])
    return out.getvalue()


def _guard(text: str) -> str:
    # A company typed as "=HYPERLINK(...)" must stay text when a spreadsheet opens the file.
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
