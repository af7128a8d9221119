"""A person's preferences row: their own reply windows and support resources, and the token
naming their calendar feed. One row per owner, made on first save."""

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nextyes.domain.preferences import WINDOW_RULES, PreferenceChoices
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import PreferencesRow


class PersonalPreferences(OwnedRepository):
    def choices(self) -> PreferenceChoices:
        row = self.session.get(PreferencesRow, self.owner_id)
        if row is None:
            return PreferenceChoices()
        resources = json.loads(row.support_resources) if row.support_resources else None
        return PreferenceChoices(
            **{rule.name: getattr(row, rule.name) for rule in WINDOW_RULES},
            support_resources=tuple(resources) if resources is not None else None,
        )

    def save(self, choices: PreferenceChoices, now: datetime) -> None:
        row = self._row_to_change(now)
        for rule in WINDOW_RULES:
            setattr(row, rule.name, getattr(choices, rule.name))
        resources = choices.support_resources
        row.support_resources = (
            json.dumps(list(resources), ensure_ascii=False) if resources is not None else None
        )

    def calendar_token(self, lock: bool = False) -> str | None:
        """The feed token, if one was made; `lock` holds the row until the transaction ends,
        so two first uses at once agree on one token (on PostgreSQL)."""
        row = self.session.get(PreferencesRow, self.owner_id, with_for_update=lock)
        return row.calendar_token if row else None

    def set_calendar_token(self, token: str, now: datetime) -> None:
        self._row_to_change(now).calendar_token = token

    def _row_to_change(self, now: datetime) -> PreferencesRow:
        # Locked (on PostgreSQL) so two requests changing it at once take turns.
        row = self.session.get(PreferencesRow, self.owner_id, with_for_update=True)
        if row is None:
            row = PreferencesRow(owner_id=self.owner_id)
            self.session.add(row)
        row.updated_at = now
        return row


def calendar_owner(session: Session, token: str) -> tuple[int, str] | None:
    """(owner id, stored token) of the feed named by `token`: the one look-up not scoped to
    an owner, since the token is what says whose feed it is."""
    found = session.execute(
        select(PreferencesRow.owner_id, PreferencesRow.calendar_token).where(
            PreferencesRow.calendar_token == token
        )
    ).first()
    if found is None or found[1] is None:
        return None
    return found[0], found[1]
