"""Past jobs: how this person found work before."""

from nextyes.domain.history import NewPastJob, PastJob
from nextyes.services.workspace import Workspace
from nextyes.store.repositories import PastJobs


def add_past_job(ws: Workspace, new: NewPastJob) -> PastJob:
    clean = new.validated(ws.clock.today())
    with ws.db.transaction() as session:
        return PastJobs(session, ws.owner_id).add(clean, ws.clock.now())


def list_past_jobs(ws: Workspace) -> list[PastJob]:
    with ws.db.transaction() as session:
        return PastJobs(session, ws.owner_id).find()
