"""The pipeline: how many applications sit in each stage, and the latest few of each."""

from dataclasses import dataclass

from nextyes.domain.applications import Application
from nextyes.domain.stages import Stage
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import Applications


@dataclass(frozen=True)
class StageColumn:
    stage: Stage
    count: int
    applications: list[Application]

    @property
    def hidden(self) -> int:
        return self.count - len(self.applications)


def pipeline(ws: Workspace, per_stage: int = 50) -> list[StageColumn]:
    """Every stage in order with its count; a column lists at most `per_stage` cards, so the
    page costs the same whether the search has 30 applications or 30,000."""
    with ws.db.transaction() as session:
        applications = Applications(session, ws.owner_id)
        counts = applications.count_by_stage()
        latest = applications.latest_in_stages(list(Stage), per_stage)
    by_stage: dict[Stage, list[Application]] = {stage: [] for stage in Stage}
    for application in latest:
        by_stage[application.stage].append(application)
    return [StageColumn(stage, counts.get(stage, 0), by_stage[stage]) for stage in Stage]
