"""Insights on real databases (SQLite, and PostgreSQL when reachable), against figures
worked out by hand for small searches: empty, one application, all rejected, no replies,
and a mixed search where every figure has a known answer. Another person's search in the
same database never changes them."""

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from nextyes.domain.applications import Channel, NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.history import NewPastJob
from nextyes.domain.insights import next_yes
from nextyes.domain.reflections import ReflectionAnswers
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.services.applications import add_application, move_application, record_rejection
from nextyes.services.history import add_past_job
from nextyes.services.insights import insights
from nextyes.services.reflections import reflect
from nextyes.services.weekly import save_week_plan
from nextyes.services.workspace import Workspace
from nextyes.store.database import Database
from tests.conftest import TODAY

MARCH = "2026-03"
INTERNAL = "They chose an internal candidate"


def day(month: int, number: int) -> date:
    return date(2026, month, number)


def sent(
    ws: Workspace, company: str, channel: Channel, on: date, stage: Stage = Stage.APPLIED
) -> int:
    new = NewApplication(company, "Data Analyst", channel=channel, stage=stage, on=on)
    return add_application(ws, new).id


def no(ws: Workspace, application_id: int, on: date, reason: str | None = None) -> None:
    record_rejection(ws, application_id, RejectionForm.EXPLICIT, on, reason=reason)


def silence(ws: Workspace, application_id: int, on: date) -> None:
    record_rejection(ws, application_id, RejectionForm.SILENCE, on)


def mixed_search(ws: Workspace) -> dict[str, int]:
    """Five sent applications and one saved; see each test for the figures by hand."""
    a1 = sent(ws, "Lumen Health", Channel.REFERRAL, day(3, 2))
    move_application(ws, a1, Stage.SCREENING, day(3, 5))
    move_application(ws, a1, Stage.INTERVIEWING, day(3, 9))
    no(ws, a1, day(3, 12), INTERNAL)
    a2 = sent(ws, "Globex", Channel.JOB_BOARD, day(3, 2))
    silence(ws, a2, day(3, 10))
    a3 = sent(ws, "Initech", Channel.JOB_BOARD, day(3, 3))
    no(ws, a3, day(3, 8), INTERNAL)
    a4 = sent(ws, "Hooli", Channel.RECRUITER, day(2, 20))
    move_application(ws, a4, Stage.SCREENING, day(2, 21))
    move_application(ws, a4, Stage.INTERVIEWING, day(2, 27))
    move_application(ws, a4, Stage.FINAL_ROUND, day(3, 4))
    move_application(ws, a4, Stage.OFFER, day(3, 11))
    sent(ws, "Pied Piper", Channel.DIRECT, day(3, 1), Stage.SAVED)
    a6 = sent(ws, "Wayne Health", Channel.JOB_BOARD, day(3, 13))
    for company, channel, year in (
        ("Halcyon", Channel.JOB_BOARD, 2016),
        ("Orbit", Channel.REFERRAL, 2020),
        ("Tyrell", Channel.REFERRAL, 2023),
    ):
        add_past_job(ws, NewPastJob(company, "Analyst", channel, started_on=date(year, 1, 1)))
    save_week_plan(ws, applications_target=4)
    return {"a1": a1, "a2": a2, "a3": a3, "a4": a4, "a6": a6}


def test_an_empty_search_has_zeros_and_no_divisions(ws: Workspace) -> None:
    found = insights(ws)
    assert found.as_of == TODAY
    assert [s.reached for s in found.funnel.steps] == [0, 0, 0, 0, 0, 0]
    assert found.funnel.response_rate is None
    assert found.funnel.ghosting_rate is None
    assert all(s.of_applied is None for s in found.funnel.steps)
    assert found.by_channel == []
    assert found.by_month == []
    assert found.reply_times.replies == 0
    assert found.reply_times.median_days is None
    assert found.bounce_back.rejections == 0
    assert found.bounce_back.median_days is None
    assert found.bounce_back.trend == "unknown"
    assert [w.sent for w in found.momentum.weeks] == [0] * 8
    assert found.momentum.average == 0
    assert found.what_worked.channels == []
    assert found.what_worked.suggestion is None
    assert found.weakest_step is None
    assert found.themes == []
    assert found.reasons == []
    assert (found.next_yes.offers, found.next_yes.decided) == (0, 0)
    assert found.next_yes == next_yes(0, 0)
    assert found.summary[0].startswith("Nothing sent yet")


