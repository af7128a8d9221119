"""Benchmark (not a test): do the pages cost the same at 10,000 applications?

Fills a fresh SQLite database with a long search (applications across every stage, their
events, rejections and recovery plans, all written by the services), starts the real server
(`nextyes serve`) on a free port, and measures requests/second and p50/p99 latency for
Today, Pipeline and an application page next to the trivial /healthz route of the same
server, in the same run. Figures are printed as ratios against /healthz:

    page rps / healthz rps  >= 0.25   (PASS/MISS)
    page p99 / page p50     <= 4      (PASS/MISS)

Usage: .venv/bin/python bench/web.py [--applications 10000] [--seconds 10] [--concurrency 8]
The load comes from `wrk` when it is installed, otherwise from a threaded http.client loop
in a second process; the report says which."""

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from nextyes.config import Settings
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.events import EventSource
from nextyes.domain.history import NewPastJob
from nextyes.domain.recovery import StepStatus
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.history import add_past_job
from nextyes.services.sweep import sweep
from nextyes.services.workspace import Workspace
from nextyes.store.tables import ApplicationRow, RejectionRow, StepRow

RPS_FLOOR = 0.25  # a page serves at least this share of the trivial route's requests/second
TAIL_CEILING = 4.0  # a page's p99 stays within this many times its p50
ROOT = Path(__file__).resolve().parent.parent

# How a search of many applications tends to end up: (weight, stages after the first).
# Most get no answer or a "no" at the application stage; a few get far.
PATHS: list[tuple[int, list[Stage]]] = [
    (8, []),  # saved, never sent
    (12, [Stage.APPLIED]),
    (25, [Stage.APPLIED, Stage.REJECTED]),
    (22, [Stage.APPLIED, Stage.GHOSTED]),
    (10, [Stage.APPLIED, Stage.SCREENING, Stage.REJECTED]),
    (3, [Stage.APPLIED, Stage.SCREENING]),
    (3, [Stage.APPLIED, Stage.SCREENING, Stage.GHOSTED]),
    (7, [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.REJECTED]),
    (2, [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]),
    (3, [Stage.APPLIED, Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.REJECTED]),
    (1, [Stage.APPLIED, Stage.INTERVIEWING, Stage.FINAL_ROUND]),
    (3, [Stage.APPLIED, Stage.WITHDRAWN]),
    (2, [Stage.APPLIED, Stage.CLOSED]),
    (1, [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.OFFER]),
]
COMPANIES = [
    "Northwind", "Globex", "Initech", "Umbrella Labs", "Stark Studio", "Wayne Health",
    "Hooli", "Pied Piper", "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne",
    "Aperture Works", "Black Mesa", "Oscorp", "Gringotts Bank", "Monarch Air", "Wonka Treats",
]  # fmt: skip
ROLES = [
    "Data Analyst", "Product Designer", "Backend Engineer", "Support Lead", "Project Manager",
    "Research Assistant", "Marketing Coordinator", "QA Engineer", "Content Writer",
]  # fmt: skip


@dataclass(frozen=True)
class Route:
    name: str
    path: str
    kind: str  # "trivial" or "page"


@dataclass(frozen=True)
class Figures:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


# --- the search ---------------------------------------------------------------------------


def fill(ws: Workspace, count: int, seed: int = 7) -> None:
    """Write `count` applications through the services, spread over the last 18 months."""
    rng = random.Random(seed)
    today = ws.clock.today()
    weights = [w for w, _ in PATHS]
    with ws.db.transaction():
        for number, channel in enumerate(("referral", "job_board", "recruiter")):
            add_past_job(
                ws,
                NewPastJob(
                    company=COMPANIES[number],
                    role=ROLES[number],
                    channel=Channel(channel),
                    started_on=today - timedelta(days=2000 - 500 * number),
                ),
            )
        for index in range(count):
            _, path = rng.choices(PATHS, weights)[0]
            day = today - timedelta(days=rng.randrange(0, 540))
            first = Stage.SAVED if not path or rng.random() < 0.3 else Stage.APPLIED
            rest = path[1:] if first is Stage.APPLIED and path else path
            application = add_application(
                ws,
                NewApplication(
                    company=f"{rng.choice(COMPANIES)} {index % 97}",
                    role=rng.choice(ROLES),
                    channel=rng.choice(list(Channel)),
                    stage=first,
                    on=day,
                    excitement=rng.choice([1, 2, 3, 3, 3, 4, 4, 5]),
                ),
                EventSource.TYPED,
            )
            for stage in rest:
                step = rng.randrange(2, 20)
                if (today - day).days < step:
                    break  # the rest of this story has not happened yet
                day += timedelta(days=step)
                if stage in (Stage.REJECTED, Stage.GHOSTED):
                    form = (
                        RejectionForm.EXPLICIT if stage is Stage.REJECTED else RejectionForm.SILENCE
                    )
                    record_rejection(ws, application.id, form, day)
                else:
                    move_application(ws, application.id, stage, day)
            if index % 1000 == 999:
                print(f"  {index + 1:,} applications written", flush=True)
        _work_through_old_plans(ws, today)


