"""The Today rule (domain/agenda.py), pure: at most five things, most important first, the
rest counted; the pause keeps to its gentle step; the latest "no" is the one named."""

from datetime import UTC, date, datetime, timedelta
from itertools import count

from hypothesis import given, settings
from hypothesis import strategies as st

from nextyes.domain.agenda import (
    FRESH_DAYS,
    MAX_INTERVIEWS,
    MAX_THINGS,
    QUIET_ROWS,
    AgendaInterview,
    DueCounts,
    LatestNo,
    Pause,
    Usefulness,
    build_agenda,
    latest_no,
    most_useful_first,
    usefulness,
)
from nextyes.domain.recovery import StepKind, StepStatus
from nextyes.domain.steps import Step
from tests.conftest import TODAY

DAY = timedelta(days=1)
ids = count(1)
WORK = [k for k in StepKind if k not in (StepKind.FEEL, StepKind.REST)]


def step(
    kind: StepKind,
    due: date = TODAY,
    application_id: int = 1,
    rejection_id: int | None = 1,
    step_id: int | None = None,
) -> Step:
    return Step(
        id=step_id or next(ids),
        application_id=application_id,
        kind=kind,
        title=f"{kind.value} {application_id}",
        why="Why it helps.",
        due_on=due,
        original_due_on=due,
        status=StepStatus.OPEN,
        rejection_id=rejection_id,
    )


def quiet(application_id: int, due: date = TODAY) -> Step:
    return step(StepKind.FOLLOW_UP, due, application_id, rejection_id=None)


def named(*steps: Step) -> list[tuple[Step, str, str]]:
    return [(s, f"Company {s.application_id}", "Analyst") for s in steps]


def counted(*steps: Step) -> DueCounts:
    sweep = [s for s in steps if s.kind is StepKind.FOLLOW_UP and s.rejection_id is None]
    gentle = [s for s in steps if s.kind in (StepKind.FEEL, StepKind.REST)]
    return DueCounts(len(steps) - len(sweep) - len(gentle), len(sweep))


def no(
    company: str, on: date, rejection_id: int, days: int = 1, application_id: int = 1
) -> LatestNo:
    return LatestNo(rejection_id, application_id, company, "Analyst", on, on + days * DAY)


def feel(company: str, start: date, days: int, application_id: int = 1) -> Pause:
    return Pause(start, start + days * DAY, application_id, company, StepKind.FEEL)


def test_a_big_day_shows_five_things_and_counts_the_rest() -> None:
    plans = [step(k, TODAY - n * DAY, application_id=n) for n in range(30) for k in WORK[:1]]
    quiets = [quiet(100 + n, TODAY - n * DAY) for n in range(12)]
    agenda = build_agenda(
        TODAY,
        named(*plans, *quiets),
        [],
        counted(*plans, *quiets),
        latest=no("Lumen", TODAY - 10 * DAY, 7),
        last_application_on=TODAY - 20 * DAY,
    )
    assert agenda.things == MAX_THINGS
    assert len(agenda.nudges) == 1
    assert agenda.quiet_total == 12
    # The two that have been quiet longest, as rows; the other ten are counted.
    assert [i.step.id for i in agenda.quiet] == [quiets[11].id, quiets[10].id]
    assert len(agenda.items) == MAX_THINGS - 2  # the nudge and the quiet group take two
    assert agenda.more_steps == 30 - len(agenda.items)
    assert agenda.more == agenda.more_steps + 12 - QUIET_ROWS
    assert not agenda.gentle
    assert agenda.waiting == 0


def test_a_quiet_day_fills_the_five_with_steps() -> None:
    plans = [step(StepKind.WATCH_COMPANY, TODAY - n * DAY, application_id=n) for n in range(9)]
    agenda = build_agenda(TODAY, named(*plans), [], counted(*plans))
    assert len(agenda.items) == MAX_THINGS
    assert agenda.more_steps == 4
    assert agenda.quiet == []
    assert agenda.quiet_total == 0
    assert agenda.nudges == []


def test_the_next_step_is_the_most_useful_not_the_oldest() -> None:
    stale = step(StepKind.POST_MORTEM, TODAY - 40 * DAY, application_id=1)
    watch = step(StepKind.WATCH_COMPANY, TODAY - 2 * DAY, application_id=2)
    back = step(StepKind.JUMP_BACK_IN, TODAY - 1 * DAY, application_id=3)
    thanks = step(StepKind.THANK_YOU, TODAY, application_id=3)
    agenda = build_agenda(TODAY, named(stale, watch, back, thanks), [], counted(stale))
    assert [i.step.kind for i in agenda.items] == [
        StepKind.THANK_YOU,  # on time, and worth most while people remember you
        StepKind.JUMP_BACK_IN,
        StepKind.WATCH_COMPANY,
        StepKind.POST_MORTEM,  # six weeks late: still there, never first
    ]


