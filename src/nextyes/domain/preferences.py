"""A person's own preferences: reply windows and support resources, each falling back to the
installation's setting when the person has not chosen one. Pure rules, no I/O."""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from nextyes.domain.errors import InvalidInput
from nextyes.domain.silence import ReplyWindows

MAX_RESOURCES = 10
RESOURCE_LIMIT = 300  # characters in one resource: a line, not a leaflet
RESOURCES = "support_resources"


class InvalidPreference(InvalidInput):
    """A preference that breaks a rule; `field` names it, so a form can mark the right box."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class WindowRule:
    """One reply window: its name (as in settings and JSON), words for people, its range."""

    name: str
    label: str
    unit: str  # "days" or "working days"
    low: int
    high: int
    explains: str


# The same names and ranges as the NEXTYES_* settings in config.py (a test checks they agree).
WINDOW_RULES: tuple[WindowRule, ...] = (
    WindowRule(
        "reply_days_applied",
        "After you apply",
        "days",
        1,
        365,
        "Days with no answer after you send an application before NextYes suggests a"
        " friendly follow-up.",
    ),
    WindowRule(
        "reply_days_screening",
        "At the screening stage",
        "days",
        1,
        365,
        "Days with no news after a first call or test before a follow-up is suggested.",
    ),
    WindowRule(
        "reply_business_days_interviewing",
        "While interviewing",
        "working days",
        1,
        260,
        "Working days (Monday to Friday) with no news during interviews before a follow-up"
        " is suggested.",
    ),
    WindowRule(
        "reply_business_days_final_round",
        "After a final round",
        "working days",
        1,
        260,
        "Working days with no news after a final round before a follow-up is suggested.",
    ),
    WindowRule(
        "ghost_after_follow_up_days",
        "After your follow-up",
        "days",
        1,
        365,
        "Days after you mark the follow-up done (or set it aside) before a silence that"
        " goes on counts as an answer, a quiet no, and its recovery plan begins.",
    ),
)
RULES = {rule.name: rule for rule in WINDOW_RULES}
FIELDS: tuple[str, ...] = (*RULES, RESOURCES)


@dataclass(frozen=True)
class PreferenceValues:
    """A full set of values: the installation's, or a person's effective ones."""

    reply_days_applied: int
    reply_days_screening: int
    reply_business_days_interviewing: int
    reply_business_days_final_round: int
    ghost_after_follow_up_days: int
    support_resources: tuple[str, ...]

    def windows(self) -> ReplyWindows:
        return ReplyWindows(
            applied_days=self.reply_days_applied,
            screening_days=self.reply_days_screening,
            interviewing_business_days=self.reply_business_days_interviewing,
            final_round_business_days=self.reply_business_days_final_round,
            ghost_after_follow_up_days=self.ghost_after_follow_up_days,
        )


@dataclass(frozen=True)
class Preferences(PreferenceValues):
    """What applies to the person now, which of it is their own, and the installation's."""

    own: tuple[str, ...]  # names of the fields the person chose; the rest are defaults
    defaults: PreferenceValues

    def is_own(self, name: str) -> bool:
        return name in self.own


@dataclass(frozen=True)
class PreferenceChoices:
    """What the person chose; None means "use the installation's"."""

    reply_days_applied: int | None = None
    reply_days_screening: int | None = None
    reply_business_days_interviewing: int | None = None
    reply_business_days_final_round: int | None = None
    ghost_after_follow_up_days: int | None = None
    support_resources: tuple[str, ...] | None = None

    def own(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is not None)


def effective(choices: PreferenceChoices, defaults: PreferenceValues) -> Preferences:
    values: dict[str, Any] = {}
    for f in fields(PreferenceValues):
        chosen = getattr(choices, f.name)
        values[f.name] = getattr(defaults, f.name) if chosen is None else chosen
    return Preferences(**values, own=choices.own(), defaults=defaults)


def check_window(name: str, value: int | None) -> int | None:
    rule = RULES[name]
    if value is None:
        return None
    # bool is an int in Python; True days is never what anyone means.
    if isinstance(value, bool) or not rule.low <= value <= rule.high:
        raise InvalidPreference(
            name,
            f"the wait {rule.label.lower()} must be from {rule.low} to {rule.high}"
            f" {rule.unit}; you wrote {value}",
        )
    return value


def window_from_text(name: str, text: str) -> int | None:
    """A window as typed in a box: empty means the installation's, else a whole number."""
    key = text.strip()
    if not key:
        return None
    if not key.isascii() or not key.isdigit():
        rule = RULES[name]
        raise InvalidPreference(
            name,
            f"the wait {rule.label.lower()} must be a whole number of {rule.unit};"
            f" you wrote {key[:20]!r}",
        )
    return check_window(name, int(key))


def check_resources(lines: Sequence[str] | None) -> tuple[str, ...] | None:
    """1 to 10 places to turn, each a non-empty line of up to 300 characters."""
    if lines is None:
        return None
    if isinstance(lines, str):  # a str is a Sequence too, of single characters
        raise InvalidPreference(RESOURCES, "support resources must be a list of lines")
    cleaned = tuple(" ".join(line.split()) for line in lines)
    if not 1 <= len(cleaned) <= MAX_RESOURCES:
        raise InvalidPreference(
            RESOURCES,
            f"support resources must be from 1 to {MAX_RESOURCES} lines; you wrote {len(cleaned)}",
        )
    for number, line in enumerate(cleaned, start=1):
        if not line:
            raise InvalidPreference(RESOURCES, f"support resource {number} is empty")
        if any(unicodedata.category(char) == "Cc" for char in line):
            raise InvalidPreference(
                RESOURCES, f"support resource {number} holds a control character"
            )
        if len(line) > RESOURCE_LIMIT:
            raise InvalidPreference(
                RESOURCES,
                f"support resource {number} is {len(line):,} characters;"
                f" the limit is {RESOURCE_LIMIT}",
            )
    return cleaned


def resources_from_text(text: str) -> tuple[str, ...] | None:
    """One resource a line, as typed in a box; blank lines are dropped, empty means the
    installation's list."""
    lines = [line for line in text.splitlines() if line.strip()]
    return check_resources(lines) if lines else None


def check_choices(choices: PreferenceChoices) -> PreferenceChoices:
    for rule in WINDOW_RULES:
        check_window(rule.name, getattr(choices, rule.name))
    return PreferenceChoices(
        **{rule.name: getattr(choices, rule.name) for rule in WINDOW_RULES},
        support_resources=check_resources(choices.support_resources),
    )
