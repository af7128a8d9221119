"""Shapes of the API's corrections: PATCH bodies (a field left out stays as it is; null
clears an optional one), what a deletion answers (the trash entry that can bring it back),
and the records the web had and the API lacked (interviews, past jobs, private writing,
the profile drafts sign with)."""

from datetime import date, datetime
from typing import Annotated, ClassVar

from pydantic import (
    AwareDatetime,
    BeforeValidator,
    Field,
    Strict,
    ValidationInfo,
    field_validator,
)

from nextyes.domain.applications import Channel
from nextyes.domain.contacts import ContactRole
from nextyes.domain.interviews import MAX_MINUTES, MIN_MINUTES
from nextyes.services.trash import Kind
from nextyes.web.api.fields import MAX_INT as MAX_INT
from nextyes.web.api.fields import (
    CheckInNote,
    Currency,
    Day,
    Email,
    Id,
    In,
    Link,
    Long,
    Out,
    PlanLine,
    Required,
    Short,
    Whole,
)

Minutes = Annotated[int, Strict(), Field(ge=MIN_MINUTES, le=MAX_MINUTES)]


def _written_time(value: object) -> object:
    # JSON gives a time as text; pydantic would also read a bare number as seconds since
    # 1970, never a time a person gave.
    if not isinstance(value, str):
        raise ValueError("must be a date and time written like 2026-03-20T09:30:00+01:00")
    return value


# A moment written as text with its zone.
Moment = Annotated[AwareDatetime, BeforeValidator(_written_time)]


class Patch(In):
    """A PATCH body: the fields sent change, the rest stay; `null` clears an optional
    field, and is refused for one that cannot be empty (those named in `never_null`)."""

    never_null: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*")
    @classmethod
    def _required_stay_filled(cls, value: object, info: ValidationInfo) -> object:
        if value is None and info.field_name in cls.never_null:
            raise ValueError("cannot be null; leave it out to keep it as it is")
        return value


class ApplicationPatch(Patch):
    never_null = frozenset({"company", "role", "channel", "excitement"})

    company: Required | None = Field(None, description="Company name.")
    role: Required | None = Field(None, description="Job title.")
    channel: Channel | None = Field(None, description="How it came about.")
    excitement: Whole | None = Field(None, ge=1, le=5, description="1-5; 5 is a dream job.")
    link: Link | None = Field(None, description="The posting's address (http or https).")
    description: Long | None = Field(None, description="The job description.")
    location: Short | None = Field(None, description="Where the job is.")
    salary_min: Whole | None = Field(None, ge=0, le=MAX_INT, description="Lower end.")
    salary_max: Whole | None = Field(None, ge=0, le=MAX_INT, description="Upper end.")
    salary_currency: Currency | None = Field(None, description="Currency code, e.g. GBP.")
    notes: Long | None = Field(None, description="Your own notes on it.")


class EntryPatch(Patch):
    occurred_on: Day | None = Field(
        None, description="The corrected date; it stays between the entries around it."
    )
    note: Long | None = Field(None, description="Its note (for a 'no': the reason given).")
    feedback: Long | None = Field(None, description="For a 'no': the feedback they gave.")


class ContactPatch(Patch):
    never_null = frozenset({"name", "role"})

    name: Required | None = Field(None, description="Their name.")
    role: ContactRole | None = Field(None, description="Their part in the process.")
    company: Short | None = Field(None, description="Where they work.")
    email: Email | None = Field(None, description="Email address.")
    linkedin: Link | None = Field(None, description="LinkedIn profile address.")
    notes: Long | None = Field(None, description="Notes.")
    next_touch_on: Day | None = Field(None, description="When to get in touch next.")


class CheckInPatch(Patch):
    never_null = frozenset({"mood"})

    mood: Whole | None = Field(None, ge=1, le=5, description="1 (low) to 5 (good).")
    note: CheckInNote | None = Field(None, description="A line about the day.")


class IfThenPatch(Patch):
    never_null = frozenset({"cue", "action"})

    cue: PlanLine | None = Field(None, description="If ...")
    action: PlanLine | None = Field(None, description="... then I will ...")


class DraftPatch(Patch):
    never_null = frozenset({"body"})

    subject: Annotated[str, Field(max_length=300)] | None = Field(
        None, description="The subject line."
    )
    body: Long | None = Field(None, description="The message as you will send it.")


class DeletedOut(Out):
    trash_id: int = Field(description="The trash entry; POST /trash/{trash_id}/restore undoes.")
    kind: Kind = Field(description="What was deleted.")
    item_id: int = Field(description="Its id.")
    label: str = Field(description="What it was, in a few words.")
    application_id: int | None = Field(description="The application it belonged to, if any.")


