"""The insights' counts, aggregated in SQL: one pass over a person's events groups their
applications into a few hundred alike groups, medians come from window functions, and
every query filters on owner_id. Nothing here loops over applications in Python.

The date arithmetic differs between engines (SQLite stores dates as ISO text, PostgreSQL
as dates), so it is written once as SQL constructs compiled for each."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    column,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from nextyes.domain.applications import Channel
from nextyes.domain.events import EventKind
from nextyes.domain.insights import (
    REPLY_STAGES,
    BounceMonth,
    Middle,
    Outcome,
    ReasonCount,
    WeekMomentum,
    rank,
)
from nextyes.domain.lessons import Theme, themes
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.store.reflections import Reflections
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import (
    ApplicationRow,
    EventRow,
    PastJobRow,
    ReflectionRow,
    RejectionRow,
    WeeklyPlanRow,
)

REFLECTIONS_READ = 200  # themes come from the newest reflections; a person writes few
REJECTIONS_READ = 200  # recurring reasons: among the newest rejections that gave one


# ---- date arithmetic, per engine ------------------------------------------------------------


class days_between(FunctionElement[int]):  # noqa: N801 - named like the SQL functions it is
    """Whole days from the second date to the first."""

    type = Integer()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"({later} - {earlier})"


class month_of(FunctionElement[str]):  # noqa: N801
    """A date's month as YYYY-MM."""

    type = String()
    inherit_cache = True


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(month_of, "postgresql")
def _month_postgresql(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class month_key(FunctionElement[Any]):  # noqa: N801
    """A date's month, cheap to compute for every row and to group by: YYYY-MM on SQLite
    (ISO text), the month's first day on PostgreSQL (to_char for 100,000 rows costs more
    than the grouping). `month_text` turns a key into YYYY-MM, after grouping."""

    type = String()
    inherit_cache = True


@compiles(month_key, "sqlite")
def _month_key_sqlite(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(month_key, "postgresql")
def _month_key_postgresql(element: month_key, compiler: SQLCompiler, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"CAST(date_trunc('month', CAST({day} AS TIMESTAMP)) AS DATE)"


class month_text(FunctionElement[str]):  # noqa: N801
    """A month_key as YYYY-MM."""

    type = String()
    inherit_cache = True


@compiles(month_text, "sqlite")
def _month_text_sqlite(element: month_text, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(month_text, "postgresql")
def _month_text_postgresql(element: month_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


class monday_of(FunctionElement[date]):  # noqa: N801
    """The Monday of a date's week."""

    type = Date()
    inherit_cache = True


@compiles(monday_of, "sqlite")
def _monday_sqlite(element: monday_of, compiler: SQLCompiler, **kw: Any) -> str:
    # 'weekday 1' moves to the next Monday (or stays on one); then back a week if it moved.
    day = compiler.process(element.clauses, **kw)
    return f"date({day}, '-6 days', 'weekday 1')"


@compiles(monday_of, "postgresql")
def _monday_postgresql(element: monday_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(date_trunc('week', {compiler.process(element.clauses, **kw)}) AS DATE)"


class unindexed(FunctionElement[Any]):  # noqa: N801
    """A column SQLite's planner must not pick an index for (a unary `+`); as is elsewhere."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


class greatest(FunctionElement[int]):  # noqa: N801
    """The larger of two whole numbers (neither NULL)."""

    type = Integer()
    inherit_cache = True


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "postgresql")
def _greatest_postgresql(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"greatest({compiler.process(element.clauses, **kw)})"


def stage_rank(column: Any) -> ColumnElement[int]:
    """domain.insights.rank, as SQL."""
    ranked = {stage.value: rank(stage) for stage in Stage if rank(stage) >= 0}
    return case(ranked, value=column, else_=literal(-1, Integer))


# ---- the counts -------------------------------------------------------------------------------

# The stages whose events say how far an application went, or that it ended.
TIMELINE_STAGES = [
    Stage.REJECTED.value,
    Stage.GHOSTED.value,
    *(s.value for s in Stage if rank(s) > rank(Stage.APPLIED)),
]
# Of those, the ones that are a reply: a move to a call or further, or a clear "no".
REPLY_VALUES = [s.value for s in (*REPLY_STAGES, Stage.ACCEPTED, Stage.REJECTED)]
assert set(TIMELINE_STAGES) - set(REPLY_VALUES) == {Stage.GHOSTED.value}


@dataclass(frozen=True)
class SearchCounts:
    """What one pass over the sent applications and their events gives."""

    outcomes: list[Outcome]
    replies: Middle  # days from sending to a first reply
    by_company: list[tuple[str, Middle]]  # the companies that replied most, most first


class InsightCounts(OwnedRepository):
    def _events_until(self, as_of: date, today: date) -> list[ColumnElement[bool]]:
        # Events are never dated in the future, so up to today needs no filter.
        return [] if as_of >= today else [EventRow.occurred_on <= as_of]

    def _timelines(self, as_of: date, today: date) -> Any:
        """Per application whose timeline went past "applied", in one pass over its events:
        the furthest stage it entered, whether it holds a clear "no", whether it went
        silent, and the day of its first reply (a stage it was added in is not a reply)."""
        stage = EventRow.to_stage
        # domain.insights.rank over the stages read here ("no" and silence rank -1).
        ranks = {value: rank(Stage(value)) for value in TIMELINE_STAGES}
        return (
            select(
                EventRow.application_id.label("application_id"),
                func.max(case(ranks, value=stage, else_=literal(-1, Integer))).label("furthest"),
                func.max(case((stage == Stage.REJECTED.value, 1), else_=0)).label("said_no"),
                func.max(case((stage == Stage.GHOSTED.value, 1), else_=0)).label("quiet"),
                # Every stage read here but silence is a reply (REPLY_VALUES).
                func.min(
                    case(
                        (
                            and_(
                                stage != Stage.GHOSTED.value,
                                EventRow.kind != EventKind.CREATED.value,
                            ),
                            EventRow.occurred_on,
                        )
                    )
                ).label("first_reply"),
            )
            .where(
                EventRow.owner_id == self.owner_id,
                stage.in_(TIMELINE_STAGES),
                *self._events_until(as_of, today),
            )
            .group_by(EventRow.application_id)
            .subquery("timelines")
        )

    def _sent(self, as_of: date) -> ColumnElement[bool]:
        # Read the person's applications in storage order: on SQLite a range on the
        # (owner_id, applied_on) index would visit nearly every row out of order.
        applied_on = unindexed(ApplicationRow.applied_on)
        return and_(
            ApplicationRow.owner_id == self.owner_id,
            applied_on.is_not(None),
            applied_on <= as_of,
        )

    def _per_application(self, as_of: date, today: date) -> Any:
        """One row per sent application with everything the funnel, rates, odds and reply
        times need, computed once (MATERIALIZED) and read by each grouping below."""
        lines = self._timelines(as_of, today)
        # The furthest stage its events entered, or where it stands when they name none;
        # never less than "applied" (it was sent).
        furthest = greatest(
            func.coalesce(lines.c.furthest, stage_rank(ApplicationRow.stage)), rank(Stage.APPLIED)
        )
        replied = lines.c.first_reply >= ApplicationRow.applied_on
        return (
            select(
                ApplicationRow.channel.label("channel"),
                month_key(ApplicationRow.applied_on).label("month"),
                # Only the reply times need the company: kept for replies alone, the rows
                # written once and read twice are narrower.
                case((replied, ApplicationRow.company)).label("company"),
                ApplicationRow.stage.label("stage"),
                furthest.label("furthest"),
                func.coalesce(lines.c.said_no, 0).label("said_no"),
                func.coalesce(lines.c.quiet, 0).label("quiet"),
                case((replied, days_between(lines.c.first_reply, ApplicationRow.applied_on))).label(
                    "days"
                ),
            )
            .outerjoin(lines, lines.c.application_id == ApplicationRow.id)
            .where(self._sent(as_of))
            .cte("per_application")
            .prefix_with("MATERIALIZED")
        )

    def search(self, as_of: date, today: date, companies: int) -> SearchCounts:
        """The sent applications grouped by everything the funnel, rates and odds need, and
        the median days to a first reply, overall and for the `companies` companies that
        replied most (then by name): one statement, one pass over applications and events.

        Rows come back tagged by part: 0 an outcome group, 1 the overall reply median,
        2 a company's reply median."""
        per = self._per_application(as_of, today)
        groups = [per.c.channel, per.c.month, per.c.furthest, per.c.said_no, per.c.quiet]
        outcome_rows = select(
            literal(0, Integer).label("part"),
            per.c.channel.label("label"),
            month_text(per.c.month).label("month"),
            per.c.furthest,
            per.c.said_no,
            per.c.quiet,
            per.c.stage,
            func.count().label("n"),
            null().cast(Float).label("median"),
        ).group_by(*groups, per.c.stage)
        # The reply times: a histogram of days (a few dozen rows) for the overall median; the
        # companies that replied most, then the histograms of those few.
        replied = per.c.days.is_not(None)
        overall_q = _weighted_median(
            select(per.c.days.label("value"), func.count().label("weight"))
            .where(replied)
            .group_by(per.c.days)
            .subquery(),
            None,
        ).subquery()
        top = (
            select(per.c.company)
            .where(replied)
            .group_by(per.c.company)
            .order_by(func.count().desc(), per.c.company)
            .limit(companies)
        )
        by_company = _weighted_median(
            select(
                per.c.company.label("grp"),
                per.c.days.label("value"),
                func.count().label("weight"),
            )
            .where(replied, per.c.company.in_(top.scalar_subquery()))
            .group_by(per.c.company, per.c.days)
            .subquery(),
            "grp",
        ).subquery()

        def tagged(part: int, label: Any, total: Any, median: Any) -> Select[Any]:
            return select(
                literal(part, Integer),
                label,
                null().cast(String),
                null().cast(Integer),
                null().cast(Integer),
                null().cast(Integer),
                null().cast(String),
                total,
                median,
            )

        statement = union_all(
            outcome_rows,
            tagged(1, null().cast(String), overall_q.c.total, overall_q.c.median).select_from(
                overall_q
            ),
            tagged(2, by_company.c.grp, by_company.c.total, by_company.c.median).select_from(
                by_company
            ),
        ).order_by(column("part"), column("n").desc(), column("label"))  # companies: most first
        outcomes: list[Outcome] = []
        replies = Middle(0, None)
        per_company: list[tuple[str, Middle]] = []
        for part, label, month, furthest, said_no, quiet, stage, n, median in self.session.execute(
            statement
        ):
            if part == 0:
                outcomes.append(
                    Outcome(
                        channel=Channel(label),
                        month=str(month),
                        furthest=int(furthest),
                        said_no=bool(said_no),
                        quiet=bool(quiet),
                        stage=Stage(stage),
                        count=int(n),
                    )
                )
            elif part == 1:
                replies = _middle((n, median))
            else:
                per_company.append((str(label), _middle((n, median))))
        return SearchCounts(outcomes, replies, per_company)

    def bounce_back(self, as_of: date, months: int) -> tuple[int, int, Middle, list[BounceMonth]]:
        """(rejections, still waiting, median days to the next application, per month of
        the last `months`), in one statement. Rejections are counted per day first: every
        rejection of one day has the same next application, found through the
        (owner_id, applied_on) index."""
        per_day = (
            select(RejectionRow.rejected_on.label("day"), func.count().label("rejections"))
            .where(RejectionRow.owner_id == self.owner_id, RejectionRow.rejected_on <= as_of)
            .group_by(RejectionRow.rejected_on)
            .subquery()
        )
        next_sent = (
            select(func.min(ApplicationRow.applied_on))
            .where(
                ApplicationRow.owner_id == self.owner_id,
                ApplicationRow.applied_on >= per_day.c.day,
                ApplicationRow.applied_on <= as_of,
            )
            .scalar_subquery()
        )
        days = (
            select(
                per_day.c.day,
                month_of(per_day.c.day).label("month"),
                per_day.c.rejections,
                days_between(next_sent, per_day.c.day).label("days"),
            )
            .cte("bounces")
            .prefix_with("MATERIALIZED")
        )
        first_day = date(as_of.year, as_of.month, 1)
        for _ in range(months - 1):
            first_day = (first_day - timedelta(days=1)).replace(day=1)
        recent = days.c.day >= first_day
        bounced = days.c.days.is_not(None)
        weights = [days.c.days.label("value"), days.c.rejections.label("weight")]
        overall = _weighted_median(select(*weights).where(bounced).subquery(), None).subquery()
        by_month = _weighted_median(
            select(days.c.month.label("grp"), *weights).where(bounced, recent).subquery(), "grp"
        ).subquery()
        counted = (
            select(days.c.month, func.sum(days.c.rejections))
            .where(recent)
            .group_by(days.c.month)
            .subquery()
        )
        # part 0: (rejections, waiting); 1: the overall median; 2: a month's rejections;
        # 3: a month's median.
        statement = union_all(
            select(
                literal(0, Integer),
                null().cast(String),
                func.coalesce(func.sum(days.c.rejections), 0),
                func.coalesce(
                    func.sum(case((days.c.days.is_(None), days.c.rejections), else_=0)), 0
                ),
            ),
            select(literal(1, Integer), null().cast(String), overall.c.total, overall.c.median),
            select(literal(2, Integer), counted.c[0], counted.c[1], null().cast(Float)),
            select(literal(3, Integer), by_month.c.grp, by_month.c.total, by_month.c.median),
        )
        rejections = waiting = 0
        middle = Middle(0, None)
        totals_by_month: dict[str, int] = {}
        medians: dict[str, float] = {}
        for part, month, number, value in self.session.execute(statement):
            if part == 0:
                rejections, waiting = int(number), int(value)
            elif part == 1:
                middle = _middle((number, value))
            elif part == 2:
                totals_by_month[str(month)] = int(number)
            elif value is not None:
                medians[str(month)] = float(value)
        return (
            rejections,
            waiting,
            middle,
            [BounceMonth(m, n, medians.get(m)) for m, n in sorted(totals_by_month.items())],
        )

    def weeks(self, first_monday: date, as_of: date) -> list[WeekMomentum]:
        """Applications sent each week from first_monday to as_of's week, with the weekly
        plan's target where there was one."""
        sent = dict(
            self.session.execute(
                select(monday_of(ApplicationRow.applied_on).label("week"), func.count())
                .where(
                    ApplicationRow.owner_id == self.owner_id,
                    ApplicationRow.applied_on >= first_monday,
                    ApplicationRow.applied_on <= as_of,
                )
                .group_by(monday_of(ApplicationRow.applied_on))
            ).all()
        )
        targets = dict(
            self.session.execute(
                select(WeeklyPlanRow.week_of, WeeklyPlanRow.applications_target).where(
                    WeeklyPlanRow.owner_id == self.owner_id,
                    WeeklyPlanRow.week_of >= first_monday,
                    WeeklyPlanRow.week_of <= as_of,
                )
            ).all()
        )
        sent = {_as_date(k): int(v) for k, v in sent.items()}
        targets = {_as_date(k): int(v) for k, v in targets.items()}
        found = []
        monday = first_monday
        while monday <= as_of:
            found.append(WeekMomentum(monday, sent.get(monday, 0), targets.get(monday)))
            monday += timedelta(weeks=1)
        return found

    def past_channels(self, recent: int) -> tuple[dict[Channel, int], list[Channel]]:
        """Past jobs per channel, and the channels of the `recent` latest jobs, newest first."""
        counts = self.session.execute(
            select(PastJobRow.channel, func.count())
            .where(PastJobRow.owner_id == self.owner_id)
            .group_by(PastJobRow.channel)
        )
        latest = self.session.scalars(
            select(PastJobRow.channel)
            .where(PastJobRow.owner_id == self.owner_id)
            .order_by(PastJobRow.started_on.desc().nulls_last(), PastJobRow.id.desc())
            .limit(recent)
        )
        return {Channel(c): int(n) for c, n in counts}, [Channel(c) for c in latest]

    def reasons(self, as_of: date, limit: int) -> list[ReasonCount]:
        """Stated reasons for a "no" that came back more than once among the newest
        REJECTIONS_READ rejections, most frequent first."""
        recent = (
            select(func.trim(RejectionRow.reason).label("reason"))
            .where(
                RejectionRow.owner_id == self.owner_id,
                RejectionRow.rejected_on <= as_of,
                RejectionRow.form == RejectionForm.EXPLICIT.value,
                RejectionRow.reason.is_not(None),
            )
            .order_by(RejectionRow.rejected_on.desc(), RejectionRow.id.desc())
            .limit(REJECTIONS_READ)
            .subquery()
        )
        query = (
            select(recent.c.reason, func.count())
            .where(recent.c.reason != "")
            .group_by(recent.c.reason)
            .having(func.count() > 1)
            .order_by(func.count().desc(), recent.c.reason)
            .limit(limit)
        )
        return [ReasonCount(str(text), int(n)) for text, n in self.session.execute(query)]

    def themes(self) -> list[Theme]:
        """Recurring themes of the newest reflections (domain.lessons.themes: word pairs need
        text analysis, and a person writes a few reflections, not thousands)."""
        rows = self.session.scalars(
            select(ReflectionRow)
            .where(ReflectionRow.owner_id == self.owner_id)
            .order_by(ReflectionRow.updated_at.desc(), ReflectionRow.id.desc())
            .limit(REFLECTIONS_READ)
        )
        return themes([Reflections.to_domain(row) for row in rows])


def _weighted_median(rows: Any, group: str | None) -> Select[Any]:
    """The median of `rows.c.value` where each row counts `rows.c.weight` times (per
    `rows.c[group]` when given): the first value whose running total reaches half, or the
    mean of two when it lands on a boundary. Rows are few (one per distinct value), so the
    window sorts little. Returns (group?, total, median)."""
    partition = [rows.c[group]] if group else []
    running = select(
        *partition,
        rows.c.value,
        func.sum(rows.c.weight)
        .over(partition_by=partition, order_by=rows.c.value, rows=(None, 0))
        .label("upto"),
        # Whole numbers (PostgreSQL's SUM is numeric), so the halves below divide as integers.
        func.sum(rows.c.weight).over(partition_by=partition).cast(Integer).label("total"),
    ).subquery()
    # With n weighted values, the median sits at positions (n+1)/2 and (n+2)/2 (1-based);
    # a value covers positions (upto - weight, upto].
    low_at = (running.c.total + 1) // 2
    high_at = (running.c.total + 2) // 2
    low = func.min(case((running.c.upto >= low_at, running.c.value)))
    high = func.min(case((running.c.upto >= high_at, running.c.value)))
    keys = [running.c[group]] if group else []
    return select(
        *keys,
        func.max(running.c.total).label("total"),
        ((low + high) / literal(2.0, Float)).label("median"),
    ).group_by(*keys)


def _middle(row: Any) -> Middle:
    if row is None or row[0] is None:
        return Middle(0, None)
    count, median = row[-2], row[-1]
    return Middle(int(count or 0), float(median) if median is not None else None)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
