"""Text as the skills code compares it: folded (no case, no accents) and cut into tokens.

Both the vocabulary's terms and the text searched go through the same `tokenise`, so
"Gestión de proyectos", "gestion de proyectos" and "GESTIÓN DE PROYECTOS" meet as one
sequence of tokens, and a term never matches inside a longer word ("Excel" is not in
"excellent", "Java" is not in "JavaScript", "SQL" is not in "PostgreSQL")."""

import re
import unicodedata
from dataclasses import dataclass

# A word (letters and digits; a trailing + or # belongs to it: C++, C#, A+), or any one
# other visible character. Combining accents stay inside their word, so text in
# decomposed form (as macOS sometimes hands it over) reads the same.
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*[+#]*|[^\w\s]|_")
_HYPHENS = frozenset("-\u2010\u2011")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def fold(text: str) -> str:
    """Lower case without accents: "Gestión" -> "gestion", "Straße" -> "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, where it came from in `text` (plus one
    last entry, len(text)), so a pattern found in the folded text points back to the
    original."""
    parts: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        parts.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return "".join(parts), offsets


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    folded: str
    start: int
    end: int
    spaced: bool  # whitespace, or the start of the text, comes right before it
    hyphened: bool  # joined to the word before by a hyphen (which is not a token itself)
    line: int  # 0-based line of the text it starts on

    @property
    def is_word(self) -> bool:
        return self.folded[:1].isalnum()


def tokenise(text: str) -> list[Token]:
    """The tokens of `text`. A hyphen between two words is dropped, its second word marked
    `hyphened`: "customer-service" reads as "customer service" and "Excel-Kenntnisse" as
    "Excel" "Kenntnisse", while a term can still refuse to match inside "C-level"."""
    found = list(_TOKEN.finditer(text))
    tokens: list[Token] = []
    end = 0
    line = 0
    hyphen = False
    for index, match in enumerate(found):
        gap = text[end : match.start()]
        line += gap.count("\n")
        end = match.end()
        word = match.group()
        if (
            word in _HYPHENS
            and not gap
            and tokens
            and tokens[-1].is_word
            and index + 1 < len(found)
            and found[index + 1].start() == match.end()
            and found[index + 1].group()[0].isalnum()
        ):
            hyphen = True
            continue
        spaced = not tokens or bool(gap)
        tokens.append(Token(word, fold(word), match.start(), end, spaced, hyphen, line))
        hyphen = False
    return tokens
