"""Word lists, and finding many of them in one pass over a text.

A list (`Terms`) holds word parts, found anywhere ("bewerb" in "Bewerbung"), and whole
words ("cv", found only with no letter, digit or underscore touching it). The rules and the
concept tokens use about fifty lists of hundreds of words in five languages; checking each
word on its own would cost more than everything else an import does. Instead, the words of
every list are compiled into one trie-shaped pattern (`trie`), and `WordLists.scan` reports
which lists a text touches in a single pass."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Terms:
    """A word list: any of `parts` inside the text, or any of `words` as a whole word."""

    parts: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()

    def found(self, text: str) -> bool:
        parts, words = _patterns(self)
        return bool(
            (parts is not None and parts.search(text)) or (words is not None and words.search(text))
        )


def terms(parts: str = "", words: str = "") -> Terms:
    """A list from `a|b|c` parts and space-separated whole words."""
    return Terms(tuple(p for p in parts.split("|") if p), frozenset(words.split()))


def trie(words: Iterable[str]) -> str:
    """One pattern for many literal words, shaped as a trie: a position that starts none of
    them fails at its first character. Where one word starts another, the longer one is
    tried first."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + pattern(rest) for c, rest in sorted(node.items()) if c]
        if not branches:
            return ""
        either = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{either})?" if "" in node else either

    return pattern(root)


def _whole_words(words: Iterable[str]) -> str:
    return rf"\b(?:{trie(sorted(words))})\b"


@cache
def _patterns(terms: Terms) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    parts = re.compile(trie(terms.parts)) if terms.parts else None
    words = re.compile(_whole_words(terms.words)) if terms.words else None
    return parts, words


class WordLists:
    """Named lists, all found in one pass: `scan(text)` is the set of the names of every
    list with a part or a whole word in the text."""

    def __init__(self, lists: Mapping[str, Terms]) -> None:
        named_parts: dict[str, set[str]] = {}
        named_words: dict[str, set[str]] = {}
        for name, words in lists.items():
            for part in words.parts:
                named_parts.setdefault(part, set()).add(name)
            for word in words.words:
                if not word.replace("_", "").isalnum():
                    raise ValueError(f"a whole word is letters and digits only: {word!r}")
                named_words.setdefault(word, set()).add(name)
        # The trie reports the longest part that starts at a position; every shorter part
        # it starts with was found there too.
        self._part_names = {
            part: frozenset(
                name for end in range(1, len(part) + 1) for name in named_parts.get(part[:end], ())
            )
            for part in named_parts
        }
        self._word_names = {word: frozenset(names) for word, names in named_words.items()}
        self._parts = re.compile(f"(?=({trie(named_parts)}))") if named_parts else None
        self._words = re.compile(_whole_words(named_words)) if named_words else None

    def scan(self, text: str) -> frozenset[str]:
        found: set[str] = set()
        if self._parts is not None:
            for match in self._parts.finditer(text):
                found |= self._part_names[match.group(1)]
        if self._words is not None:
            for match in self._words.finditer(text):
                found |= self._word_names[match.group(0)]
        return frozenset(found)
