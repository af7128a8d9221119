"""Today through the services, on SQLite and PostgreSQL: the latest "no" is the one named
(also right after it is recorded, though Today is remembered), interviews of today and
tomorrow, and the full list behind Today, grouped by application and paged."""

from datetime import UTC, date, datetime, timedelta

import pytest

from nextyes.domain.agenda import DueFilter
from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.interviews import NewInterview
from nextyes.domain.recovery import StepKind
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, record_rejection
from nextyes.services.interviews import add_interview
from nextyes.services.recovery import plan_view
from nextyes.services.sweep import sweep
from nextyes.services.today import DUE_PAGE, due_list, today
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

DAY = timedelta(days=1)


def applied(ws: Workspace, company: str, excitement: int = 3, stage: Stage = Stage.APPLIED) -> int:
    new = NewApplication(
        company, "Analyst", stage=stage, on=TODAY - 30 * DAY, excitement=excitement
    )
    return add_application(ws, new).id


def test_today_names_the_newest_no_even_while_an_older_window_is_open(ws: Workspace) -> None:
    dream = applied(ws, "Dream Co", excitement=5, stage=Stage.INTERVIEWING)
    record_rejection(ws, dream, RejectionForm.EXPLICIT, TODAY - DAY)  # three days to feel it
    before = today(ws)  # remembered until the data changes
    assert before.gentle
    assert "Dream Co" in before.nudges[0]

    newer = applied(ws, "Newer Ltd", stage=Stage.SCREENING)
    record_rejection(ws, newer, RejectionForm.EXPLICIT, TODAY)
    after = today(ws)
    assert after.latest_no is not None
    assert after.latest_no.company == "Newer Ltd"
    assert "Newer Ltd" in after.nudges[0]
    assert "Dream Co" not in after.nudges[0]
    assert "Newer Ltd" in after.evidence[0].body
    # Both pauses still count: the day stays gentle until the longer one ends.
    assert after.pause_until == TODAY + 2 * DAY


def test_on_the_same_day_the_no_recorded_last_is_named_and_a_backdated_one_is_not(
    ws: Workspace,
) -> None:
    first = applied(ws, "First Co")
    second = applied(ws, "Second Co")
    record_rejection(ws, first, RejectionForm.EXPLICIT, TODAY)
    record_rejection(ws, second, RejectionForm.EXPLICIT, TODAY)
    agenda = today(ws)
    assert agenda.latest_no is not None
    assert agenda.latest_no.company == "Second Co"
    assert "Second Co" in agenda.nudges[0]

    backdated = applied(ws, "Backdated Co")
    record_rejection(ws, backdated, RejectionForm.EXPLICIT, TODAY - 5 * DAY)
    agenda = today(ws)
    assert agenda.latest_no is not None
    assert agenda.latest_no.company == "Second Co"


def test_interviews_of_today_and_tomorrow_show_even_on_a_gentle_day(ws: Workspace) -> None:
    kestrel = applied(ws, "Kestrel", stage=Stage.INTERVIEWING)
    later = applied(ws, "Later Co", stage=Stage.INTERVIEWING)
    ended = applied(ws, "Ended Co", stage=Stage.INTERVIEWING)
    noon = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
    add_interview(ws, NewInterview(kestrel, noon + DAY + timedelta(hours=2), 45, "Panel"))
    add_interview(ws, NewInterview(later, noon + 3 * DAY))
    add_interview(ws, NewInterview(ended, noon + timedelta(hours=3)))
    record_rejection(ws, ended, RejectionForm.EXPLICIT, TODAY)  # a "no" today: a pause
    agenda = today(ws)
    assert agenda.gentle
    [interview] = agenda.interviews  # not the day after tomorrow; not for an ended search
    assert interview.company == "Kestrel"
    assert interview.minutes == 45
    assert interview.day == TODAY + DAY
    assert [i.step.kind for i in agenda.items] == [StepKind.FEEL]


def test_the_full_list_groups_every_due_step_by_application_and_pages(ws: Workspace) -> None:
    quiet_ones = [applied(ws, f"Quiet {n}") for n in range(DUE_PAGE + 2)]
    rejected = applied(ws, "Said No", stage=Stage.INTERVIEWING)
    record_rejection(ws, rejected, RejectionForm.EXPLICIT, TODAY - 20 * DAY)
    sweep(ws)
    first = due_list(ws)
    assert first.page == 1
    assert first.pages == 2
    assert first.applications == DUE_PAGE + 3
    assert len(first.groups) == DUE_PAGE
    # The "no" twenty days ago has waited longest: its application comes first.
    assert first.groups[0].application_id == rejected
    plan_due = [
        s.id
        for s in plan_view(ws, rejected).steps
        if s.is_open and s.due_on <= TODAY and s.kind not in (StepKind.FEEL, StepKind.REST)
    ]
    assert [i.step.id for i in first.groups[0].items] == plan_due
    second = due_list(ws, 2)
    assert len(second.groups) == 3
    every = {g.application_id for g in first.groups + second.groups}
    assert every == {rejected, *quiet_ones}

    quiet = due_list(ws, 1, DueFilter.QUIET)
    assert quiet.applications == DUE_PAGE + 2
    assert all(i.step.kind is StepKind.FOLLOW_UP for g in quiet.groups for i in g.items)
    plans = due_list(ws, 1, DueFilter.PLAN)
    assert [g.application_id for g in plans.groups] == [rejected]
    assert due_list(ws, 3).groups == []  # past the last page: empty, not an error


def test_the_full_list_refuses_a_page_that_cannot_be(ws: Workspace) -> None:
    with pytest.raises(InvalidInput, match="page must be from 1"):
        due_list(ws, 0)


def test_today_cannot_look_into_the_future(ws: Workspace) -> None:
    with pytest.raises(InvalidInput, match="in the future"):
        today(ws, date(2026, 3, 17))