def _work_through_old_plans(ws: Workspace, today: date) -> None:
    """A person works through most of a plan: steps due more than two weeks ago are done,
    except one in ten, which stays open (overdue), as real lists do."""
    with ws.db.transaction() as session:
        session.execute(
            update(StepRow)
            .where(
                StepRow.owner_id == ws.owner_id,
                StepRow.due_on < today - timedelta(days=14),
                StepRow.id % 10 != 0,
            )
            .values(status=StepStatus.DONE.value, resolved_on=StepRow.due_on)
        )


def newest_rejected(ws: Workspace) -> int:
    """The application with the latest "no": its plan is open, its page shows the most."""
    with ws.db.transaction() as session:
        found = session.scalar(
            select(RejectionRow.application_id)
            .where(RejectionRow.owner_id == ws.owner_id)
            .order_by(RejectionRow.rejected_on.desc(), RejectionRow.id.desc())
            .limit(1)
        )
    if found is None:
        raise SystemExit("the search has no rejection to show a plan for")
    return found


def count_applications(ws: Workspace) -> int:
    with ws.db.transaction() as session:
        return (
            session.scalar(select(func.count()).where(ApplicationRow.owner_id == ws.owner_id)) or 0
        )


def describe(ws: Workspace) -> str:
    with ws.db.transaction() as session:
        stages = session.execute(
            select(ApplicationRow.stage, func.count())
            .where(ApplicationRow.owner_id == ws.owner_id)
            .group_by(ApplicationRow.stage)
        ).all()
        steps = session.execute(
            select(StepRow.status, func.count())
            .where(StepRow.owner_id == ws.owner_id)
            .group_by(StepRow.status)
        ).all()
        rejections = session.scalar(
            select(func.count()).where(RejectionRow.owner_id == ws.owner_id)
        )
    by_stage = ", ".join(f"{stage} {n:,}" for stage, n in sorted(stages, key=lambda s: -s[1]))
    by_status = ", ".join(f"{status} {n:,}" for status, n in steps)
    return f"stages: {by_stage}\n  rejections: {rejections:,}; plan steps: {by_status}"


