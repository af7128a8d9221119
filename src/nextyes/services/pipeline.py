"""The pipeline: how many applications sit in each stage, and the latest few of each."""

from dataclasses import dataclass

from nextyes.domain.applications import Application, Channel
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import SHORT_TEXT, excitement_level, optional_text
from nextyes.domain.stages import Stage
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import ApplicationFilter, Applications

MAX_PER_STAGE = 200


@dataclass(frozen=True)
class StageColumn:
    stage: Stage
    count: int
    applications: list[Application]

    @property
    def hidden(self) -> int:
        return self.count - len(self.applications)


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows: all applications, or those of one channel, matching a text,
    or at least this exciting. Empty fields filter nothing."""

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
    ws: Workspace, per_stage: int = 50, only: BoardFilter | None = None
) -> list[StageColumn]:
    """Every stage in order with its count; a column lists at most `per_stage` cards, so the
    page costs the same whether the search has 30 applications or 30,000. With `only`, the
    counts and cards are those of the matching applications."""
    if not 1 <= per_stage <= MAX_PER_STAGE:
        raise InvalidInput(f"per_stage must be from 1 to {MAX_PER_STAGE}, got {per_stage}")
    checked = only.validated() if only is not None else None
    question = ("pipeline", per_stage, checked)
    return ws.db.remember(ws.owner_id, question, lambda: _columns(ws, per_stage, checked))


def _columns(ws: Workspace, per_stage: int, only: BoardFilter | None) -> list[StageColumn]:
    query = _to_store(only) if only is not None else None
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        counts = applications.count_by_stage(query)
        latest = applications.latest_in_stages(list(Stage), per_stage, query)
    by_stage: dict[Stage, list[Application]] = {stage: [] for stage in Stage}
    for application in latest:
        by_stage[application.stage].append(application)
    return [StageColumn(stage, counts.get(stage, 0), by_stage[stage]) for stage in Stage]


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
    return ApplicationFilter(only.channel, only.text, only.min_excitement)
