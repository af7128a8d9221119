"""Benchmark (not a test): how fast does an email import run, and does its memory stay flat?

Generates a realistic mbox (mostly everyday mail: newsletters, receipts, notifications,
friends, meetings, job alerts; and job mail for a search of 150 applications: confirmations,
rejections, invitations, assessments, offers, recruiters; plain, HTML-only, multipart,
quoted-printable, base64 and latin-1), then in the same run measures:

    floor    Python's own `mailbox.mbox` reading and parsing every message of the file
    import   nextyes.services.inbox.import_messages on a fresh SQLite file with the search
             in it: read, parse, classify, link, act, review queue, ledger; the classifier
             is loaded first (as in a running server, or after the first import) and its
             load time is printed apart
    memory   peak resident memory (ru_maxrss) of a fresh process importing 2,000 messages
             and one importing 20,000

Targets: import messages/second >= 40% of the floor's; peak memory at 20,000 within 1.2x of
that at 2,000.

Usage: .venv/bin/python bench/inbox.py [--messages 20000] [--small 2000] [--keep]"""

import argparse
import mailbox
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from base64 import encodebytes
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from quopri import encodestring

SPEED_FLOOR = 0.40  # the import runs at least this share of the mailbox module's rate
MEMORY_CEILING = 1.2  # peak memory at the large size within this many times the small
ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 3, 16)
START = TODAY - timedelta(days=120)
APPLICATIONS = 150
PARALLEL = (os.cpu_count() or 1) > 1  # as the command line imports
CACHE: dict[str, str] = {}

COMPANIES = [
    "Northwind", "Globex", "Initech", "Umbrella Labs", "Stark Studio", "Wayne Health",
    "Hooli", "Pied Piper", "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne",
    "Aperture Works", "Black Mesa", "Oscorp", "Gringotts Bank", "Monarch Air", "Wonka Treats",
    "Lumen Health", "Fjord Analytics", "Halcyon Media", "Acme Robotics", "Blue Harbor",
    "Cobalt Bank", "Driftwood Games", "Evergreen Energy", "Foxglove Bio", "Granite Cloud",
]  # fmt: skip
ROLES = [
    "Data Analyst", "Product Designer", "Backend Engineer", "Support Lead", "Project Manager",
    "Research Assistant", "Marketing Coordinator", "QA Engineer", "Content Writer",
    "Data Engineer", "UX Researcher", "Operations Analyst",
]  # fmt: skip
ATS = ["us.greenhouse-mail.io", "hire.lever.co", "myworkday.com", "smartrecruiters.com"]
WORDS = [
    "garden", "weekend", "recipe", "travel", "offer", "sale", "discount", "team", "update",
    "meeting", "project", "budget", "report", "summer", "concert", "ticket", "parcel",
    "delivery", "account", "invoice", "coffee", "family", "photo", "city", "river", "walk",
    "library", "museum", "newsletter", "podcast", "episode", "review", "course", "lesson",
    "yoga", "bike",
]  # fmt: skip

# (weight, kind): most mail is not about the search.
KINDS = [
    (30, "newsletter"), (18, "receipt"), (14, "notification"), (10, "friend"),
    (8, "meeting"), (6, "job_alert"), (4, "job"),
]  # fmt: skip
JOB_MAIL = {
    "application_received": (
        "Thank you for applying to {company}",
        "Hi Sam,\n\nThank you for applying for the {role} position at {company}. We have"
        " received your application and our team will review it carefully. We will be in"
        " touch if your experience matches what we are looking for.\n\nThe {company} team",
    ),
    "rejection": (
        "Your application to {company}",
        "Hi Sam,\n\nThank you for your interest in the {role} role at {company}. After careful"
        " consideration, we have decided to move forward with other candidates whose"
        " experience more closely matches our needs. We wish you every success.\n\n{company}"
        " Talent",
    ),
    "interview": (
        "Interview invitation: {role}",
        "Hi Sam,\n\nWe enjoyed reading your application for the {role} role and would like to"
        " invite you to an interview with the team. Please pick a time that suits you"
        " next week.\n\nKind regards,\n{company} Recruiting",
    ),
    "assessment": (
        "Next steps: take-home assessment for {role}",
        "Hi Sam,\n\nAs a next step for the {role} role at {company} we'd like you to complete"
        " a short take-home assessment. Please submit it within five days.\n\nBest,\n"
        "{company} Recruiting",
    ),
    "offer": (
        "Your offer from {company}",
        "Dear Sam,\n\nWe are delighted to offer you the position of {role} at {company}."
        " Please find the offer letter attached; we would love to hear from you by Friday."
        "\n\nWarm regards,\n{company}",
    ),
    "recruiter": (
        "Opportunity: {role} at {company}",
        "Hi Sam,\n\nI'm a recruiter working with {company} on a {role} opening and your"
        " profile looks like a great fit. Would you be open to a quick call this week?"
        "\n\nBest,\nAlex, Talent Partners",
    ),
}
JOB_WEIGHTS = [(30, "application_received"), (25, "rejection"), (15, "interview"),
               (8, "assessment"), (2, "offer"), (20, "recruiter")]  # fmt: skip


