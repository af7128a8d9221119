"""`nextyes inbox classify FILE.jsonl`: the classifier for scripts and evaluation.

The whole input is read and checked before anything is printed, so a bad line never leaves
half an answer behind: it is one error naming the line, exit 2, and no output."""

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from nextyes.classify import default_classifier
from nextyes.cli.common import fail

FIELDS = ("subject", "body", "sender")
STDIN = "-"
CHUNK = 500


def read_lines(file: str) -> list[str]:
    if file == STDIN:
        return sys.stdin.read().splitlines()
    path = Path(file)
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        fail(f"no such file: {file}")
    except IsADirectoryError:
        fail(f"{file} is a folder, not a .jsonl file")
    except UnicodeDecodeError:
        fail(f"{file} is not UTF-8 text")
    except OSError as problem:
        fail(f"cannot read {file}: {problem.strerror}")


def parse_messages(lines: Iterable[str]) -> list[dict[str, Any]]:
    """Every non-blank line as a message object; the first bad one is a one-line error."""
    messages: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            message = json.loads(line)
        except json.JSONDecodeError as problem:
            fail(f"line {number}: not JSON ({problem.msg})")
        if not isinstance(message, dict):
            fail(f"line {number}: expected a JSON object with {', '.join(FIELDS)}")
        for field in FIELDS:
            if field not in message:
                fail(f"line {number}: {field} is missing")
            if not isinstance(message[field], str):
                fail(f"line {number}: {field} must be a string")
        messages.append(message)
    return messages


def classify_file(file: str) -> None:
    messages = parse_messages(read_lines(file))
    classifier = default_classifier()
    out = sys.stdout
    for start in range(0, len(messages), CHUNK):
        chunk = messages[start : start + CHUNK]
        found = classifier.classify_many([(m["subject"], m["body"], m["sender"]) for m in chunk])
        for message, result in zip(chunk, found, strict=True):
            record = {**message, "label": result.label.value, "confidence": result.confidence}
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
