"""Linking a message to an application, and deciding what to do with it (pure rules)."""

from datetime import date

import pytest

from nextyes.classify import Label
from nextyes.domain.inbox import (
    Action,
    Candidate,
    Effect,
    Letter,
    Link,
    decide,
    link_message,
    normal,
    sender_kind,
)
from nextyes.domain.stages import Stage

MARCH = date(2026, 3, 1)
SEARCH = [
    Candidate(1, "Lumen Health", "Senior Data Analyst", Stage.INTERVIEWING, MARCH),
    Candidate(2, "Acme Robotics, Inc.", "Robotics Engineer", Stage.APPLIED, MARCH),
    Candidate(3, "Northwind", "Backend Engineer", Stage.APPLIED, MARCH),
    Candidate(4, "Northwind", "Data Engineer", Stage.APPLIED, MARCH),
    Candidate(5, "Halcyon Media", "Content Strategist", Stage.APPLIED, MARCH),
    Candidate(6, "Globex", "Product Analyst", Stage.REJECTED, MARCH),
    Candidate(7, "Globex", "Product Analyst", Stage.SCREENING, MARCH),
]


def link(sender: str, name: str = "", subject: str = "", body: str = "", **known: int) -> Link:
    return link_message(Letter(sender, name, subject, body), SEARCH, known or None)


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body", "expected", "how"),
    [
        # The company's own domain, with or without a careers sub-domain.
        ("talent@lumenhealth.com", "", "Next steps", "", 1, "sender domain"),
        ("no-reply@careers.lumenhealth.co.uk", "", "Hello", "", 1, "sender domain"),
        # Applicant-tracking systems: sub-domain, display name, link in the body.
        ("no-reply@acmerobotics.greenhouse.io", "", "Update", "", 2, "ATS sub-domain"),
        ("acmerobotics@greenhouse.io", "", "Update", "", 2, "ATS sender"),
        ("no-reply@hire.lever.co", "", "Update", "https://jobs.lever.co/acmerobotics/x", 2,
         "ATS link"),
        ("no-reply@us.greenhouse-mail.io", "Lumen Health Hiring Team", "Your application", "",
         1, "display name"),
        ("acme-robotics@myworkday.com", "", "Update", "", 2, "ATS sender"),
        # A job board: the company is in the subject.
        ("jobs-noreply@linkedin.com", "LinkedIn", "Your application was sent to Halcyon Media",
         "", 5, "named in the text"),
        # A person writing from personal mail: their signature names the company.
        ("dana.okafor@gmail.com", "Dana Okafor", "Re: quick question",
         "Hi Sam,\n\nCould we talk on Monday?\n\nBest,\nDana\nSenior Recruiter, Lumen Health", 1,
         "signature"),
    ],
)  # fmt: skip
def test_links_by_where_the_company_shows(
    sender: str, name: str, subject: str, body: str, expected: int, how: str
) -> None:
    found = link(sender, name, subject, body)
    assert found.application_id == expected
    assert found.certain
    assert found.how.startswith(how)


def test_the_role_decides_between_two_applications_at_one_company() -> None:
    backend = link("careers@northwind.com", "", "Interview invitation: Backend Engineer")
    data = link("careers@northwind.com", "", "Your Data Engineer application")
    assert (backend.application_id, backend.certain) == (3, True)
    assert (data.application_id, data.certain) == (4, True)


def test_without_a_role_two_applications_at_one_company_are_left_to_the_person() -> None:
    found = link("careers@northwind.com", "", "Thanks for your patience")
    assert found.application_id in (3, 4)
    assert not found.certain


def test_an_open_application_wins_over_a_closed_one_at_the_same_company() -> None:
    found = link("talent@globex.com", "", "Product Analyst: an update")
    assert (found.application_id, found.certain) == (7, True)


def test_a_sender_seen_before_links_even_from_personal_mail() -> None:
    found = link("dana.okafor@gmail.com", "Dana", "Coffee?", "Let me know", **{
        "dana.okafor@gmail.com": 5})  # fmt: skip
    assert (found.application_id, found.certain, found.how) == (5, True, "sender seen before")


@pytest.mark.parametrize(
    ("sender", "name", "subject", "body"),
    [
        ("hello@unknownco.example", "Unknown Co Careers", "Thanks for applying", "We got it."),
        ("friend@gmail.com", "Alex", "Dinner on Friday?", "Bring dessert."),
        ("jobs-noreply@linkedin.com", "LinkedIn", "5 new jobs for you", "Data Analyst at Zeta"),
    ],
)
def test_unknown_companies_link_to_nothing(sender: str, name: str, subject: str, body: str) -> None:
    found = link(sender, name, subject, body)
    assert found.application_id is None
    assert not found.certain


def test_an_unknown_company_is_named_for_a_new_application() -> None:
    found = link("no-reply@us.greenhouse-mail.io", "Fjord Analytics Recruiting",
                 "Thank you for applying to Fjord Analytics",
                 "We received your application for the Data Scientist position.")  # fmt: skip
    assert found.application_id is None
    assert (found.company, found.role) == ("Fjord Analytics", "Data Scientist")


