"""The tier, LLM and admin routes over the FastAPI app: shapes, 429s, audit, no keys in responses."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import APIRouter, FastAPI

from functions.http.app import create_app
from functions.http.deps import CurrentUser, ServicesDep
from shared.bootstrap import close_services, get_services
from shared.identity.principal import Principal
from shared.llm import configs, gateway
from shared.llm.types import ProviderConfig
from tests.integration.llm.conftest import KEY
from tests.support.fake_llm import FakeLLM
from tests.support.identity import fast_hashing, make_admin, sign_up

probe = APIRouter()


@probe.post("/api/test-chat", operation_id="testChat")
async def _chat(user: CurrentUser, services: ServicesDep) -> dict[str, str]:
    """A stand-in for the coach route (built by another area) that spends one AI request."""
    return {"reply": (await gateway.chat(services, user, "hi")).text}


@pytest.fixture
async def app(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FastAPI]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    monkeypatch.setenv("LLM_CACHE_TTL_S", "0")
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    yield create_app()
    await close_services()


async def _paid_provider(fake: FakeLLM) -> None:
    """A model to answer: the built-in coach's answers cost no AI request (browser review D11)."""
    services = await get_services()
    config = ProviderConfig.model_validate({"id": "paid", "kind": "openai", "model": "gpt-4o-mini", "priority": 1,
                                            "base_url": fake.url + "/v1", "api_key_ref": "FAKE_LLM_KEY",
                                            "timeout_s": 2})  # fmt: skip
    await configs.create_config(services, config)


async def test_features_are_public_and_current_shows_usage(app: FastAPI, fake: FakeLLM) -> None:
    user = await sign_up(app)
    await _paid_provider(fake)
    features = await user.client.get("/api/tiers/features")
    assert features.status_code == 200
    free = next(t for t in features.json() if t["tier"] == "free")
    assert (free["requests_per_day"], free["requests_per_week"], free["requests_per_month"]) == (10, 50, 200)
    services = await get_services()
    me = Principal(user_id=user.user_id, roles=frozenset({"user"}), tier="free", ai_providers=True, health_data=True)
    await gateway.chat(services, me, "hello")
    current = (await user.client.get("/api/tiers/current", headers=user.auth)).json()
    assert current["tier"] == "free" and current["usage"]["day"] == {**current["usage"]["day"], "used": 1, "limit": 10}
    per_day = (await user.client.get("/api/tiers/usage", headers=user.auth)).json()["items"]
    assert per_day[0]["calls"] == 1
    summary = (await user.client.get("/api/llm/usage-summary", headers=user.auth)).json()
    assert summary["totals"]["calls"] == 1 and summary["by_task"][0]["key"] == "chat"
    status = (await user.client.get("/api/llm/status", headers=user.auth)).json()
    assert status["ai_available"] and status["providers"][-1]["kind"] == "engine"


async def test_the_built_in_coach_costs_no_request(app: FastAPI) -> None:
    """With no AI provider, chats past the daily limit still answer (the engine's), and usage stays at 0."""
    app.include_router(probe)
    user = await sign_up(app)
    codes = [(await user.client.post("/api/test-chat", headers=user.auth)).status_code for _ in range(11)]
    assert codes == [200] * 11
    current = (await user.client.get("/api/tiers/current", headers=user.auth)).json()
    assert current["usage"]["day"]["used"] == 0


async def test_over_the_limit_is_429_with_retry_after_and_the_limit(app: FastAPI, fake: FakeLLM) -> None:
    app.include_router(probe)
    user = await sign_up(app)
    await _paid_provider(fake)
    codes = [(await user.client.post("/api/test-chat", headers=user.auth)).status_code for _ in range(10)]
    assert codes == [200] * 10
    refused = await user.client.post("/api/test-chat", headers=user.auth)
    assert refused.status_code == 429 and refused.headers["content-type"].startswith("application/problem+json")
    assert 0 < int(refused.headers["retry-after"]) <= 86400 and refused.json()["limit"] == "requests_per_day"


async def test_upgrade_request_approved_by_admin_changes_the_tier(app: FastAPI) -> None:
    user, admin = await sign_up(app), await sign_up(app)
    await make_admin(admin)
    asked = await user.client.post("/api/tiers/upgrade", json={"tier": "premium"}, headers=user.auth)
    assert asked.status_code == 202 and asked.json()["status"] == "pending"
    assert (await user.client.get("/api/admin/tier-requests", headers=user.auth)).status_code == 403
    pending = (await admin.client.get("/api/admin/tier-requests?status=pending", headers=admin.auth)).json()
    assert [r["id"] for r in pending["items"]] == [asked.json()["id"]]
    assert pending["items"][0]["email"] == user.email  # the admin sees who asks
    done = await admin.client.post(f"/api/admin/tier-requests/{asked.json()['id']}/approve", headers=admin.auth)
    assert done.status_code == 200 and done.json()["status"] == "approved"
    again = await admin.client.post(f"/api/admin/tier-requests/{asked.json()['id']}/reject", headers=admin.auth)
    assert again.status_code == 409
    assert (await user.client.get("/api/tiers/current", headers=user.auth)).json()["tier"] == "premium"
    audit = (await admin.client.get("/api/admin/audit-log", headers=admin.auth)).json()["items"]
    assert any(r["action"] == "tier_request.approved" for r in audit)


