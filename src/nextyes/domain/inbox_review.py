"""The review queue and the import summary in words a person uses (pure, no I/O).

Each message waiting for review asks ONE question built from the guess, naming the company
(or the sender when no company is known) and the application it would change: "Is this a
rejection from Orchard & Co (Insights Analyst)?". Three answers, never two with the same
words: "Yes" (does what the guess says), "It's something else" (another kind, another
application) and "Not about my search". No percentages in the question: how sure the guess
is stays a quiet detail.

An import's summary names what changed and where: "Recorded a no from Orchard & Co (Insights
Analyst); its plan starts tomorrow", "Moved Kestrel Games (Producer) to interviewing",
"3 replies restarted the silence clock: ...". The changes themselves (ImportChange) are data
the import service collects; the lines are drawn here so the web page and the command line
say the same."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nextyes.classify.labels import Label
from nextyes.domain.applications import Application
from nextyes.domain.inbox import (
    Action,
    Candidate,
    Decision,
    Effect,
    Link,
    ReviewItem,
    ReviewStatus,
    decide,
    normal,
)
from nextyes.domain.stages import IN_PROCESS, Stage

# Kinds that change an application, so answering "yes" needs one.
NEEDS_APPLICATION = frozenset({Label.REJECTION, Label.INTERVIEW, Label.OFFER, Label.ASSESSMENT})

# A kind of message as a person would name it, for "It's something else: what is it?".
KIND_WORDS: dict[Label, str] = {
    Label.REJECTION: "A rejection (a no)",
    Label.INTERVIEW: "An interview invitation",
    Label.ASSESSMENT: "A test or take-home task",
    Label.OFFER: "A job offer",
    Label.APPLICATION_RECEIVED: "A confirmation that an application arrived",
    Label.RECRUITER_OUTREACH: "A recruiter getting in touch",
    Label.OTHER: "Other news about my search",
}
# The same, short, inside a sentence ("Kept as an interview invitation").
KIND_SHORT: dict[Label, str] = {
    Label.REJECTION: "a rejection",
    Label.INTERVIEW: "an interview invitation",
    Label.ASSESSMENT: "a test or take-home task",
    Label.OFFER: "a job offer",
    Label.APPLICATION_RECEIVED: "a confirmation of an application",
    Label.RECRUITER_OUTREACH: "a recruiter getting in touch",
    Label.OTHER: "other news",
}
_QUESTIONS: dict[Label, str] = {
    Label.REJECTION: "Is this a rejection from {who}?",
    Label.INTERVIEW: "Is this an interview invitation from {who}?",
    Label.ASSESSMENT: "Is this a test or take-home task from {who}?",
    Label.OFFER: "Is this a job offer from {who}?",
    Label.APPLICATION_RECEIVED: "Is this a confirmation of your application to {who}?",
    Label.RECRUITER_OUTREACH: "Is this a recruiter getting in touch from {who}?",
    Label.OTHER: "Is this about your application to {who}?",
}
# Why a message waits (domain.inbox.decide's short reasons), said for people.
_WHY: dict[str, str] = {
    "not sure which application": "it could be about more than one of your applications",
    "no matching application": "no application in your tracker matches it",
    "an application not in the tracker yet": "it names an application not in your tracker yet",
    "a rejection for a saved application": "the application is only saved, not sent",
    "dated before the last change": "it is older than the application's last change",
    "news about a closed application": "the application is already closed",
    "they wrote after a silence": "they wrote after a long silence",
    "may be about your search": "it has job-search words but reads like other mail",
}


def sender_words(item: ReviewItem) -> str:
    """Who wrote, as the message says: the company it names, else the sender's name, else
    the address."""
    return item.company or item.sender_name or item.sender


def who(item: ReviewItem, application: Application | None) -> str:
    """The company and the application a message would change: "Orchard & Co (Insights
    Analyst)"; without an application, the company (and role) the message names, else who
    sent it."""
    if application is not None:
        return f"{application.company} ({application.role})"
    if item.company:
        role = tidy_role(item.company, item.role)
        return f"{item.company} ({role})" if role else item.company
    return item.sender_name or item.sender


def tidy_role(company: str | None, role: str | None) -> str | None:
    """The role a message names, as a role: a guess that runs on from the company's name
    ("Nimbus Analytics for the Data Scientist") keeps what follows "for (the)", and is left
    out when nothing role-like is left."""
    if not role or not company or normal(company) not in normal(role):
        return role
    for joint in (" for the ", " for a ", " for an ", " for "):
        _head, found, tail = role.rpartition(joint)
        if found and tail.strip() and normal(company) not in normal(tail):
            return tail.strip()
    return None


def question(item: ReviewItem, application: Application | None) -> str:
    """The one question a waiting message asks."""
    if item.label is Label.OTHER and application is None:
        return f"Is this message from {sender_words(item)} about your job search?"
    return _QUESTIONS[item.label].format(who=who(item, application))


def sureness(confidence: float) -> str:
    """How sure the guess is, in one word, for a quiet detail: never a percentage."""
    if confidence >= 0.9:
        return "very"
    if confidence >= 0.75:
        return "fairly"
    if confidence >= 0.55:
        return "somewhat"
    return "not very"


def why_words(item: ReviewItem) -> str:
    """Why NextYes asks rather than acts, in plain words."""
    if item.why.startswith("not sure it is"):
        return "the wording was not clear enough to be sure"
    return _WHY.get(item.why, item.why)


def candidate(application: Application) -> Candidate:
    return Candidate(
        application.id,
        application.company,
        application.role,
        application.stage,
        application.stage_since,
    )


def confirmed_decision(
    label: Label, application: Candidate, sent_on: date, today: date, subject: str
) -> tuple[Decision, date]:
    """What answering "yes" (or naming a kind) does to an application, and the day it is
    dated: what a sure import would have done. `other` with an application is "yes, it is
    about this application": the company wrote, so an open application notes their reply."""
    day = max(min(sent_on, today), application.stage_since)
    if label is Label.OTHER:
        if application.stage in IN_PROCESS or application.stage is Stage.OFFER:
            return Decision(Action.ACT, Effect.REPLY, "a reply"), day
        return Decision(Action.IGNORE, Effect.NONE, "nothing to change"), day
    sure = Link(application.id, 100.0, True, "confirmed")
    return decide(label, True, sure, application, day, subject), day


