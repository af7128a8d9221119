"""The plan reads what is known, on a real database (SQLite, and PostgreSQL when set): at plan
time and when things change afterwards; finishing what a step asks ticks it off; a snooze by
word moves a step forward only."""

from datetime import timedelta

import pytest

from nextyes.clock import FixedClock
from nextyes.domain.applications import NewApplication
from nextyes.domain.contacts import ContactRole, NewContact
from nextyes.domain.errors import InvalidInput
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.steps import SnoozeWord, Step
from nextyes.services import recovery
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.contacts import add_contact, link_contact
from nextyes.services.reflections import reflect
from nextyes.services.weekly import save_week, save_week_plan
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

DAY = timedelta(days=1)
EXPLICIT, SILENCE = RejectionForm.EXPLICIT, RejectionForm.SILENCE


def interviewed(ws: Workspace, company: str = "Lumen", stage: Stage = Stage.INTERVIEWING) -> int:
    app = add_application(ws, NewApplication(company, "Analyst", on=TODAY - 30 * DAY))
    move_application(ws, app.id, stage, TODAY - 10 * DAY)
    return app.id


def person(ws: Workspace, name: str, role: ContactRole, app_id: int | None = None) -> int:
    return add_contact(ws, NewContact(name, role, company="Lumen"), application_id=app_id).id


def steps(ws: Workspace, app_id: int) -> list[Step]:
    return recovery.plan_view(ws, app_id).steps


def about(ws: Workspace, app_id: int, kind: StepKind) -> list[tuple[int | None, str, bool]]:
    return sorted(
        ((s.contact_id, s.title, s.is_open) for s in steps(ws, app_id) if s.kind is kind),
        key=lambda t: (t[0] or 0, t[1]),
    )


def test_feedback_given_with_the_no_means_no_request_for_it(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - DAY, feedback="More SQL depth, please")
    assert StepKind.FEEDBACK_REQUEST not in [s.kind for s in steps(ws, app_id)]
    other = interviewed(ws, "Other")
    record_rejection(ws, other, EXPLICIT, TODAY - DAY, feedback="   ")  # blank is not feedback
    assert StepKind.FEEDBACK_REQUEST in [s.kind for s in steps(ws, other)]


def test_the_people_linked_at_plan_time_are_each_thanked_and_a_referrer_told(
    ws: Workspace,
) -> None:
    app_id = interviewed(ws)
    priya = person(ws, "Priya Natarajan", ContactRole.RECRUITER, app_id)
    ana = person(ws, "Ana Ribeiro", ContactRole.INTERVIEWER, app_id)
    mei = person(ws, "Mei Chen", ContactRole.REFERRER, app_id)
    record_rejection(ws, app_id, EXPLICIT, TODAY - DAY)
    assert about(ws, app_id, StepKind.THANK_YOU) == [
        (priya, "Thank Priya Natarajan for their time", True),
        (ana, "Thank Ana Ribeiro for their time", True),
        (mei, "Let Mei Chen know how it went, and thank them for the referral", True),
    ]
    assert [c for c, _, _ in about(ws, app_id, StepKind.CONNECT)] == [priya, ana]


def test_linking_someone_later_replaces_finding_the_person(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - DAY)
    [(nobody, finding, _)] = about(ws, app_id, StepKind.THANK_YOU)
    assert nobody is None
    assert finding.startswith("Find the person to thank")
    placeholder_due = next(s.due_on for s in steps(ws, app_id) if s.kind is StepKind.THANK_YOU)

    ana = person(ws, "Ana Ribeiro", ContactRole.INTERVIEWER, app_id)  # added and linked at once
    assert about(ws, app_id, StepKind.THANK_YOU) == [
        (ana, "Thank Ana Ribeiro for their time", True)
    ]
    assert about(ws, app_id, StepKind.CONNECT) == [(ana, "Connect with Ana Ribeiro", True)]
    assert {s.due_on for s in steps(ws, app_id) if s.contact_id == ana} == {placeholder_due}

    tom = person(ws, "Tom Okafor", ContactRole.HIRING_MANAGER)  # known already, linked now
    assert link_contact(ws, tom, app_id)
    assert [c for c, _, _ in about(ws, app_id, StepKind.THANK_YOU)] == [ana, tom]
    assert not link_contact(ws, tom, app_id)  # linked twice: nothing more
    assert len(about(ws, app_id, StepKind.THANK_YOU)) == 2


def test_a_person_linked_to_an_application_without_a_plan_changes_nothing(ws: Workspace) -> None:
    app_id = interviewed(ws)
    person(ws, "Ana Ribeiro", ContactRole.INTERVIEWER, app_id)
    assert steps(ws, app_id) == []


def test_a_thank_you_already_handled_is_not_asked_again(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - DAY)
    finding = next(s for s in steps(ws, app_id) if s.kind is StepKind.THANK_YOU)
    recovery.complete_step(ws, finding.id)
    ana = person(ws, "Ana Ribeiro", ContactRole.INTERVIEWER, app_id)
    thanks = about(ws, app_id, StepKind.THANK_YOU)
    assert thanks == [(None, finding.title, False)]  # done, kept; no new one for Ana
    assert about(ws, app_id, StepKind.CONNECT) == [(ana, "Connect with Ana Ribeiro", True)]


def test_a_person_linked_months_later_leaves_the_plan_as_it_is(
    ws: Workspace, clock: FixedClock
) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - DAY)
    before = steps(ws, app_id)
    clock.advance(days=60)
    person(ws, "Ana Ribeiro", ContactRole.INTERVIEWER, app_id)
    assert steps(ws, app_id) == before


