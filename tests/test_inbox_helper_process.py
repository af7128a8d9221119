"""A killed `nextyes inbox import` takes its parse helper with it.

The import parses one chunk ahead in a forked helper process. Before, a SIGKILL of the
import left that helper waiting for work for good (16 of 30 kills in a probe). Here a real
import of a big generated mailbox is killed mid-way again and again, and every process it had
started must be gone soon after."""

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli_runner import SCRIPT
from tests.inbox_helpers import CachedCli, mail

MESSAGES = 6_000
KILLS = 10
pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux only)"
)


@pytest.fixture(scope="module")
def big_mbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mail") / "big.mbox"
    with path.open("wb") as out:
        for n in range(MESSAGES):
            subject = "Thank you for applying" if n % 3 else "Weekly newsletter"
            body = f"Hello Sam,\n\nMessage {n} about your application at Company {n % 40}.\n"
            out.write(b"From x Mon Mar 16 08:00:00 2026\n")
            out.write(mail(subject, body, message_id=f"m{n}@example.com") + b"\n")
    return path


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent id, state, start time) of a live process, None once it is gone or a zombie."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2 :].split()  # the name may hold spaces and brackets
    if fields[0] in ("Z", "X"):  # ended, waiting only for its new parent to reap it
        return None
    return int(fields[1]), fields[0], fields[19]


def _children(parent: int) -> dict[int, str]:
    """Live children of `parent`, each with its start time (a reused id is another process)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[0] == parent:
                found[int(entry.name)] = stat[2]
    return found


def _still_running(pid: int, started: str) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[2] == started


def test_killing_an_import_ends_its_parse_helper(big_mbox: Path, tmp_path: Path) -> None:
    chance = random.Random(15)
    start = CachedCli.fresh(tmp_path)
    start.ok("add", "Company 1", "Analyst")  # the database exists before the import starts
    for round_ in range(KILLS):
        (tmp_path / f"round-{round_}").mkdir()
        cli = CachedCli.copy_of(start.home, tmp_path / f"round-{round_}")
        import_ = subprocess.Popen(
            [str(SCRIPT), "inbox", "import", "mbox", str(big_mbox)],
            env=cli.env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            helpers: dict[int, str] = {}
            while not helpers and import_.poll() is None and time.monotonic() < deadline:
                helpers = _children(import_.pid)
                time.sleep(0.02)
            assert helpers, f"round {round_}: the import ended or stalled before its helper began"
            time.sleep(chance.uniform(0.0, 1.0))  # somewhere in the middle of the work
            helpers.update(_children(import_.pid))
            assert import_.poll() is None, f"round {round_}: the import finished too soon"
        finally:
            import_.send_signal(signal.SIGKILL)
            import_.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(
            _still_running(pid, started) for pid, started in helpers.items()
        ):
            time.sleep(0.05)
        left = [pid for pid, started in helpers.items() if _still_running(pid, started)]
        for pid in left:  # don't leave them to the next test either
            os.kill(pid, signal.SIGKILL)
        assert left == [], f"round {round_}: helper processes left running: {left}"
