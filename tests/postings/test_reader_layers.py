"""The layers below JSON-LD (microdata, OpenGraph, the page title), broken JSON-LD, pages
that are not postings or no longer open, charsets, and a page of several megabytes."""

import json
import time
from datetime import date
from decimal import Decimal

import pytest

from nextyes.postings import read_posting
from tests.postings.pages import page_bytes, read_page


def test_microdata_only_page() -> None:
    found = read_page("microdata_only.html")
    assert found.source == "microdata"
    assert found.title == "Lagerlogistiker:in (Vollzeit)"
    assert found.company == "Alpenfracht Spedition GmbH"
    assert found.location == "Innsbruck, Tirol, AT"
    assert found.date_posted == date(2025, 2, 3)
    assert found.valid_through == date(2025, 3, 31)
    assert (found.salary_min, found.salary_max) == (Decimal(2450), Decimal(2900))
    assert (found.salary_currency, found.salary_period) == ("EUR", "month")
    assert found.employment_type == ("full_time",)  # "Vollzeit"
    assert found.language == "de"
    assert found.description == (
        "Ihre Aufgaben\n\n- Warenannahme und Kommissionierung mit Scanner\n"
        "- Verladen mit dem Stapler\n\nIhr Profil\n\nStaplerschein und Teamgeist & Zuverlässigkeit."
    )
    assert found.is_posting
    assert found.missing == ()


def test_opengraph_only_page_takes_the_employer_from_the_title_not_the_site_name() -> None:
    found = read_page("opengraph_only.html")
    assert found.source == "opengraph"
    assert found.title == "Data Analyst"
    assert found.company == "Kestrel Freight"  # og:site_name "Jobwerk" is the board
    assert found.description == (
        "Kestrel Freight is looking for a Data Analyst to join its network planning team in Leeds."
    )
    assert found.url == "https://jobwerk.example/jobs/data-analyst-kestrel-freight-55120"
    assert found.is_posting
    assert found.missing == ("location", "salary", "date_posted")
    assert found.date_posted is None
    assert found.employment_type == ()


def test_page_without_structured_data_reads_title_and_h1() -> None:
    found = read_page("no_structured_data.html")
    assert found.source == "title"
    # The <h1> shows the title; " | Karriere | Stadtwerke Lindental" is the site's.
    assert found.title == "Elektroniker für Betriebstechnik (m/w/d) \u2013 Vollzeit"
    assert found.is_posting  # gender marker, "Jetzt bewerben", task and profile sections
    assert found.salary_min is None  # "Vergütung nach TV-V": a pay scale, no figures
    assert found.missing == ("company", "location", "salary", "date_posted", "description")


def test_h1_alone_gives_the_title_when_there_is_no_title_element() -> None:
    found = read_posting("<html><body><h1>Gärtner (m/w/d)</h1><p>Jetzt bewerben</p></body></html>")
    assert (found.title, found.source) == ("Gärtner (m/w/d)", "title")
    assert found.is_posting


@pytest.mark.parametrize(
    ("name", "title", "company", "location", "salary"),
    [
        (
            "broken_trailing_comma.html",
            "Warehouse Team Lead",
            "Harbor & Pine Supply Co.",
            "Tacoma, WA, US",
            (Decimal(24), Decimal("28.5"), "USD", "hour"),
        ),
        (
            "broken_comment.html",
            "Junior Accountant",
            "Bramblewood Foods Ltd",
            "Unit 4, Riverside Park, Norwich NR1 1AA, United Kingdom",
            (Decimal(28000), Decimal(31000), "GBP", "year"),
        ),
        (
            "broken_newline.html",
            "Field Service Technician",
            "Solstice Heat Pumps AB",
            "Göteborg, Sweden",
            (Decimal(34000), Decimal(39000), "SEK", "month"),
        ),
    ],
)
def test_broken_json_ld_is_still_read(
    name: str, title: str, company: str, location: str, salary: tuple[object, ...]
) -> None:
    found = read_page(name)
    assert found.source == "json-ld"
    assert (found.title, found.company, found.location) == (title, company, location)
    found_salary = (found.salary_min, found.salary_max, found.salary_currency, found.salary_period)
    assert found_salary == salary
    assert found.employment_type == ("full_time",)
    assert found.missing == ()


