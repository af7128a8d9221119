"""Raw bytes -> MailMessage, with the standard library's `email` package (policy default).

Mail in the wild is messy: every charset (declared, wrong or made up), quoted-printable and
base64, HTML-only newsletters, headers broken across the wrong lines. Parsing is lenient:
whatever can be read is read, and only a message with nothing readable at all is refused
with BadMessage. HTML is turned into text by a parser that never runs anything: scripts,
styles and hidden parts are dropped."""

import binascii
import codecs
import re
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from nextyes.mail.message import MailMessage, message_key

MAX_RAW = 8_000_000  # bytes of one message that are parsed; the rest (attachments) is not
MAX_BODY = 20_000  # characters of clean text kept: plenty to classify and to quote
MAX_HTML = 400_000  # characters of HTML read to get those
MAX_HEADER = 1_000  # characters of a subject or a name

# Multipart mail only. compat32 is the email package's fastest policy; the headers that
# matter are decoded here (RFC 2047 words, addresses, dates), once.
_PARSER = BytesParser(policy=policy.compat32)
_SPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_LINE_EDGES = re.compile(r" ?\n ?")
_RUNS = re.compile(r" {2,}")
# Control characters go; tabs and odd spaces become spaces; zero-width ones go.
_PLAIN = {
    **{c: None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]},
    **{c: " " for c in (0x09, 0xA0)},
    **{c: None for c in (0x200B, 0x200C, 0x200D, 0xFEFF)},
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Labels that are not what they say: browsers read "iso-8859-1" as windows-1252 too.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252"}


class BadMessage(ValueError):
    """A message with nothing readable in it; the reason is safe to show (no private text)."""


def parse_message(raw: bytes) -> MailMessage:
    if not raw.strip():
        raise BadMessage("the message is empty")
    head, body_bytes = _split(raw[:MAX_RAW])
    if not head.strip():
        raise BadMessage("no headers: this does not look like an email")
    headers = _header_fields(head)
    body = _readable_text(headers, body_bytes)
    if body is None:  # a MIME tree this quick reading does not follow: the email package does
        try:
            body = _body(_PARSER.parsebytes(raw[:MAX_RAW]))
        except Exception as problem:  # the parser is lenient; what it raises is a bad message
            raise BadMessage(f"unreadable message ({type(problem).__name__})") from None
    message_id = _message_id(headers.get("message-id"))
    name, address = _sender(headers.get("from", ""))
    subject = _clip(_decoded(headers.get("subject", "")), MAX_HEADER)
    if not (address or subject or body):
        raise BadMessage("no sender, subject or text in the message")
    return MailMessage(
        key=message_key(message_id, raw),
        message_id=message_id,
        sender=address,
        sender_name=name,
        subject=subject,
        sent_at=_date(headers.get("date")),
        body=body,
        in_reply_to=_message_id(headers.get("in-reply-to")),
        references=tuple(_ids(headers.get("references", ""))),
        delivered_to=_sender(headers.get("delivered-to") or headers.get("x-original-to", ""))[1],
        sent_label="sent" in _gmail_labels(headers.get("x-gmail-labels", "")),
    )


def _gmail_labels(value: str) -> set[str]:
    """Gmail's export lists a message's labels, comma-separated ("Sent,Opened")."""
    return {label.strip().lower() for label in _decoded(value).split(",")} if value else set()


def _readable_text(headers: dict[str, str], body: bytes, depth: int = 0) -> str | None:
    """The text a person would read, straight from the bytes: a single text part, or the
    plain (else HTML) alternative of a multipart tree. None when the tree is one this does
    not follow (no boundary, an attached message, too deep): the email package reads it."""
    content_type = headers.get("content-type", "").strip()
    kind = content_type.lower()
    if kind.startswith("multipart/"):
        boundary = _BOUNDARY.search(content_type)
        if boundary is None or depth > 4:
            return None
        plain = html = None
        for part in _mime_parts(body, boundary.group(1) or boundary.group(2)):
            part_head, part_body = _split(part)
            fields = _header_fields(part_head)
            part_kind = fields.get("content-type", "text/plain").strip().lower()
            if fields.get("content-disposition", "").strip().lower().startswith("attachment"):
                continue
            if part_kind.startswith("multipart/"):
                inner = _readable_text(fields, part_body, depth + 1)
                if inner is None or inner:
                    return inner
            elif part_kind.startswith("text/plain") and plain is None:
                plain = (fields, part_body)
            elif part_kind.startswith("text/html") and html is None:
                html = (fields, part_body)
            elif part_kind.startswith("message/"):
                return None
        chosen = plain or html
        return _readable_text(*chosen, depth + 1) if chosen else ""
    if kind.startswith("message/"):
        return None
    if kind and not kind.startswith(("text/", ";")):
        return ""  # a lone attachment: nothing to read
    encoding = headers.get("content-transfer-encoding", "")
    text = decode_bytes(_transfer_decoded(body, encoding), _charset(kind))
    if kind.startswith("text/html"):
        text = html_to_text(text[:MAX_HTML])
    return clean_text(text)