def pick(rng: random.Random, weighted: list[tuple[int, str]]) -> str:
    return rng.choices([k for _, k in weighted], [w for w, _ in weighted])[0]


def words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def message(rng: random.Random, n: int, total: int, search: list[tuple[str, str]]) -> bytes:
    """One realistic message as bytes, with an mbox "From " line."""
    kind = pick(rng, KINDS)
    # Oldest first, as mail programs export: spread over 120 days, a few minutes of jitter.
    sent = datetime.combine(START, datetime.min.time(), UTC) + timedelta(
        minutes=n * 120 * 24 * 60 / total + rng.randrange(30)
    )
    charset, encoding, html = "utf-8", "7bit", False
    if kind == "job":
        company, role = rng.choice(search)
        job = pick(rng, JOB_WEIGHTS)
        subject, body = (t.format(company=company, role=role) for t in JOB_MAIL[job])
        slug = re.sub(r"[^a-z]", "", company.lower())
        if rng.random() < 0.4:
            sender = f'"{company} Hiring Team" <no-reply@{rng.choice(ATS)}>'
        elif job == "recruiter":
            sender = f'"Alex Morgan" <alex@talentpartners{n % 7}.example>'
        else:
            sender = f'"{company} Careers" <careers@{slug}.com>'
        html = rng.random() < 0.3
    elif kind == "newsletter":
        subject = f"This week: {words(rng, 4)}"
        body = "\n\n".join(words(rng, 40) for _ in range(rng.randint(3, 12)))
        sender = f'"Weekly {rng.choice(WORDS).title()}" <news@{rng.choice(WORDS)}.example>'
        html = rng.random() < 0.6
    elif kind == "receipt":
        subject = f"Your receipt #{rng.randrange(10**6)}"
        body = f"Thank you for your order. {words(rng, 12)}. Total: {rng.randrange(5, 300)}.00"
        sender = f"receipts@{rng.choice(WORDS)}shop.example"
    elif kind == "notification":
        subject = f"New activity on your {rng.choice(WORDS)} account"
        body = f"Someone liked your {rng.choice(WORDS)} photo. {words(rng, 20)}"
        sender = "notify@social.example"
    elif kind == "friend":
        subject = f"Re: {words(rng, 3)}"
        body = f"Hi Sam,\n\n{words(rng, 30)}\n\nSee you soon,\nJo"
        sender = f"jo.{rng.choice(WORDS)}@gmail.com"
        if rng.random() < 0.3:
            charset, encoding = "iso-8859-1", "quoted-printable"
            body += "\n\nCafé à la crème, à bientôt."
    elif kind == "meeting":
        subject = f"Invitation: {words(rng, 2)} sync @ {rng.randint(9, 17)}:00"
        body = f"You are invited to a meeting about the {words(rng, 3)}. Join from the link."
        sender = "calendar@work.example"
    else:  # job alerts: about jobs, not about an application
        subject = f"{rng.randint(3, 30)} new jobs for you: {rng.choice(ROLES)}"
        body = "\n".join(f"{rng.choice(ROLES)} at {rng.choice(COMPANIES)}" for _ in range(8))
        sender = "jobs-noreply@linkedin.com"
    headers = [
        f"From: {sender}",
        "To: sam.rivera@example.org",
        f"Subject: {subject}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <bench-{n}@mail.example>",
        "MIME-Version: 1.0",
    ]
    if html:
        text = "".join(f"<p>{line}</p>" for line in body.split("\n") if line)
        payload = (f"<html><head><style>p{{margin:0}}</style></head><body>{text}"
                   f"<script>track({n})</script></body></html>").encode()  # fmt: skip
        if rng.random() < 0.5:  # HTML only
            headers += ["Content-Type: text/html; charset=utf-8",
                        "Content-Transfer-Encoding: base64"]  # fmt: skip
            raw_body = encodebytes(payload)
        else:  # the usual newsletter: plain text and HTML as alternatives
            boundary = f"==alt{n}=="
            headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
            raw_body = (
                (
                    f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
                    f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
                    f"Content-Transfer-Encoding: base64\n\n"
                ).encode()
                + encodebytes(payload)
                + f"--{boundary}--\n".encode()
            )
    else:
        data = body.encode(charset)
        raw_body = encodestring(data) if encoding == "quoted-printable" else data
        headers += [f"Content-Type: text/plain; charset={charset}",
                    f"Content-Transfer-Encoding: {encoding}"]  # fmt: skip
    raw = "\n".join(headers).encode() + b"\n\n" + raw_body.replace(b"\nFrom ", b"\n>From ")
    stamp = sent.strftime("%a %b %d %H:%M:%S %Y")
    return b"From sender@example " + stamp.encode() + b"\n" + raw.rstrip(b"\n") + b"\n\n"


