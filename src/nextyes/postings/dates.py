"""Dates as pages write them: a date or timestamp counts as the calendar date written.

No timezone conversion: "2025-03-01T23:30:00-08:00" is 1 March, the day the employer
meant, even though it is 2 March in UTC."""

import re
from datetime import UTC, date, datetime
from typing import Any

_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s_]|[+-]\d|Z)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar janvier enero januari",
            "february feb februar février fevrier febrero februari",
            "march mar märz maerz mars marzo maart",
            "april apr avril abril",
            "may mai mayo mei",
            "june jun juni juin junio",
            "july jul juli juillet julio",
            "august aug août aout agosto augustus",
            "september sep sept septembre septiembre",
            "october oct oktober octobre octubre okt",
            "november nov novembre noviembre",
            "december dec dezember décembre decembre diciembre dic dez",
        ),
        start=1,
    )
    for name in names.split()
}
_WORDS_DAY_FIRST = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d]+)\.?,?\s+(?:de\s+)?(\d{4})\b"
)
_WORDS_MONTH_FIRST = re.compile(r"^([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_EPOCH_SECONDS = (10**9, 10**10)  # plausible Unix seconds (2001 to 2286)


def read_date(value: Any) -> date | None:
    """The calendar date in a structured-data value, or None if there is none to read."""
    if isinstance(value, list):
        return next((found for item in value if (found := read_date(item))), None)
    if isinstance(value, dict):
        return read_date(value.get("@value", value.get("value")))
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_epoch(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(int(text))
    for pattern, order in (
        (_ISO, "ymd"),
        (_COMPACT, "ymd"),
        (_DAY_FIRST, "dmy"),
        (_WORDS_DAY_FIRST, "dmy"),
        (_WORDS_MONTH_FIRST, "mdy"),
    ):
        matched = pattern.match(text)
        if matched:
            return _make(matched.groups(), order)
    return None


def _make(parts: tuple[str | Any, ...], order: str) -> date | None:
    named = dict(zip(order, parts, strict=True))
    month_text = str(named["m"])
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
    if month is None:
        return None
    try:
        return date(int(named["y"]), month, int(named["d"]))
    except ValueError:
        return None


def _from_epoch(number: float) -> date | None:
    seconds = number / 1000 if number >= _EPOCH_SECONDS[1] else number
    if not _EPOCH_SECONDS[0] <= seconds < _EPOCH_SECONDS[1]:
        return None
    # A bare number has no written date; UTC is the only reading that needs no guess.
    return datetime.fromtimestamp(seconds, UTC).date()
