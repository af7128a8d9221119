"""The odds of the next "yes": a Beta-binomial model, in plain Python (no I/O, no SciPy).

Each application is taken to end in an offer with the same unknown chance `p`. Before the
person has data, `p` follows a Beta prior centred on a published rate; every decided
application moves it (the posterior is again a Beta). From it come the chance of at least
one offer in the next `n` applications and a credible range for that chance."""

import math
from dataclasses import dataclass

CREDIBLE = 0.8  # the range covers 80% of what the data allow: 10% either side is left out
_EPSILON = 1e-14
_TINY = 1e-300


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


def _continued_fraction(a: float, b: float, x: float) -> float:
    # Lentz's method for the incomplete beta function's continued fraction.
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPSILON:
            break
    return h


def beta_cdf(belief: Beta, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    a, b = belief.a, belief.b
    front = math.exp(a * math.log(x) + b * math.log1p(-x) - _log_beta(a, b))
    if x < (a + 1) / (a + b + 2):
        return front * _continued_fraction(a, b, x) / a
    return 1.0 - front * _continued_fraction(b, a, 1 - x) / b


def beta_quantile(belief: Beta, q: float) -> float:
    """The x with I_x(a, b) = q, by bisection (plenty precise for a shown percentage)."""
    low, high = 0.0, 1.0
    for _ in range(100):
        middle = (low + high) / 2
        if beta_cdf(belief, middle) < q:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def chance_range(belief: Beta, n: int, credible: float = CREDIBLE) -> tuple[float, float]:
    """The range of P(at least one success in n) over the central `credible` share of p."""
    tail = (1 - credible) / 2
    low = beta_quantile(belief, tail)
    high = beta_quantile(belief, 1 - tail)
    return chance_for_rate(low, n), chance_for_rate(high, n)
