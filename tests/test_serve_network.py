"""`nextyes serve` in local mode keeps to this machine: NextYes has no sign-in there, so an
address other machines can reach is refused in one line unless the person says they mean
it (`--allow-network` or NEXTYES_ALLOW_NETWORK), and then it warns. Through the real
entry point."""

import subprocess
import time
import urllib.error
from pathlib import Path

import pytest

from nextyes.cli.admin import is_loopback
from tests.cli_runner import SCRIPT, Cli
from tests.test_demo_cli import HOST, STARTUP_SECONDS, free_port, get


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("10.0.0.5", False),
        ("nextyes.example.org", False),
        ("", False),
    ],
)
def test_only_loopback_addresses_count_as_this_machine(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("args", "env", "named"),
    [
        (["--host", "0.0.0.0"], {}, "--host 0.0.0.0"),
        (["--host", "192.168.1.20", "--demo"], {}, "--host 192.168.1.20"),
        ([], {"NEXTYES_HOST": "::"}, "NEXTYES_HOST=::"),
    ],
)
def test_a_reachable_address_is_refused_in_one_line_and_nothing_starts(
    tmp_path: Path, args: list[str], env: dict[str, str], named: str
) -> None:
    cli = Cli.fresh(tmp_path)
    done = cli("serve", *args, env=env)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {named} would open NextYes to other machines")
    assert "no sign-in" in lines[0]
    assert "--allow-network" in lines[0]
    assert not cli.home.exists() or list(cli.home.iterdir()) == []  # no database, no demo


def first_page(args: list[str], env: dict[str, str], log: Path, url: str) -> str:
    """Start the server (`args`), read `url` as soon as it answers, then stop it."""
    with log.open("wb") as output:
        process = subprocess.Popen(args, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, log.read_text()
            try:
                return get(url)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_allowing_the_network_starts_and_warns(tmp_path: Path, how: str) -> None:
    cli = Cli.fresh(tmp_path)
    port = free_port()
    args = [str(SCRIPT), "serve", "--host", "0.0.0.0", "--port", str(port)]
    env = cli.env()
    if how == "flag":
        args.append("--allow-network")
    else:
        env["NEXTYES_ALLOW_NETWORK"] = "1"
    log = tmp_path / "server.log"
    page = first_page(args, env, log, f"http://{HOST}:{port}/today")
    assert "Today" in page
    said = log.read_text()
    assert "note: 0.0.0.0 is reachable from other machines and NextYes has no sign-in" in said
