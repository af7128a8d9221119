"""Measurement (not a test): is anything lost, doubled or left behind when writers are killed?

Runs rounds of writers against one SQLite home (a temporary NEXTYES_HOME) and kills them
with SIGKILL at random moments:

- CLI commands through the installed `nextyes` script (add, move, reject, checkin, write,
  step done), each carrying a unique marker so it can be found afterwards;
- an inbox import of a generated mbox (more than one chunk, so the parse helper is forked);
- API writes (add, move, check-in, writing) against a running `nextyes serve` on a free port
  bound to 127.0.0.1, each with its own Idempotency-Key and the CSRF token; every
  `--server-kill-every` rounds the server itself is killed mid-round and started again.

After each round, with every writer ended:

- `PRAGMA integrity_check` says ok;
- every acknowledged write (exit 0 / 2xx received before the kill) is in the database;
- no marker, mail ledger key or rejection is there twice, and running the round's import
  again (to the end: it resumes a killed one) adds nothing when the import had finished;
- that re-run, the next command, exits 0, and the server answers the API again;
- no process of this home is left (the children of killed processes: their parent is gone).

It also counts every "database is locked" / "database is busy" on any stderr (CLI writers,
the server) or 5xx body while CLI and server write at once. It prints the counts with MISS
next to any that is not zero, and always exits 0: it is a measurement.

Usage: .venv/bin/python bench/crash.py [--kills 1000] [--minutes 10] [--writers 8]
    [--relaunch 4] [--mail 520] [--server-kill-every 4] [--seed 15] [--keep]"""

import argparse
import http.client
import json
import mailbox
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import select

from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.workspace import Workspace
from nextyes.store.tables import StepRow
from web import free_port, machine

LOCKED = re.compile(r"database is (locked|busy)", re.I)
NEXTYES = Path(sys.executable).with_name("nextyes")
CLI_KINDS = ("add", "move", "reject", "checkin", "write", "step")
API_KINDS = ("add", "move", "checkin", "write")
FIRST_GUESS = {"cli": 4.0, "import": 8.0}  # seconds a writer takes, until measured


@dataclass
class Writer:
    """One CLI process of a round: what it writes, how to find it, and how it ended."""

    kind: str
    marker: str
    args: list[str]
    stdin: str = ""
    target: int | None = None
    process: subprocess.Popen[bytes] | None = None
    kill_at: float = 0.0
    started: float = 0.0
    killed: bool = False
    returncode: int | None = None
    stderr_path: Path | None = None


@dataclass
class ApiWrite:
    kind: str
    marker: str
    target: int | None
    status: int | None  # None: no answer (the server was killed, or the connection broke)


@dataclass
class Counts:
    rounds: int = 0
    kills: int = 0
    cli_kills: int = 0
    import_kills: int = 0
    server_kills: int = 0
    acknowledged: int = 0
    acknowledged_cli: int = 0
    acknowledged_api: int = 0
    acknowledged_imports: int = 0
    integrity_failures: int = 0
    lost: int = 0
    duplicates: int = 0
    locked: int = 0
    helpers_left: int = 0
    next_command_failed: int = 0
    refused: int = 0  # a writer that ended by itself with an error (not a kill): named below
    notes: list[str] = field(default_factory=list)
    doubled: set[str] = field(default_factory=set)
    phases: str = ""

    def note(self, text: str) -> None:
        if len(self.notes) < 40:
            self.notes.append(text)


# --- the home and its server ----------------------------------------------------------------


