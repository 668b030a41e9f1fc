"""The system LLM budget spread over shard documents (issue 23, item 6), on the embedded store and the Cosmos DB
protocol server: the spend is the sum of the shards (the single document of before counts as shard 0), paid calls
spread their patches over several partitions while the budget has room, the cap holds under concurrency, and what
is recorded is exactly the sum of the charges."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from shared.bootstrap import Services, get_services
from shared.errors import NotFound
from shared.quota import budget, reservations
from shared.quota.budget import SHARDS, SPEND_ID, SYSTEM, BudgetConfig, shard_pk
from shared.quota.periods import period_key
from shared.quota.reservations import MICRO
from shared.quota.tiers import DEFAULTS
from tests.support import store_backends

cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app


@pytest.fixture
async def services(app: FastAPI) -> AsyncIterator[Services]:
    yield await get_services()


async def _shard_spend(services: Services) -> list[int]:
    """This week's micro-dollars in each shard document."""
    week, found = period_key("week"), []
    for shard in range(SHARDS):
        try:
            doc = await services.store.read(SYSTEM, shard_pk(shard), SPEND_ID)
        except NotFound:  # a shard nobody wrote to
            found.append(0)
            continue
        found.append(int(doc.get("micro_usd", {}).get(week, 0)))
    return found


async def test_reservations_stop_at_the_limit_and_the_spend_is_the_sum_of_the_shards(services: Services) -> None:
    await budget.put_config(services, BudgetConfig(weekly_usd=10, monthly_usd=100))
    held = [await budget.reserve_spend(services, 1.5) for _ in range(8)]
    assert held == [1_500_000] * 6 + [None] * 2  # six fit in $10, the seventh would not
    for micro in held[:6]:
        assert micro is not None
        await budget.settle_spend(services, micro, 1.25)  # the real cost, below the worst case
    status = await budget.status(services)
    assert status.spent_week_usd == pytest.approx(6 * 1.25) and status.spent_month_usd == pytest.approx(6 * 1.25)
    shards = await _shard_spend(services)
    assert sum(shards) == 6 * 1_250_000
    assert sum(1 for s in shards if s) >= 2, shards  # spread over partitions, not one document
    assert await budget.reserve_spend(services, 2.0) is not None  # the settled $1.50 room is usable again
    assert await budget.reserve_spend(services, 0.6) is None


async def test_the_spend_document_of_before_counts_as_shard_zero(services: Services) -> None:
    week, month = period_key("week"), period_key("month")
    await services.store.upsert(SYSTEM, {"id": SPEND_ID, "pk": budget.PK, "type": "budget_spend",
                                         "micro_usd": {week: 4 * MICRO, month: 4 * MICRO}})  # fmt: skip
    await budget.put_config(services, BudgetConfig(weekly_usd=5, monthly_usd=100))
    assert (await budget.status(services)).spent_week_usd == pytest.approx(4.0)
    assert await budget.reserve_spend(services, 1.5) is None
    assert await budget.reserve_spend(services, 0.5) == 500_000
    assert (await budget.status(services)).spent_week_usd == pytest.approx(4.5)


async def test_concurrent_paid_calls_record_exactly_the_sum_of_their_charges(services: Services) -> None:
    await budget.put_config(services, BudgetConfig(weekly_usd=1000, monthly_usd=1000))
    rng = random.Random(23)
    costs = [round(rng.uniform(0.001, 0.05), 6) for _ in range(60)]

    async def call(cost: float) -> None:
        micro = await budget.reserve_spend(services, 0.1)
        assert micro is not None
        await budget.settle_spend(services, micro, cost)

    await asyncio.gather(*(call(c) for c in costs))
    assert sum(await _shard_spend(services)) == sum(round(c * MICRO) for c in costs)
    assert (await budget.status(services)).spent_week_usd == pytest.approx(sum(costs))


async def test_concurrent_reservations_never_overshoot_and_leave_nothing_behind(services: Services) -> None:
    await budget.put_config(services, BudgetConfig(weekly_usd=3, monthly_usd=100))
    # A cold process (no spend seen yet) takes the exact lane: exactly as many as fit, as the single document did.
    first = await asyncio.gather(*(budget.reserve_spend(services, 0.25) for _ in range(20)))
    assert sum(1 for m in first if m) == 12
    for micro in first:
        if micro:
            await budget.settle_spend(services, micro, 0.05)  # $0.60 spent: the spread lane opens again
    second = await asyncio.gather(*(budget.reserve_spend(services, 0.25) for _ in range(20)))
    kept = sum(m for m in second if m)
    assert 0.6 * MICRO + kept <= 3 * MICRO  # never past the limit, whichever lane each call took
    assert kept >= 8 * 250_000  # and room is not lost to the lanes: at most one reservation's worth short
    assert sum(await _shard_spend(services)) == 600_000 + kept  # every refused increment was taken back


async def test_a_reservation_taken_with_the_quota_is_taken_back_where_it_was_held(services: Services) -> None:
    await budget.put_config(services, BudgetConfig(weekly_usd=5, monthly_usd=100))
    assert await budget.reserve_spend(services, 0.1) is not None  # this process now believes the budget is empty
    week, month = period_key("week"), period_key("month")
    # Another instance spends $4.40 meanwhile: this one's view is stale, so it tries a spread shard first.
    await budget._incr(services.store, 3, week, month, 4_400_000)
    before = await _shard_spend(services)
    companion = await budget.spend_companion(services, 1.0)
    limits = DEFAULTS["unlimited"]
    await reservations.reserve(services.store, "user-1", limits, 1.0, companion=companion)
    assert companion.outcome == "refused"
    assert await _shard_spend(services) == before  # taken back from the shard it ended on, once
    small = await budget.spend_companion(services, 0.4)
    await reservations.reserve(services.store, "user-1", limits, 0.4, companion=small)
    assert small.outcome == "kept" and sum(await _shard_spend(services)) == sum(before) + 400_000
