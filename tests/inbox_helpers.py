"""Shared by the inbox tests: messages built as real RFC 5322 bytes, and a classifier whose
answers a test sets (to pin a confidence just under or over a threshold)."""

import os
from collections.abc import Sequence
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from nextyes.classify import Classification, Classifier, Label, Reading
from nextyes.classify.cache import CACHE_VARIABLE
from nextyes.mail.readers import RawMessage
from tests.cli_runner import Cli


def mail(
    subject: str,
    body: str,
    sender: str = "talent@lumenhealth.com",
    name: str = "",
    day: date = date(2026, 3, 10),
    message_id: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>" if name else sender
    message["To"] = "sam.rivera@example.org"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(day.year, day.month, day.day, 9, tzinfo=UTC))
    if message_id is not None:
        message["Message-ID"] = f"<{message_id}>"
    message.set_content(body)
    return message.as_bytes()


def raw(*messages: bytes) -> list[RawMessage]:
    return [RawMessage(f"message {n}", data) for n, data in enumerate(messages, 1)]


class Scripted(Classifier):
    """Answers set by the test: by exact subject, else by the subject's start ('rejection
    0.89: ...' is a rejection with confidence 0.89); anything else is `other`."""

    def __init__(self, answers: dict[str, tuple[Label, float]] | None = None) -> None:
        self.answers = answers or {}  # no model to fit

    def classify_many(
        self, items: Sequence[tuple[str, str, str]], readings: Sequence[Reading] | None = None
    ) -> list[Classification]:
        found = []
        for subject, _body, _sender in items:
            if subject in self.answers:
                label, confidence = self.answers[subject]
                found.append(Classification(label, confidence, "scripted"))
                continue
            head = subject.split(":", 1)[0].split()
            if len(head) == 2 and head[0] in Label.__members__.values():
                found.append(Classification(Label(head[0]), float(head[1]), "scripted"))
            else:
                found.append(Classification(Label.OTHER, 0.99, "scripted"))
        return found


class CachedCli(Cli):
    """The CLI runner, keeping NEXTYES_CACHE_DIR (the run's shared classifier cache, see
    conftest.py), which the runner otherwise drops with every NEXTYES_* variable: without
    it, each `nextyes inbox` process would train the model again."""

    def env(self, tz: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = super().env(tz, extra)
        folder = os.environ.get(CACHE_VARIABLE)
        if folder and CACHE_VARIABLE not in (extra or {}):
            env[CACHE_VARIABLE] = folder
        return env