def environment(home: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEXTYES_")}
    env.update(NEXTYES_HOME=str(home), NEXTYES_CACHE_DIR=str(cache), COLUMNS="120")
    env.update(PYTHONIOENCODING="utf-8")
    return env


class Server:
    """`nextyes serve` on a free port; its stderr goes to a file per life, scanned for
    "database is locked" when it ends."""

    def __init__(self, env: dict[str, str], folder: Path) -> None:
        self.env, self.folder, self.lives = env, folder, 0
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.token = ""

    def start(self) -> None:
        self.lives += 1
        self.port = free_port()
        self.log = self.folder / f"server-{self.lives}.stderr"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(NEXTYES), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped: {self.log.read_text()[-2000:]}")
            try:
                status, body = request(self.port, "GET", "/api/v1/csrf-token")
                if status == 200:
                    self.token = json.loads(body)["csrf_token"]
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.2)
        raise SystemExit("the server did not answer in time")

    def kill(self) -> bool:
        if self.process is None or self.process.poll() is not None:
            return False
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        return True

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def locked_in_log(self) -> int:
        return len(LOCKED.findall(self.log.read_text(errors="replace")))


def request(
    port: int, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        data = json.dumps(body).encode() if body is not None else None
        sent = {"Content-Type": "application/json", **(headers or {})} if data else headers or {}
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


# --- what each round writes ----------------------------------------------------------------


@dataclass
class Targets:
    applied: list[int]  # applications to move
    interviewing: list[int]  # applications to reject
    steps: list[int]  # open plan steps to tick off


def seed(settings: Settings, round_no: int, moves: int, rejects: int, steps: int) -> Targets:
    """Fresh targets for this round, written through the services while nothing else writes
    from this process (the server may be writing: the busy timeout makes us wait)."""
    ws = Workspace.open(settings)
    try:
        with ws.db.transaction() as session:
            applied = [
                add_application(ws, NewApplication(f"Moveco {round_no}-{n}", "Analyst")).id
                for n in range(moves)
            ]
            interviewing = []
            for n in range(rejects):
                added = add_application(ws, NewApplication(f"Rejectco {round_no}-{n}", "Lead"))
                move_application(ws, added.id, Stage.INTERVIEWING)
                interviewing.append(added.id)
            open_steps: list[int] = []
            n = 0
            while len(open_steps) < steps:
                added = add_application(ws, NewApplication(f"Planco {round_no}-{n}", "Analyst"))
                record_rejection(ws, added.id, RejectionForm.EXPLICIT)
                open_steps.extend(
                    session.scalars(
                        select(StepRow.id).where(
                            StepRow.application_id == added.id, StepRow.status == "open"
                        )
                    )
                )
                n += 1
        return Targets(applied, interviewing, open_steps[:steps])
    finally:
        ws.db.dispose()


def mbox_for(folder: Path, round_no: int, count: int) -> tuple[Path, list[str]]:
    """`count` messages with ids unique to the round: mostly mail that is not about the
    search, some replies and invitations from the round's companies."""
    path = folder / f"round-{round_no}.mbox"
    box = mailbox.mbox(path)
    ids = []
    sent = format_datetime(datetime.now(UTC).replace(hour=8, minute=0, second=0))
    try:
        box.lock()
        for n in range(count):
            message = EmailMessage()
            kind = n % 5
            if kind == 0:
                message["From"] = f"talent@rejectco{round_no}.example.com"
                message["Subject"] = f"Your application for Lead, reference {n}"
                message.set_content("Thank you for applying. We have received your application.")
            elif kind == 1:
                message["From"] = f"jobs@moveco{round_no}.example.com"
                message["Subject"] = f"Interview invitation: Analyst ({n})"
                message.set_content("We would like to invite you to an interview next week.")
            else:
                message["From"] = "news@letters.example.org"
                message["Subject"] = f"This week's reading, issue {n}"
                message.set_content("Ten articles about gardening, cooking and travel.")
            message["To"] = "sam@example.org"
            message["Date"] = sent
            message_id = f"crash-{round_no}-{n}@bench.example"
            message["Message-ID"] = f"<{message_id}>"
            ids.append(f"mid:{message_id}")
            box.add(message)
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path, ids


def writers_for(round_no: int, count: int, targets: Targets) -> list[Writer]:
    applied, interviewing, steps = (
        list(targets.applied),
        list(targets.interviewing),
        list(targets.steps),
    )
    found = []
    for n in range(count):
        kind = CLI_KINDS[n % len(CLI_KINDS)]
        marker = f"crash-r{round_no}-w{n}-{kind}"
        if kind == "add":
            words = ["add", f"Addco {marker}", "Analyst", "--notes", marker, "--anyway"]
            writer = Writer(kind, marker, words)
        elif kind == "move":
            target = applied.pop()
            writer = Writer(kind, marker, ["move", str(target), "screening", "--note", marker])
            writer.target = target
        elif kind == "reject":
            target = interviewing.pop()
            writer = Writer(kind, marker, ["reject", str(target), "--reason", marker])
            writer.target = target
        elif kind == "checkin":
            writer = Writer(kind, marker, ["checkin", "3", "--note", marker])
        elif kind == "write":
            writer = Writer(kind, marker, ["write"], stdin=f"Today I wrote {marker}.\n")
        else:
            target = steps.pop()
            writer = Writer(kind, marker, ["step", "done", str(target), "--note", marker])
            writer.target = target
        found.append(writer)
    return found


def needed(count: int, kind: str) -> int:
    return sum(1 for n in range(count) if CLI_KINDS[n % len(CLI_KINDS)] == kind)


# --- the API writer ------------------------------------------------------------------------


def api_writes(
    server: Server, round_no: int, targets: list[int], stop: threading.Event
) -> tuple[list[ApiWrite], int, list[str]]:
    """API writes one after another until `stop`; each answer, the locked count, and the
    first lines of any 5xx."""
    done: list[ApiWrite] = []
    locked = 0
    problems: list[str] = []
    headers = {"X-CSRF-Token": server.token}
    n = 0
    while not stop.is_set():
        kind = API_KINDS[n % len(API_KINDS)]
        marker = f"crash-r{round_no}-api{n}-{kind}"
        target = None
        if kind == "add":
            path, body = (
                "/api/v1/applications",
                {
                    "company": f"Apico {marker}",
                    "role": "Analyst",
                    "notes": marker,
                    "allow_duplicate": True,
                },
            )
        elif kind == "move" and targets:
            target = targets.pop()
            path, body = (
                f"/api/v1/applications/{target}/move",
                {
                    "stage": "screening",
                    "note": marker,
                },
            )
        elif kind == "checkin":
            path, body = "/api/v1/checkins", {"mood": 4, "note": marker}
        else:
            kind = "write"
            path, body = "/api/v1/writing", {"text": f"Written through the API: {marker}."}
        n += 1
        key = {**headers, "Idempotency-Key": marker}
        try:
            status, answer = request(server.port, "POST", path, body, key)
        except (OSError, http.client.HTTPException):
            done.append(ApiWrite(kind, marker, target, None))
            time.sleep(0.2)  # the server is down; the round's end starts it again
            continue
        done.append(ApiWrite(kind, marker, target, status))
        time.sleep(0.05)  # a busy person's pace, leaving the CPU to the CLI writers too
        if status >= 500:
            text = answer.decode(errors="replace")
            locked += len(LOCKED.findall(text))
            problems.append(f"API {path} answered {status}: {text[:200]}")
        elif status >= 400:
            problems.append(f"API {path} answered {status}: {answer[:200].decode()}")
    return done, locked, problems


# --- checks --------------------------------------------------------------------------------


def connect(db: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(db, timeout=60)
    connection.execute("PRAGMA busy_timeout=60000")
    return connection


def present(db: Path, kind: str, marker: str) -> int:
    """How many rows carry this write's marker."""
    queries = {
        "add": "SELECT count(*) FROM applications WHERE notes = ?",
        "move": "SELECT count(*) FROM events WHERE note = ?",
        "reject": "SELECT count(*) FROM rejections WHERE reason = ?",
        "checkin": "SELECT count(*) FROM checkins WHERE note = ?",
        "write": "SELECT count(*) FROM writing_entries WHERE instr(body, ?) > 0",
        "step": "SELECT count(*) FROM steps WHERE note = ? AND status = 'done'",
    }
    with closing(connect(db)) as connection:
        return int(connection.execute(queries[kind], (marker,)).fetchone()[0])


def table_counts(db: Path) -> dict[str, int]:
    with closing(connect(db)) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT IN ('alembic_version', 'request_keys')"
            )
        ]
        return {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names
        }


