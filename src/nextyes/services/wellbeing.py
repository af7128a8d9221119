"""Check-ins and the WHO-5: private to their owner, with a gentle suggestion when one fits.

`resources` (where the suggestion points) are the person's own list if they set one, else the
NEXTYES_SUPPORT_RESOURCES setting: faces pass `effective_resources(ws, settings)`; the
built-in list stands in when none is given."""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from nextyes.config import Settings
from nextyes.domain.errors import InvalidInput
from nextyes.domain.wellbeing import (
    LOW_RUN_LOOK_AT,
    CheckIn,
    SupportSuggestion,
    Who5,
    Who5Change,
    acknowledgement,
    check_answers,
    check_mood,
    check_note,
    raw_score,
    support_suggestion,
    who5_change,
)
from nextyes.services.workspace import Workspace
from nextyes.store.wellbeing import CheckIns, Questionnaires

MAX_LIMIT = 1_000


@dataclass(frozen=True)
class CheckInResult:
    checkin: CheckIn
    message: str  # a kind acknowledgement
    suggestion: SupportSuggestion | None


@dataclass(frozen=True)
class Who5Result:
    questionnaire: Who5
    change: Who5Change | None  # null for the first questionnaire
    suggestion: SupportSuggestion | None


@dataclass(frozen=True)
class WellbeingHistory:
    checkins: list[CheckIn]  # newest first
    questionnaires: list[Who5]  # newest first


def default_resources() -> list[str]:
    field = Settings.model_fields["support_resources"]
    return list(field.get_default(call_default_factory=True))


def check_in(
    ws: Workspace, mood: int, note: str | None = None, resources: Sequence[str] | None = None
) -> CheckInResult:
    mood, note = check_mood(mood), check_note(note)
    with ws.db.transaction() as session:
        added = CheckIns(session, ws.owner_id).add(mood, note, ws.clock.now())
        return CheckInResult(added, acknowledgement(mood), _suggestion(session, ws, resources))


def take_who5(
    ws: Workspace, answers: Sequence[int], resources: Sequence[str] | None = None
) -> Who5Result:
    clean = check_answers(answers)
    with ws.db.transaction() as session:
        questionnaires = Questionnaires(session, ws.owner_id)
        before = questionnaires.latest(1)
        taken = questionnaires.add(clean, raw_score(clean), ws.clock.now())
        return Who5Result(
            questionnaire=taken,
            change=who5_change(before[0] if before else None, taken),
            suggestion=_suggestion(session, ws, resources),
        )


def list_checkins(ws: Workspace, limit: int = 30) -> list[CheckIn]:
    _check_limit(limit)
    with ws.db.transaction() as session:
        return CheckIns(session, ws.owner_id).latest(limit)


def wellbeing_history(ws: Workspace, limit: int = 30) -> WellbeingHistory:
    _check_limit(limit)
    with ws.db.transaction() as session:
        return WellbeingHistory(
            checkins=CheckIns(session, ws.owner_id).latest(limit),
            questionnaires=Questionnaires(session, ws.owner_id).latest(limit),
        )


def support_now(ws: Workspace, resources: Sequence[str] | None = None) -> SupportSuggestion | None:
    """The suggestion as of today, for the Today agenda; None most days."""
    with ws.db.transaction() as session:
        return _suggestion(session, ws, resources)


def _suggestion(
    session: Session, ws: Workspace, resources: Sequence[str] | None
) -> SupportSuggestion | None:
    # The rule looks at no more than the last four check-ins and the latest questionnaire.
    return support_suggestion(
        CheckIns(session, ws.owner_id).latest(LOW_RUN_LOOK_AT),
        Questionnaires(session, ws.owner_id).latest(1),
        ws.clock.today(),
        default_resources() if resources is None else resources,
    )


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be from 1 to {MAX_LIMIT:,}, got {limit}")
