"""The answer cache: only provider answers are kept, keyed by the task's provider chain (issue 15, item 5)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services
from shared.identity.principal import Principal
from shared.llm import cache, configs, gateway
from shared.llm.types import ProviderConfig
from shared.profile.model import FitnessProfile
from tests.integration.llm.conftest import KEY, add_provider
from tests.support.fake_llm import FakeLLM
from tests.support.identity import PROFILE, fast_hashing, make_admin, sign_up


@pytest.fixture
def cache_on(services: Services) -> Services:
    services.settings.llm_cache_ttl_s = 600
    return services


async def test_offline_answers_are_never_cached_so_an_added_provider_answers_the_next_call(
    cache_on: Services, fake: FakeLLM, principal: Principal
) -> None:
    offline = [await gateway.chat(cache_on, principal, "How heavy next time?") for _ in range(2)]
    assert [(r.provider, r.cached) for r in offline] == [("engine", False), ("engine", False)]
    plans = [await gateway.generate_plan(cache_on, principal, FitnessProfile()) for _ in range(2)]
    assert [(p.provider, p.cached) for p in plans] == [("engine", False), ("engine", False)]

    await add_provider(cache_on, fake, "a", "openai", "m-new", priority=1)
    fresh = await gateway.chat(cache_on, principal, "How heavy next time?")
    assert (fresh.provider, fresh.cached) == ("a", False) and len(fake.calls_for("m-new")) == 1
    again = await gateway.chat(cache_on, principal, "How heavy next time?")
    assert (again.provider, again.cached) == ("a", True) and len(fake.calls_for("m-new")) == 1  # kept


async def test_an_engine_fallback_after_a_provider_failure_is_not_cached(
    cache_on: Services, fake: FakeLLM, principal: Principal
) -> None:
    await add_provider(cache_on, fake, "a", "openai", "m-flaky", priority=1)
    fake.script("m-flaky", "500", "500")  # both attempts fail: the engine answers
    fallback = await gateway.chat(cache_on, principal, "hello")
    assert (fallback.provider, fallback.fallback_depth) == ("engine", 1)
    recovered = await gateway.chat(cache_on, principal, "hello")
    assert (recovered.provider, recovered.cached) == ("a", False) and len(fake.calls_for("m-flaky")) == 3


async def test_a_provider_config_change_stops_earlier_answers_matching(
    cache_on: Services, fake: FakeLLM, principal: Principal
) -> None:
    config = await add_provider(cache_on, fake, "a", "openai", "m-one", priority=1)
    await gateway.chat(cache_on, principal, "hello")
    assert (await gateway.chat(cache_on, principal, "hello")).cached and len(fake.calls) == 1

    await configs.put_config(cache_on, config.model_copy(update={"model": "m-two"}))
    moved = await gateway.chat(cache_on, principal, "hello")
    assert (moved.model, moved.cached) == ("m-two", False) and len(fake.calls_for("m-two")) == 1

    await configs.put_config(cache_on, config.model_copy(update={"model": "m-two", "enabled": False}))
    disabled = await gateway.chat(cache_on, principal, "hello")
    assert (disabled.provider, disabled.cached) == ("engine", False)


def test_the_chain_version_covers_every_field_of_every_enabled_provider() -> None:
    base = ProviderConfig(id="a", kind="openai", model="m", priority=1)
    engine = configs.chain([], "chat")[-1]
    version = cache.chain_version(configs.chain([base], "chat"))
    assert version == cache.chain_version(configs.chain([base.model_copy()], "chat"))
    changed = [
        base.model_copy(update={"model": "m2"}),
        base.model_copy(update={"priority": 2}),
        base.model_copy(update={"kind": "gemini"}),
        base.model_copy(update={"max_output_tokens": 999}),
        base.model_copy(update={"enabled": False}),
    ]
    versions = {cache.chain_version(configs.chain([c], "chat")) for c in changed}
    assert version not in versions and len(versions) == len(changed)
    added = configs.chain([base, ProviderConfig(id="b", kind="gemini", model="g")], "chat")
    assert cache.chain_version(added) != version
    assert cache.chain_version(configs.chain([base.model_copy(update={"enabled": False})], "chat")) == (
        cache.chain_version([engine])
    )
    key = cache.cache_key("chat", {"text": "hi"}, "u1", version)
    assert key != cache.cache_key("chat", {"text": "hi"}, "u1", cache.chain_version(added))


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "600")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    yield create_app()
    await close_services()


async def test_over_http_an_admin_adding_a_provider_takes_effect_on_the_next_chat(app: FastAPI, fake: FakeLLM) -> None:
    admin, user = await sign_up(app), await sign_up(app)
    await make_admin(admin)
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    ask = {"message": "How heavy should I squat next?"}
    for _ in range(2):
        offline = await user.client.post("/api/ai/chat", json=ask, headers=user.auth)
        assert offline.status_code == 200 and offline.json()["provider"] == "engine"
    provider = {"id": "paid", "kind": "openai", "model": "m-admin", "priority": 1, "base_url": fake.url + "/v1",
                "api_key_ref": "FAKE_LLM_KEY", "timeout_s": 2}  # fmt: skip
    assert (await admin.client.post("/api/admin/ai-providers", json=provider, headers=admin.auth)).status_code == 201
    fake.text = "Add 2.5 kg to your squat next time."
    online = await user.client.post("/api/ai/chat", json=ask, headers=user.auth)
    assert online.json()["provider"] == "paid" and len(fake.calls_for("m-admin")) == 1
    for client in (admin.client, user.client):
        await client.aclose()


async def test_a_session_logged_since_makes_a_new_plan_key(
    cache_on: Services, fake: FakeLLM, principal: Principal
) -> None:
    """The plan prompt carries the recent training summary, so a cached plan never hides new training."""
    from datetime import UTC, datetime

    from shared.llm.structured import engine_plan
    from shared.workouts import plans as stored_plans
    from shared.workouts.model import LoggedSession
    from shared.workouts.sessions import log_session
    from tests.support.workout_fixtures import session_body

    await add_provider(cache_on, fake, "a", "openai", "m-plan-cache", priority=1)
    first = await gateway.generate_plan(cache_on, principal, FitnessProfile())
    again = await gateway.generate_plan(cache_on, principal, FitnessProfile())
    assert (first.cached, again.cached) == (False, True)
    plan = engine_plan(FitnessProfile(), None)
    saved = await stored_plans.save_plan(cache_on.store, principal.user_id, plan, [])
    lift = plan.days[0].exercises[0].exercise_id
    body = session_body(datetime.now(UTC).isoformat(), [(lift, 5, 60.0, 8.0)] * 3, plan.days[0].day_index)
    await log_session(cache_on.store, principal.user_id, saved.plan.id, LoggedSession.model_validate(body))
    after = await gateway.generate_plan(cache_on, principal, FitnessProfile())
    assert not after.cached and len(fake.calls_for("m-plan-cache")) == 2
