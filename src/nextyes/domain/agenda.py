"""The Today agenda: what is due, what has gone quiet, and a kind word at the right time."""

from dataclasses import dataclass, field
from datetime import date

from nextyes.domain.evidence_texts import EvidenceCard
from nextyes.domain.recovery import StepKind
from nextyes.domain.steps import Step
from nextyes.domain.wellbeing import SupportSuggestion

# During a feel-it window or a rest day only these are shown; nothing asks for work.
GENTLE = frozenset({StepKind.FEEL, StepKind.REST})


@dataclass(frozen=True)
class Pause:
    """A stretch of days that belongs to feeling it or resting."""

    start: date
    end: date  # first day after the pause
    application_id: int
    company: str
    kind: StepKind  # feel or rest: which step belongs to these days

    def covers(self, day: date) -> bool:
        return self.start <= day < self.end


@dataclass(frozen=True)
class AgendaItem:
    step: Step
    company: str
    role: str
    overdue_days: int


@dataclass(frozen=True)
class Agenda:
    as_of: date
    gentle: bool
    pause_until: date | None
    items: list[AgendaItem]
    waiting: int  # steps due that the pause holds back
    quiet: list[AgendaItem]  # follow-ups the silence sweep asked for
    nudges: list[str] = field(default_factory=list)
    # "It is rarely about you": shown while a recent "no" is fresh.
    evidence: list[EvidenceCard] = field(default_factory=list)
    # A gentle suggestion to talk to someone, after a run of low check-ins.
    support: SupportSuggestion | None = None
    # Steps due beyond the ones listed: a long list is cut short, never a wall of guilt.
    more: int = 0


def build_agenda(
    as_of: date,
    open_steps: list[tuple[Step, str, str]],
    pauses: list[Pause],
    last_rejection: tuple[date, date] | None,
    last_application_on: date | None,
    unlisted: int = 0,
) -> Agenda:
    """`open_steps` are (step, company, role); `last_rejection` is (day, pause end).

    `unlisted` counts due steps left out of `open_steps` to keep the list short (never
    feel or rest steps): during a pause they wait like the rest; otherwise they are `more`."""
    current = [p for p in pauses if p.covers(as_of)]
    gentle = bool(current)
    resting = {(p.application_id, p.kind) for p in current}
    due = [
        AgendaItem(step, company, role, 0 if step.kind in GENTLE else (as_of - step.due_on).days)
        for step, company, role in open_steps
        # Feeling it and resting belong to their days; once those pass they are not "late".
        if step.due_on <= as_of
        and (step.kind not in GENTLE or (step.application_id, step.kind) in resting)
    ]
    due.sort(key=lambda item: (item.step.due_on, item.step.id))
    shown = [i for i in due if not gentle or i.step.kind in GENTLE]
    quiet = [i for i in shown if i.step.kind is StepKind.FOLLOW_UP and i.step.rejection_id is None]
    items = [i for i in shown if i not in quiet]
    nudges: list[str] = []
    if gentle:
        company = current[0].company
        nudges.append(
            f"Take it easy today. The {company} news is still fresh; the rest of the plan"
            " will wait for you."
        )
    elif last_rejection is not None:
        rejected_on, pause_end = last_rejection
        fresh_start = last_application_on is not None and last_application_on >= rejected_on
        if as_of >= pause_end and not fresh_start:
            nudges.append(
                "When you feel ready, one small step helps: pick one saved role or one new "
                "posting and send a single application this week."
            )
    return Agenda(
        as_of=as_of,
        gentle=gentle,
        pause_until=max(p.end for p in current) if current else None,
        items=items,
        waiting=len(due) - len(shown) + (unlisted if gentle else 0),
        quiet=quiet,
        nudges=nudges,
        more=0 if gentle else unlisted,
    )