def test_one_application_waiting(ws: Workspace) -> None:
    sent(ws, "Lumen Health", Channel.REFERRAL, day(3, 10))
    found = insights(ws)
    assert [s.reached for s in found.funnel.steps] == [1, 0, 0, 0, 0, 0]
    assert found.funnel.response_rate == 0
    assert found.funnel.ghosting_rate == 0
    assert [f.group for f in found.by_channel] == ["referral"]
    assert [(f.group, f.sent) for f in found.by_month] == [(MARCH, 1)]
    # Still open: not decided, so the odds rest on the published prior alone.
    assert (found.next_yes.offers, found.next_yes.decided) == (0, 0)
    assert found.momentum.weeks[-2].sent == 1  # the week of Monday 9 March
    assert found.summary[0] == "You have sent 1 application; 0 of 1 got a reply of some kind."


def test_all_rejected(ws: Workspace) -> None:
    for number in range(3):
        application = sent(ws, f"Company {number}", Channel.JOB_BOARD, day(3, 2 + number))
        no(ws, application, day(3, 6 + 2 * number))
    found = insights(ws)
    # A clear "no" is a reply: 3 of 3 replied, none got a call.
    assert [s.reached for s in found.funnel.steps] == [3, 3, 0, 0, 0, 0]
    assert found.funnel.response_rate == 1
    assert found.funnel.ghosted == 0
    # Replies after 4, 5 and 6 days: the median is 5.
    assert (found.reply_times.replies, found.reply_times.median_days) == (3, 5.0)
    # Nothing was sent after the rejections of 6, 8 and 10 March.
    assert (found.bounce_back.rejections, found.bounce_back.bounced) == (3, 0)
    assert found.bounce_back.waiting == 3
    assert found.bounce_back.median_days is None
    assert (found.next_yes.offers, found.next_yes.decided) == (0, 3)


def test_no_replies_only_silence(ws: Workspace) -> None:
    for number in range(2):
        application = sent(ws, f"Company {number}", Channel.DIRECT, day(2, 2 + number))
        silence(ws, application, day(3, 2))
    found = insights(ws)
    assert [s.reached for s in found.funnel.steps] == [2, 0, 0, 0, 0, 0]
    assert found.funnel.response_rate == 0
    assert (found.funnel.ghosted, found.funnel.ghosting_rate) == (2, 1.0)
    assert found.reply_times.replies == 0
    assert found.reply_times.median_days is None
    assert (found.next_yes.offers, found.next_yes.decided) == (0, 2)
    assert found.bounce_back.waiting == 2


def test_the_funnel_of_a_mixed_search(ws: Workspace) -> None:
    mixed_search(ws)
    found = insights(ws)
    # Sent: a1, a2, a3, a4, a6 (the saved one is not). Replied: a1 and a4 (calls), a3 ("no").
    assert [(s.stage, s.reached) for s in found.funnel.steps] == [
        ("applied", 5),
        ("replied", 3),
        ("screening", 2),
        ("interviewing", 2),
        ("final_round", 1),
        ("offer", 1),
    ]
    assert found.funnel.steps[1].of_applied == pytest.approx(0.6)
    assert found.funnel.steps[2].of_previous == pytest.approx(2 / 3)
    assert found.funnel.steps[5].of_previous == 1
    assert found.funnel.response_rate == pytest.approx(0.6)
    assert found.funnel.ghosted == 1
    assert found.funnel.ghosting_rate == pytest.approx(0.2)
    by_channel = {f.group: (f.sent, f.replied, f.ghosted) for f in found.by_channel}
    assert by_channel == {"referral": (1, 1, 0), "recruiter": (1, 1, 0), "job_board": (3, 1, 1)}
    assert [f.group for f in found.by_channel] == ["referral", "recruiter", "job_board"]
    by_month = {f.group: [s.reached for s in f.steps] for f in found.by_month}
    assert by_month == {"2026-02": [1, 1, 1, 1, 1, 1], MARCH: [4, 2, 1, 1, 0, 0]}


