"""Applications: what a person applied for, how, and how much they want it."""

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import (
    LONG_TEXT,
    excitement_level,
    not_in_future,
    optional_link,
    optional_text,
    required_text,
    salary_range,
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

    def validated(self, today: date) -> "NewApplication":
        """A cleaned copy, or InvalidInput naming the first problem."""
        if self.stage not in PIPELINE:
            raise InvalidInput(
                f"a new application starts in one of: {', '.join(s.value for s in PIPELINE)};"
                f" record outcomes such as {self.stage.value} after adding it"
            )
        low, high = salary_range(self.salary_min, self.salary_max)
        currency = optional_text(self.salary_currency, "salary currency", 10)
        return replace(
            self,
            company=required_text(self.company, "company"),
            role=required_text(self.role, "role"),
            on=not_in_future(self.on or today, today),
            excitement=excitement_level(self.excitement),
            link=optional_link(self.link),
            description=optional_text(self.description, "description", LONG_TEXT),
            location=optional_text(self.location, "location"),
            salary_min=low,
            salary_max=high,
            salary_currency=currency.upper() if currency else None,
        )


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
