"""One date style for every page: "3 Dec 2026", "Thu 3 Dec 2026" where the weekday helps,
"14:00" for times, and relative words ("3 days ago", "in 2 weeks") where closeness matters
more than the day, always with the full date beside or under them (<time title=...>)."""

from datetime import date, datetime

RELATIVE_DAYS = 60  # further than two months, words like "9 weeks ago" stop helping


def day(value: date | datetime | None) -> str:
    """3 Dec 2026."""
    if value is None:
        return ""
    return f"{value.day} {value:%b %Y}"


def weekday(value: date | datetime | None) -> str:
    """Thu 3 Dec 2026: for due dates and appointments, where the day of the week matters."""
    if value is None:
        return ""
    return f"{value:%a} {day(value)}"


def moment(value: datetime | None) -> str:
    """Thu 3 Dec 2026, 14:00 (in the time zone the value carries)."""
    if value is None:
        return ""
    return f"{weekday(value)}, {value:%H:%M}"


def month(value: date | None) -> str:
    """Dec 2026."""
    return "" if value is None else f"{value:%b %Y}"


def ago(value: date | None, today: date) -> str:
    """How far a day is from today in words: "today", "yesterday", "3 days ago", "in 2
    weeks"; the date itself when it is further than two months away."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    days = (today - value).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days == -1:
        return "tomorrow"
    if abs(days) > RELATIVE_DAYS:
        return day(value)
    amount = _amount(abs(days))
    return f"{amount} ago" if days > 0 else f"in {amount}"


def _amount(days: int) -> str:
    if days < 14:
        return f"{days} days"
    weeks = round(days / 7)
    return f"{weeks} weeks"
