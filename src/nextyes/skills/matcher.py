"""Where a vocabulary's terms occur in a run of tokens.

Three steps: every term that fits at every token; where matches overlap, the longest wins
("Microsoft SQL Server" over "SQL", "T-SQL" over "SQL", "React Native" over "React");
then a guarded name (marked "=" or "==" in the data, see kinds.py) stays only in the
context it needs. One guarded name next to another in a list counts once that other one
counts, so "R, Go and Python" keeps all three."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nextyes.skills.kinds import TOOL
from nextyes.skills.text import Token, tokenise


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# What may stand between two items of one list: "R, Python", "R/Python", "R and Python",
# "l'anglais et de l'allemand".
LIST_WORDS = _set(
    "and or und oder sowie bzw et ou y o e u en of as well plus ainsi que de du des l la le "
    "el del het"
)
# Punctuation, the apostrophe, the middle dot, the bullet and the en and em dashes.
LIST_MARKS = frozenset(",/&+|;:()[]*-'\u00b7\u2022\u2013\u2014")
MAX_GAP = 4  # tokens between two list items: ", and" or ") /" but not a sentence

BULLETS = frozenset("-*\u2022\u00b7\u2013\u25aa\u25e6\u25cf")
# A list heading right before a guarded name: "Languages: English, German".
ANCHORS = _set(
    """languages language sprachen sprachkenntnisse fremdsprachen langues langue langages
    idiomas idioma lenguas lenguajes talen talenkennis programmeertalen programmiersprachen
    tools technologies technology technologien technologieen tecnologias stack frameworks
    skills kenntnisse competences competencias habilidades conocimientos vaardigheden
    kennis software logiciels herramientas werkzeuge outils systems systeme systemes
    sistemas systemen certifications certificates zertifikate licences licenses"""
)
# A word before a guarded tool that says a tool is named: "in R", "with React".
BEFORE_TOOL = _set(
    """with using use uses know in of mit avec con met en ideally idealerweise idealement
    idealmente idealiter preferably like including especially particularly insbesondere
    vorzugsweise wie comme como zoals as notamment via"""
)
# A word after a guarded name that says it is a skill: "React experience", "R-Kenntnisse".
AFTER = _set(
    """programming programmer programmers language developer developers development
    engineer engineers engineering code coding framework frameworks library libraries
    experience experienced skills skill knowledge expertise background proficiency stack
    apps applications application projects scripts scripting components hooks ecosystem
    models certification certificate qualified kenntnisse erfahrung entwickler
    entwicklerin entwicklung programmierung anwendungen developpeur developpeuse
    developpement programmation desarrollador desarrolladora desarrollo programacion
    ontwikkelaar ontwikkeling programmeren kennis ervaring"""
)
# A term never matches a word glued to another by these: "R&D", "www.python.org".
GLUE = frozenset("&.@")


@dataclass(frozen=True, slots=True)
class Term:
    skill: int  # index into the vocabulary's skills
    words: tuple[str, ...]  # folded tokens
    spaced: tuple[bool, ...]  # whitespace before each token, as written in the term
    exact: tuple[str, ...] | None  # the tokens as written, when the case must match
    guard: int  # 0: anywhere; 1: in a clear context; 2: in a list or alone on its line
    own: bool  # one of the person's own terms: wins a tie with a shipped one


def compile_term(skill: int, text: str, guard: int, exact: bool, own: bool) -> Term | None:
    tokens = tokenise(text)
    if not tokens:
        return None
    return Term(
        skill,
        tuple(t.folded for t in tokens),
        tuple(t.spaced for t in tokens),
        tuple(t.text for t in tokens) if exact else None,
        guard,
        own,
    )


@dataclass(frozen=True, slots=True)
class Hit:
    term: Term
    first: int  # token indices, both included
    last: int


def search(
    tokens: Sequence[Token], index: Mapping[str, Sequence[Term]], kinds: Sequence[str]
) -> list[Hit]:
    """The hits in `tokens`, in order; `kinds` gives each skill's kind (by index)."""
    candidates = [
        hit
        for at, token in enumerate(tokens)
        for term in index.get(token.folded, ())
        if (hit := _fit(term, tokens, at)) is not None
    ]
    return _in_context(_longest(candidates, tokens), tokens, kinds)


def _fit(term: Term, tokens: Sequence[Token], first: int) -> Hit | None:
    last = first + len(term.words) - 1
    if last >= len(tokens):
        return None
    for k, word in enumerate(term.words):
        token = tokens[first + k]
        if token.folded != word:
            return None
        # Between two words any space or hyphen will do; next to punctuation the spacing
        # must be as in the term, so ".NET" is not ". Net" at the end of a sentence.
        between_words = token.is_word and tokens[first + k - 1].is_word
        if k and not between_words and token.spaced != term.spaced[k]:
            return None
        if term.exact is not None and token.text != term.exact[k]:
            return None
    if _glued(tokens, first, last):
        return None
    if term.guard and (tokens[first].hyphened or _hyphen_after(tokens, last)):
        return None  # "C-level", "go-live": part of a compound, not a skill
    return Hit(term, first, last)


