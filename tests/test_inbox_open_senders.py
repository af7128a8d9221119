"""News in everyday words from someone the search is waiting on: mail with no job-search
word is read by the model only when its sender writes for an open application, and what it
finds then only ever waits for the person."""

from datetime import date

import pytest

from nextyes.classify import Label, default_classifier, has_job_signal
from nextyes.classify.classifier import NO_JOB_WORDS, read_message
from nextyes.domain.applications import Application, Channel, NewApplication
from nextyes.domain.inbox import Candidate, OpenSenders
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services import inbox
from nextyes.services.applications import (
    add_application,
    application_detail,
    record_rejection,
)
from nextyes.services.workspace import Workspace
from tests.inbox_helpers import mail, raw

FEB = date(2026, 2, 2)
CAFE = "Fenja Harms <fenja@cafe-kornblume.example>"
# A "no" with not one job-search word in it, as a small employer writes one.
SORTED_SUBJECT = "Re: Tuesday"
SORTED_BODY = (
    "Hi Sam, sorry for the slow answer. We've decided to go with someone else this time,"
    " but thank you for your time and good luck.\n\nFenja"
)


def candidate(number: int, company: str, stage: Stage = Stage.APPLIED) -> Candidate:
    return Candidate(number, company, "", stage, FEB)


@pytest.mark.parametrize(
    ("sender", "name", "opens"),
    [
        ("fenja@cafe-kornblume.example", "Fenja Harms", True),  # the company's own domain
        ("jobs@lumenhealth.com", "", True),  # "lumenhealth" for "Lumen Health"
        ("fenja.harms@gmail.com", "Fenja (Café Kornblume)", True),  # display name
        ("fenja.harms@gmail.com", "Fenja Harms", False),  # a person's name says nothing
        ("alerts@lumos.example", "", False),  # the same first letters, another company
        ("noreply@indeed.com", "Lumen Health via Indeed", False),  # a job board's digest
        ("news@northwind.example", "", False),  # that application is closed
        ("friend@mail.example", "Jo", False),
    ],
)
def test_who_writes_for_an_open_application(sender: str, name: str, opens: bool) -> None:
    senders = OpenSenders(
        [
            candidate(1, "Café Kornblume"),
            candidate(2, "Lumen Health", Stage.INTERVIEWING),
            candidate(3, "Northwind", Stage.REJECTED),
        ],
        {},
    )
    assert senders.writes_for_one(sender, name) is opens


def test_an_address_that_wrote_before_opens_only_while_its_application_is_open() -> None:
    known = {"dave@gmail.com": 1}
    assert OpenSenders([candidate(1, "Dave's Garage", Stage.GHOSTED)], known).writes_for_one(
        "dave@gmail.com", "Dave"
    )
    closed = OpenSenders([candidate(1, "Dave's Garage", Stage.WITHDRAWN)], known)
    assert not closed.writes_for_one("dave@gmail.com", "Dave")
    assert not closed  # nothing open: the import does not look at all


def test_the_model_reads_such_a_note_but_never_trusts_it_alone() -> None:
    assert not has_job_signal(SORTED_SUBJECT, SORTED_BODY, CAFE)
    classifier = default_classifier()
    assert classifier.classify(SORTED_SUBJECT, SORTED_BODY, CAFE).reason == (
        "rule: no job-search words"
    )
    linked = read_message(SORTED_SUBJECT, SORTED_BODY, CAFE, linked=True)
    (found,) = classifier.classify_many([(SORTED_SUBJECT, SORTED_BODY, CAFE)], [linked])
    assert found.label is Label.REJECTION
    assert found.confidence <= NO_JOB_WORDS
    assert found.reason.endswith("from a sender about your application")


def apply(ws: Workspace, company: str, stage: Stage = Stage.APPLIED) -> Application:
    return add_application(ws, NewApplication(company, "Barista", Channel.DIRECT, stage, FEB))


def stage_of(ws: Workspace, application: Application) -> Stage:
    return application_detail(ws, application.id).application.stage


@pytest.mark.parametrize("parallel", [False, True])
def test_an_everyday_no_from_the_employer_waits_for_the_person(
    ws: Workspace, parallel: bool
) -> None:
    """The import's helper process leaves such a message's text behind (it has no job
    word); the import reads it again, and it waits in review. Nothing is recorded."""
    cafe = apply(ws, "Café Kornblume")
    filler = [
        mail(f"Photos from the weekend {n}", "Here they are! Jo", sender="jo@mail.example",
             message_id=f"filler-{n}@x")
        for n in range(6)
    ]  # fmt: skip
    note = mail(SORTED_SUBJECT, SORTED_BODY, sender="fenja@cafe-kornblume.example",
                name="Fenja Harms", day=date(2026, 2, 20), message_id="sorted@x")  # fmt: skip
    summary = inbox.import_messages(ws, raw(*filler, note), chunk_size=3, parallel=parallel)
    assert (summary.queued, summary.acted, summary.rejections_recorded) == (1, 0, 0)
    (entry,) = inbox.review_queue(ws).items
    assert entry.item.label is Label.REJECTION
    assert entry.item.subject == SORTED_SUBJECT
    assert entry.application is not None
    assert entry.application.id == cafe.id
    assert stage_of(ws, cafe) is Stage.APPLIED
    # Confirmed, it is recorded like any other "no".
    inbox.confirm(ws, entry.item.id)
    assert stage_of(ws, cafe) is Stage.REJECTED


@pytest.mark.parametrize("stage", [Stage.REJECTED, Stage.SAVED])
def test_without_an_open_application_there_the_note_is_left_alone(
    ws: Workspace, stage: Stage
) -> None:
    application = apply(
        ws, "Café Kornblume", Stage.SAVED if stage is Stage.SAVED else Stage.APPLIED
    )
    if stage is Stage.REJECTED:
        record_rejection(ws, application.id, RejectionForm.EXPLICIT, date(2026, 2, 10))
    note = mail(SORTED_SUBJECT, SORTED_BODY, sender="fenja@cafe-kornblume.example",
                message_id="sorted@x")  # fmt: skip
    summary = inbox.import_messages(ws, raw(note))
    assert (summary.queued, summary.acted) == (0, 0)
    assert stage_of(ws, application) is stage


def test_the_employers_own_newsletter_is_still_left_alone(ws: Workspace) -> None:
    apply(ws, "Café Kornblume")
    newsletter = mail("Winter menu is here", "Our winter menu starts Monday: soups, stews and"
                      " hot chocolate. Come and see us!\n\nCafé Kornblume",
                      sender="hello@cafe-kornblume.example", message_id="menu@x")  # fmt: skip
    summary = inbox.import_messages(ws, raw(newsletter))
    assert (summary.queued, summary.acted, summary.job_related) == (0, 0, 0)