async def test_admin_tier_limits_edit(app: FastAPI) -> None:
    admin = await sign_up(app)
    await make_admin(admin)
    body = {"requests_per_day": 3, "requests_per_week": 20, "requests_per_month": 80, "monthly_budget_usd": 2}
    saved = await admin.client.put("/api/admin/tiers/free", json=body, headers=admin.auth)
    assert saved.status_code == 200 and saved.json()["requests_per_day"] == 3
    bad = await admin.client.put("/api/admin/tiers/free", json={**body, "requests_per_week": 1}, headers=admin.auth)
    assert bad.status_code == 422
    listed = (await admin.client.get("/api/admin/tiers", headers=admin.auth)).json()
    assert next(t for t in listed if t["tier"] == "free")["requests_per_day"] == 3


async def test_provider_admin_crud_test_budget_prices_breakdown_and_config_round_trip(
    app: FastAPI, fake: FakeLLM
) -> None:
    admin = await sign_up(app)
    await make_admin(admin)
    h = admin.auth
    provider = {"id": "openai-mini", "kind": "openai", "model": "gpt-4o-mini", "priority": 1,
                "base_url": fake.url + "/v1", "api_key_ref": "FAKE_LLM_KEY", "timeout_s": 2}  # fmt: skip
    created = await admin.client.post("/api/admin/ai-providers", json=provider, headers=h)
    assert created.status_code == 201 and created.json()["circuit"] == "closed"
    assert (await admin.client.post("/api/admin/ai-providers", json=provider, headers=h)).status_code == 409
    leak = await admin.client.post("/api/admin/ai-providers", json={**provider, "id": "x", "api_key": KEY}, headers=h)
    assert leak.status_code == 422  # a key itself is refused; only a reference is accepted
    tested = await admin.client.post("/api/admin/ai-providers/openai-mini/test", headers=h)
    assert tested.status_code == 200 and tested.json()["ok"] is True
    fake.default["gpt-4o-mini"] = "echo_key"
    failed = await admin.client.post("/api/admin/ai-providers/openai-mini/test", headers=h)
    assert failed.json() == {**failed.json(), "ok": False, "error": "auth"} and KEY not in failed.text
    fake.default.clear()
    updated = await admin.client.put("/api/admin/ai-providers/openai-mini", json={**provider, "priority": 5}, headers=h)
    assert updated.json()["priority"] == 5

    services = await get_services()
    me = Principal(
        user_id=admin.user_id, roles=frozenset({"user", "admin"}), tier="free", ai_providers=True, health_data=True
    )
    fake.usage = (1000, 500)
    await gateway.chat(services, me, "hello")
    breakdown = (await admin.client.get("/api/admin/cost-breakdown?days=7", headers=h)).json()
    assert breakdown["total_cost_usd"] == pytest.approx(0.00045)
    assert breakdown["by_provider"][0]["key"] == "openai-mini" and breakdown["by_tier"][0]["key"] == "free"
    [provider_day] = breakdown["by_provider_day"]
    assert provider_day["key"] == "openai-mini" and provider_day["day"] == breakdown["by_day"][0]["key"]
    assert provider_day["cost_usd"] == pytest.approx(0.00045) and provider_day["calls"] == 1
    stats = (await admin.client.get("/api/admin/usage-stats", headers=h)).json()
    assert stats["totals"]["calls"] == 1 and stats["budget"]["spent_week_usd"] == pytest.approx(0.00045)

    budget = await admin.client.post(
        "/api/admin/budget", json={"weekly_usd": 5, "monthly_usd": 20, "alert_threshold": 0.9, "auto_disable": True},
        headers=h,
    )  # fmt: skip
    assert budget.json()["config"]["weekly_usd"] == 5
    table = (await admin.client.get("/api/admin/prices", headers=h)).json()
    assert table["as_of"] == "2026-11" and table["models"]["gpt-4o-mini"]["input_per_million"] == 0.15
    table["models"]["gpt-4o-mini"]["input_per_million"] = 0.2
    assert (await admin.client.put("/api/admin/prices", json=table, headers=h)).status_code == 200

    exported = (await admin.client.get("/api/admin/llm/config/export", headers=h)).json()
    assert exported["providers"][0]["api_key_ref"] == "FAKE_LLM_KEY" and KEY not in str(exported)
    assert (await admin.client.delete("/api/admin/ai-providers/openai-mini", headers=h)).status_code == 204
    assert (await admin.client.get("/api/admin/ai-providers", headers=h)).json() == []
    restored = await admin.client.post("/api/admin/llm/config/import", json={**exported, "replace": True}, headers=h)
    assert restored.status_code == 200 and restored.json()["providers"] == 1
    listed = (await admin.client.get("/api/admin/ai-providers", headers=h)).json()
    assert [p["priority"] for p in listed] == [5] and KEY not in str(listed)
    actions = {r["action"] for r in (await admin.client.get("/api/admin/audit-log", headers=h)).json()["items"]}
    assert {"ai_provider.created", "ai_provider.deleted", "llm.budget_changed", "llm.prices_changed",
            "llm.config_imported"} <= actions  # fmt: skip
