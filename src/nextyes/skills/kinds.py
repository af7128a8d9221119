"""The kinds of skill the vocabulary knows, and the shape of one shipped entry.

An entry is (kind, display name, other names). Other names are synonyms, abbreviations
and spellings in English, German, French, Spanish and Dutch. Marks in front of a name say
when it may count, for names that are also ordinary words:

    ^   the case must be as written: "^Excel" is the tool, "you excel at" is not.
    =   only in a clear context: next to another skill of the same kind in a list
        ("R, Python", "R/Python", "R and Python"), after a list heading and a colon
        ("Languages: English"), on a bullet or a line that lists nothing but skills
        ("- React"), before a word such as "experience", "developer" or "Kenntnisse"
        ("React experience", "R-Kenntnisse"), and, for tools, after a word such as "with",
        "in" or "ideally" ("in R", "with React", "ideally Tableau").
    ==  as "=", but never because of a word nearby: "Go", "Chef", "Spring" and language
        names ("German") are ordinary words too often.

The display name is a name of its own too, unless one of the other names is the same
name with marks ("R" with "^=R")."""

from typing import Final

TOOL: Final = "tool"  # software, programming languages, platforms and machines
SKILL: Final = "skill"  # know-how and methods: accounting, wound care, SEO
SOFT: Final = "soft skill"  # ways of working a posting asks for: teamwork, resilience
CERTIFICATION: Final = "certification"  # licences and certificates: CPA, forklift licence
LANGUAGE: Final = "language"  # languages people speak (programming languages are tools)

KINDS: Final = (TOOL, SKILL, SOFT, CERTIFICATION, LANGUAGE)

Entry = tuple[str, str, tuple[str, ...]]