def the_search(seed: int = 11) -> list[tuple[str, str]]:
    """Applications at a few dozen companies, several at some, never the same role twice."""
    rng = random.Random(seed)
    return rng.sample([(c, r) for c in COMPANIES for r in ROLES], APPLICATIONS)


def write_mbox(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    search = the_search()
    with path.open("wb") as out:
        for n in range(count):
            out.write(message(rng, n, count, search))


def prepare_workspace(home: Path):  # type: ignore[no-untyped-def]
    """A fresh SQLite database holding the search (applied over the last four months)."""
    from nextyes.clock import FixedClock
    from nextyes.domain.applications import Channel, NewApplication
    from nextyes.services.applications import add_application
    from nextyes.services.workspace import Workspace
    from nextyes.store.database import Database

    home.mkdir(parents=True, exist_ok=True)
    database = Database(f"sqlite:///{home / 'nextyes.db'}").prepare()
    ws = Workspace(database, database.owner_id(), FixedClock.on(TODAY))
    with database.transaction():
        for company, role in the_search():
            add_application(ws, NewApplication(company, role, Channel.DIRECT, on=START))
    return ws


def floor_rate(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    count = 0
    for _ in mailbox.mbox(str(path), create=False):
        count += 1
    return count / (time.perf_counter() - started), count


def import_once(path: Path, home: Path) -> dict[str, float]:
    """Import `path` into a fresh database; the figures of that run."""
    from nextyes.classify import default_classifier
    from nextyes.classify.cache import cache_path
    from nextyes.mail.readers import read_mbox
    from nextyes.services.inbox import import_messages

    ws = prepare_workspace(home)
    cached = cache_path().exists()
    started = time.perf_counter()
    default_classifier()
    load = time.perf_counter() - started
    started_cpu = time.process_time()
    started = time.perf_counter()
    summary = import_messages(ws, read_mbox(path), parallel=PARALLEL)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - started_cpu
    # The helper process that parses a chunk ahead has ended by now: its peak counts too.
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, helper.ru_maxrss)
    return {
        "read": summary.read,
        "seconds": seconds,
        "load": load,
        "cached": float(cached),
        "cpu": cpu,
        "helper_cpu": helper.ru_utime + helper.ru_stime,
        "peak_mib": peak_kib / 1024,
        "job": summary.job_related,
        "acted": summary.acted,
        "queued": summary.queued,
        "skipped": summary.skipped,
    }


def child(path: Path, home: Path) -> None:
    figures = import_once(path, home)
    print(" ".join(f"{key}={value}" for key, value in figures.items()))


def in_fresh_process(path: Path, home: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path), "--home", str(home)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **CACHE},
    )
    last = done.stdout.strip().splitlines()[-1]
    return {k: float(v) for k, v in (pair.split("=") for pair in last.split())}


