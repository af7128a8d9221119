"""The pure insight rules: the funnel from grouped outcomes, the weakest step, the odds of
the next yes (checked against hand-computed values and by properties), the wording."""

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nextyes.domain.applications import Channel
from nextyes.domain.insights import (
    PRIOR,
    Outcome,
    decided_counts,
    funnel,
    next_yes,
    rank,
    share_text,
    weakest_step,
    what_worked,
)
from nextyes.domain.odds import Beta, beta_cdf, beta_quantile, chance_of_at_least_one
from nextyes.domain.stages import PIPELINE, Stage

OUTCOME_STAGES = [*PIPELINE[1:], Stage.ACCEPTED, Stage.REJECTED, Stage.GHOSTED, Stage.WITHDRAWN]


def outcome(furthest: Stage, stage: Stage, count: int = 1, said_no: bool = False) -> Outcome:
    return Outcome(Channel.DIRECT, "2026-03", rank(furthest), said_no, False, stage, count)


outcomes = st.lists(
    st.builds(
        Outcome,
        channel=st.sampled_from(list(Channel)),
        month=st.sampled_from(["2026-01", "2026-02", "2026-03"]),
        furthest=st.integers(min_value=1, max_value=6),
        said_no=st.booleans(),
        quiet=st.booleans(),
        stage=st.sampled_from(OUTCOME_STAGES),
        count=st.integers(min_value=1, max_value=50),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(outcomes)
def test_rates_are_fractions_and_the_funnel_never_grows(found: list[Outcome]) -> None:
    whole = funnel("all", found)
    reached = [s.reached for s in whole.steps]
    assert reached == sorted(reached, reverse=True)
    for rate in (whole.response_rate, whole.ghosting_rate):
        assert rate is None or 0 <= rate <= 1
    for step in whole.steps:
        for rate in (step.of_applied, step.of_previous):
            assert rate is None or 0 <= rate <= 1
    weakest = weakest_step(found)
    assert weakest is None or 0 <= weakest.rate <= 1


def test_an_application_corrected_back_to_a_stage_it_passed_counts_once() -> None:
    # Five are in screening now; a sixth reached screening and was then corrected back to
    # "applied": it has had its chance too, so six decided and six moved on (it was 6 of 5,
    # a share above one, found by the property above).
    waiting = Outcome(Channel.REFERRAL, "2026-01", rank(Stage.SCREENING), False, False,
                      Stage.SCREENING, 5)  # fmt: skip
    back = Outcome(Channel.REFERRAL, "2026-01", rank(Stage.SCREENING), False, False,
                   Stage.APPLIED, 1)  # fmt: skip
    weakest = weakest_step([waiting, back])
    assert weakest is not None
    assert (weakest.from_stage, weakest.to_stage) == ("applied", "screening")
    assert (weakest.decided, weakest.moved_on, weakest.rate) == (6, 6, 1.0)


@settings(max_examples=100, deadline=None)
@given(
    offers=st.integers(min_value=0, max_value=40),
    extra=st.integers(min_value=0, max_value=400),
    n=st.integers(min_value=1, max_value=200),
)
def test_the_odds_grow_with_n_and_are_chances(offers: int, extra: int, n: int) -> None:
    decided = offers + extra
    now, more = next_yes(offers, decided, n), next_yes(offers, decided, n + 1)
    # (The central chance averages over the range; near certainty it may sit just below
    # the range's low end, so only its bounds are asserted.)
    assert 0 <= now.low <= now.high <= 1
    assert 0 <= now.chance <= 1
    assert more.chance >= now.chance
    assert more.low >= now.low
    assert more.high >= now.high


@settings(max_examples=100, deadline=None)
@given(offers=st.integers(min_value=0, max_value=20), extra=st.integers(min_value=0, max_value=200))
def test_the_range_narrows_as_data_accrues(offers: int, extra: int) -> None:
    outlook = next_yes(offers, offers + extra).outlook
    widths = [o.high - o.low for o in outlook]
    assert [o.more_applications for o in outlook] == [0, 50, 100, 200]
    assert all(later <= earlier + 1e-9 for earlier, later in itertools.pairwise(widths))


def test_the_beta_maths_against_known_values() -> None:
    # Beta(1, 1) is uniform: its CDF is x, its quantiles are q.
    uniform = Beta(1, 1)
    assert beta_cdf(uniform, 0.3) == pytest.approx(0.3)
    assert beta_quantile(uniform, 0.9) == pytest.approx(0.9)
    # Beta(2, 3): CDF at 0.5 is 11/16 (worked by hand from 12 x (1 - x)^2).
    assert beta_cdf(Beta(2, 3), 0.5) == pytest.approx(11 / 16)
    # Beta(1, 1), n = 1: P(a success) = E[p] = 1/2; n = 3: 1 - 1/4 = 3/4.
    assert chance_of_at_least_one(uniform, 1) == pytest.approx(0.5)
    assert chance_of_at_least_one(uniform, 3) == pytest.approx(0.75)


def test_the_prior_is_the_published_funnel_worth_fifty_applications() -> None:
    assert PRIOR.mean == pytest.approx(2 / 426)
    assert PRIOR.a + PRIOR.b == pytest.approx(50)
    odds = next_yes(0, 0, n=20)

    # With no data: 1 - B(a, b + 20) / B(a, b) for the prior alone.
    def log_beta(a: float, b: float) -> float:
        return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)

    expected = 1 - math.exp(log_beta(PRIOR.a, PRIOR.b + 20) - log_beta(PRIOR.a, PRIOR.b))
    assert odds.chance == pytest.approx(expected)
    assert "TalentWorks" in odds.source
    assert "published funnel" in odds.sentence


def test_decided_counts_leave_open_withdrawn_and_closed_out() -> None:
    found = [
        outcome(Stage.OFFER, Stage.OFFER),
        outcome(Stage.ACCEPTED, Stage.ACCEPTED),
        outcome(Stage.FINAL_ROUND, Stage.REJECTED, 3, said_no=True),
        outcome(Stage.APPLIED, Stage.GHOSTED, 2),
        outcome(Stage.SCREENING, Stage.SCREENING, 4),
        outcome(Stage.INTERVIEWING, Stage.WITHDRAWN),
        outcome(Stage.OFFER, Stage.REJECTED),  # an offer, then declined: still an offer
    ]
    assert decided_counts(found) == (3, 8)


def test_the_weakest_step_and_its_suggestion() -> None:
    found = [
        outcome(Stage.APPLIED, Stage.REJECTED, 10, said_no=True),
        outcome(Stage.SCREENING, Stage.REJECTED, 2, said_no=True),
        outcome(Stage.INTERVIEWING, Stage.REJECTED, 6, said_no=True),
        outcome(Stage.FINAL_ROUND, Stage.REJECTED, 1, said_no=True),
        outcome(Stage.INTERVIEWING, Stage.INTERVIEWING, 3),  # waiting: not decided there
    ]
    step = weakest_step(found)
    # applied -> screening: 12 of 22 moved on; screening -> interviewing: 10 of 12;
    # interviewing -> final round: 1 of 7 (3 still waiting); final round: 1 decided (< 5).
    assert step is not None
    assert (step.from_stage, step.to_stage, step.decided, step.moved_on) == (
        "interviewing",
        "final_round",
        7,
        1,
    )
    assert "question bank" in step.suggestion
    assert step.link == "/lessons#practice"


def test_no_weakest_step_without_five_decided() -> None:
    assert weakest_step([outcome(Stage.APPLIED, Stage.REJECTED, 4)]) is None


def test_what_worked_says_nothing_when_the_mix_already_fits() -> None:
    worked = what_worked(
        {Channel.REFERRAL: 2}, [Channel.REFERRAL, Channel.REFERRAL], {Channel.REFERRAL: 5}
    )
    assert worked.suggestion is None
    assert [(c.channel, c.past_jobs, c.current, c.current_share) for c in worked.channels] == [
        (Channel.REFERRAL, 2, 5, 1.0)
    ]


def test_small_counts_are_counts_and_large_ones_percentages() -> None:
    assert share_text(2, 3) == "2 of 3"
    assert share_text(12, 42) == "28% (12 of 42)"
