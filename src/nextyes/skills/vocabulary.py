"""The skills vocabulary: the shipped skills, plus any terms a person adds.

Each skill has one display name ("PostgreSQL") and every other name it goes by
("Postgres", "psql"); finding any of them reports the display name. Matching ignores case
and accents, respects word edges and takes the longest name that fits.

Skills are separate even when one implies another: "PostgreSQL" in a posting names
PostgreSQL, not SQL, and "MS SQL" names Microsoft SQL Server. We report what the text
says; guessing what it implies would put words in an employer's mouth, and in a fit check
it would tell a person they match on something the posting never asked for.

Names that are also ordinary words only count in a clear context (see kinds.py): "R" in
"R, Python" or "in R", never in "R&D"; "Go" in "Go, Rust" or "Golang", never in "go to
the office"; "C" never in "C-level"; "React" is the library in "React, TypeScript" or
"with React", and not the verb in "React quickly to customers"."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from nextyes.domain.errors import InvalidInput
from nextyes.skills import (
    entries_business,
    entries_care,
    entries_frontline,
    entries_people,
    entries_tech,
)
from nextyes.skills.kinds import CERTIFICATION, KINDS, SKILL, SOFT, Entry
from nextyes.skills.languages import LANGUAGE_ENTRIES
from nextyes.skills.matcher import Term, compile_term, search
from nextyes.skills.text import fold, tokenise

SHIPPED: tuple[Entry, ...] = (
    *entries_tech.ENTRIES,
    *entries_business.ENTRIES,
    *entries_people.ENTRIES,
    *entries_frontline.ENTRIES,
    *entries_care.ENTRIES,
    *LANGUAGE_ENTRIES,
)
NAME_MAX = 80  # characters in a name a person adds
_PLURAL_KINDS = frozenset({SKILL, SOFT, CERTIFICATION})


@dataclass(frozen=True)
class Skill:
    name: str  # the display name every match reports
    kind: str  # one of kinds.KINDS
    names: tuple[str, ...]  # every name it is found by, as written (without marks)
    own: bool = False  # added by the person, not shipped


@dataclass(frozen=True)
class Match:
    name: str
    kind: str
    start: int  # character offsets of the words matched in the text searched
    end: int


class Vocabulary:
    """Skills and the names they are found by. `Vocabulary.shipped()` is the one that comes
    with NextYes; `Vocabulary.with_terms(...)` is that one plus a person's own terms."""

    def __init__(
        self, entries: Iterable[Entry], own: Iterable[tuple[str, Iterable[str]]] = ()
    ) -> None:
        self._skills: list[Skill] = []
        self._terms: list[Term] = []
        self._by_words: dict[tuple[str, ...], int] = {}
        for kind, name, others in entries:
            self._add_entry(kind, name, others)
        for name, synonyms in own:
            self._add_own(name, synonyms)
        self._add_plurals()
        self._index: dict[str, list[Term]] = {}
        for term in self._terms:
            self._index.setdefault(term.words[0], []).append(term)
        self._kinds = [skill.kind for skill in self._skills]
        self._by_name = {fold(skill.name): skill for skill in self._skills}

    @classmethod
    def shipped(cls) -> "Vocabulary":
        return _shipped()

    @classmethod
    def with_terms(cls, terms: Iterable[tuple[str, Iterable[str]]]) -> "Vocabulary":
        """The shipped vocabulary plus a person's own terms: each is (name, other names).
        A name the vocabulary knows already gains the other names; a new one becomes a
        skill of its own. Where a person's term and a shipped one claim the same words,
        the person's wins."""
        return cls(SHIPPED, terms)

    @property
    def skills(self) -> tuple[Skill, ...]:
        return tuple(self._skills)

    def __len__(self) -> int:
        return len(self._skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self._skills)

    def skill(self, name: str) -> Skill | None:
        """The skill with this display name (any case or accents), if there is one."""
        return self._by_name.get(fold(name.strip()))

    def canonical(self, typed: str) -> str | None:
        """The display name of the skill `typed` names, as a whole: "postgres" ->
        "PostgreSQL", "R" -> "R", "Deutsch" -> "German"; None for anything else. A
        person typing a name means it, so the context rules for ordinary words do not
        apply here."""
        found = self._by_words.get(_words(typed))
        return None if found is None else self._skills[found].name

    def find(self, text: str) -> tuple[Match, ...]:
        """Every skill named in `text`, where it is, in order of appearance."""
        tokens = tokenise(text)
        return tuple(
            Match(
                self._skills[hit.term.skill].name,
                self._kinds[hit.term.skill],
                tokens[hit.first].start,
                tokens[hit.last].end,
            )
            for hit in search(tokens, self._index, self._kinds)
        )

    def names_in(self, text: str) -> tuple[str, ...]:
        """The display names of the skills named in `text`, once each, in order."""
        return tuple(dict.fromkeys(match.name for match in self.find(text)))

    def _add_entry(self, kind: str, name: str, others: tuple[str, ...]) -> None:
        if kind not in KINDS:
            raise ValueError(f"{name}: unknown kind {kind!r}")
        specs = [_marks(other) for other in others]
        if all(fold(text) != fold(name) for text, _, _ in specs):
            specs.insert(0, (name, 0, False))
        at = len(self._skills)
        names = tuple(dict.fromkeys(text for text, _, _ in specs))
        self._skills.append(Skill(name, kind, names))
        for text, guard, exact in specs:
            self._add_term(compile_term(at, text, guard, exact, own=False))

    def _add_own(self, name: str, synonyms: Iterable[str]) -> None:
        name = _own_name(name)
        others = [_own_name(synonym) for synonym in synonyms]
        at = self._by_words.get(_words(name))
        if at is None:
            at = len(self._skills)
            self._skills.append(Skill(name, SKILL, (name,), own=True))
        skill = self._skills[at]
        self._skills[at] = replace(skill, names=tuple(dict.fromkeys((*skill.names, *others))))
        for text in (name, *others):
            self._add_term(compile_term(at, text, 0, False, own=True), replace_shipped=True)

    def _add_term(self, term: Term | None, replace_shipped: bool = False) -> None:
        if term is None:
            return
        self._terms.append(term)
        if replace_shipped or term.words not in self._by_words:
            self._by_words[term.words] = term.skill

    def _add_plurals(self) -> None:
        """English, French, Dutch and Spanish plurals mostly add an s: "forklift licences",
        "gestion de projets". Only for know-how and certificates, only where the plural is
        not a name of its own, and never for tools ("Sass" is not two SAS)."""
        for term in list(self._terms):
            last = term.words[-1]
            if self._kinds_of(term) not in _PLURAL_KINDS or term.exact or not last.isalpha():
                continue
            if len(last) < 4:
                continue
            words = (*term.words[:-1], _plural(last))
            if words not in self._by_words:
                self._add_term(replace(term, words=words))

    def _kinds_of(self, term: Term) -> str:
        return self._skills[term.skill].kind


@cache
def _shipped() -> Vocabulary:
    return Vocabulary(SHIPPED)


def _marks(name: str) -> tuple[str, int, bool]:
    """("^=R") -> ("R", 1, True): the name, how much context it needs, whether case counts."""
    body = name.lstrip("^=")
    prefix = name[: len(name) - len(body)]
    return body, min(prefix.count("="), 2), "^" in prefix


def _words(text: str) -> tuple[str, ...]:
    return tuple(token.folded for token in tokenise(text))


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def _own_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a skill needs a name", "skills")
    if len(name) > NAME_MAX:
        raise InvalidInput(f"a skill's name is at most {NAME_MAX} characters", "skills")
    if not any(char.isalnum() for char in name):
        raise InvalidInput(f'"{name}" needs a letter or a digit to be a skill', "skills")
    return name
