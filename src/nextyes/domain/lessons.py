"""Lessons across reflections: recurring themes, a list of skills to learn, and a bank of
questions to practise. Pure functions over the person's own reflections and practice log."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from itertools import pairwise

from nextyes.domain.errors import InvalidInput
from nextyes.domain.reflections import LIST_FIELDS, Reflection, ReflectionAnswers

MIN_PHRASE_REFLECTIONS = 2  # a phrase seen in one reflection only is not a pattern yet

# Short, common words that say nothing on their own, and the stock words of interview
# questions ("tell me about a time"); removed before pairing words.
_STOPWORDS_TEXT = """
a about above after again all also am an and any are as at be been before being but by
can could did do does doing done don't down during each even few for from get got had has
have having he her here him his how i i'm if in into is it it's its just least less let
like lot lots me more most much my no nor not now of off on once one only or other our
out over own quite rather really same she should so some still such than that the their
them then there these they this those though through to too under until up us very was
we were what when where which while who whom why will with would yet you your
tell time walk describe explain give example talk share
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
WORD = re.compile(r"[a-z0-9][a-z0-9+#'.-]*[a-z0-9+#]|[a-z0-9]")


class SkillStatus(StrEnum):
    TO_LEARN = "to_learn"
    LEARNING = "learning"
    DONE = "done"


@dataclass(frozen=True)
class Theme:
    kind: str  # "tag" or "phrase"
    text: str
    count: int  # how many reflections mention it
    last_seen: date  # the newest of those reflections


@dataclass(frozen=True)
class Skill:
    id: int
    name: str
    status: SkillStatus
    mentions: int


@dataclass(frozen=True)
class PracticeEntry:
    id: int
    question_id: int
    practised_on: date
    felt: int
    note: str | None


@dataclass(frozen=True)
class PracticeItem:
    question_id: int
    text: str
    application_id: int | None
    times_practised: int
    last_practised_on: date | None
    last_felt: int | None


@dataclass(frozen=True)
class Question:
    id: int
    text: str
    application_id: int | None


@dataclass(frozen=True)
class Lessons:
    themes: list[Theme]
    skills: list[Skill]
    practice_next: list[PracticeItem]


def skill_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def question_key(text: str) -> str:
    """Two wordings that differ only in case, spacing or punctuation are one question."""
    return " ".join(re.sub(r"[^\w\s+#]", " ", text.casefold()).split())[:500]


def felt_score(value: int) -> int:
    if not 1 <= value <= 5:
        raise InvalidInput(f"felt must be from 1 (shaky) to 5 (confident); you wrote {value}")
    return value


def tally(items: Iterable[str]) -> dict[str, tuple[str, int]]:
    """key -> (first spelling, how many times), for de-duplicating skills case-insensitively."""
    found: dict[str, tuple[str, int]] = {}
    for item in items:
        k = skill_key(item)
        name, count = found.get(k, (item.strip(), 0))
        found[k] = (name, count + 1)
    return found


def word_pairs(text: str) -> set[str]:
    """Pairs of neighbouring words once stopwords are gone, within one line or sentence."""
    pairs: set[str] = set()
    for chunk in re.split(r"[\n!?;:,()]+|\.(?:\s+|$)", text.lower()):
        words = [w for w in WORD.findall(chunk) if w not in STOPWORDS and not w.isdigit()]
        pairs.update(f"{a} {b}" for a, b in pairwise(words) if a != b)
    return pairs


def _free_text(answers: ReflectionAnswers) -> str:
    parts: list[str] = []
    for f in fields(answers):
        value = getattr(answers, f.name)
        if f.name in ("tags", "fit_score") or value in (None, ()):
            continue
        parts.extend(value if f.name in LIST_FIELDS else [value])
    return "\n".join(parts)


def themes(reflections: Sequence[Reflection]) -> list[Theme]:
    """Tags, and word pairs recurring in 2+ reflections: most mentioned first, newest first
    among equals."""
    seen: dict[tuple[str, str], list[date]] = {}
    for reflection in reflections:
        day = reflection.updated_at.date()
        for tag in set(reflection.answers.tags):
            seen.setdefault(("tag", tag), []).append(day)
        for pair in word_pairs(_free_text(reflection.answers)):
            seen.setdefault(("phrase", pair), []).append(day)
    found = [
        Theme(kind, text, len(days), max(days))
        for (kind, text), days in seen.items()
        if kind == "tag" or len(days) >= MIN_PHRASE_REFLECTIONS
    ]
    return sorted(found, key=lambda t: (-t.count, -t.last_seen.toordinal(), t.kind, t.text))


def skill_mentions(reflections: Sequence[Reflection]) -> dict[str, tuple[str, int]]:
    """Skill key -> (first spelling, how many reflections name it)."""
    return tally(name for r in reflections for name in r.answers.to_learn)


def practice_order(
    questions: Sequence[Question], log: Sequence[PracticeEntry]
) -> list[PracticeItem]:
    """What to practise next: never practised first, then the weakest last feeling, then the
    least recently practised; the oldest question breaks a tie."""
    by_question: dict[int, list[PracticeEntry]] = {}
    for entry in sorted(log, key=lambda e: (e.practised_on, e.id)):
        by_question.setdefault(entry.question_id, []).append(entry)
    items = []
    for q in questions:
        entries = by_question.get(q.id, [])
        last = entries[-1] if entries else None
        items.append(
            PracticeItem(
                question_id=q.id,
                text=q.text,
                application_id=q.application_id,
                times_practised=len(entries),
                last_practised_on=last.practised_on if last else None,
                last_felt=last.felt if last else None,
            )
        )
    return sorted(items, key=_practice_key)


def _practice_key(item: PracticeItem) -> tuple[int, int, int, int]:
    if item.last_practised_on is None or item.last_felt is None:
        return (0, 0, 0, item.question_id)
    return (1, item.last_felt, item.last_practised_on.toordinal(), item.question_id)
