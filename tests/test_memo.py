"""Remembered figures (store/memo.py): a person's revision goes up with every write of
their rows, never with another person's, and what pages show is never older than the data."""

from datetime import date, timedelta

from sqlalchemy import delete, select

from nextyes.clock import FixedClock
from nextyes.domain.applications import NewApplication
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.pipeline import pipeline
from nextyes.services.recovery import complete_step, plan_view, undo_rejection
from nextyes.services.today import today
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from nextyes.store.memo import Memo
from nextyes.store.tables import ApplicationRow, StepRow, User

TODAY = date(2026, 3, 16)


def revision(database: Database, owner_id: int) -> int:
    with database.transaction() as session:
        found = session.scalar(select(User.revision).where(User.id == owner_id))
    assert found is not None
    return found


def other_person(ws: Workspace) -> Workspace:
    return Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)


def test_every_kind_of_write_raises_only_its_owners_revision(ws: Workspace) -> None:
    other = other_person(ws)
    start, other_start = revision(ws.db, ws.owner_id), revision(ws.db, other.owner_id)

    added = add_application(ws, NewApplication("Acme", "Analyst", stage=Stage.APPLIED))
    after_add = revision(ws.db, ws.owner_id)
    assert after_add > start

    move_application(ws, added.id, Stage.SCREENING)  # a changed row
    after_move = revision(ws.db, ws.owner_id)
    assert after_move > after_add

    with ws.db.transaction() as session:  # a bulk DELETE names its owner in WHERE
        session.execute(delete(StepRow).where(StepRow.owner_id == ws.owner_id, StepRow.id == -1))
    assert revision(ws.db, ws.owner_id) > after_move

    assert revision(ws.db, other.owner_id) == other_start


def test_reading_changes_no_revision(ws: Workspace) -> None:
    add_application(ws, NewApplication("Acme", "Analyst", stage=Stage.APPLIED))
    before = revision(ws.db, ws.owner_id)
    today(ws)
    pipeline(ws, 12)
    assert revision(ws.db, ws.owner_id) == before


def test_a_bulk_change_with_no_owner_in_sight_raises_everyones(ws: Workspace) -> None:
    other = other_person(ws)
    mine, theirs = revision(ws.db, ws.owner_id), revision(ws.db, other.owner_id)
    with ws.db.transaction() as session:
        session.execute(delete(StepRow).where(StepRow.id == -1))
    assert revision(ws.db, ws.owner_id) > mine
    assert revision(ws.db, other.owner_id) > theirs


def test_the_board_and_the_plan_follow_every_change(ws: Workspace) -> None:
    added = add_application(ws, NewApplication("Acme", "Analyst", stage=Stage.APPLIED))
    board = {c.stage: c.count for c in pipeline(ws, 12)}
    assert board[Stage.APPLIED] == 1

    record_rejection(ws, added.id, RejectionForm.EXPLICIT, TODAY, "went elsewhere")
    board = {c.stage: c.count for c in pipeline(ws, 12)}
    assert board[Stage.APPLIED] == 0
    assert board[Stage.REJECTED] == 1
    plan = plan_view(ws, added.id)
    assert plan.rejection is not None
    first = plan.steps[0]
    assert first.is_open

    complete_step(ws, first.id)
    assert not next(s for s in plan_view(ws, added.id).steps if s.id == first.id).is_open

    undo_rejection(ws, added.id)
    assert plan_view(ws, added.id).rejection is None
    assert {c.stage: c.count for c in pipeline(ws, 12)}[Stage.APPLIED] == 1


def test_today_is_worked_out_again_on_a_new_day(database: Database) -> None:
    clock = FixedClock.on(TODAY)
    ws = Workspace(database, database.owner_id("local"), clock)
    added = add_application(ws, NewApplication("Acme", "Analyst", stage=Stage.APPLIED))
    record_rejection(ws, added.id, RejectionForm.EXPLICIT, TODAY, None)
    first = today(ws)
    later = Workspace(database, ws.owner_id, FixedClock.on(TODAY + timedelta(days=40)))
    assert today(later).as_of == TODAY + timedelta(days=40)
    assert today(ws) == first


def test_another_process_sees_a_change_made_elsewhere(database: Database) -> None:
    # Two Database objects on one database are two app processes, each with its own memory.
    address = database.engine.url.render_as_string(hide_password=False)
    second = Database(address)
    try:
        clock = FixedClock.on(TODAY)
        owner = database.owner_id("local")
        here, there = Workspace(database, owner, clock), Workspace(second, owner, clock)
        add_application(here, NewApplication("Acme", "Analyst", stage=Stage.APPLIED))
        assert {c.stage: c.count for c in pipeline(there, 12)}[Stage.APPLIED] == 1
        add_application(here, NewApplication("Globex", "Analyst", stage=Stage.APPLIED))
        assert {c.stage: c.count for c in pipeline(there, 12)}[Stage.APPLIED] == 2
    finally:
        second.dispose()


def test_a_transaction_that_writes_remembers_nothing(ws: Workspace) -> None:
    # It might still roll back, and its revision number would then be used again.
    add_application(ws, NewApplication("Acme", "Analyst", stage=Stage.APPLIED))
    before = len(ws.db.memo)
    try:
        with ws.db.transaction() as session:
            session.add(
                ApplicationRow(
                    owner_id=ws.owner_id,
                    company="Rolled back",
                    role="Analyst",
                    channel="job_board",
                    stage="applied",
                    stage_since=TODAY,
                    excitement=3,
                    created_on=TODAY,
                    applied_on=TODAY,
                    created_at=ws.clock.now(),
                    updated_at=ws.clock.now(),
                )
            )
            assert {c.stage: c.count for c in pipeline(ws, 12)}[Stage.APPLIED] == 2
            raise RuntimeError("roll it back")
    except RuntimeError:
        pass
    assert len(ws.db.memo) == before
    assert {c.stage: c.count for c in pipeline(ws, 12)}[Stage.APPLIED] == 1


def test_the_memory_forgets_the_least_recently_used() -> None:
    memo = Memo(size=2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a") == (True, 1)  # a is now the most recent
    memo.put("c", 3)
    assert memo.get("b") == (False, None)
    assert memo.get("a") == (True, 1)
    assert memo.get("c") == (True, 3)
