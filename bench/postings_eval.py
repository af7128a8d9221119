"""Benchmark (not a test): does the posting reader read pages it was never shaped on?

Runs `nextyes.postings.read_posting` (and the skills finder on what it reads) over the
blind set `bench/postings_blind/` (26 saved pages written by a helper who never saw the
reader; see its README: measure only, never tune or debug the reader on it) and prints,
field by field, how many pages it read right, then each page's mismatches, and the time per
page against the floor of parsing the same page with lxml alone.

Comparison rules are the README's: titles, companies and locations leniently (case,
whitespace, dashes; a title may lose its gender marker; a location needs its city and its
country, however spelled); dates, salary, currency and period exactly; employment types
as a set; skills as recall (each expected skill found, fuzzily, among the structured skills
and those the skills vocabulary finds in the description).

Usage: .venv/bin/python bench/postings_eval.py [--quiet]"""

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nextyes.postings.reader import PostingRead, read_posting  # noqa: E402
from nextyes.skills.finder import find_skills  # noqa: E402
from nextyes.skills.vocabulary import Vocabulary  # noqa: E402

BLIND = Path(__file__).with_name("postings_blind")
GENDER = re.compile(r"\s*\([^)]*\b[mwfdhx]\s*/\s*[mwfdhx][^)]*\)|:in\b", re.I)
COUNTRY_NAMES = {
    "us": "united states", "usa": "united states", "gb": "united kingdom",
    "uk": "united kingdom", "de": "germany", "deutschland": "germany", "fr": "france",
    "es": "spain", "españa": "spain", "nl": "netherlands", "nederland": "netherlands",
    "be": "belgium", "belgique": "belgium", "at": "austria", "österreich": "austria",
    "ie": "ireland", "ca": "canada", "se": "sweden", "mx": "mexico", "co": "colombia",
    "united states of america": "united states",
    "ar": "argentina", "cl": "chile", "pe": "peru", "br": "brazil", "ch": "switzerland",
}  # fmt: skip


def plain(text: str | None) -> str:
    folded = unicodedata.normalize("NFKD", (text or "").casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\u2010-\u2015\-|·,]+", " ", folded).split())