def fill_cache() -> float:
    """Train the classifier and store it in the cache folder, in a process of its own; the
    seconds that took (importing scikit-learn and fitting)."""
    code = (
        "import time; started = time.perf_counter()\n"
        "from nextyes.classify import default_classifier; default_classifier()\n"
        "print(time.perf_counter() - started)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **CACHE},
    )
    return float(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.M)
        model = found.group(1) if found else model
    return (
        f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {model};"
        f" Python {platform.python_version()} on {platform.system()} {platform.release()}"
    )


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.home)
        return

    folder = Path(tempfile.mkdtemp(prefix="nextyes-bench-inbox-"))
    # The classifier's cache (classify/cache.py) in the bench's own folder, filled first by a
    # process of its own (as the first run on a machine does): both imports then load the
    # model the same way, so their memory compares like with like.
    CACHE["NEXTYES_CACHE_DIR"] = str(folder / "cache")
    fit = fill_cache()
    big, small = folder / "big.mbox", folder / "small.mbox"
    print(f"Machine: {machine()}")
    started = time.perf_counter()
    write_mbox(big, args.messages)
    write_mbox(small, args.small)
    print(f"Generated {args.messages:,} messages ({big.stat().st_size / 2**20:.1f} MiB) and"
          f" {args.small:,} in {time.perf_counter() - started:.1f}s, in {folder}")  # fmt: skip

    # The floor before, between and after the imports; the median counts, so one busy
    # moment of a shared machine moves neither side alone.
    floors = [floor_rate(big)]
    assert floors[0][1] == args.messages, (floors[0][1], args.messages)
    large = in_fresh_process(big, folder / "home-big")
    rate = large["read"] / large["seconds"]
    floors.append(floor_rate(big))
    little = in_fresh_process(small, folder / "home-small")
    floors.append(floor_rate(big))
    floor = statistics.median(f for f, _ in floors)

    print()
    runs = ", ".join(f"{f:,.0f}" for f, _ in floors)
    print(f"floor   mailbox.mbox parse of every message: {floor:,.0f} messages/s"
          f" (median of {runs})")  # fmt: skip
    with_load = large["read"] / (large["seconds"] + large["load"])
    how = "loaded from the cache" if large["cached"] else "trained"
    print(f"import  {large['read']:,.0f} messages in {large['seconds']:.1f}s: {rate:,.0f}"
          f" messages/s (the classifier {how} first, in {large['load']:.1f}s;"
          f" counting that too: {with_load:,.0f} messages/s)")  # fmt: skip
    print(f"        CPU {large['cpu']:.1f}s in the importing process,"
          f" {large['helper_cpu']:.1f}s in the helper that parses and reads ahead;"
          f" training the classifier for the cache took {fit:.1f}s before")  # fmt: skip
    print(f"        job-related {large['job']:,.0f}, acted on {large['acted']:,.0f}, queued"
          f" for review {large['queued']:,.0f}, skipped {large['skipped']:,.0f}")  # fmt: skip
    ratio = rate / floor
    print(f"speed   import / floor = {ratio:.2f}  (target >= {SPEED_FLOOR:.2f})"
          f"  {verdict(ratio >= SPEED_FLOOR)}")  # fmt: skip
    growth = large["peak_mib"] / little["peak_mib"]
    print(f"memory  peak {little['peak_mib']:.0f} MiB at {args.small:,} messages,"
          f" {large['peak_mib']:.0f} MiB at {args.messages:,}: x{growth:.2f}"
          f"  (target <= {MEMORY_CEILING:.1f})  {verdict(growth <= MEMORY_CEILING)}")  # fmt: skip
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
