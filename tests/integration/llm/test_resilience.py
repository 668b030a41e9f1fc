"""Circuit breakers shared through the store, streaming with fallback and cuts, and keys kept secret."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from shared.bootstrap import Services
from shared.identity.principal import Principal
from shared.llm import gateway
from shared.llm.breaker import BreakerPolicy, CircuitBreakers, breaker_id
from shared.llm.gateway import Gateway
from shared.llm.secrets import SecretRedactionFilter, install_redaction
from shared.quota import usage
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore
from tests.integration.llm.conftest import KEY, add_provider
from tests.support.fake_llm import FakeLLM


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_breaker_opens_half_opens_with_one_probe_and_closes(services: Services, tmp_path: Path) -> None:
    clock = Clock()
    policy = BreakerPolicy(failures=3, cooldown_s=30, cache_s=0)
    here = CircuitBreakers(services.store, policy, clock)
    # a second instance of the app: its own store object on the same database, its own caches
    other_store = SqliteDocumentStore(services.settings.resolved_data_dir() / "store.sqlite3", containers.ALL)
    there = CircuitBreakers(other_store, policy, clock)
    bid = breaker_id("openai-a", "gpt-4o-mini")
    for _ in range(3):
        assert await here.admit(bid) == "closed"
        await here.failure(bid, "closed")
    assert await there.state(bid) == "open" and await there.admit(bid) == "denied"
    clock.now += 31
    claims = await asyncio.gather(*(b.admit(bid) for b in (here, there, here, there)))
    assert sorted(claims) == ["denied", "denied", "denied", "probe"]  # exactly one probe
    await here.failure(bid, "probe")  # the probe failed: open again, a new cooldown
    assert await there.admit(bid) == "denied"
    clock.now += 31
    assert await there.admit(bid) == "probe"
    await there.success(bid, "probe")
    assert await here.state(bid) == "closed" and await here.admit(bid) == "closed"
    await other_store.close()


async def test_breaker_opens_on_failure_rate(services: Services) -> None:
    breakers = CircuitBreakers(services.store, BreakerPolicy(failures=100, min_calls=10, failure_rate=0.5, cache_s=0))
    bid = breaker_id("p", "m")
    await breakers.failure(bid, "closed")
    for i in range(9):
        await breakers.success(bid, "closed") if i % 2 else await breakers.failure(bid, "closed")
    assert await breakers.state(bid) == "open"


async def test_open_breaker_skips_the_provider_in_routing(
    services: Services, fake: FakeLLM, gw: Gateway, principal: Principal
) -> None:
    gw.breakers.policy = BreakerPolicy(failures=2, cooldown_s=60, cache_s=0)
    await add_provider(services, fake, "a", "openai", "m-flaky", priority=1)
    fake.default["m-flaky"] = "500"
    first = await gateway.chat(services, principal, "one")  # two failed attempts open the circuit
    assert first.provider == "engine" and len(fake.calls) == 2
    second = await gateway.chat(services, principal, "two")
    assert second.provider == "engine" and len(fake.calls) == 2  # not called at all


async def test_stream_tokens_then_done(services: Services, fake: FakeLLM, principal: Principal) -> None:
    await add_provider(services, fake, "a", "openai", "m-stream", priority=1)
    fake.text = "one two three four five"
    events = [e async for e in gateway.chat_stream(services, principal, "talk")]
    assert "".join(e.text for e in events if e.event == "token") == "one two three four five"
    assert events[-1].event == "done" and events[-1].provider == "a" and not events[-1].partial


@pytest.mark.parametrize("kind", ["openai", "gemini", "openai_compatible"])
async def test_stream_without_first_token_falls_back(
    services: Services, fake: FakeLLM, principal: Principal, kind: str
) -> None:
    extra = {"api_style": "responses"} if kind == "openai_compatible" else {}
    await add_provider(services, fake, "slow", kind, "m-slow", priority=1, **extra)
    await add_provider(services, fake, "b", "openai", "m-b", priority=2)
    fake.default["m-slow"] = "hang"
    fake.hang_s = 2.0
    events = [e async for e in gateway.chat_stream(services, principal, "talk")]
    assert events[-1].event == "done" and events[-1].provider == "b" and events[-1].fallback_depth == 1


@pytest.mark.parametrize("kind", ["openai", "gemini", "openai_compatible"])
async def test_stream_cut_midway_ends_with_error_and_keeps_partial(
    services: Services, fake: FakeLLM, principal: Principal, kind: str
) -> None:
    extra = {"api_style": "responses"} if kind == "openai_compatible" else {}
    await add_provider(services, fake, "a", kind, "m-cut", priority=1, **extra)
    await add_provider(services, fake, "b", "openai", "m-b", priority=2)
    fake.text = "one two three four five six"
    fake.default["m-cut"] = "cut"
    events = [e async for e in gateway.chat_stream(services, principal, "talk")]
    last = events[-1]
    assert last.event == "error" and last.partial and last.provider == "a"
    assert last.text == "one two three" and not fake.calls_for("m-b")  # no silent mix of two answers
    outcomes = [r["outcome"] for r in await usage.records_since(services.store, 1, "user-1")]
    assert outcomes == ["cut"]


@pytest.mark.parametrize("kind", ["openai", "gemini", "azure_openai", "openai_compatible"])
async def test_keys_never_reach_logs_errors_or_records(
    services: Services, fake: FakeLLM, principal: Principal, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    caplog.set_level(logging.DEBUG)
    install_redaction()
    for name in ("openai", "httpx", "google_genai"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    await add_provider(services, fake, "a", kind, "m-echo", priority=1)
    fake.default["m-echo"] = "echo_key"
    result = await gateway.chat(services, principal, "hello")
    assert result.provider == "engine"
    seen = [c.headers.get("authorization", "") + c.headers.get("x-goog-api-key", "") + c.headers.get("api-key", "")
            for c in fake.calls]  # fmt: skip
    assert all(KEY in s for s in seen)  # the key really was sent, and echoed back by the server
    assert KEY not in caplog.text
    records = await usage.records_since(services.store, 1, "user-1")
    assert KEY not in repr(records)
    docs = await services.store.query("system", __import__("shared.store.port", fromlist=["Query"]).Query())
    assert KEY not in repr(docs.items)


def test_redaction_filter_masks_known_keys() -> None:
    from shared.llm.secrets import remember

    remember("sk-another-secret-value")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "calling with %s", ("sk-another-secret-value",), None)
    SecretRedactionFilter().filter(record)
    assert record.getMessage() == "calling with ***"
