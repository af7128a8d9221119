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
    """One plain sentence: how many of the skills asked for are on the person's list, which
    are not on it yet, and which of those they are learning. "On your list", never "you
    lack": the list is what the person has written down, not who they are. E.g. "Of the 7
    skills this posting asks for, 6 are on your list (not yet: Kubernetes); of its 3
    nice-to-haves, 1 is (not yet: dbt, Airflow); Kubernetes is already on your to-learn
    list." """
    if check.scale == "unknown":
        return "This posting names no skills we recognise, so there is nothing to compare yet."
    parts = []
    if check.matched_required or check.missing_required:
        parts.append(
            _part("skill this posting asks for", check.matched_required, check.missing_required)
        )
    else:
        parts.append("This posting asks for no skill outright")
    if check.matched_nice or check.missing_nice:
        parts.append(_part("nice-to-have", check.matched_nice, check.missing_nice, "its "))
    if check.missing_but_learning:
        names = _and(check.missing_but_learning)
        verb = "is" if len(check.missing_but_learning) == 1 else "are"
        parts.append(f"{names} {verb} already on your to-learn list")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _part(noun: str, have: tuple[str, ...], missing: tuple[str, ...], whose: str = "the ") -> str:
    """One clause of the summary: `noun` singular ("skill this posting asks for"), `whose`
    "the " or "its "."""
    total = len(have) + len(missing)
    plural = _plural(noun)
    if total == 1:
        name = (have or missing)[0]
        state = "on your list" if have else "not on your list yet"
        return f"{whose}one {noun}, {name}, is {state}"
    if not missing:
        of = "of its " if whose == "its " else ""
        every = "both" if total == 2 else f"all {total}"
        return f"{every} {of}{plural} are on your list"
    listed = ", ".join(missing)
    if not have:
        return f"none of {whose}{total} {plural} is on your list yet ({listed})"
    verb = "is" if len(have) == 1 else "are"
    return f"of {whose}{total} {plural}, {len(have)} {verb} on your list (not yet: {listed})"


def _plural(noun: str) -> str:
    first, _, rest = noun.partition(" ")
    return f"{first}s {rest}".strip()


def _and(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
