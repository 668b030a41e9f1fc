"""The caller's own data: profile with If-Match, export, erasure; admin user management."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity.records import SYSTEM
from shared.store import containers
from shared.store.port import Query
from tests.support.deletions import run_deletions
from tests.support.identity import PROFILE, STRONG_PASSWORD, client_for, make_admin, sign_up, verify_email


async def test_profile_round_trip_with_etag_and_if_match(app: FastAPI) -> None:
    user = await sign_up(app)
    assert (await user.client.get("/api/users/profile", headers=user.auth)).status_code == 404
    created = await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    assert created.status_code == 200, created.text
    etag = created.headers["ETag"]
    got = await user.client.get("/api/users/profile", headers=user.auth)
    assert got.headers["ETag"] == etag
    assert got.json()["timezone"] == "Europe/Berlin" and got.json()["needs_medical_clearance"] is False
    changed = {**PROFILE, "days_per_week": 4}
    ok = await user.client.put("/api/users/profile", json=changed, headers={**user.auth, "If-Match": etag})
    assert ok.status_code == 200 and ok.headers["ETag"] != etag
    stale = await user.client.put("/api/users/profile", json=PROFILE, headers={**user.auth, "If-Match": etag})
    assert stale.status_code == 412
    assert stale.headers["content-type"].startswith("application/problem+json")
    assert (await user.client.get("/api/users/profile", headers=user.auth)).json()["days_per_week"] == 4


async def test_if_match_on_a_missing_profile_is_412(app: FastAPI) -> None:
    user = await sign_up(app)
    r = await user.client.put("/api/users/profile", json=PROFILE, headers={**user.auth, "If-Match": '"nope"'})
    assert r.status_code == 412


async def test_par_q_yes_flags_the_profile(app: FastAPI) -> None:
    user = await sign_up(app)
    body = {**PROFILE, "par_q": {"chest_pain_activity": True}}
    r = await user.client.put("/api/users/profile", json=body, headers=user.auth)
    assert r.status_code == 200 and r.json()["needs_medical_clearance"] is True
    got = await user.client.get("/api/users/profile", headers=user.auth)
    assert got.json()["needs_medical_clearance"] is True and got.json() == r.json()
    # Once a physician has cleared the person, the notice goes (the plan stays conservative).
    cleared = {**PROFILE, "par_q": {"chest_pain_activity": True, "medical_clearance": True}}
    r = await user.client.put(
        "/api/users/profile", json=cleared, headers={**user.auth, "If-Match": got.headers["ETag"]}
    )
    assert r.status_code == 200 and r.json()["needs_medical_clearance"] is False


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"days_per_week": 8}, "days_per_week"),
        ({"session_minutes": 5}, "session_minutes"),
        ({"goals": ["flying"]}, "goals.0"),
        ({"units": "furlongs"}, "units"),
        ({"daily_message_hour": 24}, "daily_message_hour"),
        ({"preferred_days": ["mon"] * 8}, "preferred_days"),
        ({"surprise": 1}, "surprise"),
    ],
)
async def test_profile_validation_is_strict(app: FastAPI, patch: dict[str, Any], field: str) -> None:
    user = await sign_up(app)
    r = await user.client.put("/api/users/profile", json={**PROFILE, **patch}, headers=user.auth)
    assert r.status_code == 422
    assert any(e["field"].startswith(field) for e in r.json()["errors"]), r.json()


async def _seed_every_kind(user_id: str) -> None:
    """Documents of every kind other areas keep per user, in every user-partitioned container."""
    services = await get_services()
    for spec in containers.ALL:
        if spec.partition_key == "userId":
            await services.store.create(spec.name, {"id": f"{spec.name}-doc", "userId": user_id, "type": "sample"})
    # system documents are found by their registered kind and owner field (shared.store.kinds)
    await services.store.create(
        SYSTEM, {"id": "tier-request-1", "pk": "tier-request", "type": "tier_request", "userId": user_id}
    )


async def test_export_has_every_document_and_no_secrets(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    await _seed_every_kind(user.user_id)
    r = await user.client.get("/api/users/me/export", headers=user.auth)
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    data = json.loads(r.content)
    assert data["user_id"] == user.user_id
    kinds = {d.get("type") for docs in data["containers"].values() for d in docs}
    assert {"account", "profile", "refresh_family", "sample"} <= kinds
    for spec in containers.ALL:
        if spec.partition_key == "userId":
            assert any(d["id"] == f"{spec.name}-doc" for d in data["containers"][spec.name])
    assert any(d["id"] == "tier-request-1" for d in data["system"])
    assert any(a["action"] == "account.register" for a in data["audit"])
    text = r.text
    assert "$argon2" not in text and "password_hash" not in text
    assert user.client.cookies["__Host-vigor_refresh"].split(".")[2] not in text
    assert '"current"' not in text and '"previous"' not in text


async def test_delete_removes_every_document_of_the_user(app: FastAPI) -> None:
    user = await sign_up(app, "zoe@example.com")
    bystander = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    await _seed_every_kind(user.user_id)
    admin = await sign_up(app)
    await make_admin(admin)
    await admin.client.put(f"/api/admin/users/{user.user_id}/tier", json={"tier": "premium"}, headers=admin.auth)
    refresh_token = user.client.cookies["__Host-vigor_refresh"]

    r = await user.client.delete("/api/users/me", headers=user.auth)
    assert r.status_code == 204
    await run_deletions()

    services = await get_services()
    for spec in containers.ALL:
        page = await services.store.query(spec.name, Query(limit=1000))
        dump = json.dumps(page.items)
        assert user.user_id not in dump, spec.name
        assert "zoe@example.com" not in dump, spec.name
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    async with client_for(app) as other:
        again = await other.post("/api/auth/refresh", headers={"Cookie": f"vigor_refresh={refresh_token}"})
        assert again.status_code == 401
        login = await other.post("/api/auth/login", json={"email": "zoe@example.com", "password": STRONG_PASSWORD})
        assert login.status_code == 401
    # The audit log keeps the events, under a pseudonym, without health data.
    log = (await admin.client.get("/api/admin/audit-log", headers=admin.auth)).json()["items"]
    assert any(i["action"] == "account.deleted" and i["target"].startswith("deleted-user:") for i in log)
    assert "Europe/Berlin" not in json.dumps(log)
    assert (await bystander.client.get("/api/users/me", headers=bystander.auth)).status_code == 200
    # The email is free again.
    async with client_for(app) as again_client:
        fresh = await again_client.post(
            "/api/auth/register",
            json={"email": "zoe@example.com", "password": STRONG_PASSWORD, "consent_health_data": True},
        )
        assert fresh.status_code == 201


async def test_admin_manages_users_and_every_change_is_audited(app: FastAPI) -> None:
    admin = await sign_up(app, "root@example.com")
    await make_admin(admin)
    target = await sign_up(app, "target.person@example.com")
    h = admin.auth
    listed = await admin.client.get("/api/admin/users", params={"q": "target.person", "limit": 10}, headers=h)
    assert listed.status_code == 200 and [u["id"] for u in listed.json()["items"]] == [target.user_id]
    assert "password_hash" not in listed.text
    page1 = await admin.client.get("/api/admin/users", params={"limit": 1}, headers=h)
    assert page1.json()["next_cursor"]
    page2 = await admin.client.get(
        "/api/admin/users", params={"limit": 1, "cursor": page1.json()["next_cursor"]}, headers=h
    )
    assert page2.json()["items"][0]["id"] != page1.json()["items"][0]["id"]
    tier = await admin.client.put(f"/api/admin/users/{target.user_id}/tier", json={"tier": "premium"}, headers=h)
    assert tier.json()["tier"] == "premium"
    by_tier = await admin.client.get("/api/admin/users", params={"tier": "premium"}, headers=h)
    assert [u["id"] for u in by_tier.json()["items"]] == [target.user_id]
    unconfirmed = await admin.client.put(
        f"/api/admin/users/{target.user_id}/roles", json={"roles": ["admin"]}, headers=h
    )
    assert unconfirmed.status_code == 409 and "not confirmed" in unconfirmed.json()["detail"]
    await verify_email(target)  # its owner opens the emailed link: now the role can be given
    roles = await admin.client.put(f"/api/admin/users/{target.user_id}/roles", json={"roles": ["admin"]}, headers=h)
    assert sorted(roles.json()["roles"]) == ["admin", "user"]
    me = await target.client.get("/api/users/me", headers=target.auth)
    assert "admin" in me.json()["roles"]  # from the account, not the (older) token
    assert (
        await admin.client.put(f"/api/admin/users/{admin.user_id}/roles", json={"roles": ["user"]}, headers=h)
    ).status_code == 409
    assert (await admin.client.get("/api/admin/users/unknown-id", headers=h)).status_code == 404
    page = (await admin.client.get("/api/admin/audit-log", headers=h)).json()
    log = page["items"]
    actions = [i["action"] for i in log]
    assert "user.tier_changed" in actions and "user.roles_changed" in actions
    assert "target.person@example.com" not in json.dumps(log)  # records hold ids only
    # ...and the page names them for the admin reading it, as they are now.
    assert page["people"][target.user_id]["email"] == "target.person@example.com"
    assert page["people"][admin.user_id]["email"] == "root@example.com"


async def test_disabled_users_token_stops_working_at_once(app: FastAPI) -> None:
    admin = await sign_up(app)
    await make_admin(admin)
    user = await sign_up(app, "frank@example.com")
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 200
    r = await admin.client.post(f"/api/admin/users/{user.user_id}/disable", headers=admin.auth)
    assert r.status_code == 200 and r.json()["disabled"] is True
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    login = await user.client.post("/api/auth/login", json={"email": "frank@example.com", "password": STRONG_PASSWORD})
    assert login.status_code == 403
    await admin.client.post(f"/api/admin/users/{user.user_id}/enable", headers=admin.auth)
    login = await user.client.post("/api/auth/login", json={"email": "frank@example.com", "password": STRONG_PASSWORD})
    assert login.status_code == 200