def test_feedback_written_in_the_reflection_closes_the_request(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 3 * DAY)
    request = next(s for s in steps(ws, app_id) if s.kind is StepKind.FEEDBACK_REQUEST)
    first = reflect(ws, app_id, ReflectionAnswers(preparation="Two mock interviews"))
    assert [s.kind for s in first.closed] == [StepKind.POST_MORTEM]
    assert recovery.get_step(ws, request.id).is_open  # no feedback yet: still worth asking
    saved = reflect(ws, app_id, ReflectionAnswers(feedback="Wanted more stakeholder stories"))
    assert [(s.id, s.status) for s in saved.closed] == [(request.id, StepStatus.DONE)]
    assert saved.closed_step_ids == (request.id,)
    again = reflect(ws, app_id, ReflectionAnswers(feedback="Same, with more detail"))
    assert again.closed == ()


def test_answering_the_fit_question_ticks_the_fit_check(ws: Workspace) -> None:
    app = add_application(ws, NewApplication("Pico", "Data Analyst", on=TODAY - 20 * DAY))
    record_rejection(ws, app.id, EXPLICIT, TODAY - 2 * DAY)
    fit = next(s for s in steps(ws, app.id) if s.kind is StepKind.FIT_CHECK)
    unrelated = reflect(ws, app.id, ReflectionAnswers(preparation="Tailored the CV"))
    assert unrelated.closed == ()
    saved = reflect(ws, app.id, ReflectionAnswers(fit_score=2, fit_why="They wanted Python"))
    assert [s.id for s in saved.closed] == [fit.id]
    assert recovery.get_step(ws, fit.id).status is StepStatus.DONE


def test_making_this_weeks_plan_ticks_the_jump_back_in_steps_due_within_a_week(
    ws: Workspace,
) -> None:
    due_now = add_application(ws, NewApplication("Pico", "Analyst", on=TODAY - 20 * DAY)).id
    record_rejection(ws, due_now, EXPLICIT, TODAY - 3 * DAY)  # jump back in: day 2, passed
    soon = interviewed(ws, "Soon")
    record_rejection(ws, soon, EXPLICIT, TODAY)  # jump back in: day 4
    later = interviewed(ws, "Later")
    record_rejection(ws, later, EXPLICIT, TODAY)
    jump = {
        app: next(s for s in steps(ws, app) if s.kind is StepKind.JUMP_BACK_IN)
        for app in (due_now, soon, later)
    }
    recovery.snooze_step(ws, jump[later].id, TODAY + 8 * DAY)  # more than a week off
    saved = save_week(ws, applications_target=4, schedule="Mornings")
    assert {s.id for s in saved.ticked} == {jump[due_now].id, jump[soon].id}
    assert all(s.status is StepStatus.DONE for s in saved.ticked)
    assert recovery.get_step(ws, jump[later].id).is_open  # it waits for its own week
    assert save_week(ws, applications_target=5).ticked == ()
    assert save_week_plan(ws, applications_target=6).applications_target == 6


def test_snooze_by_word_moves_forward_only(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, EXPLICIT, TODAY - 5 * DAY)
    due = next(s for s in steps(ws, app_id) if s.kind is StepKind.POST_MORTEM)
    assert due.due_on < TODAY
    tomorrow = recovery.snooze_step_to(ws, due.id, SnoozeWord.TOMORROW)
    assert tomorrow.due_on == TODAY + DAY
    week = recovery.snooze_step_to(ws, due.id, SnoozeWord.NEXT_WEEK)
    assert week.due_on == TODAY + 8 * DAY  # a week after the day it is now due
    with pytest.raises(InvalidInput, match="never brings a step nearer"):
        recovery.snooze_step_to(ws, due.id, SnoozeWord.TOMORROW)
    assert recovery.get_step(ws, due.id).due_on == TODAY + 8 * DAY


def test_a_second_no_and_an_undo_still_work_with_people_linked(ws: Workspace) -> None:
    app_id = interviewed(ws)
    record_rejection(ws, app_id, SILENCE, TODAY - 3 * DAY)
    ana = person(ws, "Ana Ribeiro", ContactRole.INTERVIEWER, app_id)
    assert about(ws, app_id, StepKind.CONNECT) == [(ana, "Connect with Ana Ribeiro", True)]
    record_rejection(ws, app_id, EXPLICIT, TODAY)  # the "no" after the silence
    assert [c for c, _, o in about(ws, app_id, StepKind.THANK_YOU) if o] == [ana]
    assert [c for c, _, o in about(ws, app_id, StepKind.CONNECT) if o] == [ana]
    recovery.undo_rejection(ws, app_id)
    assert all(not s.is_open for s in steps(ws, app_id)) or steps(ws, app_id) == []
    person(ws, "Tom Okafor", ContactRole.HIRING_MANAGER, app_id)  # no plan: nothing to follow
    assert not any(s.is_open for s in steps(ws, app_id))


def test_the_demo_names_the_people_met_and_asks_no_feedback_it_has(ws: Workspace) -> None:
    from nextyes.services.demo import load_demo

    load_demo(ws)
    lumen = _application_id(ws, "Lumen Health")
    thanks = sorted(t for _, t, _ in about(ws, lumen, StepKind.THANK_YOU))
    assert thanks == [
        "Let Dev Patel know how it went, and thank them for the referral",
        "Thank Ana Ribeiro for their time",
        "Thank Priya Natarajan for their time",
        "Thank Tom Okafor for their time",
    ]
    assert not any(t.startswith("Find") for t in thanks)
    assert StepKind.FEEDBACK_REQUEST not in [s.kind for s in steps(ws, lumen)]
    assert len(about(ws, lumen, StepKind.CONNECT)) == 3  # not the referrer


def _application_id(ws: Workspace, company: str) -> int:
    from nextyes.services.applications import list_applications

    return next(a.id for a in list_applications(ws) if a.company == company)