def can_say_yes(item: ReviewItem, application: Application | None) -> bool:
    """Whether "yes" can be answered in one click: the guess has the application it needs
    (or offers to add the one the message names)."""
    if application is not None:
        return True
    if item.offer_new and item.company:
        return True
    return item.label not in NEEDS_APPLICATION


def yes_does(item: ReviewItem, application: Application | None, today: date) -> str:
    """What answering "yes" will do, said before it is done."""
    if application is None:
        if item.offer_new and item.company:
            return f"Yes adds {who(item, None)} to your tracker as an application you sent."
        if item.label in NEEDS_APPLICATION:
            return "Yes asks which of your applications it is about, then updates it."
        return "Yes keeps it, and nothing in your tracker changes."
    decision, _day = confirmed_decision(
        item.label, candidate(application), item.sent_on, today, item.subject
    )
    if decision.action is not Action.ACT:
        return "Yes keeps it as it is: nothing in your tracker needs changing."
    if decision.effect is Effect.REJECT:
        return "Yes records the no and starts a gentle plan for it."
    if decision.effect is Effect.MOVE and decision.stage is not None:
        return f"Yes moves it to {decision.stage.label.lower()}."
    return "Yes notes their reply, so the silence clock starts again."


def other_kinds(item: ReviewItem) -> list[Label]:
    """The kinds "It's something else" offers: every kind but the guess."""
    return [label for label in KIND_WORDS if label is not item.label]


