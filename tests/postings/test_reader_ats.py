"""Postings in the shapes applicant-tracking systems ship (Greenhouse, Lever, Workday,
Ashby, SmartRecruiters, Personio, Recruitee) and job boards in French and Spanish."""

from datetime import date
from decimal import Decimal

from tests.postings.pages import read_page


def test_greenhouse_like_page_reads_from_json_ld() -> None:
    found = read_page("greenhouse_backend.html")
    assert found.is_posting
    assert not found.closed
    assert found.source == "json-ld"
    assert found.title == "Senior Backend Engineer"
    assert found.company == "Tidewater Analytics, Inc."
    assert found.location == "Portland, OR, United States"
    assert found.remote is False  # "hybrid schedule" in the description
    assert found.date_posted == date(2025, 2, 10)
    assert found.valid_through == date(2025, 4, 30)  # as written, not converted to UTC
    assert (found.salary_min, found.salary_max) == (Decimal(165000), Decimal(195000))
    assert (found.salary_currency, found.salary_period) == ("USD", "year")
    assert found.employment_type == ("full_time",)
    assert (
        found.url == "https://boards.greenhouse.io/tidewateranalytics/jobs/4471023?gh_jid=4471023"
    )
    assert found.language == "en"
    assert found.missing == ()
    assert found.description is not None
    lines = found.description.splitlines()
    assert "- Design and run our ingestion services in Go and Python" in lines
    assert "- Own the on-call rotation for the forecast API" in lines
    assert "What you'll do" in lines  # &#39; decoded
    assert "<" not in found.description


def test_lever_like_page_with_string_employer_and_remote_countries() -> None:
    found = read_page("lever_designer.html")
    assert found.is_posting
    assert found.title == "Senior Product Designer"
    assert found.company == "Moss & Fern Studio"
    assert found.remote is True
    assert found.location == "Remote (Germany, Netherlands, Portugal)"
    assert found.date_posted == date(2025, 1, 20)
    assert found.employment_type == ("full_time",)  # "Full-time" read as FULL_TIME
    assert found.url == "https://jobs.lever.co/mossandfern/8d2f6c1e-93a4-4b7e-a2a1-5f0e6b7c9d10"
    assert found.missing == ("salary",)
    assert found.salary_min is None
    assert found.salary_currency is None
    assert found.description == (
        "We design calm software for garden centres.\n\nYou will\n\n"
        "- Lead discovery with growers and shop owners\n"
        "- Ship the design system in Figma and code\n\n"
        "We work fully remote across Europe."
    )


def test_workday_like_page_with_several_locations() -> None:
    found = read_page("workday_nurse.html")
    assert found.title == "Registered Nurse - Cardiology"  # its own dash stays
    assert found.company == "Northbrook Health System"
    assert found.location == "Evanston, IL, US; Skokie, IL, US"  # the repeated place once
    assert found.remote is False  # "on-site role"
    assert found.date_posted == date(2025, 3, 4)  # "2025-03-04 08:15:00"
    assert found.valid_through == date(2025, 6, 1)
    assert found.employment_type == ("full_time", "part_time")
    assert found.qualifications == "24 months of experience\nbachelor degree"
    assert found.url is not None
    assert found.url.endswith("Registered-Nurse---Cardiology_R-20931")
    assert found.language == "en"  # from lang="en-US"
    assert found.missing == ("salary",)


def test_ashby_like_graph_with_organisation_reference() -> None:
    found = read_page("ashby_ml.html")
    assert found.source == "json-ld"
    assert found.title == "Machine Learning Engineer, Forecasting"
    assert found.company == "Quillfeather GmbH"  # the @id points at the Organization node
    assert found.location == "Berlin, Germany"  # locality and region both "Berlin"
    assert found.remote is False
    assert found.date_posted == date(2025, 2, 27)
    assert (found.salary_min, found.salary_max) == (Decimal(78000), Decimal(96000))
    assert (found.salary_currency, found.salary_period) == ("EUR", "year")
    assert found.skills == ("Python", "PyTorch", "Time series")  # "python" is a repeat
    assert found.description is not None
    assert "- train and ship forecasting models" in found.description.splitlines()
    assert found.missing == ()


