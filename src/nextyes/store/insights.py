"""The insights' counts, aggregated in SQL: one pass over a person's applications groups
them into a few hundred alike groups, medians come from window functions, and every query
filters on owner_id. Nothing here loops over applications in Python.

Each application carries the summary of its events (domain/timelines.py), so figures as of
today read applications alone, from indexes shaped like their groupings (tables.py); figures
as of a past day read the events up to it instead. The date arithmetic is written once
(store/sqlfunctions.py) and compiled for each engine."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
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

from nextyes.domain.applications import Channel
from nextyes.domain.events import EventKind
from nextyes.domain.insights import BounceMonth, Middle, Outcome, ReasonCount, WeekMomentum, rank
from nextyes.domain.lessons import Theme, themes
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.timelines import TIMELINE_STAGES
from nextyes.domain.weekly import monday_of
from nextyes.store.reflections import Reflections
from nextyes.store.repositories import OwnedRepository
from nextyes.store.sqlfunctions import (
    days_between,
    greatest,
    month_key,
    month_of,
    month_text,
    stage_rank,
    unindexed,
)
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


# ---- the counts -------------------------------------------------------------------------------

TIMELINE_VALUES = sorted(s.value for s in TIMELINE_STAGES)
# A few thousand groups come back: a dict lookup is cheaper than an Enum call per row.
CHANNELS = {c.value: c for c in Channel}
STAGES = {s.value: s for s in Stage}


@dataclass(frozen=True)
class SearchCounts:
    """What one pass over the sent applications gives."""

    outcomes: list[Outcome]
    replies: Middle  # days from sending to a first reply
    by_company: list[tuple[str, Middle]]  # the companies that replied most, most first


@dataclass(frozen=True)
class _Sent:
    """Where the sent applications are read from, and how: the columns the groupings need,
    whichever way they were worked out."""

    source: Any  # what to select from
    sent: list[ColumnElement[bool]]  # the rows that count
    channel: Any
    month: Any  # a month_key
    stage: Any
    groups: list[Any]  # the outcome grouping: channel and month first
    furthest: Any  # never less than "applied"
    said_no: Any
    quiet: Any
    replied: ColumnElement[bool]
    company: Any
    days: Any  # days from sending to a first reply, where replied


class InsightCounts(OwnedRepository):
    def _from_summaries(self, as_of: date) -> _Sent:
        """As of today: each application carries its timeline's summary (Events.add keeps it),
        so one row per application, read from indexes that match each grouping."""
        app = ApplicationRow
        sent: list[ColumnElement[bool]] = [app.owner_id == self.owner_id]
        latest = self.session.scalar(
            select(func.max(app.applied_on)).where(app.owner_id == self.owner_id)
        )
        if latest is not None and latest > as_of:
            # Only when the clock went back: a date test on every row, and no covering index.
            sent.append(app.applied_on <= as_of)
        month = month_key(app.applied_on)
        return _Sent(
            source=app,
            # Unsent applications (no applied_on) group under no month and are left out
            # group by group, so the rows themselves need no test.
            sent=sent,
            channel=app.channel,
            month=month,
            stage=app.stage,
            groups=[app.channel, month, app.reached, app.said_no, app.went_quiet, app.stage],
            furthest=greatest(
                func.coalesce(app.reached, stage_rank(app.stage)), rank(Stage.APPLIED)
            ),
            said_no=app.said_no,
            quiet=app.went_quiet,
            # Spelled as tables.py's indexes on replies are.
            replied=app.first_reply_on >= app.applied_on,
            company=app.company,
            days=days_between(app.first_reply_on, app.applied_on),
        )

    def _timelines(self, as_of: date) -> Any:
        """Per application whose timeline went past "applied", as of a past day, in one pass
        over its events up to then: what domain/timelines.py keeps for today."""
        stage = EventRow.to_stage
        # domain.insights.rank over the stages read here ("no" and silence rank -1).
        ranks = {value: rank(Stage(value)) for value in TIMELINE_VALUES}
        return (
            select(
                EventRow.application_id.label("application_id"),
                func.max(case(ranks, value=stage, else_=literal(-1, Integer))).label("furthest"),
                func.max(case((stage == Stage.REJECTED.value, 1), else_=0)).label("said_no"),
                func.max(case((stage == Stage.GHOSTED.value, 1), else_=0)).label("quiet"),
                # Every stage read here but silence is a reply (REPLY_ENTERED).
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
                stage.in_(TIMELINE_VALUES),
                EventRow.occurred_on <= as_of,
            )
            .group_by(EventRow.application_id)
            .subquery("timelines")
        )

    def _from_events(self, as_of: date) -> _Sent:
        """As of a past day: the summaries say what is known today, so the events are read
        again up to that day, once per application (MATERIALIZED) for every grouping."""
        lines = self._timelines(as_of)
        # Read the person's applications in storage order: on SQLite a range on the
        # (owner_id, applied_on) index would visit nearly every row out of order.
        applied_on = unindexed(ApplicationRow.applied_on)
        # The furthest stage its events entered, or where it stands when they name none;
        # never less than "applied" (it was sent).
        furthest = greatest(
            func.coalesce(lines.c.furthest, stage_rank(ApplicationRow.stage)), rank(Stage.APPLIED)
        )
        replied = lines.c.first_reply >= ApplicationRow.applied_on
        per = (
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
            .where(
                ApplicationRow.owner_id == self.owner_id,
                applied_on.is_not(None),
                applied_on <= as_of,
            )
            .cte("per_application")
            .prefix_with("MATERIALIZED")
        )
        c = per.c
        return _Sent(
            source=per,
            sent=[],
            channel=c.channel,
            month=c.month,
            stage=c.stage,
            groups=[c.channel, c.month, c.furthest, c.said_no, c.quiet, c.stage],
            furthest=c.furthest,
            said_no=c.said_no,
            quiet=c.quiet,
            replied=c.days.is_not(None),
            company=c.company,
            days=c.days,
        )

    def search(self, as_of: date, today: date, companies: int) -> SearchCounts:
        """The sent applications grouped by everything the funnel, rates and odds need, and
        the median days to a first reply, overall and for the `companies` companies that
        replied most (then by name): one statement.

        Rows come back tagged by part: 0 an outcome group, 1 the overall reply median,
        2 a company's reply median."""
        # Events are never dated in the future, so as of today they are all of them.
        per = self._from_summaries(as_of) if as_of >= today else self._from_events(as_of)
        outcome_rows = (
            select(
                literal(0, Integer).label("part"),
                per.channel.label("label"),
                month_text(per.month).label("month"),
                per.furthest.label("furthest"),
                per.said_no.label("said_no"),
                per.quiet.label("quiet"),
                per.stage.label("stage"),
                func.count().label("n"),
                null().cast(Float).label("median"),
            )
            .select_from(per.source)
            .where(*per.sent)
            .group_by(*per.groups)
            .having(per.month.is_not(None))
        )
        # The reply times: a histogram of days (a few dozen rows) for the overall median; the
        # companies that replied most, then the histograms of those few.
        replied = [*per.sent, per.replied]
        overall_q = _weighted_median(
            select(per.days.label("value"), func.count().label("weight"))
            .select_from(per.source)
            .where(*replied)
            .group_by(per.days)
            .subquery(),
            None,
        ).subquery()
        top = (
            select(per.company)
            .select_from(per.source)
            .where(*replied)
            .group_by(per.company)
            .order_by(func.count().desc(), per.company)
            .limit(companies)
        )
        by_company = _weighted_median(
            select(
                per.company.label("grp"),
                per.days.label("value"),
                func.count().label("weight"),
            )
            .select_from(per.source)
            .where(*replied, per.company.in_(top.scalar_subquery()))
            .group_by(per.company, per.days)
            .subquery(),
            "grp",
        ).subquery()

        def tagged(part: int, label: Any, total: Any, median: Any) -> Select[Any]:
            return select(
                literal(part, Integer),
                label,
                null().cast(String),
                null().cast(Integer),
                null().cast(per.said_no.type),  # a flag: boolean or 0/1, as `per` has it
                null().cast(per.quiet.type),
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
                        channel=CHANNELS[label],
                        month=str(month),
                        furthest=int(furthest),
                        said_no=bool(said_no),
                        quiet=bool(quiet),
                        stage=STAGES[stage],
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
        # Counted per day in index order (a few dozen rows), then added up per week here:
        # cheaper than working out every application's Monday in SQL.
        per_day = self.session.execute(
            select(ApplicationRow.applied_on, func.count())
            .where(
                ApplicationRow.owner_id == self.owner_id,
                ApplicationRow.applied_on >= first_monday,
                ApplicationRow.applied_on <= as_of,
            )
            .group_by(ApplicationRow.applied_on)
        )
        sent: dict[date, int] = {}
        for day, number in per_day:
            monday = monday_of(_as_date(day))
            sent[monday] = sent.get(monday, 0) + int(number)
        targets = dict(
            self.session.execute(
                select(WeeklyPlanRow.week_of, WeeklyPlanRow.applications_target).where(
                    WeeklyPlanRow.owner_id == self.owner_id,
                    WeeklyPlanRow.week_of >= first_monday,
                    WeeklyPlanRow.week_of <= as_of,
                )
            ).all()
        )
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
