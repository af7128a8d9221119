"""Browser fixtures: the real server (`nextyes serve --demo`) in a subprocess, one per test
module, driven by Debian's Chromium through Playwright. Journeys import the helpers below."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    sync_playwright,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_MISSING = (
    "Chromium not found at /usr/bin/chromium: install Debian's chromium package"
    " (apt-get install chromium); the test command does this when run as root"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOST = "127.0.0.1"
# Generous: `serve --demo` builds the whole demo before it answers, and on a loaded machine
# (two browsers and two servers per core) that alone can take well over 20 s.
STARTUP_SECONDS = 60.0
REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "test-output" / "screenshots"


@dataclass
class Server:
    base_url: str
    log: Path


@dataclass
class Watched:
    """A page with everything it logged and asked for."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests if urlsplit(url).hostname != HOST]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Until the server answers and its startup sweep has run: the sweep starts follow-ups
    for the demo's quiet applications, and a journey must not race it."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"`nextyes serve` exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                if json.load(response).get("first_sweep") == "done":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    pytest.fail(
        f"`nextyes serve` did not answer within {STARTUP_SECONDS:.0f} s:\n{log.read_text()}"
    )


@pytest.fixture(scope="module")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(CHROMIUM_MISSING)
    return CHROMIUM


@pytest.fixture(scope="module")
def server(chromium_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    home = tmp_path_factory.mktemp("nextyes-home")
    log = home / "server.log"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEXTYES_DATABASE_URL"}
    env["NEXTYES_HOME"] = str(home)
    command: list[str | Path] = [
        Path(sys.executable).parent / "nextyes",
        "serve",
        "--demo",
        "--port",
        str(port),
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        url = f"http://{HOST}:{port}"
        wait_until_healthy(url, process, log)
        yield Server(url, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(chromium_path: Path) -> Iterator[Browser]:
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[[int, int], Watched]]:
    """Opens pages at a given viewport size, recording console errors and every request."""
    contexts: list[BrowserContext] = []

    def open_(width: int, height: int) -> Watched:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        watched = Watched(page)

        def on_console(message: ConsoleMessage) -> None:
            if message.type != "error":
                return
            source = message.location.get("url", "")
            watched.console_errors.append(f"{message.text} ({source})")

        def on_request(request: Request) -> None:
            watched.requests.append(request.url)

        page.on("console", on_console)
        page.on("pageerror", lambda error: watched.console_errors.append(str(error)))
        page.on("request", on_request)
        return watched

    yield open_
    for context in contexts:
        context.close()


def visit(watched: Watched, server: Server, path: str = "/") -> Page:
    page = watched.page
    page.goto(f"{server.base_url}{path}")
    page.wait_for_load_state("networkidle")
    return page


def assert_calm_network(watched: Watched, server: Server) -> None:
    assert watched.console_errors == [], f"console errors: {watched.console_errors}"
    assert watched.foreign_requests() == [], f"requests left {HOST}: {watched.foreign_requests()}"
    assert f"{server.base_url}/static/style.css" in watched.requests


def screenshot(page: Page, name: str, full_page: bool = True) -> Path:
    """Saves a screenshot (the full page unless told otherwise) into test-output/screenshots/
    and returns its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=full_page)
    return path
