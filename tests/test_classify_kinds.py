"""Kinds of job mail the classifier used to get wrong on real templates (issue 14): offers in
plain words, take-home tasks, one-way recorded video interviews, paused roles, recruiters'
cold approaches, and meetings at the person's own job. Written for these tests in their own
words; none comes from the corpus or the blind set."""

import pytest

from nextyes.classify import Classification, Label, default_classifier, is_confident

PERSON = "Hannah Okoye <hannah.okoye@tallowfield.com>"
ATS = "Tallowfield Careers <no-reply@tallowfield.greenhouse.io>"


def read(subject: str, body: str, sender: str = PERSON) -> Classification:
    return default_classifier().classify(subject, body, sender)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Good news about the Operations Coordinator role",
            "Hi Dev,\n\nThank you for coming in on Tuesday. We'd like to hire you as our"
            " Operations Coordinator! I'll send the paperwork over tomorrow; the salary is"
            " as we discussed and we were thinking of a start date of 3 March.\n\nHannah",
        ),
        (
            "Operations Coordinator - we want you on the team",
            "Dev, everyone loved meeting you. We would love to have you join us as"
            " Operations Coordinator. Can you let me know by Friday whether you accept the"
            " offer? Contract attached.\n\nHannah",
        ),
    ],
)
def test_an_offer_in_plain_words_is_an_offer(subject: str, body: str) -> None:
    found = read(subject, body)
    assert found.label is Label.OFFER, found


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Next step: a short take-home task",
            "Hi Dev,\n\nThanks for the chat last week. As the next step for the Operations"
            " Coordinator role we'd like you to do a short take-home task: plan a two-day"
            " offsite for 40 people within a budget (brief attached). Please send it back"
            " within five days; it should take about three hours.\n\nHannah",
            PERSON,
        ),
        (
            "Complete your recorded video interview",
            "Hello Dev,\n\nThank you for applying to Tallowfield. The next step is a one-way"
            " video interview: you will record answers to five questions on camera at a time"
            " that suits you. There is no interviewer present. Please complete it by Sunday"
            " 23:59 using the link below.\n\nTallowfield Talent Team",
            ATS,
        ),
    ],
)
def test_a_task_to_do_alone_is_an_assessment(subject: str, body: str, sender: str) -> None:
    found = read(subject, body, sender)
    assert found.label is Label.ASSESSMENT, found


def test_a_paused_role_is_a_no_that_waits_for_the_person() -> None:
    """Paused "for now" is a rejection of this application, but it may come back: the person
    confirms it before a plan starts."""
    found = read(
        "Update on the Operations Coordinator role",
        "Hi Dev,\n\nI wanted to let you know that we have paused hiring for the Operations"
        " Coordinator position for now, after a change in our budget. This means we will not"
        " be moving your application forward at this time. I'm sorry to bring this news"
        " after the time you gave us.\n\nHannah",
    )
    assert found.label is Label.REJECTION, found
    assert not is_confident(found), found


def test_a_cold_approach_from_a_recruiter_is_outreach() -> None:
    found = read(
        "Exciting new opportunity - Head of Operations",
        "Hi Dev,\n\nI came across your profile and think you could be a great fit for a"
        " Head of Operations role I'm recruiting for with a growing logistics client."
        " Would you be open to a quick chat this week?\n\nBest,\nMarcus Reid\nSenior"
        " Consultant, Northgate Search",
        "Marcus Reid <marcus.reid@northgatesearch.com>",
    )
    assert found.label is Label.RECRUITER_OUTREACH, found


def test_a_meeting_at_the_persons_own_job_is_not_an_interview() -> None:
    found = read(
        "Project kickoff - Tuesday 10:00",
        "Hi all,\n\nI've booked room 3 for our project kickoff on Tuesday at 10:00. We'll go"
        " through the timeline, the team's roles and the first milestones. Please bring"
        " your questions.\n\nThanks,\nHannah",
    )
    assert found.label is Label.OTHER, found
