"""The text of a CV, and the skills in it.

A CV comes as a PDF, a Word document (.docx) or plain text (.txt, .md). What a file is
comes from its first bytes, not its name: a photo renamed cv.pdf is still a photo. Each
problem is one line that names it, raised as InvalidInput."""

from nextyes.domain.errors import InvalidInput
from nextyes.skills.cv_formats import FIELD, docx_text, pdf_text
from nextyes.skills.vocabulary import Vocabulary

MAX_CV_BYTES = 5 * 1024 * 1024  # a CV with a photo or two stays far below this

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc files, and encrypted .docx
# Formats people upload by mistake, named in the message.
OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"%!PS", "a PostScript file"),
)
# Names that promise a format, so text inside one is a mislabelled or broken file.
PROMISES = {".pdf": "a PDF", ".docx": "a Word document", ".doc": "a Word document"}
ACCEPTED = "a PDF, a Word .docx or a text file"


def read_cv(data: bytes, filename: str) -> str:
    """The text of the CV in `data`; `filename` only names it in messages."""
    name = filename.strip() or "the file"
    if not data.strip():
        raise InvalidInput(f"{name} is empty", FIELD)
    if len(data) > MAX_CV_BYTES:
        limit = MAX_CV_BYTES // (1024 * 1024)
        raise InvalidInput(f"{name} is larger than {limit} MB; upload {ACCEPTED} under that", FIELD)
    if PDF_MAGIC in data[:1024]:  # the PDF standard allows a little junk before the header
        text = pdf_text(data, name)
    elif data.startswith(ZIP_MAGIC):
        text = docx_text(data, name)
    elif data.startswith(OLE_MAGIC):
        raise InvalidInput(_old_office(data, name), FIELD)
    else:
        text = _plain_text(data, name)
    if not text.strip():
        raise InvalidInput(f"{name} has no text in it", FIELD)
    return text


def skills_in_cv(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Every skill of the vocabulary the CV names, once each, in the CV's order."""
    return vocabulary.names_in(text)


def _old_office(data: bytes, name: str) -> str:
    if "EncryptedPackage".encode("utf-16-le") in data:
        return f"{name} is a password-protected Word file; save a copy without the password"
    return f"{name} is an old-style Word .doc file; save it as .docx or PDF and upload that"


def _plain_text(data: bytes, name: str) -> str:
    for magic, kind in OTHER_FORMATS:
        if data.startswith(magic):
            raise InvalidInput(f"{name} is {kind}, not {ACCEPTED}", FIELD)
    text = _decode(data)
    if text is None:
        raise InvalidInput(f"{name} is not {ACCEPTED}", FIELD)
    suffix = name.lower().rpartition(".")[2]
    promised = PROMISES.get(f".{suffix}")
    if promised is not None:
        raise InvalidInput(f"{name} is named like {promised} but holds plain text", FIELD)
    return text


def _decode(data: bytes) -> str | None:
    """The text in `data`: UTF-8 (or UTF-16 with its byte-order mark), else Latin-1; None
    when it does not look like text at all."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:8192]:
        return None  # text files never hold NUL bytes; binary ones nearly always do
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # any bytes decode, so check what came out
    sample = text[:8192]
    controls = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or "\x7f" <= c < "\xa0")
    return None if controls * 100 > len(sample) else text
