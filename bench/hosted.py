"""Benchmark (not a test): hosted mode under many job seekers, on one and on two processes.

Makes a throwaway PostgreSQL database, N seekers (default 1,000) with accounts, a session
each and a few applications each (written by the services, as sign-ups and typing would),
then starts real `nextyes serve` processes in hosted mode on 127.0.0.1 and sends them, for
a bounded time, what seekers do: Today, the pipeline, an application's page, moving an
application on, recording a "no", adding a new one. Every request carries its seeker's own
session cookie (and CSRF token for changes).

Then the same with two processes, requests shared between them; and throughout, a
cross-process freshness check: after a change made through one process, the pipeline page
read through the other must show it at once (the board is remembered per process, so a
stale memory would show the old stage).

Prints, for 1 and 2 processes side by side: requests/s, p50/p99 latency, errors (a 5xx,
an unexpected status or a dropped connection) and stale reads; and the figures against
the targets (0 errors, 0 stale reads, p99 <= 4x p50, two processes >= 1.6x one).

Usage: .venv/bin/python bench/hosted.py [--seekers 1000] [--seconds 20] [--concurrency 24]
       [--server postgresql://postgres@127.0.0.1:5432/test]
The load comes from a small keep-alive HTTP client on asyncio in this process (cheaper per
request than a full client library, so it takes less of the machine from the servers)."""

import argparse
import asyncio
import json
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
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from nextyes.clock import SystemClock
from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.stages import Stage
from nextyes.services.accounts import HASHER
from nextyes.services.applications import add_application
from nextyes.services.workspace import Workspace
from nextyes.store import accounts as account_store
from nextyes.store.account_tables import AccountRow
from nextyes.store.database import Database
from nextyes.store.engine import normalise_url
from nextyes.web.csrf import token_for

HOST = "127.0.0.1"
SECRET = "bench-secret-" + "x" * 40
PASSWORD = "bench passphrase for everyone"
APPLICATIONS_EACH = 6
TAIL_CEILING = 4.0
SCALE_FLOOR = 1.6
ROOT = Path(__file__).resolve().parent.parent
# Where a move goes next; a final round ends in a "no" (recorded as a rejection).
NEXT = {"applied": "screening", "screening": "interviewing", "interviewing": "final_round"}
API = "/api/v1/applications"
IDLE_SECONDS = 4.0  # uvicorn closes a keep-alive connection idle for 5 s
CARD = 'id="card-{id}" data-id="{id}" data-stage="([a-z_]+)"'


@dataclass
class Seeker:
    cookie: str
    csrf: str
    stages: dict[int, str]  # application id -> stage, as this seeker left it


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    fresh_checks: int = 0
    client_cpu: float = 0.0  # seconds of this process's CPU: the load's own cost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=24)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()},"
        f" Python {platform.python_version()}"
    )
    with throwaway_database(args.server) as url:
        started = time.perf_counter()
        seekers = make_seekers(url, args.seekers)
        print(
            f"set-up: {len(seekers)} seekers, {APPLICATIONS_EACH} applications each, a"
            f" session each, in {time.perf_counter() - started:.1f} s\n"
        )
        with tempfile.TemporaryDirectory() as home, serving(url, Path(home), 2) as ports:
            one = run(seekers, ports[:1], ports, args.seconds, args.concurrency)
            two = run(seekers, ports, ports, args.seconds, args.concurrency)
    report(one, two, args.seconds)


# --- set-up --------------------------------------------------------------------------------