def test_names_compare_without_legal_forms_accents_or_punctuation() -> None:
    assert normal("Acme Robotics, Inc.") == normal("acmerobotics") == "acmerobotics"
    assert normal("Café Lumière SA") == "cafelumiere"
    assert sender_kind("us.greenhouse-mail.io") == "ats"
    assert sender_kind("linkedin.com") == "job board"
    assert sender_kind("gmail.com") == "personal"
    assert sender_kind("lumenhealth.com") == "company"


# --- deciding ------------------------------------------------------------------------------

SURE = Link(1, 100.0, True, "sender domain")
UNSURE = Link(1, 75.0, False, "named in the text")


def app(stage: Stage, since: date = MARCH) -> Candidate:
    return Candidate(1, "Lumen Health", "Analyst", stage, since)


@pytest.mark.parametrize(
    ("label", "stage", "action", "effect", "to"),
    [
        (Label.REJECTION, Stage.APPLIED, Action.ACT, Effect.REJECT, None),
        (Label.REJECTION, Stage.GHOSTED, Action.ACT, Effect.REJECT, None),
        (Label.REJECTION, Stage.REJECTED, Action.IGNORE, Effect.NONE, None),
        (Label.REJECTION, Stage.SAVED, Action.REVIEW, Effect.REJECT, None),
        (Label.INTERVIEW, Stage.APPLIED, Action.ACT, Effect.MOVE, Stage.INTERVIEWING),
        (Label.INTERVIEW, Stage.FINAL_ROUND, Action.ACT, Effect.REPLY, None),  # never back
        (Label.ASSESSMENT, Stage.APPLIED, Action.ACT, Effect.MOVE, Stage.SCREENING),
        (Label.ASSESSMENT, Stage.INTERVIEWING, Action.ACT, Effect.REPLY, None),
        (Label.OFFER, Stage.FINAL_ROUND, Action.ACT, Effect.MOVE, Stage.OFFER),
        (Label.APPLICATION_RECEIVED, Stage.SAVED, Action.ACT, Effect.MOVE, Stage.APPLIED),
        (Label.APPLICATION_RECEIVED, Stage.APPLIED, Action.ACT, Effect.REPLY, None),
        (Label.RECRUITER_OUTREACH, Stage.SCREENING, Action.ACT, Effect.REPLY, None),
        (Label.INTERVIEW, Stage.GHOSTED, Action.ACT, Effect.MOVE, Stage.INTERVIEWING),
        (Label.RECRUITER_OUTREACH, Stage.GHOSTED, Action.REVIEW, Effect.NONE, None),
        (Label.INTERVIEW, Stage.WITHDRAWN, Action.REVIEW, Effect.NONE, None),
        (Label.OTHER, Stage.APPLIED, Action.IGNORE, Effect.NONE, None),
    ],
)
def test_what_a_confident_linked_message_does(
    label: Label, stage: Stage, action: Action, effect: Effect, to: Stage | None
) -> None:
    decision = decide(label, True, SURE, app(stage), date(2026, 3, 10))
    assert (decision.action, decision.effect, decision.stage) == (action, effect, to)


def test_a_final_round_invitation_moves_to_the_final_round() -> None:
    decision = decide(Label.INTERVIEW, True, SURE, app(Stage.INTERVIEWING), date(2026, 3, 10),
                      "Invitation to your final round interview")  # fmt: skip
    assert (decision.effect, decision.stage) == (Effect.MOVE, Stage.FINAL_ROUND)


def test_a_rejection_below_its_threshold_is_never_recorded() -> None:
    decision = decide(Label.REJECTION, False, SURE, app(Stage.INTERVIEWING), date(2026, 3, 10))
    assert decision.action is Action.REVIEW
    assert decision.effect is Effect.REJECT  # what confirming it would do
    assert decision.why == "not sure it is rejection"


def test_a_sure_rejection_with_an_unsure_link_waits_for_the_person() -> None:
    decision = decide(Label.REJECTION, True, UNSURE, app(Stage.APPLIED), date(2026, 3, 10))
    assert (decision.action, decision.why) == (Action.REVIEW, "not sure which application")


def test_a_message_older_than_the_last_change_changes_nothing_by_itself() -> None:
    later = app(Stage.INTERVIEWING, since=date(2026, 3, 12))
    assert decide(Label.REJECTION, True, SURE, later, date(2026, 3, 10)).action is Action.REVIEW
    reply = decide(Label.RECRUITER_OUTREACH, True, SURE, later, date(2026, 3, 10))
    assert reply.action is Action.IGNORE


def test_an_unmatched_acknowledgement_offers_a_new_application() -> None:
    nothing = Link(None, 0.0, False, "no matching application", "Fjord", "Analyst")
    decision = decide(Label.APPLICATION_RECEIVED, True, nothing, None, date(2026, 3, 10))
    assert (decision.action, decision.effect) == (Action.REVIEW, Effect.CREATE)
    unmatched = decide(Label.REJECTION, True, nothing, None, date(2026, 3, 10))
    assert (unmatched.action, unmatched.why) == (Action.REVIEW, "no matching application")
