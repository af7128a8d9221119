"""Interviews: schedule one for an application in process, list them, cancel one."""

from nextyes.domain.errors import InvalidInput
from nextyes.domain.interviews import Interview, NewInterview
from nextyes.domain.stages import FINAL, Stage
from nextyes.services.trash import Kind, delete_item
from nextyes.services.workspace import Workspace
from nextyes.store.interviews import Interviews
from nextyes.store.repositories import Applications


def add_interview(ws: Workspace, new: NewInterview) -> Interview:
    clean = new.validated()
    with ws.db.transaction() as session:
        application = Applications(session, ws.owner_id).get(clean.application_id)
        _check_can_interview(application.id, application.stage)
        return Interviews(session, ws.owner_id).add(clean, ws.clock.now())


def list_interviews(ws: Workspace, application_id: int | None = None) -> list[Interview]:
    with ws.db.transaction() as session:
        if application_id is not None:  # an unknown id is an error, not an empty list
            Applications(session, ws.owner_id).get(application_id)
        return Interviews(session, ws.owner_id).find(application_id=application_id)


def cancel_interview(ws: Workspace, interview_id: int) -> Interview:
    """Remove a scheduled interview into the trash (services/trash.py), where it waits to be
    restored; the next calendar export no longer has it."""
    with ws.db.transaction() as session:
        cancelled = Interviews(session, ws.owner_id).get(interview_id)
    delete_item(ws, Kind.INTERVIEW, interview_id)
    return cancelled


def _check_can_interview(application_id: int, stage: Stage) -> None:
    # Nobody interviews for a job never applied to, nor after the search for it ended.
    if stage is Stage.SAVED or stage in FINAL:
        raise InvalidInput(
            f"application {application_id} is {stage.label.lower()}; interviews can be"
            " scheduled only once it is sent and before it is accepted, rejected, withdrawn"
            " or closed"
        )
