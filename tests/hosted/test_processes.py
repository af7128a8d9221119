"""More than one app process on one PostgreSQL database: nothing kept in a process's memory
goes stale (a change made through one is seen at once through another, remembered pages
included), sessions live in the database, and the daily silence sweep runs once a day
across all of them. Two apps in one test process have separate memories, engines and
memos, as two processes do; the last test starts two real `nextyes serve` processes."""

import re
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx2 as httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.store.daily import once_a_day
from nextyes.store.database import Database
from nextyes.web.app import create_app
from nextyes.web.identity import SESSION_COOKIE
from tests.cli_runner import SCRIPT
from tests.conftest import TODAY
from tests.hosted.conftest import BASE_URL, PASSWORD, TOKEN_FIELD, signed_up
from tests.hosted.test_hosted_cli import hosted_env
from tests.test_demo_cli import HOST, STARTUP_SECONDS, free_port


@pytest.fixture
def second_app(hosted_settings: Settings, hosted_clock: FixedClock) -> Iterator[FastAPI]:
    app = create_app(hosted_settings, clock=hosted_clock)
    yield app
    app.state.workspace.db.dispose()


def test_a_change_through_one_process_is_seen_at_once_through_another(
    hosted_app: FastAPI, second_app: FastAPI
) -> None:
    one = signed_up(hosted_app, hosted_app.state.accounts, "uma@example.org")
    two = TestClient(second_app, base_url=BASE_URL, follow_redirects=False)
    two.cookies.set(SESSION_COOKIE, one.cookies[SESSION_COOKIE])  # the same browser
    assert "Harbour Labs" not in two.get("/pipeline").text  # drawn, and remembered, in two
    token = TOKEN_FIELD.search(one.get("/pipeline").text)
    assert token
    added = one.post(
        "/applications",
        data={"csrf_token": token.group(1), "company": "Harbour Labs", "role": "Analyst"},
    )
    assert added.status_code == 303, added.text
    assert "Harbour Labs" in two.get("/pipeline").text
    assert two.get("/api/v1/applications").json()["items"][0]["company"] == "Harbour Labs"
    # Signing out through one ends the session in the other too.
    token = TOKEN_FIELD.search(one.get("/today").text)
    assert token
    one.post("/signout", data={"csrf_token": token.group(1)})
    assert two.get("/today").status_code == 303


def test_the_daily_task_runs_once_a_day_across_processes(hosted_url: str) -> None:
    databases = [Database(hosted_url).prepare() for _ in range(4)]
    ran: list[int] = []
    start = threading.Barrier(len(databases))

    def work(n: int) -> None:
        ran.append(n)
        time.sleep(0.3)  # long enough for the others to look while it runs

    def process(n: int, day: date) -> None:
        start.wait()
        once_a_day(databases[n], "silence_sweep", day, FixedClock.on(day).now(), lambda: work(n))

    for day in (TODAY, TODAY):
        threads = [threading.Thread(target=process, args=(n, day)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(ran) == 1, ran  # four processes, twice on the same day: once
    tomorrow = date.fromordinal(TODAY.toordinal() + 1)
    assert once_a_day(
        databases[0], "silence_sweep", tomorrow, FixedClock.on(tomorrow).now(), lambda: work(9)
    )
    assert ran[-1] == 9
    for database in databases:
        database.dispose()


def test_a_failed_daily_run_is_tried_again(hosted_url: str) -> None:
    database = Database(hosted_url).prepare()

    def fails() -> None:
        raise RuntimeError("the sweep broke")

    with pytest.raises(RuntimeError):
        once_a_day(database, "silence_sweep", TODAY, FixedClock.on(TODAY).now(), fails)
    assert once_a_day(database, "silence_sweep", TODAY, FixedClock.on(TODAY).now(), lambda: None)
    database.dispose()


def start(env: dict[str, str], port: int, log: Path, *more: str) -> subprocess.Popen[bytes]:
    with log.open("wb") as output:
        return subprocess.Popen(
            [str(SCRIPT), "serve", "--port", str(port), *more],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def answering(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        assert process.poll() is None, log.read_text()
        try:
            if httpx.get(f"{url}/healthz", timeout=5).json()["first_sweep"] == "done":
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)


def test_two_real_processes_serve_one_database(tmp_path: Path, hosted_url: str) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
    env.update(hosted_env(hosted_url), NEXTYES_HOME=str(tmp_path))
    invited = subprocess.run(
        [str(SCRIPT), "admin", "invite", "vic@example.org"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    link = re.search(r"/signup/[A-Za-z0-9_-]+", invited.stdout)
    assert link
    ports = [free_port(), free_port()]
    logs = [tmp_path / "one.log", tmp_path / "two.log"]
    processes = [start(env, port, log) for port, log in zip(ports, logs, strict=True)]
    try:
        urls = [f"http://{HOST}:{port}" for port in ports]
        for url, process, log in zip(urls, processes, logs, strict=True):
            answering(url, process, log)
        with httpx.Client(base_url=urls[0], timeout=30) as one:
            page = one.get(link.group(0))
            token = TOKEN_FIELD.search(page.text)
            assert token
            # Secure cookies over plain http: a client keeps them only if told to.
            one.cookies.set("nextyes_visitor", page.cookies["nextyes_visitor"])
            made = one.post(
                link.group(0),
                data={"csrf_token": token.group(1), "password": PASSWORD, "repeat": PASSWORD},
            )
            assert made.status_code == 303, made.text
            session = made.cookies[SESSION_COOKIE]
        with httpx.Client(base_url=urls[1], timeout=30) as two:
            two.cookies.set(SESSION_COOKIE, session)
            today = two.get("/today")
            assert today.status_code == 200  # signed in through one, known to two
            assert "Sign out" in today.text
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def test_workers_need_a_database_server(tmp_path: Path) -> None:
    from tests.cli_runner import Cli, assert_one_line_error

    done = Cli.fresh(tmp_path)("serve", "--workers", "2")
    assert_one_line_error(done, "--workers above 1 needs a database server")


def test_serve_with_two_workers_answers(tmp_path: Path, hosted_url: str) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
    env.update(hosted_env(hosted_url), NEXTYES_HOME=str(tmp_path))
    port = free_port()
    log = tmp_path / "workers.log"
    process = start(env, port, log, "--workers", "2")
    try:
        answering(f"http://{HOST}:{port}", process, log)
        page = httpx.get(f"http://{HOST}:{port}/signin", timeout=30)
        assert page.status_code == 200
        assert "<h1>Sign in</h1>" in page.text
    finally:
        process.terminate()
        process.wait(timeout=20)