def _glued(tokens: Sequence[Token], first: int, last: int) -> bool:
    head, tail = tokens[first], tokens[last]
    if head.is_word and first >= 2 and not head.spaced:
        mark = tokens[first - 1]
        if mark.folded in GLUE and not mark.spaced and tokens[first - 2].is_word:
            return True
    if tail.is_word and last + 2 < len(tokens):
        mark, word = tokens[last + 1], tokens[last + 2]
        if mark.folded in GLUE and not mark.spaced and not word.spaced and word.is_word:
            return True
    return False


def _hyphen_after(tokens: Sequence[Token], last: int) -> bool:
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is not None and following.hyphened and following.folded not in AFTER


def _longest(candidates: list[Hit], tokens: Sequence[Token]) -> list[Hit]:
    def rank(hit: Hit) -> tuple[int, int, int, bool, int]:
        width = tokens[hit.last].end - tokens[hit.first].start
        return (hit.first - hit.last, -width, hit.term.guard, not hit.term.own, hit.first)

    taken: set[int] = set()
    chosen: list[Hit] = []
    for hit in sorted(candidates, key=rank):
        span = range(hit.first, hit.last + 1)
        if not taken.isdisjoint(span):
            continue
        taken.update(span)
        chosen.append(hit)
    return sorted(chosen, key=lambda hit: hit.first)


def _in_context(hits: list[Hit], tokens: Sequence[Token], kinds: Sequence[str]) -> list[Hit]:
    covered = {at for hit in hits for at in range(hit.first, hit.last + 1)}
    starts = {hit.first for hit in hits}
    kept = [hit.term.guard == 0 or _line_of_skills(tokens, hit, covered, starts) for hit in hits]
    changed = True
    while changed:  # a list item kept can vouch for its neighbour, until nothing changes
        changed = False
        for n in range(len(hits)):
            if not kept[n] and _clear(n, hits, kept, tokens, kinds):
                kept[n] = changed = True
    return [hit for hit, keep in zip(hits, kept, strict=True) if keep]


def _clear(
    n: int, hits: list[Hit], kept: list[bool], tokens: Sequence[Token], kinds: Sequence[str]
) -> bool:
    hit = hits[n]
    kind = kinds[hit.term.skill]
    for other in (n - 1, n + 1):
        if 0 <= other < len(hits) and kept[other] and kinds[hits[other].term.skill] == kind:
            low, high = sorted((hit, hits[other]), key=lambda h: h.first)
            if _separators(tokens[low.last + 1 : high.first]):
                return True
    if _after_anchor(tokens, hit.first):
        return True
    if hit.term.guard != 1:
        return False
    line = tokens[hit.last].line
    after = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    if after is not None and after.line == line and after.folded in AFTER:
        return True
    before = tokens[hit.first - 1] if hit.first else None
    return kind == TOOL and before is not None and before.folded in BEFORE_TOOL


def _separators(gap: Sequence[Token]) -> bool:
    return len(gap) <= MAX_GAP and all(
        t.folded in LIST_WORDS or t.folded in LIST_MARKS for t in gap
    )


def _after_anchor(tokens: Sequence[Token], first: int) -> bool:
    """A list heading and a colon come right before: "Languages: English", "Tools:\n- R"."""
    at = first - 1
    while at >= 0 and first - at <= 3 and tokens[at].folded in BULLETS:
        at -= 1
    return at >= 1 and tokens[at].folded == ":" and tokens[at - 1].folded in ANCHORS


def _line_of_skills(tokens: Sequence[Token], hit: Hit, covered: set[int], starts: set[int]) -> bool:
    """The line is a bullet or a list of skills, with nothing else but numbers, punctuation
    and list words: "- React", "R, Go or Rust" (but not a title line that says "Chef")."""
    first = hit.first
    while first > 0 and tokens[first - 1].line == tokens[hit.first].line:
        first -= 1
    last = hit.last
    while last + 1 < len(tokens) and tokens[last + 1].line == tokens[hit.last].line:
        last += 1
    line = range(first, last + 1)
    for at in line:
        if at not in covered and _wordy(tokens[at]) and tokens[at].folded not in LIST_WORDS:
            return False
    bullet = tokens[first].folded in BULLETS or tokens[first].folded.isdigit()
    return bullet or len(starts.intersection(line)) >= 2


def _wordy(token: Token) -> bool:
    return token.is_word and not token.folded.isdigit()