_BOUNDARY = re.compile(r'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)


def _mime_parts(body: bytes, boundary: str) -> list[bytes]:
    """The parts between "--boundary" lines, up to the closing "--boundary--"."""
    delimiter = b"\n--" + boundary.encode("ascii", "replace")
    pieces = (b"\n" + body).split(delimiter)
    parts = []
    for piece in pieces[1:]:
        if piece.startswith(b"--"):
            break  # the closing delimiter: what follows is the epilogue
        start = piece.find(b"\n")
        if start == -1:
            continue
        parts.append(piece[start + 1 :].rstrip(b"\r"))
    return parts


_HEADER_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$")


def _split(raw: bytes) -> tuple[bytes, bytes]:
    """The header block and the body, split where the email package splits them: at the
    first empty line, or at the first line that is neither a header nor a continuation."""
    end, gap = raw.find(b"\n\n"), 2
    crlf = raw.find(b"\r\n\r\n")
    if crlf != -1 and (end == -1 or crlf < end):
        end, gap = crlf, 4
    head = raw if end == -1 else raw[:end]
    body = b"" if end == -1 else raw[end + gap :]
    if head.startswith(b"From ") and not _HEADER_LINE.match(head.split(b"\n", 1)[0]):
        head = head.partition(b"\n")[2]  # an mbox "From " line left at the top
    valid = _HEADER_BLOCK.match(head)
    cut = valid.end() if valid else 0
    if cut < len(head):  # a broken line ends the headers; the rest is body
        return head[:cut], head[cut:] + (raw[end:] if end != -1 else b"")
    return head, body


_HEADER_BLOCK = re.compile(
    rb"(?:[!-9;-~]+[ \t]*:[^\n]*(?:\n|\Z))(?:(?:[!-9;-~]+[ \t]*:|[ \t])[^\n]*(?:\n|\Z))*"
)
_FIELD = re.compile(
    rb"^(from|subject|date|message-id|in-reply-to|references|content-type|"
    rb"content-transfer-encoding|content-disposition|delivered-to|x-original-to"
    rb"|x-gmail-labels)[ \t]*:([^\n]*(?:\n[ \t][^\n]*)*)",
    re.IGNORECASE | re.MULTILINE,
)
_FOLD = re.compile(r"\r?\n[ \t]*")


def _header_fields(head: bytes) -> dict[str, str]:
    """The first value of each header NextYes reads, unfolded; never raises on bad syntax."""
    found: dict[str, str] = {}
    for match in _FIELD.finditer(head):
        name = match.group(1).decode("ascii").lower()
        if name not in found:
            value = match.group(2).decode("utf-8", "replace")
            found[name] = _FOLD.sub(" ", value).replace("\r", "").strip()
    return found


_CHARSET = re.compile(r"charset\s*=\s*\"?([^\";\s]+)")
_ANGLE_IDS = re.compile(r"<([^<>\s]+)>")


def _charset(content_type: str) -> str | None:
    found = _CHARSET.search(content_type)
    return found.group(1) if found else None


def _transfer_decoded(body: bytes, encoding: str) -> bytes:
    kind = encoding.strip().lower()
    try:
        if kind == "base64":
            return binascii.a2b_base64(body)
        if kind == "quoted-printable":
            return binascii.a2b_qp(body)
    except (binascii.Error, ValueError):
        pass  # a broken encoding: the bytes as they are beat nothing
    return body


def _text(value: object) -> str:
    """A header value as text; undecodable bytes become the replacement character."""
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # surrogate-escaped 8-bit bytes from a raw header
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def _decoded(value: str) -> str:
    """RFC 2047 words (=?utf-8?q?...?=) decoded; a malformed one is left as it is."""
    unfolded = _CONTROL.sub("", _FOLD.sub(" ", value)).strip()
    if "=?" not in unfolded:
        return unfolded
    try:
        return _text(make_header(decode_header(unfolded)))
    except (LookupError, UnicodeError, ValueError, AssertionError):
        return unfolded


def _clip(text: str, limit: int) -> str:
    return _SPACES.sub(" ", text).strip()[:limit]


def _message_id(value: str | None) -> str | None:
    ids = _ids(value or "")
    return ids[0] if ids else None


def _ids(value: str) -> list[str]:
    if not value:
        return []
    found = _ANGLE_IDS.findall(value) if "<" in value else []
    if not found and value.strip() and " " not in value.strip():
        found = [value.strip().strip("<>")]  # an id without its angle brackets
    return [i for i in found if i]


_SIMPLE_SENDER = re.compile(
    r'^\s*(?:"?([^"<>]*?)"?\s*<([^<>@\s]+@[^<>@\s]+)>|([^<>@\s]+@[^<>@\s]+))\s*$'
)


def _sender(value: str) -> tuple[str, str]:
    if not value:
        return "", ""
    simple = _SIMPLE_SENDER.match(value)
    if simple and "=?" not in value and "\\" not in value:
        name, address = simple.group(1) or "", simple.group(2) or simple.group(3)
        return _clip(name, MAX_HEADER), address.lower()[:320]
    try:
        pairs = getaddresses([_decoded(value)])
    except (ValueError, TypeError, IndexError):
        pairs = []
    for name, address in pairs:
        if "@" in address:
            return _clip(name, MAX_HEADER), address.strip().lower()[:320]
    match = re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value)
    return "", match.group(0).lower() if match else ""


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:  # "-0000": the zone is unknown; read it as UTC
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _body(message: Message) -> str:
    part = _text_part(message)
    if part is None:
        return ""
    text = _part_text(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text[:MAX_HTML])
    return clean_text(text)


