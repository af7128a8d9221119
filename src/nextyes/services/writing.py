"""Expressive writing: entries are private unless the person says otherwise."""

from dataclasses import dataclass

from nextyes.domain.writing import (
    EVIDENCE,
    WritingEntry,
    WritingSummary,
    entry_body,
    prompt_for,
    summary,
)
from nextyes.services.workspace import Workspace
from nextyes.store.reflections import Writings


@dataclass(frozen=True)
class WritingPrompt:
    prompt: str
    evidence: str
    entries_so_far: int


def next_prompt(ws: Workspace) -> WritingPrompt:
    with ws.db.transaction() as session:
        count = Writings(session, ws.owner_id).count()
        return WritingPrompt(prompt_for(count), EVIDENCE, count)


def write_entry(ws: Workspace, prompt: str, text: str, private: bool = True) -> WritingEntry:
    body = entry_body(text)
    with ws.db.transaction() as session:
        return Writings(session, ws.owner_id).add(
            prompt, body, private, ws.clock.today(), ws.clock.now()
        )


def list_entries(ws: Workspace) -> list[WritingSummary]:
    """Dates and first words only: a list someone could glimpse over a shoulder."""
    with ws.db.transaction() as session:
        return [summary(entry) for entry in Writings(session, ws.owner_id).all()]


def read_entry(ws: Workspace, entry_id: int) -> WritingEntry:
    """One entry, whole: for its writer only."""
    with ws.db.transaction() as session:
        return Writings(session, ws.owner_id).get(entry_id)
