"""The post-mortem of one "no": the person's answers to a few structured prompts.

Lists (questions that caught you out, things to learn, tags) are kept one item a line;
everything is optional, because a half-answered reflection is still worth keeping."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import LONG_TEXT, SHORT_TEXT, optional_text

LIST_FIELDS = ("caught_out", "to_learn", "tags")


@dataclass(frozen=True)
class ReflectionAnswers:
    preparation: str | None = None
    caught_out: tuple[str, ...] = ()
    fit_score: int | None = None
    fit_why: str | None = None
    impressed: str | None = None
    feedback: str | None = None
    to_learn: tuple[str, ...] = ()
    learned_self: str | None = None
    learned_company: str | None = None
    learned_industry: str | None = None
    learned_role: str | None = None
    keep_doing: str | None = None
    tags: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, ()) for f in fields(self))


@dataclass(frozen=True)
class Reflection:
    id: int
    application_id: int
    rejection_id: int | None
    answers: ReflectionAnswers
    created_at: datetime
    updated_at: datetime


# The prompts, in the order they are asked; the words are NextYes's own.
PROMPTS: dict[str, str] = {
    "preparation": "How did you prepare, and how did that preparation hold up?",
    "caught_out": "Which questions caught you out? (one per line)",
    "fit_score": "How close was the fit, from 1 (far off) to 5 (very close)?",
    "fit_why": "What makes you say that about the fit?",
    "impressed": "What seemed to land well with them?",
    "feedback": "What feedback did you get, if any?",
    "to_learn": "Any skills, courses or certifications worth picking up? (one per line)",
    "learned_self": "What did you learn about yourself?",
    "learned_company": "What did you learn about the company?",
    "learned_industry": "What did you learn about the industry?",
    "learned_role": "What did you learn about the role itself?",
    "keep_doing": "What went well that you want to keep doing?",
    "tags": "A few tags to find this again, e.g. system-design, nerves (one per line)",
}


def fit_score(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= 5:
        raise InvalidInput(
            f"fit score must be from 1 (far off) to 5 (very close); you wrote {value}"
        )
    return value


def clean_lines(items: Iterable[str], field: str, limit: int = LONG_TEXT) -> tuple[str, ...]:
    """Non-empty lines, each trimmed, repeats (ignoring case) dropped, first spelling kept."""
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        for line in item.splitlines():
            text = optional_text(line, field, limit)
            key = " ".join((text or "").split()).casefold()
            if text and key not in seen:
                seen.add(key)
                kept.append(text)
    return tuple(kept)


def tag_of(text: str) -> str:
    # Tags are lower case with dashes, so "System Design" and "system-design" are one tag.
    return re.sub(r"[\s_]+", "-", text.strip().lower()).strip("-")


def validated(answers: ReflectionAnswers) -> ReflectionAnswers:
    """Trimmed and bounded answers; InvalidInput naming every problem, each by its field."""
    check = Checks()
    text = {
        f.name: check.field(
            f.name, optional_text, getattr(answers, f.name), f.name.replace("_", " "), LONG_TEXT
        )
        for f in fields(answers)
        if f.name not in LIST_FIELDS and f.name != "fit_score"
    }
    # "presenting, nerves" typed on one line is two tags, as a person means it.
    split = [tag_of(t) for line in answers.tags for t in line.split(",")]
    tags = check.field("tags", clean_lines, split, "tag", SHORT_TEXT)
    clean = replace(
        answers,
        **text,
        fit_score=check.field("fit_score", fit_score, answers.fit_score),
        caught_out=check.field("caught_out", clean_lines, answers.caught_out, "question"),
        to_learn=check.field("to_learn", clean_lines, answers.to_learn, "skill", SHORT_TEXT),
        tags=tuple(t for t in tags or () if t),
    )
    check.done()
    return clean


def answers_from_mapping(base: ReflectionAnswers, data: Mapping[str, Any]) -> ReflectionAnswers:
    """Answers read from JSON: keys are the field names; keys left out keep `base`'s value,
    and null or "" clears one. Lists may be JSON lists or text with one item a line."""
    known = {f.name for f in fields(ReflectionAnswers)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidInput(f"unknown field {unknown[0]!r}; expected some of: {', '.join(PROMPTS)}")
    changes: dict[str, Any] = {}
    for name, value in data.items():
        if name in LIST_FIELDS:
            changes[name] = _as_lines(name, value)
        elif name == "fit_score":
            changes[name] = _as_score(value)
        elif value is None or isinstance(value, str):
            changes[name] = value
        else:
            raise InvalidInput(f"{name} must be text, not {type(value).__name__}")
    return replace(base, **changes)


def _as_lines(name: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(value.splitlines())
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise InvalidInput(f"{name} must be a list of text or text with one item a line")


def _as_score(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidInput(f"fit_score must be a whole number from 1 to 5; you wrote {value!r}")
    try:
        return int(value)
    except ValueError:
        raise InvalidInput(
            f"fit_score must be a whole number from 1 to 5; you wrote {value!r}"
        ) from None
