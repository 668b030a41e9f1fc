"""The statistics behind experiment results: small, pure and exact about when there is not enough data.

* Rates (validator acceptance, thumbs up) are compared with a two-proportion z-test (pooled standard error).
* Mean ratings are compared with Welch's t statistic; its p-value uses the normal approximation, which is close
  to Student's t at the sample sizes a verdict needs (MIN_N per arm and more), and needs no tables.
* The p95 latency comes from a coarse histogram: the upper edge of the bucket holding the 95th percentile.
Under MIN_N observations in either arm the verdict is `not_enough_data`; otherwise `significant` when p < ALPHA.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

MIN_N = 30
ALPHA = 0.05
LATENCY_EDGES_MS: tuple[int, ...] = (250, 500, 1000, 2000, 3000, 5000, 8000, 13000, 20000, 30000)
Verdict = Literal["not_enough_data", "significant", "not_significant"]


@dataclass(frozen=True)
class Comparison:
    """A variant against the control: the difference (variant minus control), its test statistic and p-value."""

    difference: float | None
    statistic: float | None
    p_value: float | None
    verdict: Verdict


NOT_ENOUGH = Comparison(None, None, None, "not_enough_data")


def normal_two_sided_p(z: float) -> float:
    """P(|Z| >= |z|) for a standard normal Z."""
    return min(1.0, math.erfc(abs(z) / math.sqrt(2.0)))


def _verdict(difference: float, statistic: float) -> Comparison:
    p = normal_two_sided_p(statistic)
    return Comparison(difference, statistic, p, "significant" if p < ALPHA else "not_significant")


def two_proportions(hits_a: int, n_a: int, hits_b: int, n_b: int, min_n: int = MIN_N) -> Comparison:
    """Rate b minus rate a, by the pooled two-proportion z-test; `not_enough_data` under `min_n` in either."""
    if n_a < min_n or n_b < min_n:
        return NOT_ENOUGH
    p_a, p_b = hits_a / n_a, hits_b / n_b
    pooled = (hits_a + hits_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se == 0:  # both all hits or both all misses: no difference to see
        return Comparison(p_b - p_a, 0.0, 1.0, "not_significant")
    return _verdict(p_b - p_a, (p_b - p_a) / se)


@dataclass(frozen=True)
class Moments:
    """A sample summarised by its count, sum and sum of squares (what counters can add up)."""

    n: int
    total: float
    squares: float

    @property
    def mean(self) -> float | None:
        return self.total / self.n if self.n else None

    @property
    def variance(self) -> float | None:
        """The sample variance (n - 1), never negative; None under two observations."""
        if self.n < 2:
            return None
        return max(0.0, (self.squares - self.total * self.total / self.n) / (self.n - 1))


def welch(a: Moments, b: Moments, min_n: int = MIN_N) -> Comparison:
    """Mean b minus mean a, by Welch's t with a normal-approximation p-value."""
    if a.n < min_n or b.n < min_n:
        return NOT_ENOUGH
    assert a.mean is not None and b.mean is not None and a.variance is not None and b.variance is not None
    se = math.sqrt(a.variance / a.n + b.variance / b.n)
    difference = b.mean - a.mean
    if se == 0:
        return Comparison(difference, 0.0 if difference == 0 else None, 1.0 if difference == 0 else 0.0,
                          "not_significant" if difference == 0 else "significant")  # fmt: skip
    return _verdict(difference, difference / se)


def latency_bucket(ms: float) -> int:
    """The histogram bucket of one latency: i for the first edge it is at or under, len(edges) past the last."""
    for i, edge in enumerate(LATENCY_EDGES_MS):
        if ms <= edge:
            return i
    return len(LATENCY_EDGES_MS)


def percentile_ms(counts: Sequence[int], q: float = 0.95) -> int | None:
    """The upper edge of the bucket holding the q-th quantile (None without data; past the last edge: None too,
    shown as "over 30 s")."""
    total = sum(counts)
    if total == 0:
        return None
    rank = math.ceil(q * total)
    seen = 0
    for i, count in enumerate(counts):
        seen += count
        if seen >= rank:
            return LATENCY_EDGES_MS[i] if i < len(LATENCY_EDGES_MS) else None
    return None
