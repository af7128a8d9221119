"""What the fit check compares a posting with: the person's skills (typed, or confirmed from
their CV), a few lines about their experience, their CV's text, and words of their own for
the skills vocabulary. Plain values, checked here; kept in the person's profile row."""

import re
from dataclasses import dataclass

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LONG_TEXT, SHORT_TEXT, optional_text, storable

MAX_SKILLS = 300  # far more than a CV lists; a bound, not a goal
MAX_TERMS = 200
SEPARATORS = re.compile(r"[\n;,•·|]+")


@dataclass(frozen=True)
class SkillTerm:
    """A skill word of the person's own, with the other ways postings write it."""

    name: str
    also: tuple[str, ...] = ()

    def line(self) -> str:
        return f"{self.name}: {', '.join(self.also)}" if self.also else self.name


@dataclass(frozen=True)
class SkillsProfile:
    skills: tuple[str, ...] = ()
    experience: str | None = None
    cv_name: str | None = None
    cv_text: str | None = None
    terms: tuple[SkillTerm, ...] = ()


def skill_list(text: str | None) -> tuple[str, ...]:
    """Skills typed one a line or separated by commas, cleaned: trimmed, each once
    (ignoring case), in the order given. InvalidInput names a skill that is too long."""
    found: dict[str, str] = {}
    for part in SEPARATORS.split(text or ""):
        name = " ".join(part.split()).strip(" -*")
        if not name:
            continue
        if len(name) > SHORT_TEXT:
            raise InvalidInput(
                f"skills: {name[:40]!r}… is longer than {SHORT_TEXT} characters;"
                " put one skill a line",
                "skills",
            )
        found.setdefault(name.casefold(), storable(name, "skills"))
    if len(found) > MAX_SKILLS:
        raise InvalidInput(f"skills: at most {MAX_SKILLS} (there are {len(found)})", "skills")
    return tuple(found.values())


def term_list(text: str | None) -> tuple[SkillTerm, ...]:
    """Words of the person's own, one a line: `dbt: data build tool, dbt core`."""
    terms: dict[str, SkillTerm] = {}
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        name, _, rest = line.partition(":")
        name = " ".join(name.split())
        if not name:
            raise InvalidInput(
                f"skill words, line {number}: start with the skill's name, e.g."
                " 'dbt: data build tool'",
                "skill_terms",
            )
        also = tuple(a for a in skill_list(rest) if a.casefold() != name.casefold())
        if len(name) > SHORT_TEXT:
            raise InvalidInput(f"skill words, line {number}: the name is too long", "skill_terms")
        terms.setdefault(name.casefold(), SkillTerm(storable(name, "skill_terms"), also))
    if len(terms) > MAX_TERMS:
        raise InvalidInput(f"skill words: at most {MAX_TERMS} lines", "skill_terms")
    return tuple(terms.values())


def terms_text(terms: tuple[SkillTerm, ...]) -> str:
    return "\n".join(term.line() for term in terms)


def checked_experience(text: str | None) -> str | None:
    return optional_text(text, "experience", LONG_TEXT)


def checked_cv(name: str | None, text: str | None) -> tuple[str | None, str | None]:
    return optional_text(name, "CV file name"), optional_text(text, "CV", LONG_TEXT * 5)