def same_title(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    options = {plain(want), plain(GENDER.sub("", want))}
    return plain(got) in options or plain(GENDER.sub("", got or "")) in options


def same_company(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    return bool(got) and fuzz.ratio(plain(got), plain(want)) >= 90


def places(text: str | None) -> set[str]:
    """The place names of a location, each spelled one way: split first, then folded."""
    words = {plain(w) for w in re.split(r"[;,()]", text or "") if plain(w)}
    return {COUNTRY_NAMES.get(w, w) for w in words}


def same_location(got: str | None, want: str | None) -> bool:
    """Every city and country the expected location names is in the one read (regions and
    spellings of countries aside)."""
    if want is None:
        return got is None
    wanted = [p for p in (x.strip() for x in want.split(";")) if p]
    have = places(got)
    for place in wanted:
        parts = [x.strip() for x in re.split(r"[,()]", place) if x.strip()]
        city, country = parts[0], parts[-1]
        needed = {COUNTRY_NAMES.get(plain(city), plain(city))}
        if len(parts) > 1:
            needed.add(COUNTRY_NAMES.get(plain(country), plain(country)))
        if plain(city) == "remote":
            needed = {"remote"} if plain(got).startswith("remote") else {"(not remote)"}
        if not needed <= have | ({"remote"} if plain(got).startswith("remote") else set()):
            return False
    return True


def number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def skills_recall(read: PostingRead, want: list[str], vocabulary: Vocabulary) -> float | None:
    if not want:
        return None
    found = [plain(s) for s in read.skills]
    if read.description:
        found += [plain(s) for s in find_skills(read.description, vocabulary).names]
    hits = sum(1 for s in want if any(fuzz.partial_ratio(plain(s), f) >= 90 for f in found))
    return hits / len(want)


FIELDS: dict[str, Callable[[PostingRead, dict[str, Any]], bool]] = {
    "is_posting": lambda r, e: r.is_posting == e["is_posting"],
    "title": lambda r, e: same_title(r.title, e["title"]),
    "company": lambda r, e: same_company(r.company, e["company"]),
    "location": lambda r, e: same_location(r.location, e["location"]),
    "remote": lambda r, e: r.remote == e["remote"],
    # The reader says None when a page does not say; the set says false for a job plainly
    # tied to a place. Read that way too, since nothing NextYes stores tells the two apart.
    "remote_or_not": lambda r, e: bool(r.remote) == bool(e["remote"]),
    "date_posted": lambda r, e: (r.date_posted and r.date_posted.isoformat()) == e["date_posted"],
    "valid_through": lambda r, e: (
        (r.valid_through and r.valid_through.isoformat()) == e["valid_through"]
    ),
    "salary_min": lambda r, e: number(r.salary_min) == e["salary_min"],
    "salary_max": lambda r, e: number(r.salary_max) == e["salary_max"],
    "salary_currency": lambda r, e: r.salary_currency == e["salary_currency"],
    "salary_period": lambda r, e: r.salary_period == e["salary_period"],
    "employment_type": lambda r, e: set(r.employment_type) == set(e["employment_type"]),
    "source": lambda r, e: r.source == e["source"],
}
# Fields judged on live postings only: on a page that is not one, recognising that is what
# counts (the README).
POSTING_ONLY = frozenset(FIELDS) - {"is_posting", "source"}


def shown(value: object) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)[:80]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only, no mismatches")
    args = parser.parse_args()
    print(
        f"machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
    )
    expected = [json.loads(line) for line in (BLIND / "expected.jsonl").read_text().splitlines()]
    vocabulary = Vocabulary.shipped()
    read_posting("<html><title>warm-up</title></html>")  # extruct's import, once

    from lxml import html as lxml_html

    right = dict.fromkeys(FIELDS, 0)
    judged = dict.fromkeys(FIELDS, 0)
    recalls: list[float] = []
    mismatches: list[str] = []
    times: list[float] = []
    floors: list[float] = []
    for want in expected:
        page = (BLIND / want["file"]).read_bytes()
        started = time.perf_counter()
        lxml_html.fromstring(page)
        floors.append(time.perf_counter() - started)
        started = time.perf_counter()
        read = read_posting(page)
        times.append(time.perf_counter() - started)
        for name, check in FIELDS.items():
            if name in POSTING_ONLY and not want["is_posting"]:
                continue
            judged[name] += 1
            if check(read, want):
                right[name] += 1
            else:
                got = getattr(read, name, None)
                mismatches.append(
                    f"  {want['file'][:40]:40} {name}: {shown(got)} (expected {shown(want[name])})"
                )
        recall = skills_recall(read, want["skills"], vocabulary) if want["is_posting"] else None
        if recall is not None:
            recalls.append(recall)

    print(
        f"blind set: {len(expected)} pages"
        f" ({sum(e['is_posting'] for e in expected)} live postings)\n"
    )
    print(f"{'field':18} right / judged")
    for name in FIELDS:
        print(f"{name:18} {right[name]:5} / {judged[name]:<3} {right[name] / judged[name]:6.1%}")
    total_right, total = sum(right.values()), sum(judged.values())
    print(f"{'all fields':18} {total_right:5} / {total:<3} {total_right / total:6.1%}")
    print(f"skills recall (mean over {len(recalls)} postings): {statistics.mean(recalls):.1%}")
    print(
        f"\ntime per page: median {statistics.median(times) * 1000:.0f} ms, max"
        f" {max(times) * 1000:.0f} ms; lxml parse alone (floor): median"
        f" {statistics.median(floors) * 1000:.0f} ms, max {max(floors) * 1000:.0f} ms"
    )
    if not args.quiet and mismatches:
        print("\nmismatches (reported, never tuned on):")
        print("\n".join(mismatches))


if __name__ == "__main__":
    main()
