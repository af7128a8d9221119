"""HTML fragments to plain text: a posting's description as lines a person can read.

Paragraphs, headings and lists become lines, list items become "- item", runs of
whitespace become one space, and never more than one blank line in a row."""

import html
import re
from typing import Any


def words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Elements that stand on lines of their own, separated by a blank line.
_PARAGRAPHS = words(
    "p h1 h2 h3 h4 h5 h6 ul ol dl table blockquote pre section article header footer"
    " main aside nav figure form fieldset address details summary hr"
)
# Elements that start a new line without a blank line before them.
_LINES = frozenset(("div", "tr", "dt", "dd", "caption", "figcaption", "center"))
_CELLS = frozenset(("td", "th"))
_SKIPPED = words(
    "script style noscript template head title iframe object embed svg canvas button"
    " select option input textarea"
)
_NEWLINE, _BLANK, _BULLET, _BREAK = "\x00n", "\x00p", "\x00b", "\x00r"
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Bullets typed into the text itself; they read as list items too.
_TYPED_BULLET = re.compile(r"^(?:[•●▪◦‣·■□➢➤►✓✔]|-(?=\s))\s*")
_ESCAPED_TAG = re.compile(r"&(?:amp;){0,2}lt;/?[a-zA-Z][^<>]{0,200}?&(?:amp;){0,2}gt;")
_REAL_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,2000}>|<br\s*/?>|<!--")


def squeeze(value: str) -> str:
    """One line: entities decoded, whitespace runs to one space, ends trimmed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", html.unescape(value))).strip()


def looks_like_html(value: str) -> bool:
    return bool(_REAL_TAG.search(value))


def readable_text(value: str) -> str:
    """Plain text from a description as sites ship it: HTML, HTML escaped once or twice
    (common inside JSON-LD), or plain text with its own line breaks."""
    for _ in range(3):
        if looks_like_html(value) or not _ESCAPED_TAG.search(value):
            break
        value = html.unescape(value)
    if looks_like_html(value):
        return html_to_text(value)
    return _tidy_lines(html.unescape(value).splitlines())


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (lxml; block elements to lines, <li> to "- item")."""
    if not fragment.strip():
        return ""
    import lxml.html  # type: ignore[import-untyped]

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _tidy_lines(fragment.splitlines())
    return element_text(root)


def element_text(element: Any) -> str:
    """Plain text of an lxml element already in a document (see html_to_text)."""
    tokens: list[str] = []
    _walk(element, tokens, top=True)
    return _assemble(tokens)


def _walk(element: Any, tokens: list[str], top: bool = False, in_item: bool = False) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in _SKIPPED or not tag:
        pass  # comments and processing instructions have tag functions, not names
    elif tag == "br":
        tokens.append(_BREAK)
    else:
        before, after = _breaks(tag, in_item)
        tokens.extend(before)
        if element.text:
            tokens.append(element.text)
        for child in element:
            _walk(child, tokens, in_item=in_item or tag == "li")
        tokens.extend(after)
    if element.tail and not top:
        tokens.append(element.tail)


def _breaks(tag: str, in_item: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if tag == "li":
        return (_NEWLINE, _BULLET), (_NEWLINE,)
    if tag in _PARAGRAPHS and not in_item:  # "<li><p>Item</p></li>" is one item
        return (_BLANK,), (_BLANK,)
    if tag in _LINES or tag in _PARAGRAPHS:
        return (_NEWLINE,), (_NEWLINE,)
    if tag in _CELLS:
        return (), (" ",)
    return (), ()


def _assemble(tokens: list[str]) -> str:
    lines: list[str] = []
    current: list[str] = []
    bullet = False

    def flush(blank: bool) -> None:
        nonlocal bullet
        text = squeeze_plain("".join(current))
        current.clear()
        if text:
            if bullet:
                text = "- " + _TYPED_BULLET.sub("", text)
                bullet = False
            lines.append(text)
        if blank and not bullet:
            lines.append("")

    for token in tokens:
        if token == _BREAK and not squeeze_plain("".join(current)):
            # A <br> on an empty line ("<br><br>", "<div><br></div>") is a paragraph gap.
            if lines and lines[-1] and not bullet:
                lines.append("")
        elif token in (_NEWLINE, _BREAK):
            flush(blank=False)
        elif token == _BLANK:
            flush(blank=True)
        elif token == _BULLET:
            flush(blank=False)
            bullet = True
        else:
            current.append(token)
    flush(blank=False)
    return _tidy_lines(lines)


def squeeze_plain(value: str) -> str:
    """squeeze() for text lxml has already decoded (no second round of entities)."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", value)).strip()


def _tidy_lines(raw: list[str]) -> str:
    lines: list[str] = []
    for line in raw:
        text = squeeze_plain(line)
        if text and text[0] in "•●▪◦‣·■□➢➤►✓✔":
            text = "- " + _TYPED_BULLET.sub("", text)
        if text or (lines and lines[-1]):
            lines.append(text)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)