class TrashItemOut(Out):
    id: int = Field(description="The trash entry's id.")
    kind: Kind = Field(description="What was deleted.")
    item_id: int = Field(description="Its id when it was deleted.")
    label: str = Field(description="What it was, in a few words.")
    deleted_at: datetime = Field(description="When (UTC); it is forgotten 30 days later.")


class RestoredOut(Out):
    kind: Kind = Field(description="What came back.")
    item_id: int = Field(description="Its id now (a new one if the old one was taken).")
    label: str = Field(description="What it is, in a few words.")
    left_out: int = Field(description="Rows that could not come back (their parent is gone).")


class EmptiedOut(Out):
    forgotten: int = Field(description="Trash entries forgotten for good.")


# ---- interviews, past jobs, writing, profile --------------------------------------------


class InterviewIn(In):
    application_id: Id = Field(description="The application it is for (sent, not finished).")
    starts_at: Moment = Field(description="When it starts, with its time zone.")
    minutes: Minutes = Field(60, description="How long, in minutes.")
    title: Short | None = Field(None, description="e.g. 'Panel with the data team'.")
    location: Link | None = Field(None, description="An address, a room, or a call link.")
    notes: Long | None = Field(None, description="Notes.")


class InterviewPatch(Patch):
    never_null = frozenset({"starts_at", "minutes"})

    starts_at: Moment | None = Field(None, description="When it starts, with its zone.")
    minutes: Minutes | None = Field(None, description="How long, in minutes.")
    title: Short | None = Field(None, description="Its title.")
    location: Link | None = Field(None, description="An address, a room, or a call link.")
    notes: Long | None = Field(None, description="Notes.")


class InterviewOut(Out):
    id: int = Field(description="The interview's id.")
    application_id: int = Field(description="The application it is for.")
    starts_at: datetime = Field(description="When it starts (UTC).")
    minutes: int = Field(description="How long, in minutes.")
    title: str | None = Field(description="Its title.")
    location: str | None = Field(description="Where, or the call link.")
    notes: str | None = Field(description="Notes.")


class PastJobIn(In):
    company: Required = Field(description="Company name.")
    role: Required = Field(description="Job title.")
    channel: Channel = Field(description="How you found it.")
    started_on: Day | None = Field(None, description="When it started.")
    ended_on: Day | None = Field(None, description="When it ended.")
    notes: Long | None = Field(None, description="Notes.")


class PastJobPatch(Patch):
    never_null = frozenset({"company", "role", "channel"})

    company: Required | None = Field(None, description="Company name.")
    role: Required | None = Field(None, description="Job title.")
    channel: Channel | None = Field(None, description="How you found it.")
    started_on: Day | None = Field(None, description="When it started.")
    ended_on: Day | None = Field(None, description="When it ended.")
    notes: Long | None = Field(None, description="Notes.")


class PastJobOut(Out):
    id: int = Field(description="Its id.")
    company: str = Field(description="Company name.")
    role: str = Field(description="Job title.")
    channel: Channel = Field(description="How you found it.")
    started_on: date | None = Field(description="When it started.")
    ended_on: date | None = Field(description="When it ended.")
    notes: str | None = Field(description="Notes.")


class WritingIn(In):
    text: Long = Field(description="What you wrote.")
    prompt: Long | None = Field(None, description="The prompt it answers (default: the next).")
    private: bool = Field(True, description="Private unless you say otherwise.")


class WritingEntryOut(Out):
    id: int = Field(description="Its id.")
    prompt: str = Field(description="The prompt it answers.")
    body: str = Field(description="What you wrote.")
    private: bool = Field(description="True unless you chose to share it.")
    written_on: date = Field(description="The day it was written.")


class WritingSummaryOut(Out):
    id: int = Field(description="Its id.")
    written_on: date = Field(description="The day it was written.")
    private: bool = Field(description="True unless you chose to share it.")
    first_words: str = Field(description="Its first words only.")


class WritingPromptOut(Out):
    prompt: str = Field(description="Today's prompt.")
    evidence: str = Field(description="Why writing helps, from a published study.")
    entries_so_far: int = Field(description="How many you have written.")


class ProfileIn(In):
    name: Short | None = Field(None, description="Your name, to sign drafts; null clears it.")
    headline: Annotated[str, Field(max_length=300)] | None = Field(
        None, description="A line about you, for reconnect notes; null clears it."
    )


class ProfileOut(Out):
    name: str | None = Field(description="Your name, as drafts sign off.")
    headline: str | None = Field(description="A line about you.")
