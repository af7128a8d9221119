"""`nextyes serve --demo` through the real entry point: a server process on the demo's own
database, which never opens the person's database (nor creates it), and says so in one
line when it cannot start. `nextyes demo` itself is tested in tests/test_cli.py."""

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli_runner import DB_FILE, SCRIPT, Cli

HOST = "127.0.0.1"
STARTUP_SECONDS = 60.0
BANNER = "Demo — your own data is untouched."


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        text: str = response.read().decode()
        return text


@contextmanager
def serving_demo(cli: Cli) -> Iterator[str]:
    """`nextyes serve --demo` on a free port until the block ends; yields its address."""
    port = free_port()
    log = cli.home.parent / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(SCRIPT), "serve", "--demo", "--port", str(port)],
            env=cli.env(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"`nextyes serve --demo` exited:\n{log.read_text()}")
            try:
                if json.loads(get(f"{url}/healthz"))["first_sweep"] == "done":
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"`nextyes serve --demo` did not answer:\n{log.read_text()}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
    said = log.read_text()
    assert "your own data is untouched" in said
    assert str(cli.home / "demo") in said


def test_serve_demo_never_creates_the_persons_database(tmp_path: Path) -> None:
    cli = Cli.fresh(tmp_path)
    with serving_demo(cli) as url:
        today = get(f"{url}/today")
        assert BANNER in today
        assert "Lumen Health" in today
        assert "Kestrel Games" in get(f"{url}/pipeline")
    assert not (cli.home / DB_FILE).exists()
    assert (cli.home / "demo" / DB_FILE).exists()


def test_serve_demo_leaves_the_persons_own_data_as_it_was(
    prepared_cli_home: Path, tmp_path: Path
) -> None:
    cli = Cli.copy_of(prepared_cli_home, tmp_path)
    cli.ok("add", "My Real Co", "Data Analyst", "--channel", "referral")
    cli.ok("checkin", "2", "--note", "my own private note")
    before = cli.snapshot()
    with serving_demo(cli) as url:
        pipeline = get(f"{url}/pipeline")
        assert "Kestrel Games" in pipeline
        assert "My Real Co" not in pipeline  # theirs is not in the demo either
        assert "my own private note" not in get(f"{url}/checkin")
    assert cli.snapshot() == before


def test_serve_on_a_port_in_use_says_so_in_one_line_and_builds_nothing(tmp_path: Path) -> None:
    cli = Cli.fresh(tmp_path)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = cli("serve", "--demo", "--port", str(port))
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"error: http://{HOST}:{port}/ is already in use: is NextYes running there already?"
        " Open it, or choose another --port"
    ]
    assert done.stdout == ""
    assert list(cli.home.iterdir()) == []  # the demo was not rebuilt under a running one
