"""The reader's parts on their own: description text, salary text, dates, titles."""

from datetime import date
from decimal import Decimal

import pytest

from nextyes.postings import html_to_text
from nextyes.postings.dates import read_date
from nextyes.postings.salary import Salary, read_salary, read_salary_text
from nextyes.postings.text import readable_text
from nextyes.postings.titles import clean_title


def test_html_to_text_keeps_paragraphs_and_bullets() -> None:
    html = (
        "<h2>About&nbsp;us</h2><p>We  bake\n bread.<br>Every day.</p><p></p><p></p>"
        "<ul><li><p>Early shifts</p></li><li>• Free   bread</li></ul><script>x()</script>"
        "<div>Fish &amp; chips</div>"
    )
    assert html_to_text(html) == (
        "About us\n\nWe bake bread.\nEvery day.\n\n- Early shifts\n- Free bread\n\nFish & chips"
    )


def test_readable_text_unescapes_html_escaped_once_or_twice() -> None:
    assert readable_text(
        "&lt;p&gt;R&amp;amp;D&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A&lt;/li&gt;&lt;/ul&gt;"
    ) == ("R&D\n\n- A")
    assert readable_text("&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; text") == "Bold text"
    assert readable_text("Plain\n\n\n\nlines &amp; more") == "Plain\n\nlines & more"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-01", date(2025, 3, 1)),
        ("2025-03-01T23:30:00-08:00", date(2025, 3, 1)),  # the date written, not UTC's
        ("2025-03-01 23:30:00", date(2025, 3, 1)),
        ("2025-03-01T00:15:00.000Z", date(2025, 3, 1)),
        ("01.03.2025", date(2025, 3, 1)),
        ("1 March 2025", date(2025, 3, 1)),
        ("March 1, 2025", date(2025, 3, 1)),
        ("3. Februar 2025", date(2025, 2, 3)),
        ("soon", None),
        ("2025-02-30", None),
    ],
)
def test_read_date(value: str, expected: date | None) -> None:
    assert read_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€50k\u2013€60k a year", Salary(Decimal(50000), Decimal(60000), "EUR", "year")),
        (
            "45.000 - 55.000 € brutto jährlich",
            Salary(Decimal(45000), Decimal(55000), "EUR", "year"),
        ),
        ("13,50 € pro Stunde", Salary(Decimal("13.50"), Decimal("13.50"), "EUR", "hour")),
        ("ab 60.000 EUR p.a.", Salary(Decimal(60000), None, "EUR", "year")),
        ("up to £40,000 per annum", Salary(None, Decimal(40000), "GBP", "year")),
        ("$25/hr", Salary(Decimal(25), Decimal(25), "USD", "hour")),
        ("TV-L E13", None),
        ("Entgeltgruppe 11 TVöD", None),
        ("CAO schaal 8", None),
        ("Selon profil", None),
        ("Estimated: £23,000 - £26,000 a year", None),  # a board's guess
    ],
)
def test_read_salary_text(text: str, expected: Salary | None) -> None:
    assert read_salary_text(text) == expected


def test_read_salary_shapes() -> None:
    assert read_salary(52000, "EUR") == Salary(Decimal(52000), Decimal(52000), "EUR", None)
    single = {
        "@type": "MonetaryAmount",
        "currency": "CHF",
        "value": {"value": "7'500", "unitText": "MONTH"},
    }
    assert read_salary(single) == Salary(Decimal(7500), Decimal(7500), "CHF", "month")
    grade = {"@type": "MonetaryAmount", "currency": "EUR", "value": {"value": "TV-L E13"}}
    assert read_salary(grade) is None
    zero = {"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 0, "maxValue": 0}}
    assert read_salary(zero) is None


@pytest.mark.parametrize(
    ("raw", "company", "site", "expected"),
    [
        (
            "Senior Data Engineer (m/w/d) - Nordlicht Energie | Indeed",
            "Nordlicht Energie GmbH",
            (),
            ("Senior Data Engineer (m/w/d)", None),
        ),
        ("Job Application for QA Lead at Fernhill Games", None, (), ("QA Lead", "Fernhill Games")),
        (
            "Fernhill Games hiring QA Lead in Leeds, England | LinkedIn",
            None,
            (),
            ("QA Lead", "Fernhill Games"),
        ),
        (
            "Chef de rang (H/F) chez Maison Berthe - Jobboardo",
            None,
            ("Jobboardo",),
            ("Chef de rang (H/F)", "Maison Berthe"),
        ),
        ("Backend Engineer - Payments", None, (), ("Backend Engineer - Payments", None)),
        ("Remote Sensing Analyst at home", None, (), ("Remote Sensing Analyst at home", None)),
    ],
)
def test_clean_title(
    raw: str, company: str | None, site: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    assert clean_title(raw, company, site) == expected
