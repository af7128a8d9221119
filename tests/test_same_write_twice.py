"""The same write sent several times at once is one write: a double click on "Record a
rejection", a retried request, twelve tabs. Checked with real threads on both engines."""

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import pytest
from sqlalchemy import func, select

from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import NextYesError
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import (
    add_application,
    application_detail,
    move_application,
    record_rejection,
)
from nextyes.services.workspace import Workspace
from nextyes.store.tables import EventRow, RejectionRow, StepRow

T = TypeVar("T")


def all_at_once(times: int, action: Callable[[], T]) -> list[T | Exception]:
    """Run `action` in `times` threads released together; each result or its error."""
    start = threading.Barrier(times)

    def run() -> T | Exception:
        start.wait()
        try:
            return action()
        except NextYesError as refused:
            return refused

    with ThreadPoolExecutor(times) as pool:
        return list(pool.map(lambda _: run(), range(times)))


def count(ws: Workspace, table: type[RejectionRow | StepRow | EventRow]) -> int:
    with ws.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


@pytest.mark.parametrize("times", [2, 12])
def test_the_same_rejection_at_once_is_recorded_once(ws: Workspace, times: int) -> None:
    application = add_application(ws, NewApplication("Orchard & Co", "Analyst"))
    move_application(ws, application.id, Stage.INTERVIEWING)
    alone = add_application(ws, NewApplication("Elsewhere", "Analyst"))
    move_application(ws, alone.id, Stage.INTERVIEWING)
    record_rejection(ws, alone.id, RejectionForm.EXPLICIT)
    one_plan = count(ws, StepRow)

    results = all_at_once(
        times, lambda: record_rejection(ws, application.id, RejectionForm.EXPLICIT)
    )

    recorded = [r for r in results if not isinstance(r, Exception)]
    assert len(recorded) == times  # every caller gets an answer, none an error
    assert sum(not r.already_recorded for r in recorded) == 1
    assert count(ws, RejectionRow) == 2
    assert count(ws, StepRow) == 2 * one_plan  # one plan each, not one per request
    detail = application_detail(ws, application.id)
    assert [e.kind.value for e in detail.events].count("rejected") == 1


def test_the_same_move_at_once_is_one_move(ws: Workspace) -> None:
    application = add_application(ws, NewApplication("Orchard & Co", "Analyst"))
    results = all_at_once(8, lambda: move_application(ws, application.id, Stage.SCREENING))
    moved = [r for r in results if not isinstance(r, Exception)]
    assert len(moved) == 1
    refused = [str(r) for r in results if isinstance(r, Exception)]
    assert refused == ["the application is already in screening"] * 7
    events = application_detail(ws, application.id).events
    assert [e.to_stage for e in events] == [Stage.APPLIED, Stage.SCREENING]


def test_the_same_new_application_at_once_is_added_once_when_duplicates_are_caught(
    ws: Workspace,
) -> None:
    new = NewApplication("Lumen Health", "Data Analyst")
    results = all_at_once(6, lambda: add_application(ws, new, allow_duplicate=False))
    added = [r for r in results if not isinstance(r, Exception)]
    assert len(added) == 1
    assert all(
        "you already have Data Analyst at Lumen Health" in str(r)
        for r in results
        if isinstance(r, Exception)
    )