def test_usefulness_drops_once_a_step_is_more_than_two_weeks_late() -> None:
    assert usefulness(step(StepKind.THANK_YOU, TODAY - FRESH_DAYS * DAY), TODAY) is (
        Usefulness.TIMELY
    )
    late = step(StepKind.THANK_YOU, TODAY - (FRESH_DAYS + 1) * DAY)
    assert usefulness(late, TODAY) is Usefulness.LATER
    assert usefulness(step(StepKind.FIT_CHECK), TODAY) is Usefulness.BACK_IN
    assert usefulness(step(StepKind.RECONNECT), TODAY) is Usefulness.IN_TOUCH


def test_one_step_of_each_kind_before_a_second_of_any() -> None:
    thanks = [step(StepKind.THANK_YOU, TODAY - DAY, application_id=1) for _ in range(3)]
    ask = step(StepKind.FEEDBACK_REQUEST, TODAY - DAY, application_id=1)
    connect = step(StepKind.CONNECT, TODAY - DAY, application_id=1)
    ordered = most_useful_first([*thanks, connect, ask], TODAY)
    assert [s.id for s in ordered] == [thanks[0].id, ask.id, connect.id, thanks[1].id, thanks[2].id]


def test_among_late_steps_the_least_late_comes_first() -> None:
    older = step(StepKind.RECONNECT, TODAY - 60 * DAY)
    newer = step(StepKind.POST_MORTEM, TODAY - 20 * DAY)
    assert most_useful_first([older, newer], TODAY) == [newer, older]


def test_on_a_gentle_day_only_the_pause_step_shows_and_nothing_nags() -> None:
    feel_step = step(StepKind.FEEL, TODAY - DAY, application_id=1)
    work = [step(StepKind.THANK_YOU, TODAY - 9 * DAY, application_id=2) for _ in range(4)]
    quiets = [quiet(10 + n) for n in range(5)]
    latest = no("Lumen", TODAY - DAY, 3, days=3)
    agenda = build_agenda(
        TODAY,
        named(feel_step, *work, *quiets),
        [feel("Lumen", TODAY - DAY, 3)],
        counted(feel_step, *work, *quiets),
        latest=latest,
        last_application_on=None,
        saved_role=("Umbra", "Lead"),
    )
    assert agenda.gentle
    assert agenda.pause_until == TODAY + 2 * DAY
    assert [i.step.id for i in agenda.items] == [feel_step.id]
    assert agenda.quiet == []
    assert agenda.quiet_total == 0
    assert agenda.more == 0
    assert agenda.more_steps == 0
    assert agenda.waiting == 4 + 5  # every other step waits, counted in one line
    [words] = agenda.nudges
    assert "Take it easy today" in words
    assert "Lumen" in words
    assert "application" not in words  # never a push to apply during the pause


def test_the_pause_names_the_latest_no_not_an_older_one_still_open() -> None:
    """The bug: a dream job's "no" (three days to feel it) was named after a newer "no"
    came, because the pause named the first window still open, the oldest."""
    older = feel("Dream Co", TODAY - 2 * DAY, 3, application_id=1)
    newer = feel("Newer Ltd", TODAY, 1, application_id=2)
    latest = no("Newer Ltd", TODAY, 9, application_id=2)
    agenda = build_agenda(TODAY, [], [older, newer], DueCounts(0, 0), latest=latest)
    [words] = agenda.nudges
    assert "Newer Ltd" in words
    assert "Dream Co" not in words
    assert agenda.latest_no == latest


def test_the_latest_no_is_the_newest_date_then_the_one_recorded_last() -> None:
    first = no("A", TODAY - DAY, 5)
    same_day_later = no("B", TODAY - DAY, 6)
    backdated = no("C", TODAY - 3 * DAY, 8)  # recorded last, but its "no" came earlier
    assert latest_no([first, same_day_later, backdated]) == same_day_later
    assert latest_no([same_day_later, first]) == same_day_later
    assert latest_no([]) is None


def test_a_rest_day_names_no_company() -> None:
    rest = step(StepKind.REST, TODAY, application_id=1)
    pause = Pause(TODAY, TODAY + DAY, 1, "Old Co", StepKind.REST)
    agenda = build_agenda(TODAY, named(rest), [pause], counted(rest))
    [words] = agenda.nudges
    assert "Take it easy today" in words
    assert "Old Co" not in words
    assert [i.step.kind for i in agenda.items] == [StepKind.REST]


