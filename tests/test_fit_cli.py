"""`nextyes profile` (skills, experience, CV, skill words) and `nextyes fit ID` through the
real console script: a CV in PDF or Word gives its skills, the fit is said in words with the
matched and missing skills, and a CV that is not one is one line with nothing changed."""

from pathlib import Path

import pytest
from docx import Document
from fpdf import FPDF

from tests.cli_runner import Cli

POSTING = """Junior Data Analyst

Your tasks
- Reporting for the sales team

Your profile
- SQL and Excel
- Python or R, e.g. pandas
- Stakeholder management

Nice to have
- Power BI
"""


@pytest.fixture
def cli(prepared_cli_home: Path, tmp_path: Path) -> Cli:
    return Cli.copy_of(prepared_cli_home, tmp_path)


def pdf_cv(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in ("Sam Rivers - Data analyst", "Skills: SQL, Microsoft Excel, Power BI",
                 "Experience: reporting, stakeholder management"):  # fmt: skip
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 10, "Education: BSc Economics")
    pdf.output(str(path))
    return path


def test_a_pdf_cv_fills_the_skills_and_the_fit_is_said_in_words(cli: Cli, tmp_path: Path) -> None:
    out = cli.ok("profile", "--cv", str(pdf_cv(tmp_path / "cv.pdf")))
    assert "Read cv.pdf:" in out
    profile = cli.json("profile")
    assert {"SQL", "Excel", "Power BI", "Stakeholder management"} <= set(profile["skills"])
    assert profile["cv"] == "cv.pdf"

    app = cli.add("Nordlicht GmbH", "Junior Data Analyst", "--description", POSTING)
    shown = cli.ok("fit", app)
    assert "Fit: a partial fit." in shown
    assert "You have (asked for): SQL, Excel, Stakeholder management" in shown
    assert "Not on your list (asked for): Python" in shown
    assert "%" not in shown
    fit = cli.json("fit", app)
    assert fit["scale"] == "partial"
    assert fit["matched_nice"] == ["Power BI"]


def test_a_word_cv_and_typed_skills_and_words_of_ones_own(cli: Cli, tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Kenntnisse: Projektmanagement, SAP")
    document.save(str(tmp_path / "lebenslauf.docx"))
    cli.ok("profile", "--cv", str(tmp_path / "lebenslauf.docx"))
    cli.ok("profile", "--add-skill", "Looker", "--skill-word", "Nordlicht BI: nbi")
    profile = cli.json("profile", "--remove-skill", "SAP")
    assert "Project management" in profile["skills"]
    assert "SAP" not in profile["skills"]
    assert "Looker" in profile["skills"]
    assert profile["skill_words"] == [{"name": "Nordlicht BI", "also": ["nbi"]}]
    cli.refused("profile", "--remove-skill", "Cobol", problem="'Cobol' is not among your skills")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
        (b"", "is empty"),
        (b"%PDF-1.4\n1 0 obj <<", "PDF"),
    ],
)
def test_a_cv_that_cannot_be_read_is_one_line(
    cli: Cli, tmp_path: Path, content: bytes, problem: str
) -> None:
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(content)
    cli.refused("profile", "--cv", str(cv), problem=problem)


def test_fit_without_a_posting_text_says_how_to_get_one(cli: Cli) -> None:
    app = cli.add("Acme", "Analyst")
    out = cli.ok("fit", app)
    assert "There is no posting text to compare with yet" in out
    assert cli.json("fit", app)["scale"] == "unknown"
    cli.refused("fit", "999", problem="999")


def test_stats_skills_counts_what_keeps_coming_up(cli: Cli) -> None:
    assert "No posting text saved yet" in cli.ok("stats", "--skills")
    for company in ("Acme", "Globex", "Initech"):
        cli.add(company, "Analyst", "--description", POSTING)
    cli.ok("profile", "--skills", "SQL")
    out = cli.ok("stats", "--skills")
    assert "From the text of your 3 newest postings with one saved." in out
    assert "  SQL: 3 postings (yours)" in out
    assert "compared once each holds 3 (now 0 and 0)" in out
    found = cli.json("stats", "--skills")
    assert found["postings"] == 3
    assert found["compared"] is False
