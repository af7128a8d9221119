"""The building blocks of the API's shapes: bounded texts, dates a person means, ids,
request and response bases, and the problem responses a route declares.

Limits are the domain's own (domain/fields.py), so the schema says what the services
enforce."""

import re
from datetime import date
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
)

from nextyes.domain.fields import (
    FIRST_DAY,
    LARGEST_WHOLE,
    LAST_DAY,
    LINK_TEXT,
    LONG_TEXT,
    SHORT_TEXT,
)
from nextyes.domain.wellbeing import NOTE_LIMIT

# Ids and amounts are stored as 32-bit integers: larger is never an id.
MAX_INT = LARGEST_WHOLE
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def plain_text(value: str) -> str:
    # JSON can carry a NUL or half a surrogate pair; neither can be stored as text.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None
    return value


def iso_day(value: object) -> object:
    # Only YYYY-MM-DD: pydantic would otherwise read 0 or "0" as 1970-01-01.
    if isinstance(value, str) and not ISO_DAY.fullmatch(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    if not isinstance(value, str | date):
        raise ValueError("must be a date written YYYY-MM-DD")
    return value


def plausible_day(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"must be from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}")
    return value


def _text(limit: int, min_length: int = 0) -> tuple[StringConstraints, AfterValidator]:
    bounds = StringConstraints(max_length=limit, min_length=min_length or None)
    return bounds, AfterValidator(plain_text)


# Texts bounded like the domain's fields of the same kind.
Required = Annotated[str, *_text(SHORT_TEXT, min_length=1)]
Short = Annotated[str, *_text(SHORT_TEXT)]
Link = Annotated[str, *_text(LINK_TEXT)]
Long = Annotated[str, *_text(LONG_TEXT)]
Currency = Annotated[str, *_text(10)]
Email = Annotated[str, *_text(320)]
RoleLine = Annotated[str, *_text(400)]
PlanLine = Annotated[str, *_text(500, min_length=1)]
CheckInNote = Annotated[str, *_text(NOTE_LIMIT)]
Day = Annotated[date, BeforeValidator(iso_day), AfterValidator(plausible_day)]
# Whole numbers only: JSON true, 1.0 or "1" is not a number a person typed.
Whole = Annotated[int, Strict()]
Id = Annotated[int, Strict(), Field(ge=1, le=MAX_INT)]

ApplicationId = Annotated[int, Path(ge=1, le=MAX_INT, description="The application's id.")]
StepId = Annotated[int, Path(ge=1, le=MAX_INT, description="The step's id.")]
DraftId = Annotated[int, Path(ge=1, le=MAX_INT, description="The draft's id.")]
SkillId = Annotated[int, Path(ge=1, le=MAX_INT, description="The skill's id.")]
ContactId = Annotated[int, Path(ge=1, le=MAX_INT, description="The contact's id.")]
SearchText = Annotated[
    str | None,
    Query(max_length=SHORT_TEXT, description="Text to look for (ignoring case)."),
    AfterValidator(lambda v: plain_text(v) if v is not None else v),
]


class In(BaseModel):
    """A request body: a JSON object with only the fields below."""

    model_config = ConfigDict(extra="forbid")


class Out(BaseModel):
    """A response body, read from the domain's records."""

    model_config = ConfigDict(from_attributes=True)


# ---- problems --------------------------------------------------------------------------

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An error as RFC 9457 problem details; `detail` says what was wrong.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "example": "about:blank"},
        "title": {"type": "string", "example": "Invalid input"},
        "status": {"type": "integer", "example": 422},
        "detail": {
            "type": "string",
            "example": "excitement: Input should be less than or equal to 5",
        },
        "errors": {
            "type": "array",
            "description": "For invalid requests: every field that was wrong.",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}
PROBLEM_TEXT = {
    400: "The body is not JSON; nothing was changed.",
    403: "The X-CSRF-Token header is missing or wrong; nothing was changed.",
    404: "No such record for this person.",
    409: "The request conflicts with the record's current state; nothing was changed.",
    413: "The body is larger than 4 MB (web/body_limit.py); nothing was changed.",
    422: "The request breaks a rule (the detail names the field); nothing was changed.",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The problem responses a route may give, for its OpenAPI `responses=`. A route that
    changes something (403 without the token) may be sent a body, so it may also say 413."""
    said = sorted({*statuses, 413} if 403 in statuses else set(statuses))
    return {
        status: {
            "description": PROBLEM_TEXT[status],
            "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}},
        }
        for status in said
    }
