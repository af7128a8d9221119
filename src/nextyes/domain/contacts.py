"""People at companies: recruiters, hiring managers, interviewers, referrers."""

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from nextyes.domain.errors import Checks, InvalidInput
from nextyes.domain.fields import LONG_TEXT, optional_link, optional_text, required_text


class ContactRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"
    OTHER = "other"


@dataclass(frozen=True)
class NewContact:
    name: str
    role: ContactRole = ContactRole.OTHER
    company: str | None = None
    email: str | None = None
    linkedin: str | None = None
    notes: str | None = None
    next_touch_on: date | None = None

    def validated(self) -> "NewContact":
        """A cleaned copy, or InvalidInput naming every problem (InvalidFields for several)."""
        check = Checks()
        clean = replace(
            self,
            name=check.field("name", required_text, self.name, "name"),
            company=check.field("company", optional_text, self.company, "company"),
            email=check.field("email", email_address, self.email),
            linkedin=check.field("linkedin", optional_link, self.linkedin, "linkedin"),
            notes=check.field("notes", optional_text, self.notes, "notes", LONG_TEXT),
        )
        check.done()
        return clean


def email_address(value: str | None) -> str | None:
    email = optional_text(value, "email", 320)
    if email is not None and ("@" not in email or " " in email):
        raise InvalidInput(f"email {email!r} is not an email address")
    return email


@dataclass(frozen=True)
class Contact:
    id: int
    name: str
    role: ContactRole
    company: str | None = None
    email: str | None = None
    linkedin: str | None = None
    notes: str | None = None
    next_touch_on: date | None = None
    application_ids: tuple[int, ...] = field(default=())
