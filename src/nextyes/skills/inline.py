"""Nice to have, said inside a sentence: "Experience with Kafka is a plus", "ideally
Tableau", "idealerweise Looker", "Kenntnisse in SAP sind von Vorteil", "se valorará
inglés", "Ervaring met Power BI is een pré".

A marker covers the skills of its own clause (a line cut at . ; ! ?): "ideally" those
after it (up to "but"), "is a plus" those before it. Going back, it stops at a comma that
starts a new phrase, so in "Strong SQL skills, experience with Kafka is a plus" only
Kafka is a plus, while in "Kafka, RabbitMQ or SQS is a plus" all three are. In brackets
it covers the item the brackets follow: "Kafka (a plus)". A marker that opens its clause
points forward ("Será un plus: Kafka"); one that closes it points back ("Tableau,
ideally")."""

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from nextyes.skills.headings import BACKWARD_MARKERS, CONTRAST_WORDS, FORWARD_MARKERS
from nextyes.skills.text import fold_with_offsets
from nextyes.skills.vocabulary import Match

# The end of a clause; not the dot of "e.g." or "z.B.".
_CLAUSE_END = re.compile(r"(?<![\s.]\w)[.;!?](?=\s|$)")
WRAPPED = 60  # characters: a line longer than this, without a full stop, is wrapped prose
_ENDS = (".", ";", ":", "!", "?")
_LOOSE = " \t.,;:!?()[]-*\u2013\u2014\u2022"

Place = tuple[int, int]  # a skill's span in the folded clause


def marked_nice(text: str, matches: Sequence[Match]) -> set[int]:
    """The indices of `matches` that a marker in their own clause makes nice to have."""
    cuts = _clause_cuts(text)
    clauses: dict[tuple[int, int], list[int]] = {}
    for index, match in enumerate(matches):
        at = bisect_right(cuts, match.start)
        clauses.setdefault((cuts[at - 1], cuts[at]), []).append(index)
    nice: set[int] = set()
    for (start, end), members in clauses.items():
        folded, offsets = fold_with_offsets(text[start:end])
        places = [
            (
                bisect_left(offsets, matches[i].start - start),
                bisect_left(offsets, matches[i].end - start),
            )
            for i in members
        ]
        covered = _covered(folded, places)
        nice.update(members[k] for k in covered)
    return nice


def _clause_cuts(text: str) -> list[int]:
    """Where clauses start: 0, after each . ; ! ?, at each line that does not carry on
    the line before, and len(text). A line carries on when it starts in lower case, or
    when the one before is long prose without a full stop (a wrapped paragraph) and it
    is not a bullet."""
    cuts = {0, len(text)}
    cuts.update(end.end() for end in _CLAUSE_END.finditer(text))
    lines = text.split("\n")
    at = 0
    for before, line in itertools.pairwise(lines):
        at += len(before) + 1
        opening = line.lstrip()[:1]
        wrapped = len(before) > WRAPPED and not before.rstrip().endswith(_ENDS)
        if not (opening.islower() or (wrapped and opening.isalnum())):
            cuts.add(at)
    return sorted(cuts)


def _covered(clause: str, places: list[Place]) -> set[int]:
    covered: set[int] = set()
    for marker in FORWARD_MARKERS.finditer(clause):
        ahead = _ahead(clause, marker.end(), places)
        if not ahead and not clause[marker.end() :].strip(_LOOSE):
            ahead = _behind(clause, marker.start(), places)  # "Tableau, ideally"
        covered |= ahead
    for marker in BACKWARD_MARKERS.finditer(clause):
        behind = _behind(clause, marker.start(), places)
        if not behind and not clause[: marker.start()].strip(_LOOSE):
            behind = _ahead(clause, marker.end(), places)  # "Será un plus: Kafka"
        covered |= behind
    return covered


def _ahead(clause: str, at: int, places: list[Place]) -> set[int]:
    contrast = CONTRAST_WORDS.search(clause, at)
    stop = contrast.start() if contrast else len(clause)
    return {k for k, (start, _) in enumerate(places) if at <= start < stop}


def _behind(clause: str, at: int, places: list[Place]) -> set[int]:
    first, last = _scope(clause, at, [start for start, _ in places])
    return {k for k, (start, end) in enumerate(places) if start >= first and end <= last}


def _scope(clause: str, at: int, starts: list[int]) -> tuple[int, int]:
    """Where the skills a backward marker at `at` covers start and end."""
    opened, closed = clause.rfind("(", 0, at), clause.rfind(")", 0, at)
    if opened > closed:
        if any(opened < start < at for start in starts):
            return opened + 1, at  # "(Kafka is a plus)"
        comma = max(clause.rfind(",", 0, opened), clause.rfind(";", 0, opened))
        return comma + 1, opened  # "Kafka (a plus)"
    end = at
    while (comma := clause.rfind(",", 0, end)) >= 0:
        rest = clause[comma + 1 :]
        if comma + 1 + len(rest) - len(rest.lstrip()) not in starts:
            return comma + 1, at  # the comma starts a new phrase
        end = comma  # the comma goes on with a list of skills
    return 0, at