def outcome_line(
    item: ReviewItem,
    label: Label,
    application: Application | None,
    done: str,
    corrected: bool,
    created: bool = False,
) -> str:
    """What an answer did, in one sentence, naming the company and the application."""
    if item.status is ReviewStatus.DISMISSED:
        said = f"Set aside {_message(item)}: not about your search."
        return said + " Similar mail will be left alone."
    if application is None:
        said = f"Kept {_message(item)} as {KIND_SHORT[label]}."
    else:
        name = f"{application.company} ({application.role})"
        if created:
            said = f"Added {name} to your tracker as an application you sent."
        elif done.startswith("recorded"):
            said = f"Recorded a no from {name}; its plan is on its page."
        elif done.startswith("moved it to"):
            said = f"Moved {name} to {done.removeprefix('moved it to ')}."
        elif done.startswith("noted"):
            said = f"Noted a reply from {name}: the silence clock starts again."
        else:
            said = f"Kept as {KIND_SHORT[label]} from {name}; nothing needed changing."
    if corrected:
        said += " Similar mail will be read your way from now on."
    return said


def _message(item: ReviewItem, limit: int = 70) -> str:
    """A message named by its subject (cut short), or by its sender when it has none."""
    subject = " ".join(item.subject.split())
    if not subject:
        return f"the message from {sender_words(item)}"
    return f"“{subject if len(subject) <= limit else subject[: limit - 1] + '…'}”"


# --- the import summary ----------------------------------------------------------------------


class Change(StrEnum):
    REJECTION_RECORDED = "rejection_recorded"
    STAGE_MOVED = "stage_moved"
    REPLY_NOTED = "reply_noted"


@dataclass(frozen=True)
class ImportChange:
    """One change an import made to the tracker, and where."""

    application_id: int
    company: str
    role: str
    change: Change
    stage: Stage  # the application's stage after the change
    on: date  # the day of the message that made it
    plan_starts: date | None = None  # a recorded "no": when its plan's first step is due


@dataclass(frozen=True)
class Part:
    """A piece of a summary line: text, and the application it names (a link on a page)."""

    text: str
    application_id: int | None = None


def _named(change: ImportChange) -> Part:
    return Part(f"{change.company} ({change.role})", change.application_id)


def _when(start: date, today: date) -> str:
    days = (start - today).days
    if days <= 0:
        return "its plan is ready on its page" if days < 0 else "its plan starts today"
    return "its plan starts tomorrow" if days == 1 else f"its plan starts in {days} days"


def change_lines(
    changes: Sequence[ImportChange], queued: int, today: date, more: int = 0
) -> list[list[Part]]:
    """What an import changed, a line each: every "no" and every move by name, the replies
    together, then what waits for review. `more` counts changes made but not listed."""
    lines: list[list[Part]] = []
    for change in changes:
        if change.change is Change.REJECTION_RECORDED:
            tail = f"; {_when(change.plan_starts, today)}." if change.plan_starts else "."
            lines.append([Part("Recorded a no from "), _named(change), Part(tail)])
        elif change.change is Change.STAGE_MOVED:
            stage = change.stage.label.lower()
            lines.append([Part("Moved "), _named(change), Part(f" to {stage}.")])
    replies = [c for c in changes if c.change is Change.REPLY_NOTED]
    if replies:
        names: dict[int, ImportChange] = {}
        for change in replies:
            names.setdefault(change.application_id, change)
        head = "1 reply restarted" if len(replies) == 1 else f"{len(replies)} replies restarted"
        line = [Part(f"{head} the silence clock: ")]
        for number, change in enumerate(names.values()):
            if number:
                line.append(Part(" and " if number == len(names) - 1 else ", "))
            line.append(_named(change))
        line.append(Part("."))
        lines.append(line)
    if more:
        lines.append([Part(f"And {more} more change{'s' if more != 1 else ''} like these.")])
    if queued:
        lines.append([Part(f"{queued} waiting for you in review.")])
    return lines


def line_text(line: Sequence[Part]) -> str:
    return "".join(part.text for part in line)
