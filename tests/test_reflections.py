"""Reflections, lessons, the practice bank and expressive writing: the pure rules first, then
the services on a real database (SQLite, and PostgreSQL when one is configured)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import InvalidInput, NotFound
from nextyes.domain.lessons import (
    PracticeEntry,
    Question,
    SkillStatus,
    practice_order,
    question_key,
    skill_mentions,
    themes,
    word_pairs,
)
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.reflections import (
    Reflection,
    ReflectionAnswers,
    answers_from_mapping,
    validated,
)
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.domain.writing import PROMPTS, WritingEntry, exportable, first_words, prompt_for
from nextyes.services import reflections as service
from nextyes.services import writing
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.recovery import plan_view
from nextyes.services.workspace import Workspace
from tests.conftest import TODAY

DAY = timedelta(days=1)


def reflection(rid: int, day: date, **answers: object) -> Reflection:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return Reflection(rid, rid, rid, ReflectionAnswers(**answers), moment, moment)  # type: ignore[arg-type]


# --- answers --------------------------------------------------------------------------------


def test_answers_are_trimmed_and_lists_lose_repeats_ignoring_case() -> None:
    clean = validated(
        ReflectionAnswers(
            preparation="  read the ad  ",
            caught_out=("Why us?\n  why US?  ", "", "Salary expectations"),
            to_learn=("SQL", "sql", "dbt"),
            tags=("System Design", "system_design", "Nerves"),
            fit_why="   ",
        )
    )
    assert clean.preparation == "read the ad"
    assert clean.caught_out == ("Why us?", "Salary expectations")
    assert clean.to_learn == ("SQL", "dbt")
    assert clean.tags == ("system-design", "nerves")
    assert clean.fit_why is None


@pytest.mark.parametrize("score", [0, 6, 7, -1])
def test_a_fit_score_outside_1_to_5_is_refused(score: int) -> None:
    with pytest.raises(InvalidInput, match="fit score must be from 1"):
        validated(ReflectionAnswers(fit_score=score))


def test_answers_from_json_keep_what_is_left_out_and_clear_nulls() -> None:
    base = ReflectionAnswers(preparation="mock interview", feedback="more depth", tags=("a",))
    merged = answers_from_mapping(
        base,
        {"feedback": None, "caught_out": "Q one\nQ two", "to_learn": ["SQL"], "fit_score": "4"},
    )
    assert merged.preparation == "mock interview"
    assert merged.feedback is None
    assert merged.caught_out == ("Q one", "Q two")
    assert merged.to_learn == ("SQL",)
    assert merged.fit_score == 4
    assert merged.tags == ("a",)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"mood": "ok"}, "unknown field 'mood'"),
        ({"fit_score": "high"}, "fit_score must be a whole number"),
        ({"fit_score": True}, "fit_score must be a whole number"),
        ({"preparation": 3}, "preparation must be text"),
        ({"tags": [1, 2]}, "tags must be a list of text"),
    ],
)
def test_bad_json_answers_are_refused_in_one_line(data: dict[str, object], problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        answers_from_mapping(ReflectionAnswers(), data)


# --- lessons --------------------------------------------------------------------------------


def test_word_pairs_skip_stopwords_and_stay_within_a_sentence() -> None:
    pairs = word_pairs("I was not ready for the system design round. Stakeholder management")
    assert "system design" in pairs
    assert "design round" in pairs
    assert "round stakeholder" not in pairs  # a new sentence starts a new run of words
    assert not any(word in pair.split() for pair in pairs for word in ("the", "for", "was"))


def test_themes_count_reflections_and_put_the_newest_first_among_equals() -> None:
    data = [
        reflection(1, date(2026, 1, 5), tags=("nerves",), preparation="Little system design prep"),
        reflection(
            2, date(2026, 2, 1), tags=("nerves", "sql"), caught_out=("A system design question",)
        ),
        reflection(3, date(2026, 3, 1), tags=("salary",), keep_doing="Stakeholder management"),
        reflection(4, date(2026, 3, 2), keep_doing="stakeholder management stories"),
    ]
    found = [(t.kind, t.text, t.count, t.last_seen) for t in themes(data)]
    assert found[:3] == [
        ("phrase", "stakeholder management", 2, date(2026, 3, 2)),
        ("phrase", "system design", 2, date(2026, 2, 1)),
        ("tag", "nerves", 2, date(2026, 2, 1)),
    ]
    assert ("tag", "salary", 1, date(2026, 3, 1)) in found
    # Said in one reflection only, a phrase is not a theme yet.
    assert not any(text == "design prep" for _, text, _, _ in found)


def test_skills_are_counted_once_per_reflection_ignoring_case_and_spacing() -> None:
    data = [
        reflection(1, TODAY, to_learn=("SQL window functions", "AWS")),
        reflection(2, TODAY, to_learn=("sql  window Functions",)),
    ]
    assert skill_mentions(data) == {
        "sql window functions": ("SQL window functions", 2),
        "aws": ("AWS", 1),
    }


def test_question_wordings_that_differ_in_case_or_punctuation_are_one_question() -> None:
    assert question_key("Why do you want to work here?") == question_key(
        "why do you want to work here"
    )
    assert question_key("Tell me about a conflict") != question_key("Tell me about a failure")


def test_practice_order_never_practised_then_weakest_then_least_recent() -> None:
    questions = [Question(i, f"Q{i}", None) for i in range(1, 6)]
    log = [
        PracticeEntry(1, 1, date(2026, 3, 1), 2, None),
        PracticeEntry(2, 1, date(2026, 3, 10), 4, None),  # the latest feeling counts: 4
        PracticeEntry(3, 2, date(2026, 3, 5), 2, None),
        PracticeEntry(4, 3, date(2026, 3, 2), 4, None),
    ]
    order = practice_order(questions, log)
    assert [i.question_id for i in order] == [4, 5, 2, 3, 1]
    assert order[4].times_practised == 2
    assert order[4].last_felt == 4
    assert order[4].last_practised_on == date(2026, 3, 10)


@given(st.lists(st.tuples(st.integers(1, 8), st.integers(0, 30), st.integers(1, 5)), max_size=25))
def test_practice_order_property(runs: list[tuple[int, int, int]]) -> None:
    questions = [Question(i, f"Q{i}", None) for i in range(1, 9)]
    log = [
        PracticeEntry(n, q, date(2026, 1, 1) + timedelta(days=d), felt, None)
        for n, (q, d, felt) in enumerate(runs)
    ]
    order = practice_order(questions, log)
    assert sorted(i.question_id for i in order) == list(range(1, 9))
    never = [i for i in order if i.times_practised == 0]
    assert order[: len(never)] == never
    practised = order[len(never) :]
    keys = [(i.last_felt, i.last_practised_on) for i in practised]
    assert keys == sorted(keys)


# --- writing --------------------------------------------------------------------------------


def test_export_leaves_private_entries_out_unless_asked() -> None:
    entries = [
        WritingEntry(1, "p", "mine alone", True, None, TODAY),
        WritingEntry(2, "p", "fine to share", False, None, TODAY),
    ]
    assert [e.id for e in exportable(entries)] == [2]
    assert [e.id for e in exportable(entries, include_private=True)] == [1, 2]


def test_prompts_take_turns_and_lists_show_first_words_only() -> None:
    assert [prompt_for(n) for n in range(len(PROMPTS))] == list(PROMPTS)
    assert prompt_for(len(PROMPTS)) == PROMPTS[0]
    assert first_words("one two three four five six seven eight nine ten") == (
        "one two three four five six seven eight ..."
    )


# --- services -------------------------------------------------------------------------------


def rejected(ws: Workspace, company: str = "Lumen", feedback: str | None = None) -> int:
    app = add_application(ws, NewApplication(company, "Analyst", on=TODAY - 30 * DAY))
    move_application(ws, app.id, Stage.INTERVIEWING, TODAY - 10 * DAY)
    record_rejection(ws, app.id, RejectionForm.EXPLICIT, TODAY - 2 * DAY, feedback=feedback)
    return app.id


def post_mortem(ws: Workspace, app_id: int) -> StepStatus:
    steps = [s for s in plan_view(ws, app_id).steps if s.kind is StepKind.POST_MORTEM]
    assert len(steps) == 1
    return steps[0].status


def test_reflecting_saves_it_and_ticks_off_the_post_mortem(ws: Workspace) -> None:
    app_id = rejected(ws, feedback="More SQL depth, please")
    start = service.reflection_start(ws, app_id)
    assert start.answers.feedback == "More SQL depth, please"  # prefilled from the rejection
    assert post_mortem(ws, app_id) is StepStatus.OPEN
    saved = service.reflect(ws, app_id, ReflectionAnswers(fit_score=4, feedback="More SQL"))
    assert saved.created
    assert saved.closed_step_ids
    assert post_mortem(ws, app_id) is StepStatus.DONE
    assert service.reflection_start(ws, app_id).answers.fit_score == 4


def test_reflecting_again_updates_rather_than_duplicates(ws: Workspace) -> None:
    app_id = rejected(ws)
    first = service.reflect(ws, app_id, ReflectionAnswers(tags=("nerves",), to_learn=("SQL",)))
    again = service.reflect(ws, app_id, ReflectionAnswers(tags=("nerves",), to_learn=("sql",)))
    assert not again.created
    assert again.reflection.id == first.reflection.id
    assert again.closed_step_ids == ()  # already done the first time
    found = service.lessons(ws)
    assert [(t.text, t.count) for t in found.themes] == [("nerves", 1)]
    assert [(s.name, s.mentions) for s in found.skills] == [("SQL", 1)]


def test_skills_and_questions_are_fed_across_reflections(ws: Workspace) -> None:
    one, two = rejected(ws, "Lumen"), rejected(ws, "Orbit")
    service.reflect(ws, one, ReflectionAnswers(to_learn=("SQL",), caught_out=("Why us?",)))
    skill = service.lessons(ws).skills[0]
    service.set_skill_status(ws, skill.id, SkillStatus.LEARNING)
    service.reflect(
        ws, two, ReflectionAnswers(to_learn=("sql", "dbt"), caught_out=("why us", "A gap?"))
    )
    found = service.lessons(ws)
    assert [(s.name, s.status, s.mentions) for s in found.skills] == [
        ("SQL", SkillStatus.LEARNING, 2),  # the status the person set is kept
        ("dbt", SkillStatus.TO_LEARN, 1),
    ]
    assert [(p.text, p.application_id) for p in found.practice_next] == [
        ("Why us?", one),
        ("A gap?", two),
    ]
    entry = service.log_practice(ws, found.practice_next[0].question_id, felt=3, note="better")
    assert entry.practised_on == TODAY
    assert [p.text for p in service.practice_next(ws)] == ["A gap?", "Why us?"]


def test_a_bad_fit_score_is_refused_and_nothing_is_written(ws: Workspace) -> None:
    app_id = rejected(ws)
    answers = ReflectionAnswers(fit_score=7, to_learn=("SQL",), caught_out=("Why us?",))
    with pytest.raises(InvalidInput, match="fit score"):
        service.reflect(ws, app_id, answers)
    assert not service.reflection_start(ws, app_id).existing
    assert service.lessons(ws).skills == []
    assert service.practice_next(ws) == []
    assert post_mortem(ws, app_id) is StepStatus.OPEN


def test_only_a_rejected_application_can_be_reflected_on(ws: Workspace) -> None:
    app = add_application(ws, NewApplication("Lumen", "Analyst", on=TODAY - 3 * DAY))
    with pytest.raises(InvalidInput, match="no rejection to reflect on"):
        service.reflect(ws, app.id, ReflectionAnswers(preparation="some"))
    with pytest.raises(NotFound, match="no application with id 999"):
        service.reflect(ws, 999, ReflectionAnswers(preparation="some"))
    with pytest.raises(InvalidInput, match="felt must be from 1"):
        service.log_practice(ws, 1, felt=0)


def test_one_persons_reflections_are_invisible_to_another(ws: Workspace) -> None:
    app_id = rejected(ws)
    service.reflect(ws, app_id, ReflectionAnswers(to_learn=("SQL",), caught_out=("Why us?",)))
    writing.write_entry(ws, "prompt", "my own words")
    mine = service.lessons(ws)
    other = Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)
    with pytest.raises(NotFound):
        service.reflect(other, app_id, ReflectionAnswers(preparation="not mine"))
    with pytest.raises(NotFound):
        service.set_skill_status(other, mine.skills[0].id, SkillStatus.DONE)
    with pytest.raises(NotFound):
        service.log_practice(other, mine.practice_next[0].question_id, felt=3)
    theirs = service.lessons(other)
    assert (theirs.themes, theirs.skills, theirs.practice_next) == ([], [], [])
    assert writing.list_entries(other) == []
    assert service.lessons(ws).skills[0].status is SkillStatus.TO_LEARN


def test_writing_is_private_by_default_and_listed_by_first_words(ws: Workspace) -> None:
    first = writing.next_prompt(ws)
    assert "53%" in first.evidence
    kept = writing.write_entry(ws, first.prompt, "  It has been a long week of waiting and  ")
    shared = writing.write_entry(ws, writing.next_prompt(ws).prompt, "Better", private=False)
    assert kept.private
    assert kept.body == "It has been a long week of waiting and"
    assert not shared.private
    assert writing.next_prompt(ws).entries_so_far == 2
    listed = writing.list_entries(ws)
    assert [(e.id, e.private) for e in listed] == [(shared.id, False), (kept.id, True)]
    assert listed[1].first_words == "It has been a long week of waiting ..."
    with pytest.raises(InvalidInput, match="empty"):
        writing.write_entry(ws, first.prompt, " \n ")


def test_tags_typed_with_commas_are_separate_tags() -> None:
    answers = validated(ReflectionAnswers(tags=("Presenting, domain knowledge", "nerves")))
    assert answers.tags == ("presenting", "domain-knowledge", "nerves")