# --- the server ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(home: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEXTYES_HOME": str(home)}
    env.pop("NEXTYES_DATABASE_URL", None)
    nextyes = Path(sys.executable).with_name("nextyes")
    return subprocess.Popen(
        [str(nextyes), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until_up(port: int, server: subprocess.Popen[bytes], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(
                f"the server stopped: {server.stderr.read().decode() if server.stderr else ''}"
            )
        try:
            if get(port, "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not answer /healthz in time")


# --- load ---------------------------------------------------------------------------------


def measure_with_wrk(port: int, path: str, seconds: int, concurrency: int) -> Figures:
    wrk = shutil.which("wrk")
    assert wrk is not None
    result = subprocess.run(
        [wrk, "-t2", f"-c{concurrency}", f"-d{seconds}s", "--latency", "--timeout", "30s",
         f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: .*", out)
    return Figures(
        rps=rps,
        p50_ms=_wrk_ms(out, "50%"),
        p99_ms=_wrk_ms(out, "99%"),
        requests=requests,
        errors=(int(errors.group(1)) if errors else 0) + (1 if socket_errors else 0),
    )


def _wrk_ms(out: str, percentile: str) -> float:
    found = re.search(rf"^\s+{percentile}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    assert found, out
    value, unit = float(found.group(1)), found.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def _client_loop(
    port: int,
    path: str,
    seconds: float,
    threads: int,
    out: "multiprocessing.Queue[tuple[list[float], int]]",
) -> None:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def work() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        bad = 0
        while time.monotonic() < stop:
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            bad += response.status != 200
        connection.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    out.put((latencies, errors))


def measure_with_threads(port: int, path: str, seconds: int, concurrency: int) -> Figures:
    queue: multiprocessing.Queue[tuple[list[float], int]] = multiprocessing.Queue()
    started = time.perf_counter()
    client = multiprocessing.Process(
        target=_client_loop, args=(port, path, seconds, concurrency, queue)
    )
    client.start()
    latencies, errors = queue.get()
    client.join()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return Figures(len(latencies) / elapsed, cuts[49], cuts[98], len(latencies), errors)


# --- the run ------------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        model = found.group(1).strip() if found else model
    return (
        f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {model};"
        f" Python {platform.python_version()} on {platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--home", type=Path, help="measure a database filled by an earlier --keep run instead"
    )
    args = parser.parse_args()

    print(f"Machine: {machine()}")
    home = args.home or Path(tempfile.mkdtemp(prefix="nextyes-bench-"))
    settings = Settings(home=home, database_url=None)
    ws = Workspace.open(settings)
    if args.home is None:
        started = time.perf_counter()
        print(f"Writing {args.applications:,} applications through the services into {home} ...")
        fill(ws, args.applications)
        print(f"  done in {time.perf_counter() - started:.1f} s")
    else:
        args.keep = True
        args.applications = count_applications(ws)
        print(f"Reusing {home} ({args.applications:,} applications)")
    application_id = newest_rejected(ws)
    started = time.perf_counter()
    swept = sweep(ws, None, settings.reply_windows())
    print(
        f"First silence sweep: {len(swept.quiet):,} follow-ups, {len(swept.ghosted):,} ghosted,"
        f" {time.perf_counter() - started:.2f} s"
    )
    started = time.perf_counter()
    sweep(ws, None, settings.reply_windows())
    again = time.perf_counter() - started
    print(f"Second sweep the same day (what the server runs at startup): {again:.2f} s")
    print(f"  {describe(ws)}")
    ws.db.dispose()

    routes = [
        Route("healthz (trivial)", "/healthz", "trivial"),
        Route("Today", "/today", "page"),
        Route("Pipeline", "/pipeline", "page"),
        Route(f"Application {application_id}", f"/applications/{application_id}", "page"),
        # The JSON API calls the same services as the pages: the cost of the data alone.
        Route("API today", "/api/v1/today", "page"),
        Route("API plan", f"/api/v1/applications/{application_id}/plan", "page"),
        Route("API application", f"/api/v1/applications/{application_id}", "page"),
    ]
    port = free_port()
    server = start_server(home, port)
    try:
        wait_until_up(port, server)
        # The startup sweep runs in the server's own thread; let it finish before measuring.
        time.sleep(max(2.0, again * 3))
        notes = []
        for route in routes:
            status, body = get(port, route.path)
            if status != 200:
                notes.append(f"{route.path} answered {status}: measured anyway")
            elif b"This page is being built." in body:
                notes.append(f"{route.path} looks like a stub page: measured anyway")
            for _ in range(20):  # warm up: templates compiled, connections pooled
                get(port, route.path)
        use_wrk = shutil.which("wrk") is not None
        measure = measure_with_wrk if use_wrk else measure_with_threads
        load = (
            f"wrk, 2 threads, {args.concurrency} connections"
            if use_wrk
            else f"threaded http.client loop in a second process, {args.concurrency} threads"
        )
        print(f"Load: {load}, {args.seconds} s per route, server: one `nextyes serve` process")
        results = {
            route: measure(port, route.path, args.seconds, args.concurrency) for route in routes
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    report(routes, results, args.applications, notes)


def report(
    routes: list[Route], results: dict[Route, Figures], count: int, notes: list[str]
) -> None:
    trivial = next(results[r] for r in routes if r.kind == "trivial")
    print(f"\nAt {count:,} applications (ratios against /healthz measured in the same run):\n")
    header = (
        f"{'route':<22}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'non-200':>9}"
        f"{'rps ratio':>11}{'p99/p50':>9}  targets"
    )
    print(header)
    print("-" * len(header))
    missed = 0
    for route in routes:
        f = results[route]
        ratio = f.rps / trivial.rps if trivial.rps else 0.0
        tail = f.p99_ms / f.p50_ms if f.p50_ms else float("inf")
        verdict = ""
        if route.kind == "page":
            rps_ok, tail_ok = ratio >= RPS_FLOOR, tail <= TAIL_CEILING
            missed += (not rps_ok) + (not tail_ok)
            verdict = (
                f"rps {'PASS' if rps_ok else 'MISS'} (>= {RPS_FLOOR}),"
                f" tail {'PASS' if tail_ok else 'MISS'} (<= {TAIL_CEILING:g})"
            )
        print(
            f"{route.name:<22}{f.rps:>9.1f}{f.p50_ms:>9.2f}{f.p99_ms:>9.2f}{f.errors:>9}"
            f"{ratio:>11.2f}{tail:>9.2f}  {verdict}"
        )
    for note in notes:
        print(f"Note: {note}")
    print(f"\n{'All targets met.' if not missed else f'{missed} target(s) missed.'}")
    print(json.dumps({r.path: vars(results[r]) for r in routes}))


if __name__ == "__main__":
    main()
