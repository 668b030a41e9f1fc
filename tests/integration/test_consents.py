"""Consent to processing health data, given at sign-up and versioned; no health data stored without it
(issue 17, item 5), over HTTP."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity.records import SYSTEM
from shared.store.port import Filter, Query
from tests.support.identity import PROFILE, STRONG_PASSWORD, client_for, sign_up


async def test_sign_up_needs_explicit_consent_to_health_data(app: FastAPI) -> None:
    async with client_for(app) as client:
        for body in ({}, {"consent_health_data": False}, {"consent_health_data": 1}):
            r = await client.post("/api/auth/register", json={"email": "c@example.com", "password": STRONG_PASSWORD,
                                                              **body})  # fmt: skip
            assert r.status_code == 422 and "consent_health_data" in r.text, body
        ok = await client.post("/api/auth/register", json={"email": "c@example.com", "password": STRONG_PASSWORD,
                                                           "consent_health_data": True})  # fmt: skip
    assert ok.status_code == 201
    assert ok.json()["user"]["health_data_consent"] is True and ok.json()["user"]["ai_providers_opt_in"] is False


async def test_consents_are_versioned_audited_and_guard_health_data(app: FastAPI) -> None:
    user = await sign_up(app)
    got = (await user.client.get("/api/users/me/consents", headers=user.auth)).json()
    assert got["health_data"]["given"] and got["health_data"]["current"]
    assert got["health_data"]["version"] == got["notice_version"] and got["health_data"]["at"]
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    withdrawn = await user.client.put("/api/users/me/consents", json={"health_data": False}, headers=user.auth)
    assert withdrawn.status_code == 200
    assert withdrawn.json()["health_data"]["current"] is False and withdrawn.json()["ai_providers"]["given"] is False
    refused = await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    assert refused.status_code == 403 and "consent" in refused.json()["detail"]
    metric = {"measured_at": "2026-11-01T08:00:00+00:00", "weight_kg": 70.0}
    assert (await user.client.post("/api/progress/metrics", json=metric, headers=user.auth)).status_code == 403
    assert (await user.client.get("/api/users/profile", headers=user.auth)).status_code == 200  # still theirs to read
    again = await user.client.put("/api/users/me/consents", json={"health_data": True}, headers=user.auth)
    assert again.json()["health_data"]["current"] is True
    assert (await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)).status_code == 200
    services = await get_services()
    page = await services.store.query(SYSTEM, Query(filters=(Filter("type", "eq", "audit"),), limit=200))
    changes = [d for d in page.items if d.get("action") == "consent.changed" and d.get("target") == user.user_id]
    assert len(changes) >= 3
    export = (await user.client.get("/api/users/me/export", headers=user.auth)).text
    assert '"consents"' in export  # part of the user's data


async def test_a_profile_below_the_minimum_age_is_refused(app: FastAPI) -> None:
    """Vigor is for people 16 and over by default (MINIMUM_AGE; the GDPR's age of digital consent)."""
    from datetime import UTC, datetime

    user = await sign_up(app)
    year = datetime.now(UTC).year
    young = await user.client.put("/api/users/profile", json={**PROFILE, "birth_year": year - 15}, headers=user.auth)
    assert young.status_code == 422 and "16 and over" in young.text and "birth_year" in young.text
    ok = await user.client.put("/api/users/profile", json={**PROFILE, "birth_year": year - 16}, headers=user.auth)
    assert ok.status_code == 200


async def test_coach_history_expires_after_the_configured_days(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """Retention: coach messages and conversations carry the store's time-to-live (COACH_HISTORY_DAYS, 365 by
    default, counted from the last write; the store's contract tests prove expiry itself)."""
    from shared.coach.messages import AI, add_message, open_conversation
    from shared.config import get_settings

    services = await get_services()
    cid = await open_conversation(services.store, "u-retained", None)
    message = await add_message(services.store, "u-retained", cid, "user", "hello")
    stored = await services.store.read(AI, "u-retained", f"msg:{message.id}")
    conversation = await services.store.read(AI, "u-retained", f"conv:{cid}")
    assert stored["ttl"] == conversation["ttl"] == 365 * 86400
    monkeypatch.setenv("COACH_HISTORY_DAYS", "0")
    get_settings.cache_clear()
    kept = await add_message(services.store, "u-retained", cid, "user", "keep me")
    assert "ttl" not in await services.store.read(AI, "u-retained", f"msg:{kept.id}")


async def test_every_route_behind_the_consent_check_documents_its_403(app: FastAPI) -> None:
    from functions.http.responses import consent_gated

    gated = consent_gated(app)
    assert {("post", "/api/progress/metrics"), ("put", "/api/users/profile"), ("post", "/api/workouts/{plan_id}/log"),
            ("put", "/api/workouts/sessions/{session_id}")} <= gated  # fmt: skip
    schema = app.openapi()["paths"]
    user = await sign_up(app)
    assert (await user.client.put("/api/users/me/consents", json={"health_data": False}, headers=user.auth)).is_success
    for method, path in sorted(gated):
        answered = await user.client.request(method, path.replace("{", "").replace("}", ""), json={}, headers=user.auth)
        assert answered.status_code == 403 and "consent" in answered.json()["detail"], (method, path, answered.text)
        declared = schema[path][method]["responses"]["403"]
        assert declared["content"]["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
    await user.client.aclose()
