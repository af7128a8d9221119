"""Skills across a search: which ones keep coming up in the postings a person saved or
applied to, and which come up more in the roles that went furthest than in the ones that
stopped early (and the other way round).

Only counts, from the person's own postings. A difference between the two groups is shown
only when each holds a few postings, and only when it is large; it is a pattern to look at,
never a cause: many things decide how far an application goes."""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nextyes.skills.text import fold

MIN_GROUP = 3  # postings in each group before the two are compared at all
MIN_SEEN = 2  # a skill counts as "coming up" from this many postings
COMMON_SHOWN = 12
DIFFERENCE_SHOWN = 5
# How much more often (share of the group's postings) a skill must come up in one group
# than in the other to be named: a third of the postings, so one posting more is not enough.
MIN_DIFFERENCE = 1 / 3


@dataclass(frozen=True)
class PostingSkills:
    names: tuple[str, ...]  # the skills the posting asks for (skills/finder.py), each once
    went_far: bool  # it reached an interview or further
    stopped_early: bool  # a "no" or a silence before any interview


@dataclass(frozen=True)
class SkillSeen:
    name: str
    postings: int
    yours: bool  # on the person's own skills list
    learning: bool  # on their to-learn list (and not yet theirs)


@dataclass(frozen=True)
class SkillsAcross:
    postings: int  # postings read (those with their text saved)
    common: tuple[SkillSeen, ...]  # coming up most, most first
    went_far: int  # postings in each group
    stopped_early: int
    more_where_far: tuple[str, ...]  # come up more in the roles that went furthest
    more_where_early: tuple[str, ...]  # come up more in the roles that stopped early

    @property
    def compared(self) -> bool:
        return self.went_far >= MIN_GROUP and self.stopped_early >= MIN_GROUP


def skills_across(
    postings: Sequence[PostingSkills], yours: Iterable[str], learning: Iterable[str]
) -> SkillsAcross:
    """`yours` and `learning` are canonical names (through the same vocabulary)."""
    own = {fold(name) for name in yours}
    wanted = {fold(name) for name in learning} - own
    seen = Counter(name for posting in postings for name in set(posting.names))
    common = tuple(
        SkillSeen(name, count, fold(name) in own, fold(name) in wanted)
        for name, count in sorted(seen.items(), key=lambda item: (-item[1], item[0].casefold()))
        if count >= MIN_SEEN
    )[:COMMON_SHOWN]
    far = [p for p in postings if p.went_far]
    early = [p for p in postings if p.stopped_early]
    more_far: tuple[str, ...] = ()
    more_early: tuple[str, ...] = ()
    if len(far) >= MIN_GROUP and len(early) >= MIN_GROUP:
        more_far = _more_in(far, early)
        more_early = _more_in(early, far)
    return SkillsAcross(len(postings), common, len(far), len(early), more_far, more_early)


def _more_in(group: Sequence[PostingSkills], other: Sequence[PostingSkills]) -> tuple[str, ...]:
    here = Counter(name for posting in group for name in set(posting.names))
    there = Counter(name for posting in other for name in set(posting.names))
    gaps = [
        (here[name] / len(group) - there[name] / len(other), name)
        for name in here
        if here[name] >= MIN_SEEN
    ]
    ranked = sorted((g for g in gaps if g[0] >= MIN_DIFFERENCE), key=lambda g: (-g[0], g[1]))
    return tuple(name for _, name in ranked[:DIFFERENCE_SHOWN])
