"""Reading PDF and Word (.docx) CVs. pypdf and python-docx are imported inside the
functions that use them: they take a while to load, and starting the CLI must stay quick."""

import io
import zipfile
from collections.abc import Iterable
from typing import TYPE_CHECKING

from nextyes.domain.errors import InvalidInput

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

FIELD = "cv"
MAX_PDF_PAGES = 30  # a CV's skills are on its first pages; a longer PDF is read that far
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # a .docx is a zip; refuse one that unpacks huge
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def pdf_text(data: bytes, name: str) -> str:
    # A PDF ends with %%EOF (give or take trailing bytes); without it the file was cut
    # short, and pypdf would only guess at what is left.
    if b"%%EOF" not in data[-2048:]:
        raise InvalidInput(f"{name} is a damaged PDF: it stops part way through", FIELD)
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                # A PDF locked only against editing opens with an empty password.
                opened = bool(reader.decrypt(""))
            except DependencyError:  # AES without the optional cryptography package
                opened = False
            if not opened:
                raise InvalidInput(
                    f"{name} is password-protected; save a copy without the password", FIELD
                )
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
    except InvalidInput:
        raise
    except Exception:  # pypdf raises many kinds for a broken file; each means the same
        raise InvalidInput(f"{name} is a damaged PDF and cannot be read", FIELD) from None
    text = "\n".join(pages)
    if not text.strip():
        raise InvalidInput(
            f"{name} holds only images, no text (a scan, perhaps); type or paste your "
            "skills instead",
            FIELD,
        )
    return text


def docx_text(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InvalidInput(f"{name} is a damaged Word file and cannot be read", FIELD) from None
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names:
        raise InvalidInput(f"{name} is {_zip_kind(names)}, not a Word .docx", FIELD)
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise InvalidInput(f"{name} unpacks to far more than a CV holds; is it a CV?", FIELD)
    from docx import Document

    try:
        return "\n".join(_docx_lines(Document(io.BytesIO(data))))
    except Exception:  # python-docx and lxml raise many kinds for a broken file
        raise InvalidInput(f"{name} is a damaged Word file and cannot be read", FIELD) from None


def _zip_kind(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint file"
    if "content.xml" in names:
        return "an OpenDocument file (save it as .docx or PDF)"
    return "a zip archive"


def _docx_lines(document: "DocxDocument") -> list[str]:
    """Headers first (a CV's header often holds the name and a title), then the body in
    order, table cells included, then text boxes, which python-docx does not reach."""
    lines: list[str] = []
    for section in document.sections:
        for header in (section.first_page_header, section.header, section.even_page_header):
            if not header.is_linked_to_previous:  # an own header, not the one before
                lines += _block_lines(header.iter_inner_content())
    lines += _block_lines(document.iter_inner_content())
    lines += _text_boxes(document)
    return lines


def _block_lines(blocks: "Iterable[Paragraph | Table]") -> list[str]:
    from docx.table import Table

    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats in each column
                        continue
                    seen.add(id(cell._tc))
                    lines += _block_lines(cell.iter_inner_content())
        elif block.text.strip():
            lines.append(block.text)
    return lines


def _text_boxes(document: "DocxDocument") -> list[str]:
    lines: list[str] = []
    for box in document.element.body.iter(f"{_W}txbxContent"):
        # Word stores each text box twice, the second time as a fallback for old readers.
        if any(parent.tag == _MC_FALLBACK for parent in box.iterancestors()):
            continue
        for paragraph in box.iter(f"{_W}p"):
            text = "".join(node.text or "" for node in paragraph.iter(f"{_W}t"))
            if text.strip():
                lines.append(text)
    return lines
