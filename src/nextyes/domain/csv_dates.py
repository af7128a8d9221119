"""Dates as spreadsheets write them: 2026-03-14, 14/03/2026, 03/14/2026, 14.03.2026,
"Mar 14, 2026", "14. März 2026", and Excel's serial numbers (46095).

Whether 03/04/2026 is the 3rd of April or the 4th of March cannot be read from one cell, so
`date_order` decides it from every date in the file: one 14/03 settles it for all."""

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

from nextyes.domain.errors import InvalidInput


class DateOrder(StrEnum):
    DAY_FIRST = "day/month/year"
    MONTH_FIRST = "month/day/year"


# Excel counts days from 1899-12-30 (its 1900 leap-year slip folded in). Serial numbers
# are read only from 1954 to 2119: a plain number outside that is not a date.
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = (20_000, 80_000)

ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,].*)?$")
SERIAL = re.compile(r"^(\d{5})(?:\.\d+)?$")
WORD = re.compile(r"[a-z]+|\d+")

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero januari jaenner janv ene",
        "february feb februar fevrier febrero februari fevr",
        "march mar maerz marz mars marzo maart mrz",
        "april apr avril abril",
        "may mai mayo mei",
        "june jun juni juin junio",
        "july jul juli juillet julio juil",
        "august aug aout agosto augustus ago",
        "september sep sept septembre septiembre",
        "october oct oktober octobre octubre okt",
        "november nov novembre noviembre",
        "december dec dezember decembre diciembre dez dic",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number
# Words that sit between the parts of a written date ("14 de marzo de 2026", "the 14th").
FILLER = frozenset({"de", "del", "the", "of", "st", "nd", "rd", "th", "le", "er"})
WEEKDAYS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def date_order(values: Iterable[str]) -> tuple[DateOrder, bool]:
    """How the numeric dates among `values` put day and month, and whether that was a
    guess (some could be either and none had a part above 12; then day first, as most of
    the world writes)."""
    day_first = month_first = either = 0
    for value in values:
        found = NUMERIC.match(value.strip())
        if found is None or found.group(2) == ".":  # dots are always day first
            continue
        first, second = int(found.group(1)), int(found.group(3))
        day_first += first > 12 >= second
        month_first += second > 12 >= first
        either += first <= 12 and second <= 12
    if month_first > day_first:
        return DateOrder.MONTH_FIRST, False
    return DateOrder.DAY_FIRST, day_first == 0 and either > 0


def parse_date(text: str, order: DateOrder = DateOrder.DAY_FIRST) -> date:
    """One cell as a date, or InvalidInput saying why it is not one."""
    value = text.strip()
    try:
        day = _numeric(value, order) or _serial(value) or _written(value)
    except ValueError:
        day = None
    if day is None:
        raise InvalidInput(f"{value!r} is not a date NextYes can read")
    return day


def _numeric(value: str, order: DateOrder) -> date | None:
    found = ISO.match(value)
    if found:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    found = NUMERIC.match(value)
    if found is None:
        return None
    first, second, year = int(found.group(1)), int(found.group(3)), _year(found.group(4))
    if found.group(2) == "." or order is DateOrder.DAY_FIRST:
        return date(year, second, first)
    return date(year, first, second)


def _serial(value: str) -> date | None:
    found = SERIAL.match(value)
    if found is None or not EXCEL_SERIALS[0] <= int(found.group(1)) <= EXCEL_SERIALS[1]:
        return None
    return EXCEL_EPOCH + timedelta(days=int(found.group(1)))


def _written(value: str) -> date | None:
    """A date with its month in words, in any order: "Mar 14, 2026", "14. März 2026",
    "le 14 mars 2026", "14 de marzo de 2026", "Sat 14 March 2026 10:00"."""
    plain = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b.*$", "", plain)  # a time of day ends it
    words = [w for w in WORD.findall(plain) if w not in FILLER and w not in WEEKDAYS]
    months = [MONTHS[w] for w in words if w in MONTHS]
    numbers = [w for w in words if w.isdigit()]
    if len(months) != 1 or len(numbers) != 2 or len(words) != 3:
        return None
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(days) != 1:
        return None
    return date(int(years[0]), months[0], int(days[0]))


def _year(text: str) -> int:
    # Two-digit years are this century's: nobody's search began in 1926.
    return 2000 + int(text) if len(text) == 2 else int(text)
