"""The demo as a service, on SQLite and PostgreSQL: a whole believable search (every page
has something to show), a forced load that leaves nothing behind, and `fresh_demo`, which
builds the demo in a home of its own and never opens the person's database."""

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.inbox import ReviewStatus
from nextyes.domain.lessons import SkillStatus
from nextyes.domain.stages import Stage
from nextyes.services import demo_data
from nextyes.services.applications import add_application, list_applications
from nextyes.services.contacts import add_contact, list_contacts
from nextyes.services.demo import fresh_demo, is_empty, load_demo
from nextyes.services.drafts import get_profile, list_drafts, set_profile
from nextyes.services.inbox import review_queue
from nextyes.services.interviews import list_interviews
from nextyes.services.preferences import calendar_token
from nextyes.services.reflections import lessons
from nextyes.services.weekly import add_if_then, list_if_thens, save_week_plan, week_plan
from nextyes.services.wellbeing import check_in, take_who5, wellbeing_history
from nextyes.services.workspace import Workspace
from nextyes.services.writing import list_entries, write_entry
from nextyes.store.database import Database
from nextyes.store.wipe import Everything, owned_tables
from tests.conftest import TODAY, throwaway_postgres


def rows_per_table(ws: Workspace) -> dict[str, int]:
    with ws.db.transaction() as session:
        return {
            table.name: session.scalar(
                select(func.count()).select_from(table).where(table.c.owner_id == ws.owner_id)
            )
            or 0
            for table in owned_tables()
        }


def by_company(ws: Workspace) -> dict[str, int]:
    return {a.company: a.id for a in list_applications(ws)}


def test_the_demo_gives_every_page_something_to_show(ws: Workspace) -> None:
    load_demo(ws)
    applications = list_applications(ws)
    # What other tests count stays as it was: 30 applications, each at the end of its path.
    assert len(applications) == len(demo_data.APPLICATIONS) == 30
    ends = {spec.company: spec.path[-1][0] for spec in demo_data.APPLICATIONS}
    assert {a.company: a.stage for a in applications} == ends
    ids = by_company(ws)
    lumen = next(a for a in applications if a.company == "Lumen Health")
    assert lumen.notes is not None
    assert "Dev" in lumen.notes

    # Lessons: themes, skills (one being learned), and a practice bank with history.
    learned = lessons(ws)
    assert {"domain-knowledge", "presenting", "dbt"} <= {t.text for t in learned.themes}
    assert any(t.kind == "phrase" and t.text == "real examples" for t in learned.themes)
    assert [s.name for s in learned.skills if s.status is SkillStatus.LEARNING] == ["dbt"]
    assert len(learned.practice_next) >= 3
    assert any(item.times_practised == 2 for item in learned.practice_next)

    # Check-ins over five weeks and two WHO-5s; the latest ones do not call for support.
    history = wellbeing_history(ws)
    assert len(history.checkins) == len(demo_data.CHECKINS)
    assert history.checkins[0].checked_at.date() == TODAY - timedelta(days=1)
    assert history.checkins[-1].checked_at.date() == TODAY - timedelta(days=33)
    assert [w.raw_score for w in history.questionnaires] == [14, 17]
    assert len(list_entries(ws)) == 2

    # A name for drafts to sign with, plans for hard moments and for this week.
    assert get_profile(ws).name == demo_data.PROFILE_NAME
    assert len(list_if_thens(ws)) == 3
    week = week_plan(ws)
    assert week.saved
    assert week.applications_target == demo_data.WEEK_TARGET

    # An interview ahead, on a working day, for an application still in process.
    [interview] = list_interviews(ws)
    assert interview.application_id == ids["Kestrel Games"]
    assert interview.starts_at > ws.clock.now()
    assert interview.starts_at.astimezone().weekday() < 5

    # Drafts: a feedback request sent (logged with the recruiter), a thank-you not yet.
    people = {c.name: c.id for c in list_contacts(ws)}
    [sent] = list_drafts(ws, ids["Fernwood Bank"])
    assert sent.sent_at is not None
    assert sent.contact_id == people["Jonas Weber"]
    [waiting] = list_drafts(ws, ids["Lumen Health"])
    assert waiting.sent_at is None
    assert demo_data.PROFILE_NAME.split()[0] in waiting.body  # signed with their name

    # The review queue: each message waits with the import's own reason.
    queue = review_queue(ws)
    assert queue.total == len(demo_data.REVIEW_MESSAGES) == 4
    linked = {e.item.company: e.application for e in queue.items if e.application}
    assert set(linked) == {"Orchard & Co", "Beacon Charity"}
    assert all(e.item.status is ReviewStatus.OPEN and e.item.why for e in queue.items)
    assert [e.item.offer_new for e in queue.items if e.item.company == "Tidewater Water"] == [True]


def test_the_review_queue_items_can_be_answered(ws: Workspace) -> None:
    from nextyes.services.inbox import confirm, dismiss

    load_demo(ws)
    items = {e.item.subject: e.item for e in review_queue(ws).items}
    moved = confirm(ws, items["Another conversation?"].id)
    assert moved.application is not None
    assert moved.application.stage is Stage.INTERVIEWING
    dismissed = dismiss(ws, items["12 new data jobs near Leeds"].id)
    assert dismissed.item.status is ReviewStatus.DISMISSED
    assert review_queue(ws).total == 2


