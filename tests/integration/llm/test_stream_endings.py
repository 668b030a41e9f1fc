"""Streams end properly or are partial (issue 15, item 6a): each SDK against the fake's truncated and length modes.

A provider stream is whole only when the provider says so (chat `finish_reason` "stop", Responses
`response.completed`, Gemini `finishReason` STOP). One whose body just ends is cut; one that ends for
max tokens is partial too. Either way the user keeps what arrived, marked, and it is costed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services, get_services
from shared.identity.principal import Principal
from shared.llm import gateway
from shared.llm.breaker import breaker_id
from shared.llm.gateway import Gateway
from shared.quota import budget, reservations, usage
from tests.integration.llm.conftest import KEY, add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE, fast_hashing, sign_up
from tests.unit.test_coach_api import _sse

WIRES = {  # provider kind and extra config per wire format (the SDK that speaks it)
    "chat_completions": ("openai", {}),
    "responses": ("openai_compatible", {"api_style": "responses"}),
    "gemini": ("gemini", {}),
}


async def _records(services: Services) -> list[dict[str, Any]]:
    return await usage.records_since(services.store, 1, "user-1")


@pytest.mark.parametrize("wire", list(WIRES))
async def test_a_whole_stream_is_done_in_every_wire_format(
    services: Services, fake: FakeLLM, principal: Principal, wire: str
) -> None:
    kind, extra = WIRES[wire]
    await add_provider(services, fake, "a", kind, "m-whole", priority=1, **extra)
    fake.text = "one two three four five six"
    events = [e async for e in gateway.chat_stream(services, principal, "talk")]
    assert events[-1].event == "done" and not events[-1].partial and events[-1].text == fake.text
    [rec] = await _records(services)
    assert rec["outcome"] == "ok"


@pytest.mark.parametrize("mode", ["truncated", "length"])
@pytest.mark.parametrize("wire", list(WIRES))
async def test_a_stream_without_a_proper_finish_is_partial_and_costed(
    services: Services, fake: FakeLLM, gw: Gateway, principal: Principal, wire: str, mode: str
) -> None:
    kind, extra = WIRES[wire]
    await add_provider(services, fake, "a", kind, "m-short", priority=1, **extra)
    await add_provider(services, fake, "b", "openai", "m-b", priority=2)
    fake.text = "one two three four five six"
    fake.default["m-short"] = mode
    events = [e async for e in gateway.chat_stream(services, principal, "talk")]
    last = events[-1]
    assert last.event == "error" and last.partial and last.provider == "a"
    assert last.text == "one two three" and not fake.calls_for("m-b")  # kept, not mixed with another answer
    [rec] = await _records(services)
    assert rec["outcome"] == {"truncated": "cut", "length": "incomplete"}[mode]
    assert rec["tokens_in"] > 0 and rec["tokens_out"] > 0 and rec["cost_usd"] > 0  # never $0 for text received
    _, spent = await reservations.usage(services.store, "user-1")
    assert spent == pytest.approx(rec["cost_usd"], abs=1e-6)
    assert (await budget.status(services)).spent_week_usd == pytest.approx(rec["cost_usd"], abs=1e-6)
    breaker = await gw.breakers._read(breaker_id("a", "m-short"), use_cache=False)
    failures = int(breaker["failures"]) if breaker else 0
    assert failures == (1 if mode == "truncated" else 0)  # a cut is the provider's fault, max tokens is not


async def test_a_reader_who_leaves_mid_answer_still_pays_for_what_arrived(
    services: Services, fake: FakeLLM, principal: Principal
) -> None:
    await add_provider(services, fake, "a", "openai", "m-leave", priority=1)
    fake.text = "one two three four five six"
    fake.usage = None
    stream = gateway.chat_stream(services, principal, "talk")
    assert (await anext(stream)).text == "one"
    await stream.aclose()  # type: ignore[attr-defined]
    [rec] = await _records(services)
    assert rec["outcome"] == "cut" and rec["cost_usd"] > 0
    counts, spent = await reservations.usage(services.store, "user-1")
    assert counts["day"] == 1 and spent == pytest.approx(rec["cost_usd"], abs=1e-6)


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "0")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    monkeypatch.setenv("LLM_FIRST_TOKEN_TIMEOUT_S", "2")
    yield create_app()
    await close_services()


@pytest.mark.parametrize("wire", list(WIRES))
async def test_over_http_a_truncated_stream_is_reported_cut_and_stored_partial(
    app: FastAPI, fake: FakeLLM, wire: str
) -> None:
    user = await sign_up(app)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    kind, extra = WIRES[wire]
    await add_provider(await get_services(), fake, "paid", kind, f"m-http-{wire}", priority=1, **extra)
    fake.text = "Squat on Monday. Bench on Wednesday. Deadlift on Friday."
    fake.default[f"m-http-{wire}"] = "truncated"
    response = await user.client.post("/api/ai/chat/stream", json={"message": "what next?"}, headers=user.auth)
    assert response.status_code == 200
    kind_, data = _sse(response.text)[-1]
    assert kind_ == "error" and data["partial"] and data["partial_text"].startswith("Squat on")
    stored = (await user.client.get("/api/ai/history", headers=user.auth)).json()["items"][0]
    assert stored["partial"] and stored["id"] == data["message_id"] and stored["content"] == data["partial_text"]
    [rec] = await usage.records_since((await get_services()).store, 1, user.user_id)
    assert rec["outcome"] == "cut" and rec["cost_usd"] > 0
    await user.client.aclose()