def test_smartrecruiters_like_hourly_pay_and_no_board_estimate() -> None:
    found = read_page("smartrecruiters_barista.html")
    assert found.title == "Barista (Weekend Shifts)"
    assert found.company == "Copper Kettle Coffee Roasters Ltd"
    assert found.location == "Bristol, England, GB"
    assert found.salary_min == found.salary_max == Decimal("12.75")
    assert (found.salary_currency, found.salary_period) == ("GBP", "hour")
    assert found.employment_type == ("part_time",)
    # The description is escaped HTML with escaped entities inside.
    assert found.description == (
        "Make great coffee for our harbourside café.\n\n"
        "- Saturday and Sunday, 8:00\u201316:00\n- Free barista training"
    )


def test_personio_like_german_posting_with_escaped_description() -> None:
    found = read_page("personio_de.html")
    assert found.language == "de"
    assert found.title == "Werkstudent (m/w/d) Online-Marketing"  # gender marker kept
    assert found.company == "Brotzeit Logistik GmbH"
    assert found.location == "München, Bayern, DE"
    assert found.remote is None  # "Homeoffice möglich" is not fully remote
    assert found.date_posted == date(2025, 3, 1)
    assert found.valid_through == date(2025, 5, 31)
    assert found.salary_min == Decimal(15)
    assert found.salary_max is None
    assert (found.salary_currency, found.salary_period) == ("EUR", "hour")
    assert found.employment_type == ("part_time",)
    assert found.description is not None
    assert "&lt;" not in found.description
    assert "<" not in found.description
    lines = found.description.splitlines()
    assert lines[0] == "Deine Aufgaben"
    assert "- Du betreust unsere Kanäle auf LinkedIn und Instagram" in lines
    assert "- Eingeschriebene:r Student:in (BWL, Medien o. ä.)" in lines


def test_recruitee_like_dutch_posting_with_monthly_pay_and_skills() -> None:
    found = read_page("recruitee_nl.html")
    assert found.language == "nl"
    assert found.title == "Medewerker Klantenservice (32-40 uur)"
    assert found.company == "Fietsvriend B.V."
    assert found.location == "Utrecht, NL"
    assert (found.salary_min, found.salary_max) == (Decimal(2800), Decimal(3200))
    assert (found.salary_currency, found.salary_period) == ("EUR", "month")
    assert found.employment_type == ("full_time", "temporary")
    assert found.skills == ("Klantcontact", "Zendesk", "Engels")
    assert found.date_posted == date(2025, 2, 18)
    assert found.valid_through == date(2025, 4, 18)
    assert found.is_posting
    assert found.missing == ()


def test_french_board_keeps_the_employer_and_drops_the_board_estimate() -> None:
    found = read_page("french_board.html")
    assert found.title == "Chargé de recrutement (H/F)"
    assert found.company == "Atelier Lumière Conseil SAS"  # never "EmploiVif"
    assert found.location == "Lyon, Auvergne-Rhône-Alpes, FR"
    assert found.remote is False  # "Télétravail partiel"
    assert found.date_posted == date(2025, 3, 10)
    assert found.valid_through == date(2025, 5, 9)
    assert found.employment_type == ("full_time",)  # CDI
    # The only figures are the board's estimatedSalary: not the employer's offer.
    assert found.salary_min is None
    assert found.salary_max is None
    assert found.salary_currency is None
    assert found.salary_period is None
    assert found.missing == ("salary",)
    assert found.url == "https://www.emploivif.example/offres/charge-de-recrutement-h-f-lyon-88123/"
    assert found.description is not None
    assert "- Mener les entretiens et rédiger les synthèses" in found.description.splitlines()


def test_spanish_board_with_collective_agreement_instead_of_figures() -> None:
    found = read_page("spanish_board.html")
    assert found.language == "es"
    assert found.title == "Técnico/a de mantenimiento industrial"
    assert found.company == "Conservas del Ebro, S.L."
    assert found.location == "Zaragoza, Aragón, ES"
    assert found.remote is False  # "Trabajo presencial"
    assert found.date_posted == date(2025, 3, 6)
    assert found.salary_min is None
    assert found.salary_currency is None
    assert found.missing == ("salary",)
    assert found.description is not None
    assert "- Experiencia mínima de 2 años" in found.description.splitlines()
