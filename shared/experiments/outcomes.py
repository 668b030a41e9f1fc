"""Outcomes per experiment variant, counted as they happen (never a scan of usage records or ratings).

One counter document per (experiment, variant, UTC day, shard) in the experiment's own partition
(`expout:<experiment id>`), added to with one atomic patch (`shared.store.day_counters.add_counts`):

    requests      calls made under the variant (cache hits are not calls)
    checked       answers the variant's own provider gave (accepted or not by Vigor's checks)
    accepted      of those, answers that passed the checks (a plan's validator; text is taken as it comes)
    repaired      accepted answers that needed the one repair round
    fallbacks     requests another provider answered (the variant's failed, was rejected, or was skipped)
    latency_ms    sum, and `lat_<i>` a coarse histogram (`stats.LATENCY_EDGES_MS`) for the p95
    cost_micro    dollars x 1e6, every attempt of the request
    rating_n/_sum/_sq   plan ratings 1-5 of plans made under the variant (first rating per plan and stage)
    up/down/reports     coach answer votes and reports
Outcomes belong to the variant the user was assigned (intent to treat), also when a fallback answered.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date
from typing import Any

from shared.experiments import stats
from shared.experiments.choose import Arm
from shared.store import containers
from shared.store.day_counters import add_counts
from shared.store.port import DocumentStore, Filter, Query

log = logging.getLogger("vigor.experiments")
SYSTEM = containers.SYSTEM.name
TYPE = "experiment_counter"
SHARDS = 4
RETENTION_S = 800 * 86400


def _key(experiment_id: str, variant: str, day: date, shard: str) -> dict[str, Any]:
    digest = hashlib.sha256(f"{experiment_id}|{variant}|{day.isoformat()}|{shard}".encode()).hexdigest()[:24]
    return {"pk": f"expout:{experiment_id}", "id": f"eo-{digest}", "type": TYPE, "experiment_id": experiment_id,
            "variant": variant, "day": day.isoformat(), "shard": shard, "ttl": RETENTION_S}  # fmt: skip


def _shard(user_id: str) -> str:
    return str(int(hashlib.sha256(user_id.encode()).hexdigest()[:8], 16) % SHARDS)


async def _add(store: DocumentStore, label: str, user_id: str, day: date, counts: dict[str, int]) -> None:
    """Add to the arm `label` ("<experiment id>/<variant>"); a failure is logged, never the user's problem."""
    experiment_id, _, variant = label.partition("/")
    if not experiment_id or not variant:
        return
    try:
        await add_counts(store, _key(experiment_id, variant, day, _shard(user_id)), counts)
    except Exception as exc:
        log.error("experiment outcome not counted: %s", type(exc).__name__)


async def answered(
    store: DocumentStore, arm: Arm, user_id: str, day: date, *, provider: str, model: str, rejected: bool,
    repaired: bool, latency_ms: float, cost_usd: float,
) -> None:  # fmt: skip
    """One request under `arm` answered by `provider`/`model`; `rejected`: the variant's own answer failed the
    checks; `repaired`: the accepted answer needed its repair round."""
    own = provider == arm.provider and (provider == "engine" or model == arm.model)
    counts = {"requests": 1, "checked": int(own or rejected), "accepted": int(own), "repaired": int(own and repaired),
              "fallbacks": int(not own), "latency_ms": round(latency_ms),
              f"lat_{stats.latency_bucket(latency_ms)}": 1, "cost_micro": round(cost_usd * 1_000_000)}  # fmt: skip
    await _add(store, arm.label, user_id, day, counts)


async def plan_rated(store: DocumentStore, label: str, user_id: str, day: date, rating: int) -> None:
    await _add(store, label, user_id, day, {"rating_n": 1, "rating_sum": rating, "rating_sq": rating * rating})


async def coach_rated(store: DocumentStore, label: str, user_id: str, day: date, vote: str) -> None:
    """`vote`: up, down or report."""
    await _add(store, label, user_id, day, {{"up": "up", "down": "down"}.get(vote, "reports"): 1})


async def totals(store: DocumentStore, experiment_id: str) -> dict[str, dict[str, int]]:
    """Every counter of the experiment summed per variant (one single-partition query, a few rows a day)."""
    sums: dict[str, dict[str, int]] = {}
    token: str | None = None
    while True:
        page = await store.query(SYSTEM, Query((Filter("type", "eq", TYPE),), partition_key=f"expout:{experiment_id}",
                                               limit=1000, continuation=token))  # fmt: skip
        for row in page.items:
            into = sums.setdefault(str(row["variant"]), {})
            for name, value in row.items():
                if isinstance(value, int) and name != "ttl" and not name.startswith("_"):
                    into[name] = into.get(name, 0) + value
        if not (token := page.continuation):
            return sums
