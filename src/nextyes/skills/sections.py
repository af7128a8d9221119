"""A posting cut into its parts by its headings, in English, German, French, Spanish and
Dutch: requirements, nice to have, duties, and the rest (offer, company, how to apply).

A heading is a line that is one of the known headings ("Dein Profil", "Wat wij vragen:"),
or a short line that starts with one and is marked as a heading (ends with a colon, starts
with "#", or is bold), or, for headings of two words or more, any short line without a
full stop that starts with one ("What you bring to the team"). A known heading followed
by a colon and more text on the same line ("Nice to have: Kafka") sets the part of that
line only. The first line, when short, is the job's title."""

import re
from dataclasses import dataclass

from nextyes.skills.headings import HEADINGS, LONGEST_HEADING, Part, heading_key

_LINE = re.compile(r"[^\n]*")
_BULLET = re.compile("^\\s*(?:[-*\u00b7\u2013\u2014\u2022\u25aa\u25e6\u25cf]|\\d{1,2}[.)])\\s")
_MARKED = re.compile(r"^\s*(?:#+\s*\S|\*\*.*\*\*\s*:?\s*$|__.*__\s*:?\s*$)|:\s*$")
SHORT = 8  # words in a line that may still be a heading
TITLE_WORDS = 12  # words in a first line that may be the job's title


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    part: Part


def parts(text: str) -> list[Span]:
    """The lines of `text` (as character spans, newline excluded), each with its part."""
    spans: list[Span] = []
    current = Part.INTRO
    first = True  # no line with text in it yet
    for match in _LINE.finditer(text):
        if match.start() and text[match.start() - 1] != "\n":
            continue  # the empty match right after each line
        line = match.group()
        inline = _inline_heading(line)
        heading = None if inline else _heading(line)
        part = inline or current
        if heading is not None:
            current = part = heading
        elif first and _title(line):
            part = Part.TITLE
        first = first and not line.strip()
        spans.append(Span(match.start(), match.end(), part))
    return spans


def part_at(spans: list[Span], offset: int) -> Part:
    for span in spans:
        if span.start <= offset <= span.end:
            return span.part
    return Part.INTRO


def _heading(line: str) -> Part | None:
    key = heading_key(line)
    if not key or _BULLET.match(line):
        return None
    if key in HEADINGS:
        return HEADINGS[key]
    words = key.split()
    if len(words) > SHORT or line.rstrip().endswith("."):
        return None
    marked = _MARKED.search(line) is not None
    for size in range(min(len(words), LONGEST_HEADING), 0, -1):
        prefix = " ".join(words[:size])
        if prefix in HEADINGS and (marked or size >= 2):
            return HEADINGS[prefix]
    return None


def _title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= TITLE_WORDS and not line.rstrip().endswith(".")


def _inline_heading(line: str) -> Part | None:
    before, colon, after = line.partition(":")
    if not colon or not any(char.isalnum() for char in after):
        return None  # "**Bonus points:**" is a heading of its own
    key = heading_key(before)
    return HEADINGS.get(key) if key and len(key.split()) <= LONGEST_HEADING else None
