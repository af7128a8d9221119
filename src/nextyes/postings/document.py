"""The page itself: bytes to text by its declared charset, the lxml tree, and what the
reader needs from the document beyond structured data (title, first <h1>, canonical link,
language, meta description, and the visible text a "no longer available" notice sits in)."""

import codecs
import re
from dataclasses import dataclass
from typing import Any

from nextyes.postings.text import element_text, squeeze_plain

_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Browsers read these labels as windows-1252 (the WHATWG Encoding Standard); so do we.
_AS_WINDOWS_1252 = frozenset(("latin_1", "iso8859_1", "ascii", "cp1252"))
_HEAD_SCAN = 1_000_000  # bytes searched for a charset when the page has no </head>
# Text nobody sees: scripts, templates, and elements hidden by attribute, class or style.
_UNSEEN_TAGS = frozenset(("script", "style", "noscript", "template", "head", "svg"))
_HIDDEN_CLASSES = frozenset(("hidden", "d-none", "is-hidden"))
# Enough visible text for a "no longer available" notice and the signs of a posting; what
# a board lists past it (hundreds of similar jobs) would only cost time.
VISIBLE_LIMIT = 100_000


@dataclass(frozen=True)
class Page:
    tree: Any  # lxml.html.HtmlElement: the <html> element
    title: str | None
    heading: str | None  # the first <h1>, as one line
    subheading: str | None  # the first <h2>: some boards (Lever) show the title there
    canonical: str | None
    language: str | None
    meta_description: str | None
    visible_text: str  # one line, whitespace squeezed, at most VISIBLE_LIMIT characters
    has_microdata: bool  # an itemscope anywhere: extruct's microdata walk is worth its time


def decode(page: str | bytes) -> str:
    """Text of the page: str as given; bytes by BOM, then the charset a <meta> or XML
    declaration names, else UTF-8, undecodable bytes replaced rather than refused."""
    if isinstance(page, str):
        return page
    boms = ((codecs.BOM_UTF8, "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
    for bom, codec in boms:
        if page.startswith(bom):
            return page[len(bom) :].decode(codec, errors="replace")
    return page.decode(_declared(page) or "utf-8", errors="replace")


def _declared(page: bytes) -> str | None:
    end = page.find(b"</head")
    head = page[: end if end >= 0 else _HEAD_SCAN]
    found = _CHARSET.search(head) or _XML_ENCODING.search(head)
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith("utf_16") or name.startswith("utf_32"):
        return None  # bytes that can carry this <meta> are not UTF-16; browsers ignore it too
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def parse(text: str) -> Page:
    import lxml.html  # type: ignore[import-untyped]

    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        text = "<html></html>"
    # As bytes with a fixed encoding: a <meta charset> inside must not make lxml re-decode.
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except lxml.etree.ParserError:  # nothing but a comment or a processing instruction
        tree = lxml.html.document_fromstring(b"<html></html>", parser=parser)
    return Page(
        tree=tree,
        title=_title(tree),
        heading=_heading(tree, "h1"),
        subheading=_heading(tree, "h2"),
        canonical=_canonical(tree),
        language=_language(tree),
        meta_description=_meta(tree, "description"),
        visible_text=squeeze_visible(tree),
        has_microdata=re.search("itemscope", text, re.I) is not None,
    )


def _title(tree: Any) -> str | None:
    for path in ("//head/title", "//title"):
        for element in tree.xpath(path):
            text = squeeze_plain(element.text_content())
            if text:
                return text
    return None


def _heading(tree: Any, tag: str) -> str | None:
    for element in tree.iter(tag):
        text = squeeze_plain(element_text(element).replace("\n", " "))
        if text:
            return text
    return None


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return href
    return None


def _language(tree: Any) -> str | None:
    raw = tree.get("lang") or tree.get("xml:lang") or _meta(tree, "content-language", "http-equiv")
    if not raw:
        return None
    primary = re.split(r"[-_,\s]", raw.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _meta(tree: Any, name: str, attribute: str = "name") -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get(attribute) or "").strip().lower() == name:
            content = squeeze_plain(meta.get("content") or "")
            if content:
                return content
    return None


def squeeze_visible(tree: Any) -> str:
    """The text a reader of the page sees, as one line. A walk that skips hidden subtrees:
    an XPath with ancestor tests grows with the square of the page on large ones."""
    from lxml import etree

    body = tree.find("body")
    if body is None:
        return ""
    parts: list[str] = []
    size = 0
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, element in walk:
        if event == "end":
            text = element.tail if element is not body else None
        elif _unseen(element):
            walk.skip_subtree()  # its "end" still comes, and with it the visible tail
            continue
        else:
            text = element.text
        if text:
            parts.append(text)
            size += len(text)
            if size > VISIBLE_LIMIT:
                break
    return squeeze_plain(" ".join(parts))[:VISIBLE_LIMIT]


def _unseen(element: Any) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments and processing instructions
    attributes = element.attrib
    return (
        element.tag in _UNSEEN_TAGS
        or "hidden" in attributes
        or attributes.get("aria-hidden") == "true"
        or "display:none" in attributes.get("style", "").replace(" ", "").lower()
        or not _HIDDEN_CLASSES.isdisjoint(attributes.get("class", "").split())
    )
