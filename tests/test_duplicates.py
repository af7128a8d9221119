"""The same posting twice is noticed on add, loosely (legal suffixes, abbreviations, a
location in brackets), and another level or another role is not a duplicate."""

from datetime import timedelta

import pytest

from nextyes.domain.applications import NewApplication
from nextyes.domain.duplicates import (
    Posting,
    alike,
    company_key,
    posting_address,
    role_key,
    same_posting,
)
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    AlreadyInSearch,
    add_application,
    list_applications,
    record_rejection,
    similar_applications,
)
from nextyes.services.workspace import Workspace


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Lumen Health", "Senior Data Analyst"), ("Lumen Health Ltd", "Sr. Data Analyst")),
        (("Orchard & Co", "Insights Analyst"), ("orchard and co.", "insights analyst")),
        (("Acme", "Data Analyst"), ("ACME Corp", "Data Analyst (Remote)")),
        (("Acme", "Data Analyst"), ("Acme", "Data Analyst - m/f/d")),
    ],
)
def test_the_same_posting_written_another_way_is_a_duplicate(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert same_posting(*first, *second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Lumen Health", "Data Analyst"), ("Lumen Health", "Senior Data Analyst")),
        (("Lumen Health", "Data Analyst"), ("Lumen Health", "Data Analytics Lead")),
        (("Acme", "Data Analyst"), ("Acne", "Data Analyst")),
        (("Northwind Energy", "BI Developer"), ("Northwind Bank", "BI Developer")),
    ],
)
def test_another_level_role_or_company_is_not_a_duplicate(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert not same_posting(*first, *second)


def test_keys_drop_only_the_noise() -> None:
    assert company_key("The Lumen Health Company Ltd.") == "lumen health"
    assert company_key("Ltd") == "ltd"  # a name made only of noise stays itself
    assert role_key("Sr. Data Analyst (Leeds, hybrid)") == "senior data analyst"


def test_a_person_adding_a_duplicate_is_told_what_they_already_have(ws: Workspace) -> None:
    first = add_application(ws, NewApplication("Lumen Health", "Data Analyst"))
    record_rejection(ws, first.id, RejectionForm.EXPLICIT)
    with pytest.raises(AlreadyInSearch) as caught:
        add_application(
            ws, NewApplication("Lumen Health Ltd", "Data Analyst"), allow_duplicate=False
        )
    message = str(caught.value)
    assert f"Data Analyst at Lumen Health (#{first.id}" in message
    assert f"they said no on {ws.clock.today().isoformat()}" in message
    assert [s.application.id for s in caught.value.similar] == [first.id]
    assert len(list_applications(ws)) == 1  # nothing written

    again = add_application(ws, NewApplication("Lumen Health Ltd", "Data Analyst"))
    assert again.id != first.id  # the person chose to add it anyway


def test_similar_applications_are_newest_first_and_leave_one_out(ws: Workspace) -> None:
    older = add_application(
        ws, NewApplication("Acme", "Analyst", on=ws.clock.today() - timedelta(days=9))
    )
    newer = add_application(ws, NewApplication("ACME Inc", "analyst", stage=Stage.SAVED))
    found = similar_applications(ws, "Acme", "Analyst")
    assert [s.application.id for s in found] == [newer.id, older.id]
    assert "saved" in found[0].describe()
    assert [s.application.id for s in similar_applications(ws, "Acme", "Analyst", newer.id)] == [
        older.id
    ]
    assert similar_applications(ws, "Acme", "Product Owner") == []


def test_the_same_postings_address_is_the_same_posting_whatever_its_name() -> None:
    known = [
        Posting(
            1, "Lumen Health", "Data Analyst", "https://jobs.lever.co/lumen/4411?lever-source=li"
        ),
        Posting(2, "Acme", "Welder", "https://acme.example/careers"),
        Posting(3, "Acme", "Nurse", "https://www.indeed.com/viewjob?jk=abc123&from=serp"),
    ]
    # Re-posted under another title, reached through a tracking link.
    assert alike(known, "Lumen", "Analyst II", "https://jobs.lever.co/lumen/4411?utm_source=x") == [
        1
    ]
    # A whole careers site names no one posting: two roles there are two postings.
    assert posting_address("https://acme.example/careers") is None
    assert alike(known, "Acme", "Painter", "https://acme.example/careers/") == []
    # An identity parameter is the posting; another value is another posting.
    assert alike(known, "Other", "Nurse", "http://indeed.com/viewjob?jk=abc123") == [3]
    assert alike(known, "Other", "Nurse", "https://indeed.com/viewjob?jk=zzz999") == []
