"""Benchmark (not a test): all insights at 100,000 applications, against a floor.

Fills a fresh database (SQLite, and PostgreSQL when a server answers) with one person's long
search: applications across every stage and channel over two years, their events (every
stage change), explicit and silent rejections, weekly plans, past jobs and reflections,
written with bulk inserts (executemany). A second person's small search sits beside it, as
on a shared server. Then it times, in the same run:

    floor     one `SELECT COUNT(*) FROM applications WHERE owner_id = :me` (the person's
              own count: what every figure has to read at least once)
    insights  services.insights.insights(ws, as_of): every figure the page and
              `nextyes stats` show, in one read transaction

and prints insights / floor as a ratio. Target: <= 30 on both engines (PASS/MISS).

Usage: .venv/bin/python bench/insights.py [--applications 100000] [--repeat 7]
       [--engine sqlite|postgresql|both] [--postgres URL] [--index TABLE:COL,COL ...]
PostgreSQL: a throwaway database is created on the server named by --postgres (default
postgresql://postgres@127.0.0.1:5432/test, or NEXTYES_TEST_DATABASE_URL) and dropped after.
`--index` creates extra indexes before measuring, to show their effect."""

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Index, create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

from nextyes.clock import FixedClock
from nextyes.domain.events import EventKind
from nextyes.domain.stages import Stage
from nextyes.domain.timelines import Timeline
from nextyes.domain.weekly import monday_of
from nextyes.services.insights import (
    COMPANIES_SHOWN,
    MONTHS_SHOWN,
    REASONS_SHOWN,
    RECENT_JOBS,
    WEEKS_SHOWN,
    insights,
)
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.engine import normalise_url
from nextyes.store.insights import InsightCounts
from nextyes.store.tables import (
    ApplicationRow,
    Base,
    EventRow,
    PastJobRow,
    ReflectionRow,
    RejectionRow,
    WeeklyPlanRow,
)

TARGET = 30.0  # all insights within this many times the floor
AS_OF = date(2026, 3, 16)
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
CHANNELS = ["referral", "recruiter", "direct", "job_board", "networking", "other"]
CHANNEL_WEIGHTS = [6, 10, 14, 55, 8, 7]
# How applications tend to end up: (weight, stages after "applied").
PATHS: list[tuple[int, list[Stage]]] = [
    (12, []),
    (25, [Stage.REJECTED]),
    (24, [Stage.GHOSTED]),
    (10, [Stage.SCREENING, Stage.REJECTED]),
    (3, [Stage.SCREENING]),
    (3, [Stage.SCREENING, Stage.GHOSTED]),
    (7, [Stage.SCREENING, Stage.INTERVIEWING, Stage.REJECTED]),
    (2, [Stage.SCREENING, Stage.INTERVIEWING]),
    (3, [Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.REJECTED]),
    (1, [Stage.INTERVIEWING, Stage.FINAL_ROUND]),
    (3, [Stage.WITHDRAWN]),
    (2, [Stage.CLOSED]),
    (1, [Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER]),
]
COMPANIES = [
    "Northwind", "Globex", "Initech", "Umbrella Labs", "Stark Studio", "Wayne Health",
    "Hooli", "Pied Piper", "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne",
]  # fmt: skip
REASONS = [
    "They chose an internal candidate",
    "The role was filled",
    "They wanted more experience with SQL",
    None,
    None,
    None,
]
TAGS = ["preparation", "salary", "sql", "nerves", "culture fit", "portfolio"]
BATCH = 5000


