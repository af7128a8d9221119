"""Benchmark (not a test): export and import of a long search, and whether the export's
memory stays flat as the search grows.

Fills fresh SQLite databases with 1,000 and N (default 10,000) applications through the
services (bench/web.py's `fill`: events, rejections, recovery plans), then for each:

- exports it (`write_export`) to a file, timed, with the peak of Python's own allocations
  during the export (tracemalloc);
- reads every exported row with a plain SELECT and nothing else: the floor, measured in the
  same run, that the export's time is compared with;
- imports the file into an empty database, timed, and checks that export -> import ->
  export gives the same file apart from `exported_at`.

Prints the figures and two verdicts: export time / floor, and the export's peak memory at N
against at 1,000 (flat: at most 1.5 times, for ten times the rows).

Usage: .venv/bin/python bench/export.py [--applications 10000] [--keep]"""

import argparse
import io
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nextyes.clock import FixedClock
from nextyes.services import portable
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.portable import exported_tables
from nextyes.store.tables import Base
from web import fill, machine

FLAT = 1.5


def plain_read(ws: Workspace) -> int:
    rows = 0
    with ws.db.transaction() as session:
        for table in exported_tables(Base.metadata):
            query = select(table).where(table.c.owner_id == ws.owner_id)
            for _ in session.execute(query.execution_options(yield_per=500)):
                rows += 1
    return rows


def measure(folder: Path, count: int, clock: FixedClock) -> dict[str, float]:
    database = Database(f"sqlite:///{folder / f'search-{count}.db'}").prepare()
    ws = Workspace(database, database.owner_id("local"), clock)
    started = time.perf_counter()
    fill(ws, count)
    print(f"  filled {count:,} applications in {time.perf_counter() - started:.0f} s")

    started = time.perf_counter()
    rows = plain_read(ws)
    floor = time.perf_counter() - started

    out = folder / f"export-{count}.json"
    tracemalloc.start()
    started = time.perf_counter()
    portable.export_to_file(ws, out)
    export_seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    target = Database(f"sqlite:///{folder / f'imported-{count}.db'}").prepare()
    moved = Workspace(target, target.owner_id("local"), clock)
    started = time.perf_counter()
    portable.import_file(moved, out)
    import_seconds = time.perf_counter() - started
    again = io.StringIO()
    portable.write_export(moved, again)
    first = [x for x in out.read_text().splitlines() if not x.startswith('"exported_at"')]
    second = [x for x in again.getvalue().splitlines() if not x.startswith('"exported_at"')]
    database.dispose()
    target.dispose()
    return {
        "rows": rows,
        "megabytes": out.stat().st_size / 1e6,
        "floor": floor,
        "export": export_seconds,
        "peak_mb": peak / 1e6,
        "import": import_seconds,
        "same": float(first == second),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true", help="keep the databases and files")
    options = parser.parse_args()
    clock = FixedClock.on(__import__("datetime").date(2026, 12, 3))
    folder = Path(tempfile.mkdtemp(prefix="nextyes-export-bench-"))
    print(machine())
    figures = {}
    for count in (1_000, options.applications):
        print(f"{count:,} applications:")
        figures[count] = measure(folder, count, clock)
    print()
    print(
        f"{'applications':>12} {'rows':>8} {'file MB':>8} {'floor s':>8} {'export s':>9}"
        f" {'x floor':>8} {'peak MB':>8} {'import s':>9} {'round trip':>11}"
    )
    for count, f in figures.items():
        print(
            f"{count:>12,} {f['rows']:>8,.0f} {f['megabytes']:>8.1f} {f['floor']:>8.2f}"
            f" {f['export']:>9.2f} {f['export'] / f['floor']:>8.1f} {f['peak_mb']:>8.2f}"
            f" {f['import']:>9.2f} {'identical' if f['same'] else 'DIFFERENT':>11}"
        )
    small, big = figures[1_000], figures[options.applications]
    growth = big["peak_mb"] / small["peak_mb"]
    verdict = "PASS" if growth <= FLAT else "MISS"
    print(
        f"\nexport memory at {options.applications:,} / at 1,000 applications: {growth:.2f}"
        f" (flat: <= {FLAT})  {verdict}"
    )
    if options.keep:
        print(f"kept in {folder}")
    else:
        import shutil

        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
