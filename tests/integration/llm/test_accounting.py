"""Cost arithmetic, user quotas under concurrency, the system budget, and the answer cache."""

from __future__ import annotations

import asyncio

import pytest

from shared.bootstrap import Services
from shared.errors import LimitExceeded
from shared.identity.principal import Principal
from shared.llm import gateway
from shared.llm.gateway import Gateway
from shared.profile.model import FitnessProfile
from shared.quota import budget, reservations, tiers, usage
from tests.integration.llm.conftest import add_provider
from tests.support.fake_llm import FakeLLM


async def test_cost_is_priced_recorded_and_settled(services: Services, fake: FakeLLM, principal: Principal) -> None:
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    fake.usage = (1000, 500)
    await gateway.chat(services, principal, "hello")
    recs = await usage.records_since(services.store, 1, "user-1")
    [rec] = recs
    expected = 1000 * 0.15 / 1e6 + 500 * 0.60 / 1e6  # $0.00045
    assert rec["cost_usd"] == pytest.approx(expected)
    assert (rec["tokens_in"], rec["tokens_out"], rec["tier"], rec["task"]) == (1000, 500, "unlimited", "chat")
    assert rec["price_as_of"] == "2026-11" and rec["outcome"] == "ok" and rec["latency_ms"] > 0
    counts, spent = await reservations.usage(services.store, "user-1")
    assert counts == {"day": 1, "week": 1, "month": 1} and spent == pytest.approx(expected)
    status = await budget.status(services)
    assert status.spent_week_usd == pytest.approx(expected) and status.spent_month_usd == pytest.approx(expected)


async def test_fifty_concurrent_requests_at_limit_ten_let_exactly_ten_through(
    services: Services, principal: Principal, fake: FakeLLM
) -> None:
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)  # the engine's answers are free
    await tiers.put_limits(services, tiers.DEFAULTS["free"])
    free = Principal(user_id="user-free", roles=frozenset({"user"}), tier="free", ai_providers=True, health_data=True)
    results = await asyncio.gather(
        *(gateway.complete_text(services, free, task="chat", text=f"q{i}") for i in range(50)),
        return_exceptions=True,
    )
    ok = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, LimitExceeded)]
    assert len(ok) == 10 and len(refused) == 40
    assert {r.limit for r in refused} == {"requests_per_day"}
    assert all(0 < r.retry_after <= 86400 for r in refused)
    counts, _ = await reservations.usage(services.store, "user-free")
    assert counts["day"] == 10


async def test_quota_and_budget_reserved_together_keep_both_exact(
    services: Services, fake: FakeLLM, gw: Gateway
) -> None:
    """With a paid provider first, the quota and its budget are reserved in one store call: refused requests
    take both back, a request that never reaches the provider gives its budget back, and spend ends at real cost."""
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    fake.usage = (1000, 500)
    await tiers.put_limits(services, tiers.DEFAULTS["free"])
    free = Principal(user_id="user-paid", roles=frozenset({"user"}), tier="free", ai_providers=True, health_data=True)
    results = await asyncio.gather(
        *(gateway.complete_text(services, free, task="chat", text=f"q{i}") for i in range(50)),
        return_exceptions=True,
    )
    ok = [r for r in results if not isinstance(r, BaseException)]
    assert len(ok) == 10 and sum(isinstance(r, LimitExceeded) for r in results) == 40
    assert {r.provider for r in ok} == {"a"} and len(fake.calls) == 10
    await gw.drain()
    expected = 10 * (1000 * 0.15 / 1e6 + 500 * 0.60 / 1e6)
    status = await budget.status(services)
    assert status.spent_week_usd == pytest.approx(expected) and status.spent_month_usd == pytest.approx(expected)
    counts, spent = await reservations.usage(services.store, "user-paid")
    assert counts["day"] == 10 and spent == pytest.approx(expected)


