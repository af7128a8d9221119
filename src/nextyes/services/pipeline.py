"""The pipeline: how many applications sit in each stage, the latest few of each with what
comes next for them, and every application as a sorted, paged list."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from nextyes.domain.applications import Application, Channel
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import SHORT_TEXT, excitement_level, optional_text
from nextyes.domain.stages import OUTCOMES, PIPELINE, Stage
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import ApplicationFilter, Applications

MAX_PER_STAGE = 200
LIST_PAGE_LIMIT = 200


@dataclass(frozen=True)
class NextThing:
    """What comes next for an application: its first open plan step (a title and the day it
    is due) or its next interview (`at`, in local time), whichever is sooner."""

    day: date
    title: str | None
    at: datetime | None = None  # set for an interview

    @property
    def is_interview(self) -> bool:
        return self.at is not None


def sooner(
    step: tuple[str, date] | None, interview: tuple[datetime, str | None] | None
) -> NextThing | None:
    """The step or the interview that comes first; on the same day, the interview (it is
    fixed to an hour, a step can move within its day)."""
    talk = None
    if interview is not None:
        at = interview[0].astimezone()  # shown in the person's own time zone
        talk = NextThing(at.date(), interview[1], at)
    if step is None:
        return talk
    todo = NextThing(step[1], step[0])
    if talk is None or todo.day < talk.day:
        return todo
    return talk


def start_of(day: date) -> datetime:
    """Midnight at the start of `day`, local time: interviews from then on are ahead."""
    return datetime.combine(day, time()).astimezone()


@dataclass(frozen=True)
class StageColumn:
    stage: Stage
    count: int
    applications: list[Application]
    # What comes next for each card shown, by application id (none for most outcomes).
    next: Mapping[int, NextThing] = field(default_factory=dict)

    @property
    def hidden(self) -> int:
        return self.count - len(self.applications)


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows: all applications, or those of one channel, matching a text
    (in the company, role, notes or the names of the people linked), or at least this
    exciting. Empty fields filter nothing."""

    channel: Channel | None = None
    text: str | None = None
    min_excitement: int | None = None

    def validated(self) -> "BoardFilter":
        return BoardFilter(
            channel=self.channel,
            text=optional_text(self.text, "search", SHORT_TEXT),
            min_excitement=(
                None if self.min_excitement is None else excitement_level(self.min_excitement)
            ),
        )

    @property
    def is_active(self) -> bool:
        return bool(self.channel or self.text or self.min_excitement)


def pipeline(
    ws: Workspace,
    per_stage: int = 50,
    only: BoardFilter | None = None,
    per_outcome: int | None = None,
) -> list[StageColumn]:
    """Every stage in order with its count; a column lists at most `per_stage` cards (an
    outcome `per_outcome`, the same unless given), each with what comes next for it, so
    the page costs the same whether the search has 30 applications or 30,000. With `only`,
    the counts and cards are those of the matching applications."""
    outcome_cards = per_stage if per_outcome is None else per_outcome
    for name, value in (("per_stage", per_stage), ("per_outcome", outcome_cards)):
        if not 1 <= value <= MAX_PER_STAGE:
            raise InvalidInput(f"{name} must be from 1 to {MAX_PER_STAGE}, got {value}")
    checked = only.validated() if only is not None else None
    today = ws.clock.today()  # interviews from today on: the answer changes with the day
    question = ("pipeline", per_stage, outcome_cards, checked, today)
    return ws.db.remember(
        ws.owner_id, question, lambda: _columns(ws, per_stage, outcome_cards, checked, today)
    )


def _columns(
    ws: Workspace, per_stage: int, per_outcome: int, only: BoardFilter | None, today: date
) -> list[StageColumn]:
    query = _to_store(only) if only is not None else None
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        counts = applications.count_by_stage(query)
        latest = applications.latest_in_stages(list(PIPELINE), per_stage, query)
        latest += applications.latest_in_stages(list(OUTCOMES), per_outcome, query)
        upcoming = _next_things(applications, [a.id for a in latest], today)
    by_stage: dict[Stage, list[Application]] = {stage: [] for stage in Stage}
    for application in latest:
        by_stage[application.stage].append(application)
    return [
        StageColumn(
            stage,
            counts.get(stage, 0),
            by_stage[stage],
            {a.id: upcoming[a.id] for a in by_stage[stage] if a.id in upcoming},
        )
        for stage in Stage
    ]


def _next_things(
    applications: Applications, ids: Sequence[int], today: date
) -> dict[int, NextThing]:
    """What comes next for these applications: two queries by id, whatever the search's size."""
    steps = applications.next_open_steps(ids)
    interviews = applications.next_interviews(ids, start_of(today))
    found = {}
    for application_id in ids:
        thing = sooner(steps.get(application_id), interviews.get(application_id))
        if thing is not None:
            found[application_id] = thing
    return found


# --- every application as a list -------------------------------------------------------------


class ListSort(StrEnum):
    """The columns the list can be sorted by."""

    COMPANY = "company"
    ROLE = "role"
    STAGE = "stage"
    CHANNEL = "channel"
    EXCITEMENT = "excitement"
    APPLIED = "applied"
    CHANGED = "changed"
    NEXT = "next"

    @property
    def newest_first(self) -> bool:
        """Whether a first click sorts high to low: the latest dates, the most wanted."""
        return self in (ListSort.EXCITEMENT, ListSort.APPLIED, ListSort.CHANGED)


@dataclass(frozen=True)
class ApplicationList:
    items: list[Application]
    next: Mapping[int, NextThing]
    total: int  # how many match, on every page


def application_list(
    ws: Workspace,
    only: BoardFilter,
    stage: Stage | None,
    sort: ListSort,
    descending: bool,
    limit: int,
    offset: int,
) -> ApplicationList:
    """One page of the matching applications in the order asked for, found and sorted in
    the database (never all loaded), each with what comes next for it."""
    if not 1 <= limit <= LIST_PAGE_LIMIT:
        raise InvalidInput(f"limit must be from 1 to {LIST_PAGE_LIMIT}, got {limit}")
    if offset < 0:
        raise InvalidInput(f"offset must not be negative, got {offset}")
    checked = only.validated()
    today = ws.clock.today()
    question = ("application_list", checked, stage, sort, descending, limit, offset, today)

    def answer() -> ApplicationList:
        with ws.db.transaction() as session:
            applications = Applications(session, ws.owner_id)
            items, total = applications.sorted_page(
                _to_store(checked), stage, sort.value, descending, start_of(today), limit, offset
            )
            upcoming = _next_things(applications, [a.id for a in items], today)
        return ApplicationList(items, upcoming, total)

    return ws.db.remember(ws.owner_id, question, answer)


def count_applications(ws: Workspace) -> int:
    with ws.db.transaction() as session:
        return Applications(session, ws.owner_id).count()


def get_application(ws: Workspace, application_id: int) -> Application:
    """One application, or NotFound: for a page that needs only its stage and names."""
    with ws.db.transaction() as session:
        return Applications(session, ws.owner_id).get(application_id)


def recent_applications(ws: Workspace, limit: int = 100) -> list[Application]:
    """The most recently changed applications, for a short pick-list."""
    with ws.db.transaction() as session:
        return Applications(session, ws.owner_id).recent(limit)


def applications_by_id(ws: Workspace, ids: list[int]) -> dict[int, Application]:
    with ws.db.transaction() as session:
        return Applications(session, ws.owner_id).by_ids(ids)


def _to_store(only: BoardFilter) -> ApplicationFilter:
    return ApplicationFilter(only.channel, only.text, only.min_excitement, broad=True)