def integrity(db: Path) -> str:
    with closing(connect(db)) as connection:
        return ", ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))


def doubled(db: Path) -> list[str]:
    """Rows written twice anywhere: a marker on two rows, a ledger key twice, a second
    rejection of one application on one day, a plan made twice for one rejection."""
    checks = {
        "application notes": "SELECT notes, count(*) FROM applications WHERE notes LIKE"
        " 'crash-%' GROUP BY notes HAVING count(*) > 1",
        "event notes": "SELECT note, count(*) FROM events WHERE note LIKE 'crash-%'"
        " GROUP BY note HAVING count(*) > 1",
        "check-in notes": "SELECT note, count(*) FROM checkins WHERE note LIKE 'crash-%'"
        " GROUP BY note HAVING count(*) > 1",
        "writing": "SELECT body, count(*) FROM writing_entries GROUP BY body HAVING count(*) > 1",
        "mail ledger": "SELECT key, count(*) FROM inbox_messages GROUP BY owner_id, key"
        " HAVING count(*) > 1",
        "review queue": "SELECT message_key, count(*) FROM inbox_review"
        " GROUP BY owner_id, message_key HAVING count(*) > 1",
        "rejections": "SELECT application_id, count(*) FROM rejections"
        " GROUP BY application_id, rejected_on HAVING count(*) > 1",
        "plan steps": "SELECT rejection_id || ':' || kind || ':' || original_due_on, count(*)"
        " FROM steps WHERE rejection_id IS NOT NULL"
        " GROUP BY rejection_id, kind, title, contact_id, original_due_on HAVING count(*) > 1",
    }
    found = []
    with closing(connect(db)) as connection:
        for name, query in checks.items():
            found += [f"{name}: {row[0]} x{row[1]}" for row in connection.execute(query)]
    return found


