"""How long a person waits for their corrections to count, and what the quicker way changes.

Since round 17 a classifier with corrections starts from the shipped model: its features as
they are, its weights fitted again from where they were (`Classifier.corrected`). Before,
everything was fitted from nothing with the corrections added (`Classifier(examples, extra)`,
still how the shipped model itself is made). This times both on the same corrections, in the
same run (the full fit is the floor), and counts how often the two read a message
differently: the held-out corpus and every blind set.

    .venv/bin/python bench/corrections.py [--corrections 20]
"""

import argparse
import json
import os
import platform
import time
from pathlib import Path

from nextyes.classify import Classifier, Example, Label
from nextyes.classify.dataset import held_out_examples, training_examples

BENCH = Path(__file__).resolve().parent


def corrections(count: int) -> list[Example]:
    """Corrections a person might make: the first `count` messages of the first blind set,
    each given a label other than its own (the hardest case: the model must move)."""
    labels = list(Label)
    found = []
    with (BENCH / "classify_blind" / "en.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            wrong = labels[(labels.index(Label(row["label"])) + 1) % len(labels)]
            found.append(Example(row["subject"], row["body"], row["sender"], wrong))
            if len(found) == count:
                break
    return found


def blind_messages() -> list[tuple[str, str, str]]:
    items = []
    for path in sorted(BENCH.glob("classify_blind*/*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            items += [(r["subject"], r["body"], r["sender"]) for r in map(json.loads, lines)]
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corrections", type=int, default=20)
    args = parser.parse_args()
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()},"
        f" Python {platform.python_version()}"
    )
    examples = training_examples()
    extra = corrections(args.corrections)
    shipped = Classifier(examples).compact()  # what the cache folder holds

    started = time.perf_counter()
    full = Classifier(examples, extra)
    full_seconds = time.perf_counter() - started
    started = time.perf_counter()
    quick = Classifier.corrected(shipped, examples, extra)
    quick_seconds = time.perf_counter() - started
    print(
        f"{len(extra)} corrections on {len(examples)} shipped examples:"
        f" fitted from nothing {full_seconds:.2f} s (the floor),"
        f" from the shipped model {quick_seconds:.2f} s"
        f" ({quick_seconds / full_seconds:.2f} of the floor)"
    )

    own = [(e.subject, e.body, e.sender) for e in extra]
    for name, items in (
        ("the corrected messages themselves", own),
        ("held-out corpus", [(e.subject, e.body, e.sender) for e in held_out_examples()]),
        ("every blind set", blind_messages()),
    ):
        a, b = full.classify_many(items), quick.classify_many(items)
        differ = sum(x.label != y.label for x, y in zip(a, b, strict=True))
        print(f"{name}: {len(items)} messages, read differently by the two: {differ}")
    taken = sum(c.label == e.label for c, e in zip(quick.classify_many(own), extra, strict=True))
    print(f"corrections taken by the quicker model: {taken} of {len(extra)}")


if __name__ == "__main__":
    main()
