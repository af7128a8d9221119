"""The labelled corpus shipped with the package (classify/corpus/*.jsonl), and its fixed
train/held-out split.

Lines carry a `family`: the template a message was written from. The split holds out whole
families (about one in four per label), so the evaluation never scores a message whose
wording the model has already seen. Letters (hand-written messages, each its own family
`letter_...`) are held out one in four by their own hash, so adding letters leaves the
split of the template families as it was."""

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from nextyes.classify.labels import Example, Label

HELD_OUT_EVERY = 4  # one family in four per label is held out
LETTER = "letter_"


@dataclass(frozen=True)
class CorpusMessage:
    example: Example
    family: str


@cache
def load_corpus() -> tuple[CorpusMessage, ...]:
    """Every message of src/nextyes/classify/corpus/*.jsonl, in file order."""
    messages: list[CorpusMessage] = []
    folder = resources.files("nextyes.classify") / "corpus"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for number, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            try:
                example = Example(row["subject"], row["body"], row["sender"], Label(row["label"]))
            except (KeyError, ValueError) as problem:
                raise ValueError(f"corpus/{entry.name} line {number}: {problem}") from None
            messages.append(CorpusMessage(example, row.get("family", f"{entry.name}:{number}")))
    return tuple(messages)


def _order(family: str) -> str:
    return hashlib.sha256(family.encode()).hexdigest()


@cache
def held_out_families() -> frozenset[str]:
    by_label: dict[Label, set[str]] = {}
    held: set[str] = set()
    for message in load_corpus():
        if message.family.startswith(LETTER):
            if int(_order(message.family), 16) % HELD_OUT_EVERY == 0:
                held.add(message.family)
            continue
        by_label.setdefault(message.example.label, set()).add(message.family)
    for families in by_label.values():
        ordered = sorted(families, key=_order)
        held.update(ordered[::HELD_OUT_EVERY])
    return frozenset(held)


def training_examples() -> tuple[Example, ...]:
    held = held_out_families()
    return tuple(m.example for m in load_corpus() if m.family not in held)


def held_out_examples() -> tuple[Example, ...]:
    held = held_out_families()
    return tuple(m.example for m in load_corpus() if m.family in held)
