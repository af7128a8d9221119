"""The skills a job posting names, sorted into required and nice to have.

Where a skill is named decides which it is:
- under a requirements heading ("Requirements", "Dein Profil", "Votre profil",
  "Requisitos", "Wat wij vragen"): required;
- under a nice-to-have heading ("Nice to have", "Von Vorteil", "Un plus", "Se valorará",
  "Een pré"), or marked so in its own sentence ("Kafka is a plus"): nice to have;
- under the duties ("What you'll do", "Deine Aufgaben", "Vos missions", "Funciones",
  "Wat ga je doen"), or before any heading: required when the posting has no
  requirements part at all, since then the duties are the only word on what the job
  needs; nice to have when it has one, since the employer then listed what they require
  and a tool the job merely uses is something that helps, not a condition;
- in the first line, when it is short (the job's title, "Python Developer"): required;
- under the offer, the company or how to apply ("We offer", "Wir bieten", "Über uns"):
  not counted; that is what the employer gives or is, not what it asks for.

A skill named both ways counts as required. Skills from the posting's structured data
(JSON-LD `skills`) count as required; one the vocabulary does not know is kept as the
employer wrote it when it is short enough to be a skill's name."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from nextyes.skills.headings import Part
from nextyes.skills.inline import marked_nice
from nextyes.skills.sections import part_at, parts
from nextyes.skills.text import fold
from nextyes.skills.vocabulary import Vocabulary

_LISTED_SPLIT = re.compile(r"[,;|\n•·]+")
LISTED_MAX_WORDS = 4  # an unknown listed skill longer than this is a sentence, not a name
LISTED_MAX_CHARS = 40


@dataclass(frozen=True)
class SkillsFound:
    required: tuple[str, ...]  # display names, in order of first appearance
    nice_to_have: tuple[str, ...]  # never one that is also required

    @property
    def names(self) -> tuple[str, ...]:
        return (*self.required, *self.nice_to_have)


def find_skills(text: str, vocabulary: Vocabulary, listed: Iterable[str] = ()) -> SkillsFound:
    spans = parts(text)
    has_requirements = any(span.part is Part.REQUIRED for span in spans)
    matches = vocabulary.find(text)
    inline_nice = marked_nice(text, matches)
    named: list[tuple[str, bool]] = []  # (name, required), in order of appearance
    for index, match in enumerate(matches):
        part = part_at(spans, match.start)
        if part is Part.ELSEWHERE:
            continue
        nice = part is Part.NICE or index in inline_nice
        if part in (Part.DUTIES, Part.INTRO) and has_requirements:
            nice = True
        named.append((match.name, not nice))
    for item in listed:
        named += [(name, True) for name in _listed(item, vocabulary)]
    return _sorted(named)


def _sorted(named: list[tuple[str, bool]]) -> SkillsFound:
    display: dict[str, str] = {}  # folded name -> the name as first seen
    required: set[str] = set()
    for name, is_required in named:
        key = fold(name)
        display.setdefault(key, name)
        if is_required:
            required.add(key)
    return SkillsFound(
        tuple(display[key] for key in display if key in required),
        tuple(display[key] for key in display if key not in required),
    )


def _listed(item: str, vocabulary: Vocabulary) -> list[str]:
    names: list[str] = []
    for piece in _LISTED_SPLIT.split(item):
        piece = " ".join(piece.split()).strip(" .:-")
        if not piece:
            continue
        known = vocabulary.canonical(piece)
        if known is not None:
            names.append(known)
            continue
        inside = vocabulary.names_in(piece)
        if inside:
            names += inside
        elif _name_like(piece):
            names.append(piece)
    return names


def _name_like(piece: str) -> bool:
    """Short, with a letter, and no "%": "Guidewire" is a skill's name, "100% remote" and a
    whole sentence are not."""
    return (
        len(piece) <= LISTED_MAX_CHARS
        and len(piece.split()) <= LISTED_MAX_WORDS
        and any(char.isalpha() for char in piece)
        and "%" not in piece
    )
