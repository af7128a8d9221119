"""Applications: what a person applied for, how, and how much they want it."""

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import (
    LONG_TEXT,
    excitement_level,
    optional_link,
    optional_text,
    required_text,
    salary_range,
    search_day,
)
from nextyes.domain.stages import PIPELINE, Stage


class Channel(StrEnum):
    """How an application (or a past job) came about."""

    REFERRAL = "referral"
    RECRUITER = "recruiter"
    DIRECT = "direct"
    JOB_BOARD = "job_board"
    NETWORKING = "networking"
    OTHER = "other"


@dataclass(frozen=True)
class NewApplication:
    company: str
    role: str
    channel: Channel = Channel.OTHER
    stage: Stage = Stage.APPLIED
    on: date | None = None  # when it reached `stage`; today when left out
    excitement: int = 3
    link: str | None = None
    description: str | None = None
    location: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    notes: str | None = None
    earlier_id: int | None = None  # an earlier application to the same posting

    def validated(self, today: date) -> "NewApplication":
        """A cleaned copy, or InvalidInput naming every problem (InvalidFields for several)."""
        if self.stage not in PIPELINE:
            raise InvalidInput(
                f"a new application starts in one of: {', '.join(s.value for s in PIPELINE)};"
                f" record outcomes such as {self.stage.value} after adding it",
                "stage",
            )
        check = Checks()
        facts = check.field("facts", clean_facts, self)
        on = check.field("on", search_day, self.on or today, today)
        check.done()
        return replace(self, on=on, **facts)


@dataclass(frozen=True)
class ApplicationFacts:
    """Everything about an application a person may correct. Its stage and dates are not
    here: they come from its timeline, corrected entry by entry."""

    company: str
    role: str
    channel: Channel
    excitement: int
    link: str | None = None
    description: str | None = None
    location: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    notes: str | None = None

    def validated(self) -> "ApplicationFacts":
        """A cleaned copy, or InvalidInput naming every problem (InvalidFields for several)."""
        return replace(self, **clean_facts(self))


def clean_facts(given: NewApplication | ApplicationFacts) -> dict[str, Any]:
    """The facts of a new or corrected application, cleaned, with every problem at once."""
    check = Checks()
    facts = {
        "company": check.field("company", required_text, given.company, "company"),
        "role": check.field("role", required_text, given.role, "role"),
        "excitement": check.field("excitement", excitement_level, given.excitement),
        "link": check.field("link", optional_link, given.link),
        "description": check.field(
            "description", optional_text, given.description, "description", LONG_TEXT
        ),
        "location": check.field("location", optional_text, given.location, "location"),
        "notes": check.field("notes", optional_text, given.notes, "notes", LONG_TEXT),
    }
    salary = check.field("salary_min", salary_range, given.salary_min, given.salary_max)
    currency = check.field(
        "salary_currency", optional_text, given.salary_currency, "salary currency", 10
    )
    check.done()
    low, high = salary
    return {
        **facts,
        "salary_min": low,
        "salary_max": high,
        "salary_currency": currency.upper() if currency else None,
    }


@dataclass(frozen=True)
class Application:
    id: int
    company: str
    role: str
    channel: Channel
    stage: Stage
    stage_since: date
    excitement: int
    created_on: date
    applied_on: date | None
    link: str | None = None
    description: str | None = None
    location: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    updated_at: datetime | None = None
    notes: str | None = None
    earlier_id: int | None = None  # applying again: the earlier application to the posting

    @property
    def facts(self) -> ApplicationFacts:
        return ApplicationFacts(
            company=self.company,
            role=self.role,
            channel=self.channel,
            excitement=self.excitement,
            link=self.link,
            description=self.description,
            location=self.location,
            salary_min=self.salary_min,
            salary_max=self.salary_max,
            salary_currency=self.salary_currency,
            notes=self.notes,
        )
