"""The seven kinds of message the classifier tells apart, and the records it trades in."""

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    APPLICATION_RECEIVED = "application_received"
    REJECTION = "rejection"
    INTERVIEW = "interview"
    OFFER = "offer"
    ASSESSMENT = "assessment"
    RECRUITER_OUTREACH = "recruiter_outreach"
    OTHER = "other"


@dataclass(frozen=True)
class Classification:
    """What a message is, how sure we are (0..1), and a short why ("rule: ...", "model")."""

    label: Label
    confidence: float
    reason: str


@dataclass(frozen=True)
class Example:
    """A labelled message: one line of the shipped corpus, or a person's own correction."""

    subject: str
    body: str
    sender: str
    label: Label