def ledger_keys(db: Path, ids: list[str]) -> int:
    with closing(connect(db)) as connection:
        prefix = ids[0].rsplit("-", 1)[0] + "-"
        row = connection.execute(
            "SELECT count(*) FROM inbox_messages WHERE key LIKE ?", (prefix + "%",)
        ).fetchone()
        return int(row[0])


def leftovers(home: Path, keep: set[int]) -> list[tuple[int, int, str]]:
    """Processes of this home still running (pid, parent, command line) but those in `keep`:
    found by NEXTYES_HOME in their environment, which a forked child shares."""
    wanted = f"NEXTYES_HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) in keep or int(entry.name) == os.getpid():
            continue
        try:
            if wanted not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:
            continue
        if "\nState:\tZ" in status:
            continue  # a zombie waiting for its parent to collect it: not running
        parent = int(re.search(r"^PPid:\s+(\d+)", status, re.M).group(1))  # type: ignore[union-attr]
        if "nextyes" in cmdline:
            found.append((int(entry.name), parent, cmdline))
    return found


# --- a round -------------------------------------------------------------------------------


def run_round(
    round_no: int,
    args: argparse.Namespace,
    rng: random.Random,
    env: dict[str, str],
    settings: Settings,
    folder: Path,
    server: Server,
    counts: Counts,
    typical: dict[str, list[float]],
    kill: bool = True,
) -> None:
    """One round; with `kill=False` nothing is killed (the first round: it measures how long
    each writer takes when all run at once, which the kill moments are drawn from)."""
    db = settings.home / "nextyes.db"
    began = time.monotonic()
    # The import is the longest writer: while it runs, each CLI command that ends is followed
    # by the next one (up to `--relaunch` times as many), so its whole life sees kills.
    planned = args.writers * (args.relaunch if kill else 1)
    targets = seed(
        settings,
        round_no,
        needed(planned, "move") + 8,
        needed(planned, "reject"),
        needed(planned, "step"),
    )
    api_targets = targets.applied[needed(planned, "move") :]
    targets.applied = targets.applied[: needed(planned, "move")]
    queue = writers_for(round_no, planned, targets)
    mbox, mail_ids = mbox_for(folder, round_no, args.mail)
    importer = Writer("import", f"crash-r{round_no}-import", ["inbox", "import", "mbox", str(mbox)])

    def guess(kind: str) -> float:
        seen = typical[kind][-20:]
        return sorted(seen)[len(seen) // 2] if seen else FIRST_GUESS[kind]

    writers: list[Writer] = []

    def launch(writer: Writer) -> None:
        kind = "import" if writer is importer else "cli"
        # Most of a command's time is Python starting; kill mostly in its later part, where
        # it writes, and now and then let it finish (an acknowledged write to look for).
        writer.started = time.monotonic()
        factor = rng.uniform(0.3, 1.3)
        writer.kill_at = writer.started + factor * guess(kind) if kill else float("inf")
        writer.stderr_path = folder / f"{writer.marker}.stderr"
        with writer.stderr_path.open("wb") as stderr:
            writer.process = subprocess.Popen(
                [str(NEXTYES), *writer.args],
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        assert writer.process.stdin is not None
        try:
            writer.process.stdin.write(writer.stdin.encode())
            writer.process.stdin.close()
        except BrokenPipeError:
            pass
        writers.append(writer)

    now = time.monotonic()
    launch(importer)
    for writer in queue[: args.writers]:
        launch(writer)
    queue = queue[args.writers :]

    stop = threading.Event()
    api_result: list[tuple[list[ApiWrite], int, list[str]]] = []
    api = threading.Thread(
        target=lambda: api_result.append(api_writes(server, round_no, api_targets, stop))
    )
    api.start()
    kill_server_at = None
    if kill and args.server_kill_every and round_no % args.server_kill_every == 0:
        kill_server_at = now + rng.uniform(0.5, guess("cli") * 1.2)

    while any(w.returncode is None for w in writers):
        moment = time.monotonic()
        for writer in writers:
            assert writer.process is not None
            if writer.returncode is not None:
                continue
            code = writer.process.poll()
            if code is not None:
                writer.returncode = code
                if writer is not importer and importer.returncode is None and queue:
                    launch(queue.pop(0))
                if code == 0 and not kill:  # only then: a kill would bias it towards short
                    kind = "import" if writer is importer else "cli"
                    typical[kind].append(moment - writer.started)
            elif moment >= writer.kill_at:
                writer.process.send_signal(signal.SIGKILL)
                writer.returncode = writer.process.wait()
                writer.killed = True
                counts.kills += 1
                if writer is importer:
                    counts.import_kills += 1
                else:
                    counts.cli_kills += 1
                    if importer.returncode is None and queue:
                        launch(queue.pop(0))
        if kill_server_at is not None and moment >= kill_server_at:
            kill_server_at = None
            if server.kill():
                counts.kills += 1
                counts.server_kills += 1
        time.sleep(0.01)
    stop.set()
    api.join()
    writing = time.monotonic()
    if kill_server_at is not None and server.kill():  # the writers were quicker: kill it now
        counts.kills += 1
        counts.server_kills += 1
    api_done, api_locked, api_problems = api_result[0]
    counts.locked += api_locked
    for problem in api_problems[:3]:
        counts.note(f"round {round_no}: {problem}")

    # Everything this round started has ended; anything of this home still running but the
    # server is what a killed process left behind.
    server_pid = server.process.pid if server.process and server.process.poll() is None else -1
    for pid, parent, cmdline in leftovers(settings.home, {server_pid}):
        counts.helpers_left += 1
        counts.note(f"round {round_no}: left running: pid {pid} (parent {parent}): {cmdline}")
        os.kill(pid, signal.SIGKILL)  # ours (a child of a writer we started): end it

    for writer in writers:
        assert writer.stderr_path is not None
        text = writer.stderr_path.read_text(errors="replace")
        found = len(LOCKED.findall(text))
        counts.locked += found
        if found:
            counts.note(f"round {round_no}: {writer.kind}: {text.strip().splitlines()[-1]}")
        if not writer.killed and writer.returncode != 0:
            counts.refused += 1
            last = text.strip().splitlines()[-1] if text.strip() else "(nothing on stderr)"
            counts.note(f"round {round_no}: {writer.kind} exit {writer.returncode}: {last}")

    verdict = integrity(db)
    if verdict != "ok":
        counts.integrity_failures += 1
        counts.note(f"round {round_no}: integrity_check: {verdict[:300]}")

    for writer in writers:
        if writer is importer or writer.killed or writer.returncode != 0:
            continue
        counts.acknowledged += 1
        counts.acknowledged_cli += 1
        if present(db, writer.kind, writer.marker) < 1:
            counts.lost += 1
            counts.note(f"round {round_no}: lost: {writer.kind} {writer.marker} (exit 0)")
    for write in api_done:
        if write.status is None or not 200 <= write.status < 300:
            continue
        counts.acknowledged += 1
        counts.acknowledged_api += 1
        if present(db, write.kind, write.marker) < 1:
            counts.lost += 1
            counts.note(f"round {round_no}: lost: API {write.kind} {write.marker} (2xx)")
    if importer.returncode == 0 and not importer.killed:
        counts.acknowledged += 1
        counts.acknowledged_imports += 1
        if ledger_keys(db, mail_ids) != len(mail_ids):
            counts.lost += 1
            counts.note(f"round {round_no}: lost: the import said done, the ledger disagrees")

    # The next command: the same import again, to the end. After a finished import it must
    # add nothing at all; after a killed one it resumes, and every message is then on the
    # ledger once.
    before = table_counts(db)
    again = subprocess.run(
        [str(NEXTYES), "inbox", "import", "mbox", str(mbox), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    counts.locked += len(LOCKED.findall(again.stderr))
    if again.returncode != 0:
        counts.next_command_failed += 1
        counts.note(f"round {round_no}: the re-run import failed: {again.stderr.strip()[-300:]}")
    after = table_counts(db)
    if importer.returncode == 0 and not importer.killed:
        grown = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t, 0)}
        if grown:
            counts.duplicates += sum(grown.values())
            counts.note(f"round {round_no}: the re-run import changed rows: {grown}")
    if again.returncode == 0 and ledger_keys(db, mail_ids) != len(mail_ids):
        counts.lost += 1
        counts.note(f"round {round_no}: after the re-run the ledger lacks messages")
    for problem in doubled(db):
        if problem in counts.doubled:
            continue  # found in an earlier round already
        counts.doubled.add(problem)
        counts.duplicates += 1
        counts.note(f"round {round_no}: twice: {problem}")

    if server.process is None or server.process.poll() is not None:
        counts.locked += server.locked_in_log()
        server.start()
    status, _ = request(server.port, "GET", "/api/v1/today")
    if status != 200:
        counts.next_command_failed += 1
        counts.note(f"round {round_no}: GET /api/v1/today answered {status} after the round")
    for writer in writers:
        assert writer.stderr_path is not None
        writer.stderr_path.unlink()
    mbox.unlink()
    counts.rounds += 1
    counts.phases = f"{writing - began:.0f} s writing, {time.monotonic() - writing:.0f} s checking"


# --- the run -------------------------------------------------------------------------------


def report(counts: Counts, minutes: float, stopped_early: str | None, args: Any) -> None:
    def line(name: str, value: int, target_zero: bool = True) -> None:
        mark = "MISS" if target_zero and value else ("ok" if target_zero else "")
        print(f"  {name:<44}{value:>8,}  {mark}")

    print(f"\nMachine: {machine()}")
    print(
        f"Writers a round: {args.writers} CLI commands at once (up to"
        f" {args.writers * args.relaunch} a round), one inbox import of {args.mail} messages,"
        f" API writes one after another; the server killed every {args.server_kill_every}"
        " rounds"
    )
    print(f"Ran {minutes:.1f} minutes.")
    if stopped_early:
        print(f"Stopped early: {stopped_early}")
    line("rounds", counts.rounds, False)
    line("kills (SIGKILL to a running process)", counts.kills, False)
    line("  of CLI commands", counts.cli_kills, False)
    line("  of inbox imports", counts.import_kills, False)
    line("  of the server", counts.server_kills, False)
    line("acknowledged writes (exit 0 / 2xx)", counts.acknowledged, False)
    line("  CLI commands", counts.acknowledged_cli, False)
    line("  API requests", counts.acknowledged_api, False)
    line("  inbox imports", counts.acknowledged_imports, False)
    line("integrity failures", counts.integrity_failures)
    line("acknowledged writes lost", counts.lost)
    line("duplicates", counts.duplicates)
    line('"database is locked" / "busy" seen', counts.locked)
    line("helper processes left", counts.helpers_left)
    line("next command failed", counts.next_command_failed)
    line("writers that failed by themselves", counts.refused)
    for note in counts.notes:
        print(f"  - {note}")
    print(
        json.dumps(
            {k: v for k, v in vars(counts).items() if k not in ("notes", "doubled", "phases")}
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000, help="stop after this many kills")
    parser.add_argument("--minutes", type=float, default=10, help="and at the latest after this")
    parser.add_argument("--writers", type=int, default=8, help="CLI commands a round")
    parser.add_argument(
        "--relaunch",
        type=int,
        default=4,
        help="CLI commands a round: at most this many times"
        " --writers, started as others end while the import runs",
    )
    parser.add_argument("--mail", type=int, default=520, help="messages in a round's mbox")
    parser.add_argument("--server-kill-every", type=int, default=4, help="rounds; 0: never")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", action="store_true", help="keep the temporary home")
    args = parser.parse_args()
    args.writers = max(args.writers, len(CLI_KINDS))

    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="nextyes-crash-"))
    home, cache, folder = base / "home", base / "cache", base / "round"
    for path in (home, cache, folder):
        path.mkdir()
    env = environment(home, cache)
    settings = Settings(home=home, database_url=None)
    print(f"Machine: {machine()}")
    print(f"Home: {home}")
    started = time.monotonic()
    # The first import trains the classifier into the cache: do it before the clock starts
    # mattering, so no round is about training.
    warm, _ = mbox_for(folder, 0, 3)
    subprocess.run([str(NEXTYES), "inbox", "import", "mbox", str(warm)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    server = Server(env, folder)
    server.start()
    counts = Counts()
    typical: dict[str, list[float]] = {"cli": [], "import": []}
    deadline = started + args.minutes * 60
    stopped_early = None
    round_no = 1
    print("round 1 measures how long each writer takes when all run at once: no kills")
    run_round(1, args, rng, env, settings, folder, server, counts, typical, kill=False)
    try:
        while counts.kills < args.kills:
            if time.monotonic() >= deadline:
                stopped_early = (
                    f"the time bound ({args.minutes:g} minutes) came after {counts.kills:,}"
                    f" of {args.kills:,} kills"
                )
                break
            round_no += 1
            run_round(round_no, args, rng, env, settings, folder, server, counts, typical)
            print(
                f"round {round_no}: kills {counts.kills}, acknowledged {counts.acknowledged},"
                f" lost {counts.lost}, duplicates {counts.duplicates}, locked {counts.locked},"
                f" left {counts.helpers_left}, integrity failures {counts.integrity_failures}"
                f" ({counts.phases})",
                flush=True,
            )
    except KeyboardInterrupt:
        stopped_early = f"interrupted after {counts.kills:,} kills"
    finally:
        server.stop()
        if server.lives:
            counts.locked += server.locked_in_log()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    report(counts, (time.monotonic() - started) / 60, stopped_early, args)


if __name__ == "__main__":
    main()