async def test_a_failed_call_releases_its_reservation(
    services: Services, gw: Gateway, principal: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("store hiccup")

    monkeypatch.setattr(gw.router, "route", broken)
    with pytest.raises(RuntimeError):
        await gateway.chat(services, principal, "hello")
    counts, spent = await reservations.usage(services.store, "user-1")
    assert counts == {"day": 0, "week": 0, "month": 0} and spent == 0


async def test_monthly_dollar_limit_refuses_with_its_name(services: Services) -> None:
    await tiers.put_limits(services, tiers.DEFAULTS["free"].model_copy(update={"monthly_budget_usd": 0.01}))
    free = Principal(user_id="user-poor", roles=frozenset({"user"}), tier="free", ai_providers=True, health_data=True)
    with pytest.raises(LimitExceeded) as info:
        await gateway.chat(services, free, "hello")  # reserving $0.02 would exceed $0.01
    assert info.value.limit == "monthly_budget_usd"


async def test_spent_budget_skips_paid_providers(services: Services, fake: FakeLLM, principal: Principal) -> None:
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    await budget.put_config(services, budget.BudgetConfig(weekly_usd=0.0, monthly_usd=0.0))
    result = await gateway.chat(services, principal, "hello")
    assert result.provider == "engine" and fake.calls == []


async def test_budget_cannot_be_overspent_by_concurrent_calls(
    services: Services, fake: FakeLLM, principal: Principal
) -> None:
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1, max_output_tokens=1000)
    fake.usage = (100, 1000)  # within the worst case the gateway reserves for (prompt estimate + max output)
    await budget.put_config(services, budget.BudgetConfig(weekly_usd=0.005, monthly_usd=1))
    results = await asyncio.gather(*(gateway.chat(services, principal, f"question {i}") for i in range(20)))
    paid = [r for r in results if r.provider == "a"]
    status = await budget.status(services)
    assert 0 < len(paid) < 20 and status.spent_week_usd <= 0.005
    assert len(fake.calls) == len(paid)


async def test_budget_alert_raised_once(services: Services, fake: FakeLLM, principal: Principal) -> None:
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    fake.usage = (100_000, 0)  # $0.015
    await budget.put_config(services, budget.BudgetConfig(weekly_usd=0.1, monthly_usd=1, alert_threshold=0.1))
    await gateway.chat(services, principal, "one")
    status = await budget.status(services)
    assert status.alert and not status.exhausted


async def test_identical_plan_requests_hit_the_cache_per_user(
    services: Services, fake: FakeLLM, principal: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.settings.llm_cache_ttl_s = 600
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    first = await gateway.generate_plan(services, principal, FitnessProfile())
    again = await gateway.generate_plan(services, principal, FitnessProfile())
    assert (first.cached, again.cached) == (False, True) and again.provider == "a"
    assert len(fake.calls) == 1
    other = Principal(user_id="user-2", roles=frozenset({"user"}), tier="free", ai_providers=True, health_data=True)
    theirs = await gateway.generate_plan(services, other, FitnessProfile())
    assert not theirs.cached and len(fake.calls) == 2  # never across users
    outcomes = [r["outcome"] for r in await usage.records_since(services.store, 1, "user-1")]
    assert sorted(outcomes) == ["cache_hit", "ok"]


async def test_cache_normalises_whitespace_and_case(services: Services, fake: FakeLLM, principal: Principal) -> None:
    services.settings.llm_cache_ttl_s = 600
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    await gateway.chat(services, principal, "How  heavy next time?")
    again = await gateway.chat(services, principal, "how heavy next time? ")
    assert again.cached and len(fake.calls) == 1


async def test_deferred_bookkeeping_lands_after_drain(services: Services, fake: FakeLLM, principal: Principal) -> None:
    services.settings.llm_defer_accounting = True
    gw = gateway.gateway_for(services)
    gw.bookkeeping.deferred = True
    await add_provider(services, fake, "a", "openai", "gpt-4o-mini", priority=1)
    fake.usage = (1000, 500)
    await gateway.chat(services, principal, "hello")
    counts, _ = await reservations.usage(services.store, "user-1")
    assert counts["day"] == 1  # the reservation itself is never deferred
    await gw.drain()
    [rec] = await usage.records_since(services.store, 1, "user-1")
    assert rec["cost_usd"] == pytest.approx(0.00045)
    _, spent = await reservations.usage(services.store, "user-1")
    assert spent == pytest.approx(0.00045) and (await budget.status(services)).spent_week_usd == pytest.approx(0.00045)
