"""The odds of the next "yes": a Beta-binomial model (no I/O; SciPy's incomplete beta function).

Each application is taken to end in an offer with the same unknown chance `p`. Before the
person has data, `p` follows a Beta prior centred on a published rate; every decided
application moves it (the posterior is again a Beta). From it come the chance of at least
one offer in the next `n` applications and a credible range for that chance."""

import math
from dataclasses import dataclass

CREDIBLE = 0.8  # the range covers 80% of what the data allow: 10% either side is left out


@dataclass(frozen=True)
class Beta:
    a: float  # offers, plus the prior's share
    b: float  # applications without one, plus the prior's share

    @property
    def mean(self) -> float:
        return self.a / (self.a + self.b)

    def updated(self, successes: float, failures: float) -> "Beta":
        return Beta(self.a + successes, self.b + failures)


def prior_from_rate(rate: float, weight: float) -> Beta:
    """A prior centred on `rate` and worth `weight` applications of evidence."""
    if not 0 < rate < 1 or weight <= 0:
        raise ValueError("a prior needs a rate strictly between 0 and 1 and a positive weight")
    return Beta(rate * weight, (1 - rate) * weight)


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def chance_of_at_least_one(belief: Beta, n: int) -> float:
    """P(at least one success in the next n trials), averaged over the belief about p:
    1 - B(a, b + n) / B(a, b) (the Beta-binomial probability of none)."""
    if n <= 0:
        return 0.0
    none = math.exp(_log_beta(belief.a, belief.b + n) - _log_beta(belief.a, belief.b))
    return min(1.0, max(0.0, 1.0 - none))


def chance_for_rate(rate: float, n: int) -> float:
    """P(at least one success in n trials) when the chance is exactly `rate`."""
    return 1.0 - (1.0 - rate) ** n


def beta_cdf(belief: Beta, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    # Imported on first use: a command that shows no odds need not wait for SciPy to load.
    from scipy.special import betainc  # type: ignore[import-untyped]

    return float(betainc(belief.a, belief.b, min(1.0, max(0.0, x))))


def beta_quantile(belief: Beta, q: float) -> float:
    """The x with I_x(a, b) = q."""
    from scipy.special import betaincinv

    return float(betaincinv(belief.a, belief.b, q))


def chance_range(belief: Beta, n: int, credible: float = CREDIBLE) -> tuple[float, float]:
    """The range of P(at least one success in n) over the central `credible` share of p."""
    tail = (1 - credible) / 2
    low = beta_quantile(belief, tail)
    high = beta_quantile(belief, 1 - tail)
    return chance_for_rate(low, n), chance_for_rate(high, n)