def test_raw_newlines_in_a_json_ld_string_stay_lines() -> None:
    found = read_page("broken_newline.html")
    assert found.description == (
        "Install and service heat pumps in western Sweden.\nCompany van and phone included.\n"
        "Driving licence B required."
    )
    assert found.date_posted == date(2025, 3, 3)


def test_cdata_wrapper_and_a_second_broken_block() -> None:
    page = """<html><head><title>x</title>
    <script type="application/ld+json">{"@type": "WebSite", "name": "Broken", </script>
    <script type="application/ld+json">//<![CDATA[
    {"@context": "https://schema.org", "@type": "JobPosting", "title": "Sous-chef",
     "hiringOrganization": {"@type": "Organization", "name": "Le Petit Four SARL"},
     "datePosted": "2025-02-01T18:00:00+01:00", "employmentType": "FULL_TIME, PART_TIME"}
    //]]></script></head><body></body></html>"""
    found = read_posting(page)
    assert (found.title, found.company, found.source) == (
        "Sous-chef",
        "Le Petit Four SARL",
        "json-ld",
    )
    assert found.date_posted == date(2025, 2, 1)
    assert found.employment_type == ("full_time", "part_time")


def test_json_ld_fields_fall_back_to_microdata_one_by_one() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "JobPosting", "title": "Tram Driver",
     "datePosted": "2025-01-15"}</script></head><body>
    <div itemscope itemtype="http://schema.org/JobPosting">
      <h1 itemprop="title">Tram driver (microdata)</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">
        <span itemprop="name">Verkehrsbetriebe Nordhafen AG</span></div>
      <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place">
        <span itemprop="address">Kiel, Germany</span></span>
    </div></body></html>"""
    found = read_posting(page)
    assert (found.title, found.source) == ("Tram Driver", "json-ld")
    assert found.company == "Verkehrsbetriebe Nordhafen AG"
    assert found.location == "Kiel, Germany"
    assert found.date_posted == date(2025, 1, 15)


def test_related_jobs_in_a_list_do_not_replace_the_posting() -> None:
    related = {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@type": "JobPosting", "title": "Other"}}
        ],
    }
    main = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Line Cook",
        "hiringOrganization": {"@type": "Organization", "name": "Saltmarsh Kitchen"},
    }
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(related)}</script>'
        f'<script type="application/ld+json">{json.dumps(main)}</script></head></html>'
    )
    found = read_posting(page)
    assert (found.title, found.company) == ("Line Cook", "Saltmarsh Kitchen")


def test_a_blog_post_is_not_a_posting() -> None:
    found = read_page("blog_post.html")
    assert found.is_posting is False
    assert found.closed is False
    assert found.company is None  # the blog's publisher is no employer
    assert found.salary_min is None
    assert found.employment_type == ()


def test_a_company_page_is_not_a_posting_and_a_hidden_template_says_nothing() -> None:
    found = read_page("company_page.html")
    assert found.is_posting is False
    assert found.closed is False  # the notice sits in a <template> nobody sees


def test_a_closed_english_posting() -> None:
    found = read_page("closed_en.html")
    assert found.closed is True
    assert found.is_posting is False
    # What the page still says is read all the same.
    assert (found.title, found.company) == ("Customer Success Manager", "Bluefin Payments")
    assert found.location == "Dublin, Ireland"
    assert found.valid_through == date(2024, 12, 1)


def test_a_closed_german_posting() -> None:
    found = read_page("closed_de.html")
    assert found.closed is True
    assert found.is_posting is False
    assert (found.title, found.source) == ("Sachbearbeiter Buchhaltung (m/w/d)", "opengraph")


@pytest.mark.parametrize(
    "notice",
    [
        "Cette offre n'est plus disponible.",
        "Esta oferta ya no está disponible.",
        "Deze vacature is niet meer beschikbaar.",
        "We are no longer accepting applications for this role.",
        "Die Bewerbungsfrist ist bereits abgelaufen.",
    ],
)
def test_closed_notices_in_five_languages(notice: str) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "JobPosting",'
        f' "title": "Kok"}}</script></head><body><p>{notice}</p></body></html>'
    )
    found = read_posting(page)
    assert found.closed is True
    assert found.is_posting is False


def test_words_that_only_look_closed_do_not_close_a_posting() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "JobPosting",'
        ' "title": "Koch (m/w/d)"}</script></head><body><p>Die Stelle ist ab sofort zu'
        " besetzen. Le poste est à pourvoir. Deze functie kan ook parttime ingevuld"
        " worden.</p></body></html>"
    )
    found = read_posting(page)
    assert found.closed is False
    assert found.is_posting is True


def test_latin_1_bytes_are_read_by_their_meta_charset() -> None:
    page = (
        '<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html;'
        ' charset=ISO-8859-1"><title>Pâtissier (H/F) - Boulangerie Élodie</title></head>'
        "<body><h1>Pâtissier (H/F)</h1><p>Prêt à postuler ? Écrivez-nous.</p></body></html>"
    ).encode("latin-1")
    found = read_posting(page)
    assert found.title == "Pâtissier (H/F)"
    assert found.language == "fr"


def test_undeclared_bytes_fall_back_to_utf_8_with_replacement() -> None:
    page = "<html><head><title>Kassierer (m/w/d) \u2013 Filiale Köln</title></head></html>"
    found = read_posting(page.encode("utf-8") + b"\xff")
    assert found.title == "Kassierer (m/w/d) \u2013 Filiale Köln"


def test_the_url_argument_is_the_last_resort_for_the_address() -> None:
    page = page_bytes("broken_comment.html")
    assert read_posting(page, "https://bramblewood.example/jobs/7").url == (
        "https://bramblewood.example/jobs/7"
    )
    with_canonical = page.replace(
        b"<title>", b'<link rel="canonical" href="/careers/junior-accountant"><title>'
    )
    assert read_posting(with_canonical, "https://bramblewood.example/jobs/7?ref=x").url == (
        "https://bramblewood.example/careers/junior-accountant"
    )


@pytest.mark.parametrize("page", [b"", "  \n", "<!-- saved by a crawler -->", "<?php ?>"])
def test_an_empty_page_reads_as_nothing(page: str | bytes) -> None:
    found = read_posting(page)
    assert found.is_posting is False
    assert found.source == "none"
    assert found.title is None
    assert found.missing == ("title", "company", "location", "salary", "date_posted", "description")


def huge_page() -> bytes:
    """About 3 MB of inline scripts (a bundled app state) before the JSON-LD."""
    state = json.dumps(
        [
            {"id": i, "slug": f"job-{i}", "teaser": "lorem ipsum " * 6, "html": "</div>"}
            for i in range(20000)
        ]
    )
    chunks = [state[at : at + 200_000] for at in range(0, len(state), 200_000)]
    scripts = "".join(f"<script>self.__chunks.push({json.dumps(c)})</script>\n" for c in chunks)
    cards = "".join(
        f'<li class="card"><a href="/jobs/{i}">Similar job {i}</a></li>' for i in range(2000)
    )
    posting = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Site Reliability Engineer",
            "hiringOrganization": {"@type": "Organization", "name": "Orbital Beans Inc."},
            "datePosted": "2025-03-14",
            "description": "<p>Keep our roasting robots online.</p>",
        }
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Site Reliability Engineer | Bigboard</title>{scripts}"
        f'<script type="application/ld+json">{posting}</script></head>'
        f"<body><h1>Site Reliability Engineer</h1><ul>{cards}</ul></body></html>"
    ).encode()


def body_heavy_page() -> bytes:
    """About 3 MB of markup in the body: a board listing thousands of similar jobs."""
    cards = "".join(
        f'<div class="card"><div><a href="/jobs/{i}">Similar job {i}</a> <b>Leeds</b>'
        f" <span>Full-time</span></div><!-- card --></div>"
        for i in range(25000)
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Site Reliability Engineer | Bigboard</title></head><body>"
        '<p class="notice">This job is no longer available.</p>'
        f"<h1>Site Reliability Engineer</h1>{cards}</body></html>"
    ).encode()


@pytest.mark.parametrize(("make", "budget"), [(huge_page, 0.5), (body_heavy_page, 1.5)])
def test_a_page_of_three_megabytes_is_read_well_under_a_second(make, budget: float) -> None:
    page = make()
    assert len(page) > 3_000_000
    read_posting("<html></html>")  # the first call pays for importing extruct
    started = time.perf_counter()
    found = read_posting(page)
    elapsed = time.perf_counter() - started
    assert found.title == "Site Reliability Engineer"
    assert elapsed < budget, f"{elapsed:.3f} s"


def test_the_huge_page_s_posting_is_read_past_its_scripts() -> None:
    found = read_posting(huge_page())
    assert (found.company, found.source) == ("Orbital Beans Inc.", "json-ld")
    assert found.description == "Keep our roasting robots online."
    assert found.is_posting


def test_a_notice_at_the_top_of_a_long_page_closes_it() -> None:
    found = read_posting(body_heavy_page())
    assert found.closed is True
    assert found.is_posting is False


@pytest.mark.parametrize(
    "hiding", ["hidden", 'style="display: none"', 'aria-hidden="true"', 'class="alert d-none"']
)
def test_a_hidden_notice_does_not_close_a_posting(hiding: str) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "JobPosting",'
        ' "title": "Welder"}</script></head><body><div '
        + hiding
        + "><p>This job is no longer available.</p></div><h1>Welder</h1></body></html>"
    )
    found = read_posting(page)
    assert found.closed is False
    assert found.is_posting is True


def test_lever_like_page_without_json_ld_takes_the_title_from_its_h2() -> None:
    page = (
        "<html><head><title>Acme Robotics - Field Engineer</title>"
        '<meta property="og:title" content="Acme Robotics - Field Engineer"></head><body>'
        '<div class="posting-headline"><h2>Field Engineer</h2><div>Austin, TX</div></div>'
        '<h3>What you\'ll do</h3><a href="/apply">Apply for this job</a></body></html>'
    )
    found = read_posting(page, "https://jobs.lever.co/acme/6c1e")
    assert (found.title, found.source) == ("Field Engineer", "opengraph")
    assert found.company == "Acme Robotics"
    assert found.is_posting  # an apply button and a job address
    assert found.url == "https://jobs.lever.co/acme/6c1e"


def test_a_board_named_as_employer_gives_way_to_the_title_s_employer() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Copywriter",
        "hiringOrganization": {"@type": "Organization", "name": "Indeed"},
        "jobLocationType": "TELECOMMUTE",
        "jobLocation": {"@type": "Place", "address": {"addressLocality": "Madrid"}},
    }
    page = (
        '<html><head><meta property="og:title" content="Copywriter - Brightside Media -'
        ' Madrid | Indeed.com"><script type="application/ld+json">'
        f"{json.dumps(posting)}</script></head><body><h1>Copywriter</h1></body></html>"
    )
    found = read_posting(page)
    assert found.title == "Copywriter"
    assert found.company == "Brightside Media"
    assert found.remote is True
    assert found.location == "Remote"  # TELECOMMUTE: an office address does not make it hybrid


def test_the_heading_does_not_shorten_a_structured_title() -> None:
    posting = {"@type": "JobPosting", "title": "Backend Engineer - Payments"}
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script>'
        "</head><body><h1>Backend Engineer</h1></body></html>"
    )
    assert read_posting(page).title == "Backend Engineer - Payments"


def test_a_board_estimate_filed_under_base_salary_is_not_the_employer_s() -> None:
    posting = {
        "@type": "JobPosting",
        "title": "Forklift Driver",
        "baseSalary": {
            "@type": "MonetaryAmount",
            "name": "Estimated salary",
            "currency": "GBP",
            "value": {"@type": "QuantitativeValue", "minValue": 23000, "maxValue": 26000},
        },
    }
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script>'
    found = read_posting(page)
    assert found.salary_min is None
    assert found.salary_max is None
    assert "salary" in found.missing


def test_a_careers_page_listing_several_jobs_is_not_one_posting() -> None:
    blocks = "".join(
        '<script type="application/ld+json">'
        + json.dumps({"@type": "JobPosting", "title": title, "url": f"/jobs/{n}"})
        + "</script>"
        for n, title in enumerate(("Baker", "Driver", "Cashier"))
    )
    found = read_posting(f"<html><head>{blocks}</head></html>", "https://bakery.example/jobs")
    assert found.is_posting is False
    assert found.title is None


def test_a_careers_landing_page_without_structured_data_is_not_a_posting() -> None:
    page = (
        "<html><head><title>Careers | Saltmarsh Kitchen</title></head><body>"
        "<h1>Work with us</h1><p>We hire cooks and servers, full-time and part-time.</p>"
        "<p>No open job fits you? Apply now with an open application.</p></body></html>"
    )
    found = read_posting(page)
    assert found.is_posting is False
    assert found.closed is False
