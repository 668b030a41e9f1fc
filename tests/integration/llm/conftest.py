"""Fixtures for the LLM gateway suites: embedded services, a fake provider server, provider configs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from shared.bootstrap import Services, build_services
from shared.config import load_settings
from shared.identity.principal import Principal
from shared.llm import configs
from shared.llm.gateway import Gateway, gateway_for
from shared.llm.types import ProviderConfig
from shared.plans.schema import PlanDraft
from shared.profile.model import FitnessProfile
from tests.support.fake_llm import FakeLLM, running_fake_llm

KEY = "sk-test-SECRET-0123456789"


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeLLM]:
    with running_fake_llm() as fake:
        yield fake


@pytest.fixture
def fake(fake_server: FakeLLM) -> FakeLLM:
    """The shared fake server, reset to healthy for each test, answering the engine's plan."""
    from shared.llm.structured import engine_plan

    fake_server.default.clear()
    fake_server.queues.clear()
    fake_server.calls.clear()
    fake_server.text = FakeLLM.text  # a test's own answer must not reach the next test
    fake_server.responder = None  # nor a test's plan writer (it answered the next test's plan job)
    fake_server.usage = None
    fake_server.retry_after = "0"
    fake_server.hang_s = 3.0
    fake_server.cut_after = 3
    fake_server.release.clear()  # a "held" stream waits again
    plan = engine_plan(FitnessProfile(), None)
    fake_server.plan_json = PlanDraft.model_validate(
        plan.model_dump(include=set(PlanDraft.model_fields))
    ).model_dump_json()
    return fake_server


@pytest.fixture
async def services(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Services]:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_BACKOFF_BASE_S", "0.01")
    monkeypatch.setenv("LLM_BACKOFF_CAP_S", "1")
    monkeypatch.setenv("LLM_CACHE_TTL_S", "0")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")  # deterministic reads; deferral has its own test
    monkeypatch.setenv("LLM_FIRST_TOKEN_TIMEOUT_S", "1")
    svc = await build_services(load_settings())  # its own caches and provider clients: nothing to reset
    yield svc
    await svc.close()


@pytest.fixture
def gw(services: Services) -> Gateway:
    gateway = gateway_for(services)
    return gateway


@pytest.fixture
def principal() -> Principal:
    return Principal(user_id="user-1", roles=frozenset({"user"}), tier="unlimited", ai_providers=True, health_data=True)


async def add_provider(
    services: Services, fake: FakeLLM, pid: str, kind: str, model: str, **extra: Any
) -> ProviderConfig:
    base = {"openai": fake.url + "/v1", "openai_compatible": fake.url + "/v1", "gemini": fake.url,
            "azure_openai": fake.url}[kind]  # fmt: skip
    config = ProviderConfig.model_validate(
        {"id": pid, "kind": kind, "model": model, "base_url": base, "api_key_ref": "FAKE_LLM_KEY",
         "timeout_s": 2.0, **extra}
    )  # fmt: skip
    return await configs.create_config(services, config)