def test_reply_times_overall_and_per_company(ws: Workspace) -> None:
    mixed_search(ws)
    reply = insights(ws).reply_times
    # First replies: a4 after 1 day (screening), a1 after 3 (screening), a3 after 5 ("no").
    assert (reply.replies, reply.median_days) == (3, 3.0)
    assert sorted((c.company, c.replies, c.median_days) for c in reply.by_company) == [
        ("Hooli", 1, 1.0),
        ("Initech", 1, 5.0),
        ("Lumen Health", 1, 3.0),
    ]


def test_an_even_number_of_replies_takes_the_middle_two(ws: Workspace) -> None:
    for number, wait in enumerate((2, 4, 7, 11)):
        application = sent(ws, "Same Co", Channel.DIRECT, day(2, 1 + number))
        move_application(ws, application, Stage.SCREENING, day(2, 1 + number) + timedelta(wait))
    reply = insights(ws).reply_times
    assert (reply.replies, reply.median_days) == (4, 5.5)
    assert [(c.company, c.replies, c.median_days) for c in reply.by_company] == [
        ("Same Co", 4, 5.5)
    ]


def test_bounce_back_and_its_trend(ws: Workspace) -> None:
    mixed_search(ws)
    bounce = insights(ws).bounce_back
    # Rejections on 8, 10 and 12 March; the next application went out on 13 March.
    assert (bounce.rejections, bounce.bounced, bounce.waiting) == (3, 3, 0)
    assert bounce.median_days == 3.0
    assert [(m.month, m.rejections, m.median_days) for m in bounce.by_month] == [(MARCH, 3, 3.0)]
    assert bounce.trend == "unknown"  # one month is not a trend
    assert "within 3 days" in bounce.sentence


def test_bounce_back_getting_quicker(ws: Workspace) -> None:
    # January: a "no" on the 5th, the next application on the 19th (14 days).
    # March: a "no" on the 2nd, the next application on the 4th (2 days).
    first = sent(ws, "A", Channel.DIRECT, day(1, 2))
    no(ws, first, day(1, 5))
    second = sent(ws, "B", Channel.DIRECT, day(1, 19))
    no(ws, second, day(3, 2))
    sent(ws, "C", Channel.DIRECT, day(3, 4))
    bounce = insights(ws).bounce_back
    assert [(m.month, m.median_days) for m in bounce.by_month] == [("2026-01", 14.0), (MARCH, 2.0)]
    assert bounce.median_days == 8.0  # of 14 and 2
    assert bounce.trend == "quicker"


def test_momentum_against_the_weekly_plan(ws: Workspace) -> None:
    mixed_search(ws)
    momentum = insights(ws).momentum
    weeks = {w.week_of: (w.sent, w.target) for w in momentum.weeks}
    assert len(weeks) == 8
    assert min(weeks) == date(2026, 1, 26)
    assert max(weeks) == TODAY
    assert weeks[date(2026, 2, 16)] == (1, None)  # a4 on Friday 20 February
    assert weeks[date(2026, 3, 2)] == (3, None)  # a1, a2, a3
    assert weeks[date(2026, 3, 9)] == (1, None)  # a6 (the saved one is not sent)
    assert weeks[TODAY] == (0, 4)
    assert momentum.average == pytest.approx(5 / 8)
    assert (momentum.planned_weeks, momentum.weeks_met) == (1, 0)


def test_what_worked_before_compares_channels(ws: Workspace) -> None:
    mixed_search(ws)
    worked = insights(ws).what_worked
    mix = {c.channel: (c.past_jobs, c.current) for c in worked.channels}
    assert mix == {
        Channel.REFERRAL: (2, 1),
        Channel.RECRUITER: (0, 1),
        Channel.JOB_BOARD: (1, 3),
    }
    assert worked.suggestion is not None
    assert worked.suggestion.startswith("Your last two jobs came through referral; 1 in 5")


def test_next_yes_counts_decided_applications_only(ws: Workspace) -> None:
    mixed_search(ws)
    odds = insights(ws, n=10).next_yes
    # Decided: a4 (offer), a1 and a3 ("no"), a2 (silence); a6 is still open.
    assert (odds.n, odds.offers, odds.decided) == (10, 1, 4)
    assert odds == next_yes(1, 4, n=10)
    assert 0 <= odds.low <= odds.chance <= odds.high <= 1  # far from certainty, it sits inside


