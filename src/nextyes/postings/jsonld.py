"""JSON-LD blocks of a page, read even when broken, and the nodes they hold.

extruct reads each well-formed block (and strips a leading comment line). Pages in the wild
also ship trailing commas, HTML comments in the middle, a CDATA wrapper, stray backslashes
and two objects in one script; those blocks are repaired here and read with the standard
library (raw newlines inside strings need no repair: json.loads(strict=False) takes them)."""

import json
import re
from collections.abc import Iterator
from typing import Any

_CDATA = re.compile(r"^\s*(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?|(?://|/\*)?\s*\]\]>(?:\s*\*/)?\s*$")
_WRAPPING_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
_JSON_ESCAPES = frozenset('"\\/bfnrtu')


def blocks(tree: Any) -> list[Any]:
    """Every JSON value in the page's application/ld+json scripts, in page order; blocks
    that cannot be read even after repair are skipped, the others still count."""
    from extruct.jsonld import JsonLdExtractor  # type: ignore[import-untyped]

    extractor = JsonLdExtractor()
    found: list[Any] = []
    for script in tree.iter("script"):
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json":
            continue
        text = script.text or ""
        if not text.strip():
            continue
        try:
            if script.get("type") != "application/ld+json":
                raise ValueError("extruct reads the exact type only")
            found.extend(extractor.extract_items(script))
        except (ValueError, TypeError, RecursionError):
            found.extend(_repaired(text))
    return found


def _repaired(text: str) -> list[Any]:
    text = _CDATA.sub("", text.strip().lstrip("\ufeff"))
    text = _WRAPPING_COMMENT.sub("", text)
    text = _scrub(text)
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    at = 0
    while at < len(text):
        while at < len(text) and (text[at].isspace() or text[at] in ";,"):
            at += 1
        if at >= len(text):
            break
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            break  # what was read before the damage still counts
        values.extend(value if isinstance(value, list) else [value])
    return [value for value in values if value]


def _scrub(text: str) -> str:
    """Outside strings: drop HTML and JS comments and commas before a closing bracket.
    Inside strings: drop backslashes that escape nothing JSON knows ("\\'")."""
    out: list[str] = []
    at, size = 0, len(text)
    in_string = False
    while at < size:
        char = text[at]
        if in_string:
            if char == "\\":
                following = text[at + 1 : at + 2]
                if following in _JSON_ESCAPES:
                    out.append(text[at : at + 2])
                else:
                    out.append(following)
                at += 2
                continue
            if char == '"':
                in_string = False
            out.append(char)
            at += 1
            continue
        if char == '"':
            in_string = True
        elif text.startswith("<!--", at):
            end = text.find("-->", at + 4)
            at = size if end < 0 else end + 3
            continue
        elif text.startswith("//", at):
            end = text.find("\n", at)
            at = size if end < 0 else end
            continue
        elif text.startswith("/*", at):
            end = text.find("*/", at + 2)
            at = size if end < 0 else end + 2
            continue
        elif char in "}]":
            _drop_trailing_comma(out)
        out.append(char)
        at += 1
    return "".join(out)


def _drop_trailing_comma(out: list[str]) -> None:
    at = len(out) - 1
    while at >= 0 and out[at].isspace():
        at -= 1
    if at >= 0 and out[at] == ",":
        del out[at]


_LISTS = frozenset(("ItemList", "ListItem", "OfferCatalog", "SearchResultsPage", "DataFeed"))


def walk(
    value: Any, depth: int = 0, listed: bool = False
) -> Iterator[tuple[dict[str, Any], int, bool]]:
    """Every object in a JSON value with its nesting depth (objects inside objects count)
    and whether it sits in a list of items (the "similar jobs" a board shows)."""
    if isinstance(value, dict):
        yield value, depth, listed
        listed = listed or bool(types_of(value) & _LISTS)
        for child in value.values():
            yield from walk(child, depth + 1, listed)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, depth, listed)


def types_of(node: dict[str, Any]) -> set[str]:
    """The node's schema.org types without prefixes ("schema:JobPosting", full IRIs)."""
    raw = node.get("@type", node.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/#:]", name)[-1] for name in names if isinstance(name, str) and name}


def index_ids(values: list[Any]) -> dict[str, dict[str, Any]]:
    """Nodes by @id, for references like {"@id": "#org"}; a bare reference defines nothing."""
    index: dict[str, dict[str, Any]] = {}
    for value in values:
        for node, _, _ in walk(value):
            node_id = node.get("@id")
            if isinstance(node_id, str) and set(node) - {"@id", "@type", "@context"}:
                index.setdefault(node_id, node)
    return index


def resolver(index: dict[str, dict[str, Any]]) -> Any:
    """A function that replaces {"@id": ...} references with the node they name."""

    def resolve(value: Any) -> Any:
        reference = isinstance(value, dict) and not set(value) - {"@id", "@type"}
        if reference and isinstance(value.get("@id"), str):
            return index.get(value["@id"], value)
        if isinstance(value, str) and value in index and value.startswith(("#", "http", "_:")):
            return index[value]
        return value

    return resolve
