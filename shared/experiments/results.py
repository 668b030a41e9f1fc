"""An experiment's results: per variant sample sizes, rates, latency, cost and ratings, each compared with the
control (the first variant) by `shared.experiments.stats`."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from shared.experiments import stats
from shared.experiments.model import Experiment, Status


class ComparisonPublic(BaseModel):
    difference: float | None
    statistic: float | None
    p_value: float | None
    verdict: stats.Verdict


class VariantResult(BaseModel):
    name: str
    provider: str
    model: str
    prompt_version: str
    weight: int
    requests: int
    answered_by_variant: int
    acceptance_rate: float | None  # accepted / checked
    repair_rate: float | None  # repaired / accepted
    fallback_rate: float | None  # fallbacks / requests
    latency_mean_ms: float | None
    latency_p95_ms: int | None  # the upper edge of the p95's bucket; None: no data, or over the last edge
    latency_histogram: list[int]
    cost_usd: float
    cost_per_request_usd: float | None
    ratings: int
    rating_mean: float | None
    votes: int
    thumbs_up_rate: float | None
    reports: int
    # Against the control (None for the control itself)
    acceptance_vs_control: ComparisonPublic | None = None
    thumbs_up_vs_control: ComparisonPublic | None = None
    rating_vs_control: ComparisonPublic | None = None


class ExperimentResults(BaseModel):
    experiment_id: str
    status: Status
    min_n: int
    alpha: float
    variants: list[VariantResult]


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _public(comparison: stats.Comparison) -> ComparisonPublic:
    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 6)

    return ComparisonPublic(difference=r(comparison.difference), statistic=r(comparison.statistic),
                            p_value=r(comparison.p_value), verdict=comparison.verdict)  # fmt: skip


def build(experiment: Experiment, sums: dict[str, dict[str, int]], now: datetime) -> ExperimentResults:
    """The results from the summed counters (`outcomes.totals`)."""
    out: list[VariantResult] = []
    control = sums.get(experiment.variants[0].name, {})
    for i, variant in enumerate(experiment.variants):
        s = sums.get(variant.name, {})
        requests = s.get("requests", 0)
        histogram = [s.get(f"lat_{b}", 0) for b in range(len(stats.LATENCY_EDGES_MS) + 1)]
        moments = stats.Moments(s.get("rating_n", 0), s.get("rating_sum", 0), s.get("rating_sq", 0))
        votes = s.get("up", 0) + s.get("down", 0)
        cost = s.get("cost_micro", 0) / 1_000_000
        result = VariantResult(
            name=variant.name, provider=variant.provider, model=variant.model, prompt_version=variant.prompt_version,
            weight=variant.weight, requests=requests, answered_by_variant=s.get("accepted", 0),
            acceptance_rate=_rate(s.get("accepted", 0), s.get("checked", 0)),
            repair_rate=_rate(s.get("repaired", 0), s.get("accepted", 0)),
            fallback_rate=_rate(s.get("fallbacks", 0), requests),
            latency_mean_ms=round(s.get("latency_ms", 0) / requests, 1) if requests else None,
            latency_p95_ms=stats.percentile_ms(histogram), latency_histogram=histogram,
            cost_usd=round(cost, 6), cost_per_request_usd=round(cost / requests, 6) if requests else None,
            ratings=moments.n, rating_mean=None if moments.mean is None else round(moments.mean, 3),
            votes=votes, thumbs_up_rate=_rate(s.get("up", 0), votes), reports=s.get("reports", 0),
        )  # fmt: skip
        if i > 0:
            c_votes = control.get("up", 0) + control.get("down", 0)
            c_moments = stats.Moments(control.get("rating_n", 0), control.get("rating_sum", 0),
                                      control.get("rating_sq", 0))  # fmt: skip
            result.acceptance_vs_control = _public(
                stats.two_proportions(
                    control.get("accepted", 0), control.get("checked", 0), s.get("accepted", 0), s.get("checked", 0)
                )
            )
            result.thumbs_up_vs_control = _public(
                stats.two_proportions(control.get("up", 0), c_votes, s.get("up", 0), votes)
            )
            result.rating_vs_control = _public(stats.welch(c_moments, moments))
        out.append(result)
    return ExperimentResults(experiment_id=experiment.id, status=experiment.status_at(now), min_n=stats.MIN_N,
                             alpha=stats.ALPHA, variants=out)  # fmt: skip
