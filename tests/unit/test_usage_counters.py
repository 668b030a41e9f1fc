"""Admin AI usage from per-day counters: exact under concurrent calls, equal to the raw records, and read
without touching them (an admin's statistics cost the same at ten times the calls)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.bootstrap import Services, close_services, get_services
from shared.quota import usage, usage_counters
from shared.store.port import Filter, Query

NOW = datetime.now(UTC)


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    built = await get_services()
    yield built
    await close_services()


def _record(i: int, days_ago: int = 0) -> usage.UsageRecord:
    return usage.UsageRecord(
        user_id=f"user-{i % 37}", tier=("free", "premium")[i % 2], task=("chat", "plan", "daily_message")[i % 3],
        provider=("openai", "gemini")[i % 2], model=("gpt-x", "gemini-y", "gpt-mini")[i % 3],
        tokens_in=100 + i, tokens_out=50 + i % 7, cost_usd=round(0.000137 * (1 + i % 11), 6),
        outcome=("ok", "ok", "error", "cache_hit")[i % 4], cache_hit=i % 4 == 3,
        at=NOW - timedelta(days=days_ago, minutes=i % 50),
    )  # fmt: skip


async def _raw(services: Services) -> list[dict[str, object]]:
    items, token = [], None
    while True:
        query = Query(filters=(Filter("type", "eq", usage.TYPE),), limit=1000, continuation=token)
        page = await services.store.query(usage.CONTAINER, query)
        items += page.items
        if (token := page.continuation) is None:
            return items


async def test_concurrent_calls_are_counted_exactly_and_match_the_raw_records(services: Services) -> None:
    await asyncio.gather(*(usage.record(services.store, _record(i, days_ago=i % 3)) for i in range(240)))
    counters = await usage_counters.rows_since(services.store, 7)
    raw = await _raw(services)
    assert len(raw) == 240
    for dimension in usage.DIMENSIONS:
        assert usage.aggregate(counters, dimension) == usage.aggregate(raw, dimension), dimension
    totals = usage.totals(counters)
    assert totals["calls"] == 240 and totals["cache_hits"] == 60 and totals["errors"] == 60
    assert totals["cost_usd"] == round(sum(r.cost_usd for r in map(_record, range(240))), 6)
    # A popular combination is spread over shards, not one hot document.
    assert len({c["shard"] for c in counters}) > 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 9)), min_size=1, max_size=30))
async def test_any_mix_of_calls_and_days_sums_like_the_raw_records(
    services: Services, calls: list[tuple[int, int]]
) -> None:
    for i, days_ago in calls:
        await usage.record(services.store, _record(i, days_ago))
    window = await usage_counters.rows_since(services.store, 30)
    raw = await _raw(services)
    assert usage.aggregate(window, "day") == usage.aggregate(raw, "day")
    for doc in raw:  # each example starts from nothing
        await services.store.delete(usage.CONTAINER, str(doc["userId"]), str(doc["id"]))
    for doc in window:
        await services.store.delete(usage_counters.SYSTEM, str(doc["pk"]), str(doc["id"]))


async def test_records_from_before_the_counters_are_counted_once_by_the_rebuild(services: Services) -> None:
    for i in range(20):
        doc = _record(i).to_document()
        del doc["counted"]  # written by a release without counters
        await services.store.create(usage.CONTAINER, doc)
    for i in range(20, 30):
        await usage.record(services.store, _record(i))
    assert usage.totals(await usage_counters.rows_since(services.store, 7))["calls"] == 10
    assert await usage_counters.rebuild(services.store) == 20
    assert await usage_counters.rebuild(services.store) == 20  # written whole: the same figures again
    counters = await usage_counters.rows_since(services.store, 7)
    assert usage.aggregate(counters, "task") == usage.aggregate(await _raw(services), "task")


async def test_the_admin_endpoints_answer_from_the_counters(app: object, services: Services) -> None:
    from tests.support.identity import make_admin, sign_up

    admin = await sign_up(app)  # type: ignore[arg-type]
    await make_admin(admin)
    for i in range(12):
        await usage.record(services.store, _record(i))
    for doc in await _raw(services):  # the raw records are the users' own history: admins never read them
        await services.store.delete(usage.CONTAINER, str(doc["userId"]), str(doc["id"]))
    stats = (await admin.client.get("/api/admin/usage-stats", params={"days": 7}, headers=admin.auth)).json()
    assert stats["totals"]["calls"] == 12
    breakdown = (await admin.client.get("/api/admin/cost-breakdown", params={"days": 7}, headers=admin.auth)).json()
    assert breakdown["total_cost_usd"] == round(sum(_record(i).cost_usd for i in range(12)), 6)
    assert {row["key"] for row in breakdown["by_task"]} == {"chat", "plan", "daily_message"}
    await admin.client.aclose()
