"""Reservations sized to the call's worst case (issue 15, item 6b): concurrent calls cannot overshoot a budget.

The fake provider is priced so that one chat's worst case is about $1.9 and its real cost $1.50: against
a $5 budget, at most two of six concurrent chats may start, whatever the order they arrive in.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services, get_services
from shared.identity.principal import Principal
from shared.llm import gateway
from shared.llm.gateway import Gateway
from shared.llm.router import estimate_usd
from shared.llm.types import CompletionRequest, Message, ProviderConfig
from shared.llm.worst_case import repair_usd, worst_case_usd
from shared.quota import budget, prices, reservations, usage
from tests.integration.llm.conftest import KEY, add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE, fast_hashing, sign_up

MODEL = "m-pricey"
REAL_COST = 1.50  # 1000 tokens in at $500 a million, 1000 out at $1000 a million
LONG = ("How should I progress my squat and my bench press over the next weeks? " * 60)[:3900]


async def _price(services: Services, fake: FakeLLM) -> None:
    table = prices.DEFAULT_PRICES.model_copy(deep=True)
    table.models[MODEL] = prices.ModelPrice(input_per_million=500, output_per_million=1000)
    await prices.put_prices(services, table)
    fake.usage = (1000, 1000)


def _request(task: str = "chat", chars: int = 3000, out: int = 1024) -> CompletionRequest:
    return CompletionRequest(task=task, system="s", messages=[Message("user", "x" * chars)],  # type: ignore[arg-type]
                             max_output_tokens=out)  # fmt: skip


def test_the_worst_case_is_every_paid_answer_the_route_can_pay_for() -> None:
    table = prices.DEFAULT_PRICES
    a = ProviderConfig(id="a", kind="openai", model="gpt-4o-mini", max_output_tokens=1000)
    b = ProviderConfig(id="b", kind="gemini", model="gemini-2.5-flash", max_output_tokens=4000)
    engine = ProviderConfig(id="engine", kind="engine", model="vigor-engine")
    text, plan = _request(), _request("plan", out=8192)
    one = estimate_usd(table, a, text)
    assert worst_case_usd(table, [a, engine], text, repair=False) == pytest.approx(one)  # texts: one answer
    assert worst_case_usd(table, [engine], text, repair=False) == 0
    both = worst_case_usd(table, [a, b, engine], text, repair=False)
    assert both == pytest.approx(one + estimate_usd(table, b, text))  # each may answer before the next is tried
    first, repair = estimate_usd(table, a, plan), repair_usd(table, a, plan)
    assert repair > first  # the repair's prompt carries the first answer back
    assert worst_case_usd(table, [a, engine], plan, repair=True) == pytest.approx(first + repair)


async def test_the_reservation_never_falls_below_the_floor(services: Services, gw: Gateway) -> None:
    assert await gw.reserve_usd(None) == services.settings.llm_reserve_usd  # a cache hit
    assert await gw.reserve_usd(_request()) == services.settings.llm_reserve_usd  # the engine alone: free


async def test_the_reservation_holds_the_worst_case_while_the_call_runs(
    services: Services, fake: FakeLLM, gw: Gateway, principal: Principal
) -> None:
    await add_provider(services, fake, "a", "openai", MODEL, priority=1, max_output_tokens=1024)
    await _price(services, fake)
    fake.script(MODEL, "hang")
    fake.hang_s = 0.5
    call = asyncio.ensure_future(gateway.chat(services, principal, LONG))
    await asyncio.sleep(0.3)
    _, held = await reservations.usage(services.store, principal.user_id)
    assert held > 1.5  # the worst case, not the flat $0.02
    result = await call
    _, spent = await reservations.usage(services.store, principal.user_id)
    assert result.provider == "a" and spent == pytest.approx(REAL_COST)  # settled to the real cost


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "0")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    # Generous time limits: this test is about money, and a loaded CI machine must not turn a slow stream into a
    # timeout that falls back to the offline coach (a 200 the provider never saw).
    monkeypatch.setenv("LLM_FIRST_TOKEN_TIMEOUT_S", "30")
    yield create_app()
    await close_services()


@pytest.mark.parametrize("path", ["/api/ai/chat", "/api/ai/chat/stream"])
async def test_six_concurrent_two_dollar_chats_cannot_overshoot_a_five_dollar_user_budget(
    app: FastAPI, fake: FakeLLM, path: str
) -> None:
    user = await sign_up(app)  # free tier: $5 a month
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    services = await get_services()
    await add_provider(services, fake, "paid", "openai", MODEL, priority=1, max_output_tokens=1024, timeout_s=30.0)
    await _price(services, fake)
    await budget.put_config(services, budget.BudgetConfig(weekly_usd=1000, monthly_usd=1000))

    async def ask(i: int) -> httpx.Response:
        return await user.client.post(path, json={"message": f"{i} {LONG}"}, headers=user.auth)

    answers = await asyncio.gather(*(ask(i) for i in range(6)))
    through = [r for r in answers if r.status_code == 200]
    refused = [r for r in answers if r.status_code == 429]
    assert 1 <= len(through) <= 2 and len(through) + len(refused) == 6, [r.status_code for r in answers]
    assert all(int(r.headers["Retry-After"]) > 0 and r.json()["limit"] == "monthly_budget_usd" for r in refused)
    assert len(fake.calls_for(MODEL)) == len(through)
    _, spent = await reservations.usage(services.store, user.user_id)
    recorded = sum(r["cost_usd"] for r in await usage.records_since(services.store, 1, user.user_id))
    assert spent <= 5 and recorded <= 5
    assert spent == pytest.approx(len(through) * REAL_COST) and recorded == pytest.approx(spent)
    await user.client.aclose()


async def _streamed(services: Services, principal: Principal, text: str) -> str:
    events = [e async for e in gateway.chat_stream(services, principal, text)]
    return str(events[-1].provider)


@pytest.mark.parametrize("streamed", [False, True])
async def test_six_concurrent_two_dollar_chats_cannot_overshoot_a_five_dollar_system_budget(
    services: Services, fake: FakeLLM, gw: Gateway, principal: Principal, streamed: bool
) -> None:
    await add_provider(services, fake, "paid", "openai", MODEL, priority=1, max_output_tokens=1024)
    await _price(services, fake)
    await budget.put_config(services, budget.BudgetConfig(weekly_usd=5, monthly_usd=100))
    calls: list[Any] = [
        _streamed(services, principal, f"{i} {LONG}") if streamed else gateway.chat(services, principal, f"{i} {LONG}")
        for i in range(6)
    ]
    results = await asyncio.gather(*calls)
    providers = [r if streamed else r.provider for r in results]
    paid = providers.count("paid")
    assert 1 <= paid <= 2 and providers.count("engine") == 6 - paid  # the rest: the engine, never a 429
    assert len(fake.calls_for(MODEL)) == paid
    await gw.drain()
    status = await budget.status(services)
    assert status.spent_week_usd <= 5 and status.spent_week_usd == pytest.approx(paid * REAL_COST)