def test_the_nudge_waits_for_the_pause_to_end_and_stops_after_a_fresh_start() -> None:
    latest = no("Lumen", TODAY - 3 * DAY, 1, days=3)
    on_last_day = build_agenda(TODAY - DAY, [], [], DueCounts(0, 0), latest=latest)
    assert on_last_day.nudges == []
    after = build_agenda(
        TODAY, [], [], DueCounts(0, 0), latest=latest, saved_role=("Umbra", "Lead")
    )
    [nudge] = after.nudges
    assert "send a single application" in nudge
    assert "Lead role at Umbra" in nudge
    plain = build_agenda(TODAY, [], [], DueCounts(0, 0), latest=latest)
    assert "send a single" in plain.nudges[0]
    assert "saved" not in plain.nudges[0]
    fresh_start = build_agenda(
        TODAY, [], [], DueCounts(0, 0), latest=latest, last_application_on=TODAY - DAY
    )
    assert fresh_start.nudges == []
    assert fresh_start.is_empty


def interview(n: int, starts_at: datetime) -> AgendaInterview:
    return AgendaInterview(n, n, f"Company {n}", "Analyst", starts_at, 60)


def test_interviews_today_and_tomorrow_come_first_even_on_a_gentle_day() -> None:
    noon = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
    soon = [
        interview(1, noon + 30 * timedelta(hours=1)),  # tomorrow
        interview(2, noon - timedelta(hours=3)),  # this morning: still today's
        interview(3, noon + 2 * DAY),  # the day after tomorrow: not yet
        interview(4, noon + DAY),
    ]
    feel_step = step(StepKind.FEEL, TODAY, application_id=9)
    agenda = build_agenda(
        TODAY, named(feel_step), [feel("Lumen", TODAY, 1, 9)], counted(feel_step), interviews=soon
    )
    assert [i.id for i in agenda.interviews] == [2, 4][:MAX_INTERVIEWS]
    assert agenda.interviews_more == 1  # the third of today and tomorrow
    # The pause leaves room for the person's own appointment instead of contradicting it.
    assert "apart from your interview, the rest of the plan will wait" in agenda.nudges[0]
    rest_day = build_agenda(
        TODAY,
        named(feel_step),
        [Pause(TODAY, TODAY + DAY, 9, "Lumen", StepKind.REST)],
        counted(feel_step),
        interviews=soon,
    )
    assert "apart from your interview, it is a day off from the search" in rest_day.nudges[0]
    assert [i.step.id for i in agenda.items] == [feel_step.id]
    assert agenda.things <= MAX_THINGS


@st.composite
def days(draw: st.DrawFn) -> tuple[list[Step], bool, bool, int]:
    steps = draw(
        st.lists(
            st.tuples(
                st.sampled_from(WORK), st.integers(0, 120), st.integers(1, 40), st.booleans()
            ),
            max_size=60,
        )
    )
    made = [
        quiet(app, TODAY - ago * DAY)
        if kind is StepKind.FOLLOW_UP and sweep
        else step(kind, TODAY - ago * DAY, app)
        for kind, ago, app, sweep in steps
    ]
    return made, draw(st.booleans()), draw(st.booleans()), draw(st.integers(0, 4))


@settings(max_examples=200, deadline=None)
@given(days(), st.integers(0, 6))
def test_any_day_shows_at_most_five_things_and_every_due_step_is_shown_or_counted(
    day: tuple[list[Step], bool, bool, int], feel_steps: int
) -> None:
    work, paused, nudged, interviews_today = day
    noon = datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC)
    # A pause of its own application, with any number of feel-it steps (one per "no").
    pauses = [feel("Lumen", TODAY, 2, application_id=999)] if paused else []
    gentle = [step(StepKind.FEEL, TODAY, 999) for _ in range(feel_steps)]
    agenda = build_agenda(
        TODAY,
        named(*work, *gentle),
        pauses,
        counted(*work, *gentle),
        latest=no("Lumen", TODAY - (0 if paused else 9) * DAY, 1) if (paused or nudged) else None,
        interviews=[interview(n, noon) for n in range(interviews_today)],
    )
    assert agenda.things <= MAX_THINGS
    sweep = [s for s in work if s.kind is StepKind.FOLLOW_UP and s.rejection_id is None]
    plan = [s for s in work if s not in sweep]
    if agenda.gentle:
        assert all(i.step.kind is StepKind.FEEL for i in agenda.items)
        assert len(agenda.items) == min(feel_steps, MAX_THINGS - 1 - len(agenda.interviews))
        assert agenda.quiet == []
        held = feel_steps - len(agenda.items)
        assert agenda.waiting == len(work) + held  # every other step is counted
        assert all("application" not in n for n in agenda.nudges)
    else:
        assert len(agenda.items) + agenda.more_steps == len(plan)
        assert agenda.quiet_total == len(sweep)
        assert len(agenda.quiet) == min(QUIET_ROWS, len(sweep))
        assert agenda.more == agenda.more_steps + len(sweep) - len(agenda.quiet)
        best = most_useful_first(plan, TODAY)[: len(agenda.items)]
        assert [i.step for i in agenda.items] == best
