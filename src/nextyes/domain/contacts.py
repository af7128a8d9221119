"""People at companies: recruiters, hiring managers, interviewers, referrers."""

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from nextyes.domain.errors import InvalidInput
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
        email = optional_text(self.email, "email", 320)
        if email is not None and ("@" not in email or " " in email):
            raise InvalidInput(f"email {email!r} is not an email address")
        return replace(
            self,
            name=required_text(self.name, "name"),
            company=optional_text(self.company, "company"),
            email=email,
            linkedin=optional_link(self.linkedin, "linkedin"),
            notes=optional_text(self.notes, "notes", LONG_TEXT),
        )


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