def test_a_forced_load_leaves_nothing_of_theirs_behind(ws: Workspace) -> None:
    # A bit of everything a person can own.
    application = add_application(ws, NewApplication("My Real Co", "My Real Role"))
    add_contact(ws, NewContact("My Real Person"), application.id)
    check_in(ws, 2, "my own private note")
    take_who5(ws, [1, 1, 1, 1, 1])
    write_entry(ws, "a prompt", "my own private writing")
    set_profile(ws, name="My Real Name")
    add_if_then(ws, "my own cue", "my own action")
    save_week_plan(ws, applications_target=9, schedule="my own hours")
    calendar_token(ws)

    load_demo(ws, force=True)

    # Exactly what a clean load holds, table by table: nothing left over, nothing doubled.
    clean = Workspace(ws.db, ws.db.owner_id("clean"), ws.clock)
    load_demo(clean)
    assert rows_per_table(ws) == rows_per_table(clean)
    assert "My Real Co" not in by_company(ws)
    assert get_profile(ws).name == demo_data.PROFILE_NAME
    notes = [c.note for c in wellbeing_history(ws).checkins]
    assert "my own private note" not in notes
    assert not [e for e in list_entries(ws) if "my own" in e.first_words]
    assert [p.cue for p in list_if_thens(ws)] == [cue for cue, _ in demo_data.IF_THENS]
    assert week_plan(ws).applications_target == demo_data.WEEK_TARGET


def test_a_forced_load_leaves_other_people_alone(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    check_in(other, 4, "their note")
    write_entry(other, "a prompt", "their writing")
    before = rows_per_table(other)
    load_demo(ws, force=True)
    load_demo(ws, force=True)
    assert rows_per_table(other) == before


def test_an_unforced_load_refuses_any_data_at_all(ws: Workspace) -> None:
    check_in(ws, 3, "only a check-in, no applications")
    assert not is_empty(ws)
    before = rows_per_table(ws)
    with pytest.raises(InvalidInput, match="already holds data; use --force"):
        load_demo(ws)
    assert rows_per_table(ws) == before


def test_everything_counts_and_deletes_only_one_person(ws: Workspace) -> None:
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    load_demo(ws)
    load_demo(other)
    with ws.db.transaction() as session:
        total = Everything(session, ws.owner_id).count()
        assert total == sum(rows_per_table(ws).values()) > 200
        Everything(session, ws.owner_id).delete()
    assert is_empty(ws)
    assert sum(rows_per_table(other).values()) == total


# --- fresh_demo: a home of its own ----------------------------------------------------------


def own_settings(home: Path, url: str | None = None) -> Settings:
    return Settings(home=home, database_url=url, secret_key=None)


def test_fresh_demo_builds_its_own_home_and_never_the_persons_database(tmp_path: Path) -> None:
    clock = FixedClock.on(TODAY)
    started = fresh_demo(own_settings(tmp_path), clock)
    assert started.folder == tmp_path / "demo"
    assert started.loaded.applications == 30
    assert not (tmp_path / "nextyes.db").exists()  # not even created
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo"]
    demo = Workspace.open(own_settings(started.folder), clock=clock)
    try:
        first = [(a.id, a.company, a.stage) for a in list_applications(demo)]
        counts = rows_per_table(demo)
        add_application(demo, NewApplication("Changed In The Demo", "Analyst"))
        check_in(demo, 5, "a change made while exploring")
        fresh_demo(own_settings(tmp_path), clock)  # while the other connection is open
        # The same demo again: the same rows, with the same ids.
        assert [(a.id, a.company, a.stage) for a in list_applications(demo)] == first
        assert rows_per_table(demo) == counts
    finally:
        demo.db.dispose()


def test_two_demos_built_at_once_take_turns(tmp_path: Path) -> None:
    # `nextyes demo` while `serve --demo` starts on the same home: each rebuild is whole.
    clock = FixedClock.on(TODAY)
    settings = own_settings(tmp_path)
    fresh_demo(settings, clock)  # the schema first, as any second start finds it
    with ThreadPoolExecutor(2) as pool:
        built = list(pool.map(lambda _: fresh_demo(settings, clock).loaded, range(2)))
    assert built[0] == built[1]
    demo = Workspace.open(own_settings(tmp_path / "demo"), clock=clock)
    clean = Workspace(demo.db, demo.db.owner_id("clean"), clock)
    try:
        load_demo(clean)
        assert rows_per_table(demo) == rows_per_table(clean)
    finally:
        demo.db.dispose()


def test_fresh_demo_keeps_the_persons_own_data_as_it_was(tmp_path: Path) -> None:
    clock = FixedClock.on(TODAY)
    mine = Workspace.open(own_settings(tmp_path), clock=clock)
    try:
        add_application(mine, NewApplication("My Real Co", "My Real Role"))
        check_in(mine, 3, "mine")
        before = rows_per_table(mine)
        fresh_demo(own_settings(tmp_path), clock)
        assert rows_per_table(mine) == before
    finally:
        mine.db.dispose()


def test_fresh_demo_never_uses_the_configured_database(tmp_path: Path) -> None:
    # A person whose data is on PostgreSQL: the demo still goes into its own SQLite file.
    with throwaway_postgres("nextyes_demo") as url:
        started = fresh_demo(own_settings(tmp_path, url), FixedClock.on(TODAY))
        assert (started.folder / "nextyes.db").exists()
        theirs = Database(url)
        try:
            from sqlalchemy import inspect

            assert inspect(theirs.engine).get_table_names() == []  # never even migrated
        finally:
            theirs.dispose()


def test_the_demo_is_dated_around_today(ws: Workspace, clock: FixedClock) -> None:
    clock.instant = datetime(2027, 1, 6, 9, tzinfo=UTC)  # a Wednesday in another year
    load_demo(ws)
    today = clock.today()
    assert wellbeing_history(ws).checkins[0].checked_at.date() == today - timedelta(days=1)
    [interview] = list_interviews(ws)
    assert interview.starts_at.astimezone().date() > today
    assert interview.starts_at.astimezone().weekday() < 5