def test_recurring_reasons_and_themes(ws: Workspace) -> None:
    ids = mixed_search(ws)
    for application in (ids["a1"], ids["a3"]):
        reflect(ws, application, ReflectionAnswers(tags=("sql",), keep_doing="asking questions"))
    found = insights(ws)
    assert [(r.reason, r.count) for r in found.reasons] == [(INTERNAL, 2)]
    assert [(t.kind, t.text, t.count) for t in found.themes if t.kind == "tag"] == [
        ("tag", "sql", 2)
    ]


def test_another_persons_search_changes_nothing(ws: Workspace) -> None:
    mixed_search(ws)
    before = insights(ws)
    other = Workspace(ws.db, ws.db.owner_id("someone else"), ws.clock)
    mixed_search(other)
    extra = sent(other, "Extra", Channel.NETWORKING, day(3, 14))
    no(other, extra, day(3, 15), INTERNAL)
    assert insights(ws) == before
    assert insights(other).funnel.sent == 6


def test_as_of_leaves_out_what_came_later(ws: Workspace) -> None:
    mixed_search(ws)
    found = insights(ws, as_of=day(3, 3))
    # By 3 March: a4 (at final round... not yet: final round came on the 4th), a1, a2, a3.
    assert [s.reached for s in found.funnel.steps] == [4, 1, 1, 1, 0, 0]
    assert found.bounce_back.rejections == 0


def test_refuses_a_future_day_and_a_bad_n(ws: Workspace) -> None:
    with pytest.raises(InvalidInput, match="in the future"):
        insights(ws, as_of=TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="from 1 to 500"):
        insights(ws, n=0)


def test_reply_times_keep_the_companies_that_replied_most(ws: Workspace) -> None:
    # C01 replied three times (after 1, 2 and 9 days), C02 twice (after 4 and 6), C03..C12
    # once each (C03 after 3 days ... C12 after 12). Ten companies are shown: most replies
    # first, then by name, so C11 and C12 are left out.
    waits = {"C01": [1, 2, 9], "C02": [4, 6]} | {f"C{k:02d}": [k] for k in range(3, 13)}
    for company, days in waits.items():
        for wait in days:
            application = sent(ws, company, Channel.DIRECT, day(1, 5))
            move_application(ws, application, Stage.SCREENING, day(1, 5) + timedelta(wait))
    reply = insights(ws).reply_times
    # All fifteen: 1 2 3 4 4 5 6 [6] 7 8 9 9 10 11 12.
    assert (reply.replies, reply.median_days) == (15, 6.0)
    assert [(c.company, c.replies, c.median_days) for c in reply.by_company] == [
        ("C01", 3, 2.0),
        ("C02", 2, 5.0),
        *((f"C{k:02d}", 1, float(k)) for k in range(3, 11)),
    ]


def test_insights_read_in_the_same_few_statements_at_any_size(
    ws: Workspace, database: Database
) -> None:
    """One statement reads the applications for the funnel, rates, odds and reply times
    (their events too, as of a past day), one the rejections for bounce-back: no pass per
    figure, none per row."""
    statements: list[str] = []

    def count(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        statements.append(sql)

    mixed_search(ws)
    event.listen(database.engine, "before_cursor_execute", count)
    try:
        insights(ws)
        small = list(statements)
        for number in range(30):
            application = sent(ws, f"More {number}", Channel.JOB_BOARD, day(2, 1 + number % 28))
            no(ws, application, day(3, 1 + number % 14))
        statements.clear()
        insights(ws)
        today = list(statements)
        statements.clear()
        insights(ws, TODAY - timedelta(days=1))
        past = list(statements)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert len(today) == len(small)
    # As of today, each application's summary says what its events say.
    assert sum(" events" in sql for sql in today) == 0
    assert sum("first_reply_on" in sql for sql in today) == 1
    assert sum(" events" in sql for sql in past) == 1
    for statements_read in (today, past):
        assert sum(" rejections" in sql and "rejected_on" in sql for sql in statements_read) == 2
