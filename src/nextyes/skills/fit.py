"""An honest fit check: the skills a posting names beside the skills a person has.

The scale is words, never a percentage: a number like "71%" suggests a precision that a
list of words pulled from a posting does not have.

    close    every required skill, or all but one when the posting names three or more
    partial  at least half of the required skills
    far      fewer than half
    unknown  the posting names no skill we recognise

Nice-to-haves only nudge, by one step at most, and never decide alone. Having at least
half of them lifts a result that one more required skill would lift ("far" to "partial",
"partial" to "close"). Having none of them (when the posting names two or more) lowers a
"close" that is not complete, either one required skill short or with no required skills
named at all, to "partial". With no required skills named, the result starts at "close":
nothing the posting requires is missing."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from nextyes.skills.finder import SkillsFound
from nextyes.skills.text import fold
from nextyes.skills.vocabulary import Vocabulary

Scale = Literal["close", "partial", "far", "unknown"]
_STEPS: tuple[Scale, ...] = ("far", "partial", "close")
_SPLIT = re.compile(r"[,;\n]+")


@dataclass(frozen=True)
class FitCheck:
    scale: Scale
    matched_required: tuple[str, ...]  # the posting's names, in the posting's order
    missing_required: tuple[str, ...]
    matched_nice: tuple[str, ...]
    missing_nice: tuple[str, ...]
    missing_but_learning: tuple[str, ...]  # missing, and already on the to-learn list
    summary: str


def fit_check(
    have: Iterable[str], found: SkillsFound, to_learn: Iterable[str], vocabulary: Vocabulary
) -> FitCheck:
    """`have`: the person's skills as typed or read from a CV; `to_learn`: their to-learn
    list. Both go through the vocabulary ("postgres" is PostgreSQL); a name it does not
    know is compared as typed, ignoring case and accents."""
    own, learning = _keys(have, vocabulary), _keys(to_learn, vocabulary)
    required = [(name, _key(name, vocabulary)) for name in found.required]
    nice = [(name, _key(name, vocabulary)) for name in found.nice_to_have]
    matched_required = tuple(name for name, key in required if key in own)
    missing_required = tuple(name for name, key in required if key not in own)
    matched_nice = tuple(name for name, key in nice if key in own)
    missing_nice = tuple(name for name, key in nice if key not in own)
    learn = tuple(name for name, key in (*required, *nice) if key not in own and key in learning)
    scale = _scale(found, len(matched_required), len(matched_nice))
    check = FitCheck(
        scale, matched_required, missing_required, matched_nice, missing_nice, learn, ""
    )
    return replace(check, summary=_summary(check))


def _key(name: str, vocabulary: Vocabulary) -> str:
    """How a posting's skill is compared: its display name, folded. A name from elsewhere
    (an older vocabulary, the posting's own data) is read through the vocabulary first."""
    return fold(vocabulary.canonical(name) or name)


def _keys(items: Iterable[str], vocabulary: Vocabulary) -> set[str]:
    keys: set[str] = set()
    for item in items:
        for piece in _SPLIT.split(item):
            piece = " ".join(piece.split())
            if not piece:
                continue
            known = vocabulary.canonical(piece)
            names = (known,) if known is not None else vocabulary.names_in(piece)
            keys.update(fold(name) for name in names or (piece,))
    return keys


def _scale(found: SkillsFound, has_required: int, has_nice: int) -> Scale:
    required, nice = len(found.required), len(found.nice_to_have)
    if not required and not nice:
        return "unknown"
    base = _by_required(has_required, required) if required else "close"
    step = _STEPS.index(base)
    one_more = _STEPS.index(_by_required(has_required + 1, required)) if required else step
    if nice and 2 * has_nice >= nice and one_more > step:
        return _STEPS[step + 1]
    complete = required > 0 and has_required == required
    if base == "close" and not complete and nice >= 2 and has_nice == 0:
        return "partial"
    return base


def _by_required(has: int, total: int) -> Scale:
    missing = total - has
    if missing <= 0 or (missing == 1 and total >= 3):
        return "close"
    return "partial" if 2 * has >= total else "far"


def _summary(check: FitCheck) -> str:
    required = len(check.matched_required) + len(check.missing_required)
    nice = len(check.matched_nice) + len(check.missing_nice)
    if check.scale == "unknown":
        return "This posting names no skills we recognise, so there is nothing to compare yet."
    if required:
        text = f"You have {_count(len(check.matched_required), required, 'required skill')}"
        if nice:
            text += f" and {_count(len(check.matched_nice), nice, 'nice-to-have')}"
        text += " this posting names"
    else:
        have_nice = _count(len(check.matched_nice), nice, "nice-to-have")
        text = f"This posting names no required skills; you have {have_nice} it names"
    if check.missing_required:
        text += f"; missing: {', '.join(check.missing_required)}"
    if check.missing_nice:
        text += f"; missing nice-to-haves: {', '.join(check.missing_nice)}"
    if check.missing_but_learning:
        names = _and(check.missing_but_learning)
        verb = "is" if len(check.missing_but_learning) == 1 else "are"
        text += f" ({names} {verb} already on your to-learn list)"
    return text + "."


def _count(has: int, total: int, noun: str) -> str:
    if total == 1:
        return f"the one {noun}" if has else f"0 of the 1 {noun}"
    if has == total:
        return f"all {total} {noun}s"
    return f"{'none' if has == 0 else has} of the {total} {noun}s"


def _and(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
