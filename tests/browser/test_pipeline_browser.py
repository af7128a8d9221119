"""The real server (`nextyes serve --demo`) in a subprocess, driven by Debian's Chromium."""

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
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    expect,
    sync_playwright,
)

from nextyes.domain.stages import Stage
from nextyes.services.demo_data import APPLICATIONS

pytestmark = pytest.mark.browser

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
STARTUP_SECONDS = 20.0
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
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"`nextyes serve` exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                if response.status == 200:
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


def visit(watched: Watched, server: Server) -> Page:
    page = watched.page
    page.goto(f"{server.base_url}/")
    page.wait_for_load_state("networkidle")
    return page


def assert_calm_network(watched: Watched, server: Server) -> None:
    assert watched.console_errors == [], f"console errors: {watched.console_errors}"
    assert watched.foreign_requests() == [], f"requests left {HOST}: {watched.foreign_requests()}"
    assert f"{server.base_url}/static/style.css" in watched.requests


def test_pipeline_on_a_desktop(open_page: Callable[[int, int], Watched], server: Server) -> None:
    watched = open_page(1280, 800)
    page = visit(watched, server)

    assert urlsplit(page.url).path == "/pipeline"
    expect(page).to_have_title("Pipeline · NextYes")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pipeline")
    for stage in Stage:
        heading = page.locator(f"h3#stage-{stage.value}")
        expect(heading).to_be_visible()
        expect(heading).to_contain_text(stage.label)
    expect(page.locator(".lede")).to_contain_text(f"{len(APPLICATIONS)} applications so far")
    lumen = page.locator("section.stage-rejected .card", has_text="Lumen Health")
    expect(lumen).to_be_visible()
    expect(lumen).to_contain_text("Senior Data Analyst")
    # The stylesheet loaded and applied under the CSP: the warm background, not white.
    background = page.evaluate("getComputedStyle(document.body.parentElement).backgroundColor")
    assert background == "rgb(251, 248, 243)"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "pipeline-desktop-1280.png", full_page=True)
    assert_calm_network(watched, server)


def test_pipeline_on_a_phone_has_no_sideways_scroll(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    watched = open_page(360, 780)
    page = visit(watched, server)

    assert urlsplit(page.url).path == "/pipeline"
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pipeline")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360, f"the page scrolls sideways at 360 px ({scroll_width} px wide)"
    lumen = page.locator("section.stage-rejected .card", has_text="Lumen Health")
    lumen.scroll_into_view_if_needed()
    expect(lumen).to_be_visible()
    box = lumen.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 360

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "pipeline-mobile-360.png", full_page=True)
    assert_calm_network(watched, server)


def test_the_browser_finds_a_favicon(
    open_page: Callable[[int, int], Watched], server: Server
) -> None:
    page = visit(open_page(1280, 800), server)
    icons = page.locator("link[rel~='icon']")
    href = icons.first.evaluate("link => link.href") if icons.count() else "/favicon.ico"
    if not href.startswith("data:"):
        response = page.request.get(urljoin(page.url, href))
        assert response.ok, f"the favicon {href} answers {response.status}"
