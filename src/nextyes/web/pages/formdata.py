"""Reading typed form fields: every value arrives as text, and a slip gets one plain line.

Pages take every field as a string (so a missing or mistyped one re-renders the form with
its message instead of a generic error), then read it here."""

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice, plausible_day

E = TypeVar("E", bound=StrEnum)


def whole_number(text: str, field: str) -> int | None:
    """None for an empty field; InvalidInput for anything but a whole number."""
    value = text.strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise InvalidInput(f"{field} must be a whole number; you wrote {value[:40]!r}") from None


def required_number(text: str, field: str) -> int:
    number = whole_number(text, field)
    if number is None:
        raise InvalidInput(f"{field} must not be empty")
    return number


def optional_day(text: str, field: str = "date") -> date | None:
    value = text.strip()
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"{field} must be a date like 2026-03-16; you wrote {value[:40]!r}"
        ) from None
    return plausible_day(day, field)


def optional_choice(kind: type[E], text: str, what: str) -> E | None:
    return parse_choice(kind, text, what) if text.strip() else None


def local_path(target: str, fallback: str) -> str:
    """A path on this site to go back to, never another site: '/x' yes, '//x' or 'http:' no."""
    # Browsers drop tabs and newlines and read a backslash as a slash: "/\t/x" is "//x".
    odd = any(c.isspace() or ord(c) < 32 or c == "\\" for c in target)
    if target.startswith("/") and not target.startswith("//") and not odd:
        return target
    return fallback


def problems_by_field(problem: InvalidInput, fields: Iterable[str]) -> dict[str, str]:
    """Every problem an error holds, keyed by the form field it is about ("" for the form
    as a whole), in the order of `fields` (the form's own order), for `ui.error_summary`
    and the messages beside each field."""
    known = list(fields)
    found: dict[str, str] = {}
    for each in problem.problems:
        message = str(each)
        name = each.field if each.field in known else field_with_error(message, known)
        key = name or ""
        found[key] = f"{found[key]}; {message}" if key in found else message
    place = {name: n for n, name in enumerate(known)}
    return dict(sorted(found.items(), key=lambda item: place.get(item[0], len(known))))


def field_with_error(message: str, fields: list[str]) -> str | None:
    """Which form field a one-line message is about, so the form can mark that field."""
    return next((name for name in fields if message.startswith(name)), None)
