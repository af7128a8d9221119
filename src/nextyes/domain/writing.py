"""Expressive writing: a prompt, the person's own words, and privacy by default."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LONG_TEXT, storable

FIRST_WORDS = 8

# Written for NextYes: about thoughts and feelings, never about performance.
PROMPTS = (
    "Write about the search as it feels today: what is weighing on you, and what is"
    " keeping you going. This is for you: it stays private unless you choose to share it.",
    "Think of the last 'no'. What did it stir up in you, and how does it sit with the way"
    " you see yourself and your work?",
    "What has this search changed in you: in your days, your relationships, how you think"
    " about what comes next?",
    "Write about a fear the search has brought up, and what you would say to a friend who"
    " carried the same fear.",
    "Looking back over the week, what do you understand now about this search that you did"
    " not before?",
)

# EVIDENCE.md, in NextYes's words; the study was small, and the text says so.
EVIDENCE = (
    "Why write? In a small 1994 study (Spera, Buhrfeind & Pennebaker; 63 professionals who"
    " had lost their jobs), people who spent 20 minutes a day for 5 days writing about their"
    " thoughts and feelings on the job loss were more often back in full-time work eight"
    " months later: 53%, against 24% of a group who wrote about neutral topics."
)


@dataclass(frozen=True)
class WritingEntry:
    id: int
    prompt: str
    body: str
    private: bool
    minutes: int | None
    written_on: date


@dataclass(frozen=True)
class WritingSummary:
    """An entry as listed: its date and first words, never the whole text."""

    id: int
    written_on: date
    private: bool
    first_words: str


def prompt_for(entries_so_far: int) -> str:
    """A different prompt each time, round and round."""
    return PROMPTS[entries_so_far % len(PROMPTS)]


def entry_body(text: str) -> str:
    body = text.strip()
    if not body:
        raise InvalidInput("the entry is empty; nothing was saved")
    if len(body) > LONG_TEXT:
        raise InvalidInput(f"the entry is {len(body):,} characters; the limit is {LONG_TEXT:,}")
    return storable(body, "the entry")


def first_words(body: str, count: int = FIRST_WORDS) -> str:
    words = body.split()
    return " ".join(words[:count]) + (" ..." if len(words) > count else "")


def summary(entry: WritingEntry) -> WritingSummary:
    return WritingSummary(entry.id, entry.written_on, entry.private, first_words(entry.body))


def exportable(
    entries: Sequence[WritingEntry], include_private: bool = False
) -> list[WritingEntry]:
    """The entries an export may carry: private ones only when the person asks for them."""
    return [e for e in entries if include_private or not e.private]
