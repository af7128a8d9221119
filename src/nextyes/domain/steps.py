"""Plan steps as stored: done, snoozed to a date, or skipped — never a guilt list."""

from dataclasses import dataclass
from datetime import date, timedelta

from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import StepKind, StepStatus

# A snooze moves a step to a day that still means something; further off, skip it instead.
SNOOZE_HORIZON = timedelta(days=366)


@dataclass(frozen=True)
class Step:
    id: int
    application_id: int
    kind: StepKind
    title: str
    why: str
    due_on: date
    original_due_on: date
    status: StepStatus
    rejection_id: int | None = None
    contact_id: int | None = None
    note: str | None = None
    resolved_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.status is StepStatus.OPEN


def check_resolvable(step: Step) -> None:
    if not step.is_open:
        raise InvalidInput(f"step {step.id} is already {step.status.value}")


def check_snooze(step: Step, until: date, today: date) -> None:
    check_resolvable(step)
    if until <= today:
        raise InvalidInput(
            f"snooze to a later day than today ({today.isoformat()}), got {until.isoformat()}"
        )
    latest = today + SNOOZE_HORIZON
    if until > latest:
        raise InvalidInput(
            f"snooze at most a year ahead (to {latest.isoformat()}), got {until.isoformat()}"
        )