@contextmanager
def throwaway_database(server: str) -> Iterator[str]:
    admin_url = make_url(normalise_url(server))
    name = f"nextyes_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def make_seekers(url: str, count: int) -> list[Seeker]:
    """Accounts as an invitation makes them, with one password hash shared by all (hashing
    a thousand passwords would only time Argon2), a session each and a few applications."""
    db = Database(url).prepare()
    clock = SystemClock()
    shared_hash = HASHER.hash(PASSWORD)
    now = datetime.now(UTC)
    rng = random.Random(7)
    seekers = []
    for n in range(count):
        with db.transaction() as session:
            user_id = account_store.new_user_for_account(session, now)
            session.add(
                AccountRow(
                    user_id=user_id,
                    email=f"seeker{n}@example.org",
                    password_hash=shared_hash,
                    created_at=now,
                    password_changed_at=now,
                )
            )
            cookie = account_store.add_session(session, user_id, now, timedelta(days=1), "bench")
            ws = Workspace(db, user_id, clock)
            stages = {}
            for k in range(APPLICATIONS_EACH):
                stage = rng.choice([Stage.APPLIED, Stage.APPLIED, Stage.SCREENING])
                new = NewApplication(
                    company=f"Company {n}-{k}",
                    role="Analyst",
                    stage=stage,
                    channel=Channel.REFERRAL,
                )
                made = add_application(ws, new)
                stages[made.id] = made.stage.value
        csrf = token_for(SECRET.encode(), f"session:{account_store.digest(cookie)}")
        seekers.append(Seeker(cookie, csrf, stages))
    db.dispose()
    return seekers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(url: str, home: Path, processes: int) -> Iterator[list[int]]:
    """`nextyes serve` processes in hosted mode on one database, each on its own port."""
    script = shutil.which("nextyes", path=str(Path(sys.executable).parent)) or "nextyes"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
    env.update(
        NEXTYES_MODE="hosted",
        NEXTYES_DATABASE_URL=url,
        NEXTYES_SECRET_KEY=SECRET,
        NEXTYES_HOME=str(home),
        NEXTYES_ACCESS_LOG="0",
    )
    ports = [free_port() for _ in range(processes)]
    started = [
        subprocess.Popen(
            [script, "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        for port in ports:
            wait_for(port)
        yield ports
    finally:
        for process in started:
            process.terminate()
        for process in started:
            process.wait(timeout=20)


def wait_for(port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2) as answer:
                if b'"done"' in answer.read():
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server on port {port} did not start")


# --- the load ------------------------------------------------------------------------------


class Connection:
    """One keep-alive HTTP/1.1 connection: enough of a client for our own server."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.used = 0.0

    async def request(
        self, method: str, path: str, cookie: str, csrf: str = "", data: object = None
    ) -> tuple[int, bytes]:
        if self.writer is not None and time.monotonic() - self.used > IDLE_SECONDS:
            self.close()  # the server lets an idle connection go after 5 s; as browsers do
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        body = json.dumps(data).encode() if data is not None else b""
        head = [
            f"{method} {path} HTTP/1.1",
            f"Host: {HOST}",
            f"Cookie: nextyes_session={cookie}",
            f"Content-Length: {len(body)}",
        ]
        if csrf:
            head.append(f"X-CSRF-Token: {csrf}")
        if data is not None:
            head.append("Content-Type: application/json")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        assert self.reader is not None
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("the server closed the connection")
        status = int(status_line.split()[1])
        length, closing = 0, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and "close" in value.lower():
                closing = True
        payload = await self.reader.readexactly(length) if length else b""
        self.used = time.monotonic()
        if closing:
            self.close()
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def run(
    seekers: list[Seeker], ports: list[int], all_ports: list[int], seconds: float, width: int
) -> Tally:
    return asyncio.run(_run(seekers, ports, all_ports, seconds, width))


async def _run(
    seekers: list[Seeker], ports: list[int], all_ports: list[int], seconds: float, width: int
) -> Tally:
    tally = Tally()
    cpu = time.process_time()
    stop = time.monotonic() + seconds
    busy: set[int] = set()  # seekers a worker is acting for: one request of theirs at a time

    async def worker(n: int) -> None:
        rng = random.Random(n)
        own = {port: Connection(port) for port in all_ports}
        sent = 0
        while time.monotonic() < stop:
            who = rng.randrange(len(seekers))
            if who in busy:
                continue
            busy.add(who)
            try:
                port = ports[sent % len(ports)]
                other = all_ports[(all_ports.index(port) + 1) % len(all_ports)]
                await act(seekers[who], own[port], own[other], rng, tally)
            except (ConnectionError, OSError, asyncio.IncompleteReadError) as lost:
                tally.errors.append(f"connection: {type(lost).__name__}")
                own[port].close()
            finally:
                busy.discard(who)
            sent += 1
        for connection in own.values():
            connection.close()

    await asyncio.gather(*(worker(n) for n in range(width)))
    tally.client_cpu = time.process_time() - cpu
    return tally


async def act(
    seeker: Seeker, here: Connection, there: Connection, rng: random.Random, tally: Tally
) -> None:
    """One thing a seeker does; a change is then read back through the other process."""
    roll = rng.random()
    if roll < 0.35:
        await timed(here, "GET", "/today", seeker, {200}, tally)
    elif roll < 0.60:
        await timed(here, "GET", "/pipeline", seeker, {200}, tally)
    elif roll < 0.75:
        app_id = rng.choice(list(seeker.stages))
        await timed(here, "GET", f"/applications/{app_id}", seeker, {200}, tally)
    else:
        await change(seeker, here, there, rng, tally)


async def change(
    seeker: Seeker, here: Connection, there: Connection, rng: random.Random, tally: Tally
) -> None:
    open_ones = [a for a, stage in seeker.stages.items() if stage in NEXT or stage == "final_round"]
    if not open_ones:  # everything ended in a "no": a new application
        new = {"company": f"Fresh {rng.random():.6f}", "role": "Analyst"}
        status, body = await timed(here, "POST", API, seeker, {201}, tally, data=new)
        if status == 201:
            seeker.stages[int(json.loads(body)["id"])] = "applied"
        return
    app_id = rng.choice(open_ones)
    stage = seeker.stages[app_id]
    if stage == "final_round":
        path, data, after = f"{API}/{app_id}/rejection", {"form": "explicit"}, "rejected"
    else:
        after = NEXT[stage]
        path, data = f"{API}/{app_id}/move", {"stage": after}
    status, _ = await timed(here, "POST", path, seeker, {200, 201}, tally, data=data)
    if status not in (200, 201):
        return
    seeker.stages[app_id] = after
    # Read it back through the other process at once (a page view like any other).
    _, board = await timed(there, "GET", "/pipeline", seeker, {200}, tally)
    shown = re.search(CARD.format(id=app_id).encode(), board)
    tally.fresh_checks += 1
    if shown is None or shown.group(1).decode() != after:
        seen = shown.group(1).decode() if shown else "no card"
        tally.stale.append(f"application {app_id}: {after} written, {seen} read")


async def timed(
    connection: Connection,
    method: str,
    path: str,
    seeker: Seeker,
    expected: set[int],
    tally: Tally,
    data: object = None,
) -> tuple[int, bytes]:
    began = time.perf_counter()
    csrf = seeker.csrf if method != "GET" else ""
    status, body = await connection.request(method, path, seeker.cookie, csrf, data)
    tally.latencies.append(time.perf_counter() - began)
    if status not in expected:
        tally.errors.append(f"{method} {re.sub(r'/[0-9]+', '/ID', path)}: {status}")
    return status, body


# --- the report ----------------------------------------------------------------------------


def figures(tally: Tally, seconds: float) -> tuple[float, float, float]:
    ordered = sorted(tally.latencies)
    p50 = statistics.median(ordered) * 1000 if ordered else 0.0
    p99 = ordered[int(len(ordered) * 0.99) - 1] * 1000 if ordered else 0.0
    return len(ordered) / seconds, p50, p99


def report(one: Tally, two: Tally, seconds: float) -> None:
    print(f"{'':14} {'requests/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'stale':>6}"
          f" {'checks':>7} {'load CPU':>9}")  # fmt: skip
    rows = []
    for name, tally in (("1 process", one), ("2 processes", two)):
        rps, p50, p99 = figures(tally, seconds)
        rows.append((rps, p50, p99))
        print(f"{name:14} {rps:10.0f} {p50:8.1f} {p99:8.1f} {len(tally.errors):7d}"
              f" {len(tally.stale):6d} {tally.fresh_checks:7d}"
              f" {tally.client_cpu / seconds:8.0%}")  # fmt: skip
    errors = len(one.errors) + len(two.errors)
    stale = len(one.stale) + len(two.stale)
    tail = max(p99 / p50 if p50 else 0.0 for _, p50, p99 in rows)
    scale = rows[1][0] / rows[0][0] if rows[0][0] else 0.0
    print()
    print(f"errors: {errors} (target 0)  {'PASS' if errors == 0 else 'MISS'}")
    print(f"stale reads across processes: {stale} (target 0)  {'PASS' if stale == 0 else 'MISS'}")
    print(f"p99 / p50 (worse of the two): {tail:.1f} (target <= {TAIL_CEILING:.0f})"
          f"  {'PASS' if tail <= TAIL_CEILING else 'MISS'}")  # fmt: skip
    print(f"two processes / one: {scale:.2f}x (target >= {SCALE_FLOOR})"
          f"  {'PASS' if scale >= SCALE_FLOOR else 'MISS'}")  # fmt: skip
    for problem in sorted(set(one.errors + two.errors))[:10]:
        print(f"  error: {problem}")
    for problem in (one.stale + two.stale)[:10]:
        print(f"  stale: {problem}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