def search_rows(
    owner_id: int, count: int, first_id: int, seed: int
) -> dict[str, list[dict[str, Any]]]:
    """One person's search as rows, ready for executemany."""
    rng = random.Random(seed)
    now = datetime(2026, 3, 16, 12, tzinfo=UTC)
    rows: dict[str, list[dict[str, Any]]] = {"applications": [], "events": [], "rejections": []}
    weights = [w for w, _ in PATHS]
    for number in range(count):
        app_id = first_id + number
        _, path = rng.choices(PATHS, weights)[0]
        day = AS_OF - timedelta(days=rng.randrange(0, 730))
        applied = day
        stage = Stage.APPLIED
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        events: list[dict[str, Any]] = [
            dict(owner_id=owner_id, application_id=app_id, kind="created", from_stage=None,
                 to_stage="applied", occurred_on=day, recorded_at=now, source="typed", note=None)
        ]  # fmt: skip
        reached = Stage.APPLIED
        for target in path:
            gap = rng.randrange(1, 25)
            if (AS_OF - day).days < gap:
                break  # the rest of this story has not happened yet
            day += timedelta(days=gap)
            if target in (Stage.REJECTED, Stage.GHOSTED):
                silence = target is Stage.GHOSTED
                rows["rejections"].append(
                    dict(owner_id=owner_id, application_id=app_id,
                         form="silence" if silence else "explicit", stage_reached=reached.value,
                         rejected_on=day, reason=None if silence else rng.choice(REASONS),
                         feedback=None, created_at=now)
                )  # fmt: skip
            else:
                reached = target
            kind = "rejected" if target in (Stage.REJECTED, Stage.GHOSTED) else "stage_changed"
            events.append(
                dict(owner_id=owner_id, application_id=app_id, kind=kind, from_stage=stage.value,
                     to_stage=target.value, occurred_on=day, recorded_at=now, source="typed",
                     note=None)
            )  # fmt: skip
            stage = target
        rows["events"].extend(events)
        # What Events.add keeps on each application as its events are written.
        summary = Timeline()
        for written in events:
            summary = summary.after(
                EventKind(written["kind"]), Stage(written["to_stage"]), written["occurred_on"]
            )
        rows["applications"].append(
            dict(id=app_id, owner_id=owner_id,
                 company=f"{rng.choice(COMPANIES)} {number % 151}", role="Data Analyst",
                 channel=channel, stage=stage.value, stage_since=day,
                 excitement=rng.choice([2, 3, 3, 4, 5]), created_on=applied, applied_on=applied,
                 created_at=now, updated_at=now, reached=summary.reached,
                 said_no=summary.said_no, went_quiet=summary.went_quiet,
                 first_reply_on=summary.first_reply_on)
        )  # fmt: skip
    monday = AS_OF - timedelta(days=AS_OF.weekday())
    rows["weekly_plans"] = [
        dict(owner_id=owner_id, week_of=monday - timedelta(weeks=w),
             applications_target=rng.randrange(5, 12), created_at=now)
        for w in range(0, 104, 2)
    ]  # fmt: skip
    rows["past_jobs"] = [
        dict(owner_id=owner_id, company=COMPANIES[n], role="Analyst", channel=channel,
             started_on=date(2016 + 3 * n, 1, 1), created_at=now)
        for n, channel in enumerate(["referral", "referral", "recruiter"])
    ]  # fmt: skip
    rejected = [r for r in rows["rejections"] if r["form"] == "explicit"][: max(1, count // 200)]
    rows["reflections"] = [
        dict(owner_id=owner_id, application_id=r["application_id"],
             caught_out="Tell me about a time you disagreed with a manager",
             feedback="More depth on SQL window functions",
             tags="\n".join(rng.sample(TAGS, 2)), created_at=now, updated_at=now)
        for r in rejected
    ]  # fmt: skip
    return rows


TABLES: dict[str, type[Base]] = {
    "applications": ApplicationRow,
    "events": EventRow,
    "rejections": RejectionRow,
    "weekly_plans": WeeklyPlanRow,
    "past_jobs": PastJobRow,
    "reflections": ReflectionRow,
}


def fill(db: Database, owners: list[tuple[int, int]]) -> None:
    """Bulk-write each owner's search: (owner_id, applications)."""
    first_id = 1
    with db.engine.begin() as connection:
        for seed, (owner_id, count) in enumerate(owners):
            rows = search_rows(owner_id, count, first_id, seed=7 + seed)
            first_id += count
            for name, table in TABLES.items():
                chunk = rows[name]
                for start in range(0, len(chunk), BATCH):
                    connection.execute(insert(table), chunk[start : start + BATCH])
        if db.engine.dialect.name == "postgresql":
            connection.execute(
                text("SELECT setval('applications_id_seq', (SELECT max(id) FROM applications))")
            )
    with db.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()


def timed(work: Callable[[], object], repeat: int) -> float:
    """The median of `repeat` runs, in milliseconds (after one warm-up run)."""
    work()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def per_query(db: Database, owner_id: int, repeat: int) -> None:
    """Each of the store's queries on its own (the median of `repeat` runs after a warm-up),
    to see where the time goes."""
    day = AS_OF
    first_monday = monday_of(day) - timedelta(weeks=WEEKS_SHOWN - 1)
    parts: dict[str, Callable[[InsightCounts], object]] = {
        "search (funnel, rates, odds, replies)": lambda c: c.search(day, day, COMPANIES_SHOWN),
        "bounce_back": lambda c: c.bounce_back(day, MONTHS_SHOWN),
        "weeks (momentum)": lambda c: c.weeks(first_monday, day),
        "past_channels": lambda c: c.past_channels(RECENT_JOBS),
        "reasons": lambda c: c.reasons(day, REASONS_SHOWN),
        "themes": lambda c: c.themes(),
    }
    for name, part in parts.items():

        def work(part: Callable[[InsightCounts], object] = part) -> None:
            with db.transaction() as session:
                part(InsightCounts(session, owner_id))

        print(f"    {name:<40} {timed(work, repeat):9.2f} ms")


def measure(db: Database, owner_id: int, repeat: int) -> tuple[float, float, float]:
    ws = Workspace(db, owner_id, FixedClock.on(AS_OF))

    def floor() -> None:
        with db.transaction() as session:
            session.scalar(
                select(func.count())
                .select_from(ApplicationRow)
                .where(ApplicationRow.owner_id == owner_id)
            )

    def whole_table() -> None:
        with db.transaction() as session:
            session.scalar(select(func.count()).select_from(ApplicationRow))

    # Interleaved: each round times the floor, the whole table and all insights one after
    # the other, so a burst of load on a shared machine falls on both sides of the ratio.
    work: list[Callable[[], object]] = [floor, whole_table, lambda: insights(ws, AS_OF)]
    for each in work:
        each()  # warm-up
    samples: list[list[float]] = [[], [], []]
    for _ in range(repeat):
        for each, found in zip(work, samples, strict=True):
            started = time.perf_counter()
            each()
            found.append((time.perf_counter() - started) * 1000)
    floor_ms, whole_ms, insights_ms = (statistics.median(found) for found in samples)
    return floor_ms, whole_ms, insights_ms


@contextmanager
def sqlite_database(keep: bool) -> Iterator[str]:
    if keep:
        folder = tempfile.mkdtemp(prefix="nextyes-bench-")
        yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


@contextmanager
def postgres_database(server: str, keep: bool) -> Iterator[str]:
    admin_url = make_url(normalise_url(server))
    name = f"nextyes_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        if not keep:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def extra_indexes(db: Database, specs: list[str]) -> None:
    for spec in specs:
        table_name, _, columns = spec.partition(":")
        table = Base.metadata.tables[table_name]
        names = columns.split(",")
        index = Index(f"bench_{table_name}_{'_'.join(names)}", *(table.c[n] for n in names))
        index.create(db.engine, checkfirst=True)
        print(f"  created index {index.name} on {table_name} ({', '.join(names)})")
    if specs:
        with db.engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()


def run(engine: str, url: str, count: int, repeat: int, options: argparse.Namespace) -> bool:
    db = Database(url)
    try:
        if options.url:
            me = db.owner_id("bench")
            with db.transaction() as session:
                count = (
                    session.scalar(
                        select(func.count())
                        .select_from(ApplicationRow)
                        .where(ApplicationRow.owner_id == me)
                    )
                    or 0
                )
            print(f"\n{engine}: {count:,} applications, filled before (--url)")
        else:
            # The tables as declared (with their indexes), as the migrations leave them.
            Base.metadata.create_all(db.engine)
            me, other = db.owner_id("bench"), db.owner_id("someone else")
            started = time.perf_counter()
            fill(db, [(me, count), (other, 1000)])
            with db.transaction() as session:
                events = session.scalar(select(func.count()).select_from(EventRow)) or 0
                rejections = session.scalar(select(func.count()).select_from(RejectionRow)) or 0
            print(
                f"\n{engine}: {count:,} applications (+1,000 of another person),"
                f" {events:,} events, {rejections:,} rejections,"
                f" written in {time.perf_counter() - started:.1f} s"
            )
            if options.keep:
                print(f"  kept: --url {db.engine.url.render_as_string(hide_password=False)}")
        extra_indexes(db, options.index)
        floor, whole, work = measure(db, me, repeat)
        if options.queries:
            print("  each query on its own:")
            per_query(db, me, repeat)
    finally:
        db.dispose()
    ratio = work / floor if floor else float("inf")
    met = ratio <= TARGET
    print(f"  floor, COUNT(*) of the person's applications: {floor:9.2f} ms")
    print(f"  (COUNT(*) of the whole table, for reference:    {whole:9.2f} ms)")
    print(f"  all insights (services.insights.insights):      {work:9.2f} ms")
    print(
        f"  ratio insights / floor: {ratio:.1f}  target <= {TARGET:g}: {'PASS' if met else 'MISS'}"
    )
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--postgres", default=os.environ.get("NEXTYES_TEST_DATABASE_URL", DEFAULT_PG)
    )
    parser.add_argument("--index", action="append", default=[], metavar="TABLE:COL,COL")
    parser.add_argument("--queries", action="store_true", help="also time each query alone")
    parser.add_argument("--keep", action="store_true", help="keep the filled database(s)")
    parser.add_argument("--url", help="measure a database kept by --keep (no refill)")
    args = parser.parse_args()
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    print(
        f"Machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()},"
        f" Python {platform.python_version()}, load average {load};"
        f" median of {args.repeat} runs after a warm-up"
    )
    results = []
    if args.url:
        engine = "PostgreSQL" if args.url.startswith("postgres") else "SQLite"
        results.append(run(engine, args.url, args.applications, args.repeat, args))
    elif args.engine in ("sqlite", "both"):
        with sqlite_database(args.keep) as url:
            results.append(run("SQLite", url, args.applications, args.repeat, args))
    if not args.url and args.engine in ("postgresql", "both"):
        try:
            with postgres_database(args.postgres, args.keep) as url:
                results.append(run("PostgreSQL", url, args.applications, args.repeat, args))
        except Exception as problem:  # no server: say so, measure what we can
            reason = str(problem).splitlines()[0]
            print(f"\nPostgreSQL: not measured ({type(problem).__name__}: {reason})")
            results.append(False)
    print(f"\n{'All targets met.' if all(results) else 'Target missed.'}")
    sys.exit(0)


if __name__ == "__main__":
    main()
