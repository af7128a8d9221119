"""Validation of what people type: every rule gives a one-line message naming the problem."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.contacts import NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LONG_TEXT, parse_choice, parse_day
from nextyes.domain.history import NewPastJob
from nextyes.domain.stages import Stage
from nextyes.domain.writing import entry_body

TODAY = date(2026, 3, 16)
GOOD = NewApplication(company="Lumen Health", role="Data Analyst")


def test_dates_accept_iso_today_and_yesterday() -> None:
    assert parse_day("2026-03-01", TODAY) == date(2026, 3, 1)
    assert parse_day("today", TODAY) == TODAY
    assert parse_day(" Yesterday ", TODAY) == date(2026, 3, 15)


@pytest.mark.parametrize("text", ["", "tomorrow-ish", "2026-13-01", "16/03/2026"])
def test_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="cannot read date"):
        parse_day(text, TODAY)


@pytest.mark.parametrize("text", ["0001-01-01", "1899-12-31", "3000-01-01", "9999-12-31"])
def test_days_no_one_means_are_refused(text: str) -> None:
    # Date arithmetic near year 1 or 9999 overflows (a calendar entry ends a day later).
    with pytest.raises(InvalidInput, match=f"date {text} is not a plausible day; use one from"):
        parse_day(text, TODAY)


def test_the_plausible_days_reach_from_1900_to_2999() -> None:
    assert parse_day("1900-01-01", TODAY) == date(1900, 1, 1)
    assert parse_day("2999-12-31", TODAY) == date(2999, 12, 31)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"company": ""}, "company must not be empty"),
        ({"company": "   "}, "company must not be empty"),
        ({"role": ""}, "role must not be empty"),
        ({"excitement": 9}, "excitement must be from 1 to 5"),
        ({"excitement": 0}, "excitement must be from 1 to 5"),
        ({"on": date(2026, 3, 17)}, "is in the future"),
        ({"link": "javascript:alert(1)"}, "link must start with http"),
        ({"salary_min": 60_000, "salary_max": 50_000}, "salary range is upside down"),
        ({"salary_min": -1}, "salary must not be negative"),
        # Stored as a 32-bit integer: anything larger is a slip, refused before the database.
        ({"salary_max": 2**31}, "salary must be at most 2,147,483,647; you wrote 2,147,483,648"),
        ({"salary_min": 10**20}, "salary must be at most 2,147,483,647"),
        ({"company": "x" * 201}, "company is 201 characters; the limit is 200"),
        # PostgreSQL cannot keep a NUL, and no database a lone surrogate (bytes not UTF-8).
        ({"company": "Lumen\x00Health"}, "company must not contain NUL characters"),
        ({"role": "Analyst\udcff"}, "role must be valid Unicode text"),
        ({"description": "fine\x00"}, "description must not contain NUL characters"),
        ({"description": "x" * (LONG_TEXT + 1)}, "description is"),
        ({"stage": Stage.REJECTED}, "a new application starts in one of"),
    ],
)
def test_bad_applications_are_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as raised:
        replace(GOOD, **change).validated(TODAY)  # type: ignore[arg-type]
    assert "\n" not in str(raised.value)


def test_a_valid_application_is_cleaned() -> None:
    clean = replace(
        GOOD, company="  Zoë Café 東京 ", salary_currency="gbp", description="  "
    ).validated(TODAY)
    assert clean.company == "Zoë Café 東京"
    assert clean.on == TODAY
    assert clean.salary_currency == "GBP"
    assert clean.description is None


# Any text a database can keep: no NUL (PostgreSQL refuses it) and no lone surrogate.
KEEPABLE = st.text(
    st.characters(codec="utf-8", exclude_characters="\x00"),
    min_size=1,
    max_size=200,
)


@given(KEEPABLE.filter(lambda s: s.strip() != ""))
def test_any_non_blank_company_name_is_kept(name: str) -> None:
    assert replace(GOOD, company=name).validated(TODAY).company == name.strip()


@given(st.text(max_size=100), st.text(max_size=100))
def test_a_company_name_holding_a_nul_is_refused(before: str, after: str) -> None:
    with pytest.raises(InvalidInput, match="company must not contain NUL characters"):
        replace(GOOD, company=f"{before}\x00{after}x").validated(TODAY)


def test_choices_read_as_people_type_them() -> None:
    assert parse_choice(Channel, "Job Board", "channel") is Channel.JOB_BOARD
    with pytest.raises(InvalidInput, match="unknown channel 'fax'"):
        parse_choice(Channel, "fax", "channel")


def test_contacts_need_a_name_and_a_real_email() -> None:
    with pytest.raises(InvalidInput, match="name must not be empty"):
        NewContact(name=" ").validated()
    with pytest.raises(InvalidInput, match="is not an email address"):
        NewContact(name="Priya", email="priya at lumen").validated()
    assert NewContact(name="Priya", email="p@lumen.example").validated().email == "p@lumen.example"


def test_past_jobs_end_after_they_start() -> None:
    job = NewPastJob("Halcyon", "Analyst", Channel.REFERRAL, date(2024, 1, 1), date(2023, 1, 1))
    with pytest.raises(InvalidInput, match="is before start date"):
        job.validated(TODAY)
    with pytest.raises(InvalidInput, match="start date 2027-01-01 is in the future"):
        replace(job, started_on=date(2027, 1, 1), ended_on=None).validated(TODAY)


def test_a_writing_entry_must_be_storable_text() -> None:
    assert entry_body("  a day of waiting  ") == "a day of waiting"
    with pytest.raises(InvalidInput, match="the entry must not contain NUL characters"):
        entry_body("a day\x00 of waiting")
