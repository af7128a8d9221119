"""Reading a CV: real PDF and Word files made here, and the files people upload by
mistake, each refused with one line that says what is wrong."""

import io
import subprocess
import sys
import zipfile

import pytest
from docx import Document
from fpdf import FPDF
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from nextyes.domain.errors import InvalidInput
from nextyes.skills.cv import MAX_CV_BYTES, read_cv, skills_in_cv
from nextyes.skills.vocabulary import Vocabulary

VOCABULARY = Vocabulary.shipped()


def word_cv() -> bytes:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Mara Jensen, warehouse team lead"
    document.add_heading("Profile", level=1)
    document.add_paragraph("Eight years in stock control and order picking for a grocer.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Tools"
    table.cell(0, 1).text = "SAP, Excel"
    table.cell(1, 0).text = "Licences"
    table.cell(1, 1).text = "Forklift licence, first aid certificate"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_cv() -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)

    def write(text: str) -> None:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    write("Jonas Weber\nData analyst, Hamburg\n\nExperience")
    for year in range(2016, 2024):
        write(f"{year}: monthly reporting for the sales team.")
    pdf.add_page()
    write("Skills\nPython, SQL and Power BI\nStakeholder management")
    return bytes(pdf.output())


def locked(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    page = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(page).rectangle((50, 50, 550, 120), fill="black")  # a "line of text"
    pdf = FPDF()
    pdf.add_page()
    pdf.image(page, x=10, y=10, w=190)
    return bytes(pdf.output())


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def refusal(data: bytes, filename: str) -> str:
    with pytest.raises(InvalidInput) as problem:
        read_cv(data, filename)
    message = str(problem.value)
    assert "\n" not in message
    assert problem.value.field == "cv"
    return message


def test_a_word_cv_with_a_header_and_a_skills_table() -> None:
    text = read_cv(word_cv(), "cv.docx")
    assert text.index("Mara Jensen") < text.index("Profile")  # the header comes first
    assert "SAP, Excel" in text
    assert skills_in_cv(text, VOCABULARY) == (
        "Inventory management", "Order picking", "SAP", "Excel", "Forklift licence",
        "First aid",
    )  # fmt: skip


def test_a_two_page_pdf_cv() -> None:
    data = pdf_cv()
    assert len(PdfReader(io.BytesIO(data)).pages) == 2
    text = read_cv(data, "cv.pdf")
    assert "Jonas Weber" in text  # page one
    assert "Stakeholder management" in text  # page two
    assert skills_in_cv(text, VOCABULARY) == (
        "Python", "SQL", "Power BI", "Stakeholder management",
    )  # fmt: skip


def test_a_pdf_locked_only_against_editing_still_reads() -> None:
    assert "Power BI" in read_cv(locked(pdf_cv(), ""), "cv.pdf")


def test_a_text_cv_in_utf8_or_latin1() -> None:
    assert read_cv("# Skills\n- Gestión de proyectos".encode(), "cv.md").endswith("proyectos")
    latin = "Compétences : comptabilité, Excel".encode("latin-1")
    text = read_cv(latin, "cv.txt")
    assert skills_in_cv(text, VOCABULARY) == ("Accounting", "Excel")


@pytest.mark.parametrize(
    ("data", "filename", "problem"),
    [
        (lambda: locked(pdf_cv(), "secret"), "cv.pdf", "cv.pdf is password-protected"),
        (scanned_pdf, "scan.pdf", "scan.pdf holds only images, no text"),
        (png, "cv.pdf", "cv.pdf is a PNG image, not a PDF"),
        (lambda: b"", "cv.pdf", "cv.pdf is empty"),
        (lambda: pdf_cv()[: len(pdf_cv()) // 2], "cv.pdf", "cv.pdf is a damaged PDF"),
        (lambda: word_cv()[:2000], "cv.docx", "cv.docx is a damaged Word file"),
        (lambda: b"%PDF-1.7\n" + b"0" * MAX_CV_BYTES, "big.pdf", "larger than 5 MB"),
        (lambda: bytes(range(256)) * 8, "cv.bin", "is not a PDF, a Word .docx or a text file"),
        (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "cv.doc", "old-style Word"),
        (lambda: b"Skills: Excel, SQL", "cv.pdf", "named like a PDF but holds plain text"),
    ],
)
def test_each_problem_is_one_line_that_names_it(data: object, filename: str, problem: str) -> None:
    assert callable(data)
    assert problem in refusal(data(), filename)


def test_a_spreadsheet_is_named_as_one() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert refusal(buffer.getvalue(), "cv.docx") == (
        "cv.docx is an Excel workbook, not a Word .docx"
    )


def test_reading_libraries_load_only_when_a_cv_is_read() -> None:
    code = "import sys, nextyes.skills.cv; print('pypdf' in sys.modules, 'docx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]
