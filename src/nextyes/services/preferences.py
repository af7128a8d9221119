"""A person's own preferences, falling back to the installation's settings, and the secret
link to their calendar feed.

A career centre hosts many people in one installation: NEXTYES_* settings give everyone's
starting point, and each person may choose their own reply windows and support resources.
Every face asks here for what applies: `effective_windows` for the silence sweep,
`effective_resources` for Today and check-ins."""

import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy.exc import IntegrityError

from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.domain.preferences import (
    PreferenceChoices,
    Preferences,
    PreferenceValues,
    check_choices,
    effective,
)
from nextyes.domain.silence import ReplyWindows
from nextyes.services.sweep import SweepReport, sweep
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.preferences import PersonalPreferences, calendar_owner

TOKEN_BYTES = 32  # 256 bits: far beyond guessing
# What secrets.token_urlsafe makes: URL-safe base64 without padding (43 characters for 32
# bytes). Anything else is refused before the database is asked.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{43,64}")


class Keep(Enum):
    """Leave this preference as it is (the default of every save_preferences argument)."""

    KEEP = "keep"


KEEP = Keep.KEEP


def installation_defaults(settings: Settings) -> PreferenceValues:
    return PreferenceValues(
        reply_days_applied=settings.reply_days_applied,
        reply_days_screening=settings.reply_days_screening,
        reply_business_days_interviewing=settings.reply_business_days_interviewing,
        reply_business_days_final_round=settings.reply_business_days_final_round,
        ghost_after_follow_up_days=settings.ghost_after_follow_up_days,
        support_resources=tuple(settings.support_resources),
    )


def preferences(ws: Workspace, settings: Settings) -> Preferences:
    """What applies to this person now, and which of it is their own."""
    defaults = installation_defaults(settings)
    question = ("preferences", defaults)  # every page asks: remembered until they change
    return ws.db.remember(ws.owner_id, question, lambda: _preferences(ws, defaults))


def _preferences(ws: Workspace, defaults: PreferenceValues) -> Preferences:
    with ws.db.transaction() as session:
        choices = PersonalPreferences(session, ws.owner_id).choices()
    return effective(choices, defaults)


def effective_windows(ws: Workspace, settings: Settings) -> ReplyWindows:
    """The reply windows the silence sweep should use for this person."""
    return preferences(ws, settings).windows()


def effective_resources(ws: Workspace, settings: Settings) -> list[str]:
    """Where the support suggestion points for this person (pass to today() and check_in())."""
    return list(preferences(ws, settings).support_resources)


def save_preferences(
    ws: Workspace,
    settings: Settings,
    *,
    reply_days_applied: int | Keep | None = KEEP,
    reply_days_screening: int | Keep | None = KEEP,
    reply_business_days_interviewing: int | Keep | None = KEEP,
    reply_business_days_final_round: int | Keep | None = KEEP,
    ghost_after_follow_up_days: int | Keep | None = KEEP,
    support_resources: Sequence[str] | Keep | None = KEEP,
) -> Preferences:
    """Change what is given: a value makes it the person's own, None returns it to the
    installation's, KEEP (left out) leaves it. All checked first; a refusal saves nothing."""
    given: dict[str, Any] = {
        "reply_days_applied": reply_days_applied,
        "reply_days_screening": reply_days_screening,
        "reply_business_days_interviewing": reply_business_days_interviewing,
        "reply_business_days_final_round": reply_business_days_final_round,
        "ghost_after_follow_up_days": ghost_after_follow_up_days,
        "support_resources": support_resources,
    }
    changes = {name: value for name, value in given.items() if value is not KEEP}
    with ws.db.transaction() as session:
        stored = PersonalPreferences(session, ws.owner_id)
        chosen = check_choices(replace(stored.choices(), **changes))
        stored.save(chosen, ws.clock.now())
    return effective(chosen, installation_defaults(settings))


def reset_preferences(ws: Workspace, settings: Settings) -> Preferences:
    """Back to the installation's windows and resources. The calendar link stays as it is:
    a reset must not silently break a subscription."""
    with ws.db.transaction() as session:
        PersonalPreferences(session, ws.owner_id).save(PreferenceChoices(), ws.clock.now())
    return effective(PreferenceChoices(), installation_defaults(settings))


def sweep_with_preferences(
    ws: Workspace, settings: Settings, as_of: date | None = None
) -> SweepReport:
    """The silence sweep with the person's own reply windows."""
    return sweep(ws, as_of, effective_windows(ws, settings))


def new_calendar_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def feed_path(token: str) -> str:
    """Where the feed lives on the web app, e.g. /calendar/<token>.ics."""
    return f"/calendar/{token}.ics"


def existing_calendar_token(ws: Workspace) -> str | None:
    """The person's feed token if they made one; never makes one (pages call this on GET)."""
    with ws.db.transaction() as session:
        return PersonalPreferences(session, ws.owner_id).calendar_token()


def calendar_token(ws: Workspace) -> str:
    """The person's feed token, made on first use."""
    try:
        with ws.db.transaction() as session:
            stored = PersonalPreferences(session, ws.owner_id)
            token = stored.calendar_token(lock=True)
            if token is None:
                token = new_calendar_token()
                stored.set_calendar_token(token, ws.clock.now())
            return token
    except IntegrityError:
        # Another request made the person's first preferences row at the same moment.
        found = existing_calendar_token(ws)
        if found is None:
            raise
        return found


def rotate_calendar_token(ws: Workspace) -> str:
    """A new feed token; the old one stops working at once."""
    token = new_calendar_token()
    with ws.db.transaction() as session:
        PersonalPreferences(session, ws.owner_id).set_calendar_token(token, ws.clock.now())
    return token


def workspace_for_calendar_token(db: Database, token: str, clock: Clock) -> Workspace | None:
    """The workspace of the person whose feed `token` names; None for any unknown token."""
    if not TOKEN_SHAPE.fullmatch(token):
        return None
    with db.transaction() as session:
        found = calendar_owner(session, token)
    # Compare in constant time whether or not a row came back, so a hit and a miss take the
    # same steps after the indexed look-up.
    stored = found[1] if found is not None else ""
    matches = hmac.compare_digest(stored.encode(), token.encode())
    if found is None or not matches:
        return None
    return Workspace(db, found[0], clock)
