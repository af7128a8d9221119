"""Checks shared by every record a person types: required text, lengths, choices, dates."""

from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from nextyes.domain.errors import InvalidInput

SHORT_TEXT = 200  # names, companies, roles, locations
LINK_TEXT = 2_000
LONG_TEXT = 100_000  # descriptions, notes, feedback: generous, but bounded
# Amounts (salaries) and ids are stored as 32-bit integers (PostgreSQL INTEGER).
LARGEST_WHOLE = 2**31 - 1
# A date a person means: anything outside is a typo, and date arithmetic near year 1 or
# 9999 would overflow (a calendar entry ends the day after it starts).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
# How far back a date in a job search may lie: an application "sent in 1900" is a slip of
# the keyboard, and counting it would bend every figure of the search.
SEARCH_YEARS = 5

E = TypeVar("E", bound=StrEnum)


def required_text(value: str | None, field: str, limit: int = SHORT_TEXT) -> str:
    text = (value or "").strip()
    if not text:
        raise InvalidInput(f"{field} must not be empty")
    return _within(text, field, limit)


def optional_text(value: str | None, field: str, limit: int = SHORT_TEXT) -> str | None:
    text = (value or "").strip()
    return _within(text, field, limit) if text else None


def _within(text: str, field: str, limit: int) -> str:
    if len(text) > limit:
        raise InvalidInput(f"{field} is {len(text):,} characters; the limit is {limit:,}")
    return storable(text, field)


def storable(text: str, field: str) -> str:
    """Text any database can keep: PostgreSQL refuses NUL, and a lone surrogate (bytes that
    were not UTF-8) cannot be encoded at all."""
    if "\x00" in text:
        raise InvalidInput(f"{field} must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            f"{field} must be valid Unicode text (it holds a lone surrogate)"
        ) from None
    return text


def optional_link(value: str | None, field: str = "link") -> str | None:
    text = optional_text(value, field, LINK_TEXT)
    # Only web links: a javascript: or data: URL in a link field is never what a person means.
    if text is not None and not text.lower().startswith(("http://", "https://")):
        raise InvalidInput(f"{field} must start with http:// or https://; you wrote {text[:60]!r}")
    return text


def parse_choice(kind: type[E], text: str, what: str) -> E:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return kind(key)
    except ValueError:
        names = ", ".join(member.value for member in kind)
        raise InvalidInput(f"unknown {what} {text!r}; expected one of: {names}") from None


def parse_day(text: str, today: date) -> date:
    """A date as typed on the command line: an ISO date, 'today' or 'yesterday'."""
    key = text.strip().lower()
    if key == "today":
        return today
    if key == "yesterday":
        return today - timedelta(days=1)
    try:
        day = date.fromisoformat(key)
    except ValueError:
        raise InvalidInput(
            f"cannot read date {text!r}; use YYYY-MM-DD, 'today' or 'yesterday'"
        ) from None
    return plausible_day(day)


def plausible_day(day: date, what: str = "date") -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(
            f"{what} {day.isoformat()} is not a plausible day;"
            f" use one from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"
        )
    return day


def not_in_future(day: date, today: date, what: str = "date") -> date:
    if day > today:
        raise InvalidInput(
            f"{what} {day.isoformat()} is in the future (today is {today.isoformat()})"
        )
    return day


def search_day(day: date, today: date, what: str = "date") -> date:
    """A day of this job search: not in the future, and within the last SEARCH_YEARS."""
    not_in_future(day, today, what)
    earliest = earliest_search_day(today)
    if day < earliest:
        raise InvalidInput(
            f"{what} {day.isoformat()} is more than {SEARCH_YEARS} years ago;"
            f" a job search date lies from {earliest.isoformat()} to today"
        )
    return day


def earliest_search_day(today: date) -> date:
    try:
        return today.replace(year=today.year - SEARCH_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - SEARCH_YEARS, day=28)


def excitement_level(value: int) -> int:
    if not 1 <= value <= 5:
        raise InvalidInput(f"excitement must be from 1 to 5 (5 = dream job); you wrote {value}")
    return value


def salary_range(low: int | None, high: int | None) -> tuple[int | None, int | None]:
    for amount in (low, high):
        if amount is not None and amount < 0:
            raise InvalidInput(f"salary must not be negative; you wrote {amount}")
        if amount is not None and amount > LARGEST_WHOLE:
            raise InvalidInput(f"salary must be at most {LARGEST_WHOLE:,}; you wrote {amount:,}")
    if low is not None and high is not None and low > high:
        raise InvalidInput(f"salary range is upside down: {low} is more than {high}")
    return low, high
