"""Post-mortems, the lessons drawn from them, and the practice bank they feed."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from nextyes.domain.applications import Application
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import LONG_TEXT, optional_text
from nextyes.domain.lessons import (
    Lessons,
    PracticeEntry,
    PracticeItem,
    Skill,
    SkillStatus,
    felt_score,
    practice_order,
    question_key,
    skill_mentions,
    themes,
)
from nextyes.domain.recovery import StepKind
from nextyes.domain.reflections import Reflection, ReflectionAnswers, validated
from nextyes.domain.rejections import Rejection
from nextyes.domain.steps import Step
from nextyes.services.recovery import follow_what_is_known, tick_open
from nextyes.services.workspace import Workspace
from nextyes.store.reflections import PracticeLog, Questions, Reflections, Skills
from nextyes.store.repositories import Applications, Rejections


@dataclass(frozen=True)
class ReflectionStart:
    """What the prompts start from: the saved answers, or the rejection's feedback."""

    application: Application
    rejection: Rejection
    answers: ReflectionAnswers
    existing: bool


@dataclass(frozen=True)
class ReflectionSaved:
    reflection: Reflection
    created: bool
    closed_step_ids: tuple[int, ...]
    closed: tuple[Step, ...] = ()  # the steps it ticked off, as they are now


def reflection_start(ws: Workspace, application_id: int) -> ReflectionStart:
    with ws.db.transaction() as session:
        application, rejection = _rejected(session, ws, application_id)
        row = Reflections(session, ws.owner_id).for_application(application_id)
        if row is not None:
            return ReflectionStart(application, rejection, Reflections.to_domain(row).answers, True)
        return ReflectionStart(
            application, rejection, ReflectionAnswers(feedback=rejection.feedback), False
        )


def reflect(ws: Workspace, application_id: int, answers: ReflectionAnswers) -> ReflectionSaved:
    """Save the post-mortem of an application's latest rejection (again: it is updated),
    feed the skills list and question bank, and tick off the plan's post-mortem step."""
    clean = validated(answers)
    if clean.is_empty():
        raise InvalidInput("the reflection has no answers; answer at least one prompt")
    now = ws.clock.now()
    with ws.db.transaction() as session:
        _, rejection = _rejected(session, ws, application_id)
        reflections = Reflections(session, ws.owner_id)
        created = reflections.for_application(application_id) is None
        saved = reflections.save(application_id, rejection.id, clean, now)
        Skills(session, ws.owner_id).sync(skill_mentions(reflections.all()), now)
        texts = {question_key(q): q for q in clean.caught_out if question_key(q)}
        Questions(session, ws.owner_id).add_new(texts, application_id, now)
        # Saving the post-mortem ticks it off; answering the fit question, the fit check;
        # feedback written down closes the request for it.
        kinds = {StepKind.POST_MORTEM}
        if clean.fit_score is not None or clean.fit_why:
            kinds.add(StepKind.FIT_CHECK)
        closed = tick_open(session, ws, application_id, frozenset(kinds))
        closed += follow_what_is_known(session, ws, application_id)
        return ReflectionSaved(saved, created, tuple(s.id for s in closed), tuple(closed))


def lessons(ws: Workspace) -> Lessons:
    with ws.db.transaction() as session:
        return Lessons(
            themes=themes(Reflections(session, ws.owner_id).all()),
            skills=_skills_in_order(Skills(session, ws.owner_id).all()),
            practice_next=_practice(session, ws),
        )


def set_skill_status(ws: Workspace, skill_id: int, status: SkillStatus) -> Skill:
    with ws.db.transaction() as session:
        row = Skills(session, ws.owner_id).row(skill_id)
        row.status, row.updated_at = status.value, ws.clock.now()
        return Skills.to_domain(row)


def practice_next(ws: Workspace) -> list[PracticeItem]:
    with ws.db.transaction() as session:
        return _practice(session, ws)


def log_practice(
    ws: Workspace, question_id: int, felt: int, note: str | None = None
) -> PracticeEntry:
    felt = felt_score(felt)
    note = optional_text(note, "note", LONG_TEXT)
    with ws.db.transaction() as session:
        Questions(session, ws.owner_id).get(question_id)
        return PracticeLog(session, ws.owner_id).add(question_id, ws.clock.today(), felt, note)


def _practice(session: Session, ws: Workspace) -> list[PracticeItem]:
    return practice_order(
        Questions(session, ws.owner_id).all(), PracticeLog(session, ws.owner_id).all()
    )


def _skills_in_order(skills: list[Skill]) -> list[Skill]:
    # Learning now first, then what is still to learn, most mentioned first; done at the end.
    rank = {SkillStatus.LEARNING: 0, SkillStatus.TO_LEARN: 1, SkillStatus.DONE: 2}
    return sorted(skills, key=lambda s: (rank[s.status], -s.mentions, s.id))


def _rejected(
    session: Session, ws: Workspace, application_id: int
) -> tuple[Application, Rejection]:
    application = Applications(session, ws.owner_id).get(application_id)
    rejections = Rejections(session, ws.owner_id).for_application(application_id)
    if not rejections:
        raise InvalidInput(
            f"application {application_id} has no rejection to reflect on"
            f" (it is {application.stage.value})"
        )
    return application, rejections[-1]