def _text_part(message: Message) -> Message | None:
    """The part a person would read: plain text first, else HTML, never an attachment."""
    if isinstance(message, EmailMessage):
        try:
            body = message.get_body(preferencelist=("plain", "html"))
        except Exception:  # a broken MIME tree: fall back to walking it
            body = None
        if body is not None:
            return body
    html = None
    for part in message.walk():
        if part.get_content_maintype() != "text" or _is_attachment(part):
            continue
        if part.get_content_subtype() == "plain":
            return part
        if part.get_content_subtype() == "html" and html is None:
            html = part
    return html


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("content-disposition", "")).lower()
    return disposition.startswith("attachment")


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    return decode_bytes(payload, part.get_content_charset())


def decode_bytes(payload: bytes, charset: str | None) -> str:
    """Bytes in a declared charset; a wrong or unknown one falls back to UTF-8, then to
    windows-1252, which can read any byte."""
    name = (charset or "").strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    if name:
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
    if name and name not in ("utf-8", "utf8"):
        try:
            return payload.decode(name)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", "replace")


def clean_text(text: str) -> str:
    """Plain, bounded text: no control characters, no runs of spaces or blank lines."""
    text = text[: MAX_BODY * 2]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_PLAIN)  # C speed: most mail needs none of the regexes below
    if "  " in text:
        text = _RUNS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()[:MAX_BODY]


# Elements whose content is never text a person reads.
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe",
                   "object", "canvas"})  # fmt: skip
_BLOCK = frozenset({"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4",
                    "h5", "h6", "blockquote", "section", "article", "header", "footer", "hr",
                    "pre", "dd", "dt"})  # fmt: skip
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
                   "source", "track", "wbr"})  # fmt: skip


class _TextOnly(HTMLParser):
    """Collects the text of an HTML document; runs nothing, fetches nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []  # open elements whose content is dropped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr"):
                self.parts.append("\n")
            return
        style = next((v or "" for k, v in attrs if k == "style"), "").replace(" ", "").lower()
        if self.skipping or tag in _SKIP or "display:none" in style:
            self.skipping.append(tag)
            return
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:  # close up to the matching element, forgiving bad nesting
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCK or tag == "td":
            self.parts.append("\n" if tag != "td" else " ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it raises ends the text there
        pass
    return "".join(parser.parts)
