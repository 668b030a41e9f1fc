"""Deleting the account asks the owner to prove it is them (the attacker review: a borrowed or stolen session could
erase everything with one DELETE): the current password, or a sign-in of the last 10 minutes. Without either the
account and its data are untouched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity import sessions
from shared.identity.presence import RECENT_SIGN_IN_S
from tests.support.deletions import run_deletions
from tests.support.identity import PROFILE, STRONG_PASSWORD, User, client_for, enable_two_factor, sign_up


async def _later(seconds: float) -> None:
    services = await get_services()
    services.clock = lambda: datetime.now(UTC) + timedelta(seconds=seconds)


async def _still_there(user: User) -> None:
    me = await user.client.get("/api/users/me", headers=user.auth)
    assert me.status_code == 200, me.text
    profile = await user.client.get("/api/users/profile", headers=user.auth)
    assert profile.status_code == 200 and profile.json()["days_per_week"] == PROFILE["days_per_week"]


async def test_an_old_sign_in_without_the_password_deletes_nothing(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    await _later(RECENT_SIGN_IN_S + 60)
    for body in (None, {}, {"password": None}):
        r = await user.client.request("DELETE", "/api/users/me", headers=user.auth, json=body)
        assert r.status_code == 403, r.text
        assert r.json()["type"] == "urn:vigor:problem:recent-sign-in-required"
        assert "password" in r.json()["detail"]
    await run_deletions()
    await _still_there(user)


async def test_a_renewed_token_does_not_make_an_old_sign_in_recent(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    await _later(RECENT_SIGN_IN_S + 60)
    renewed = await user.client.post("/api/auth/refresh")
    assert renewed.status_code == 200, renewed.text
    user.token = renewed.json()["access_token"]
    r = await user.client.delete("/api/users/me", headers=user.auth)
    assert r.status_code == 403 and r.json()["type"] == "urn:vigor:problem:recent-sign-in-required"
    await _still_there(user)


async def test_a_wrong_password_names_the_field_and_deletes_nothing(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    r = await user.client.request("DELETE", "/api/users/me", headers=user.auth, json={"password": "not it at all 9"})
    assert r.status_code == 422, r.text
    assert [e["field"] for e in r.json()["errors"]] == ["password"]
    await run_deletions()
    await _still_there(user)


async def test_malformed_bodies_are_refused_and_delete_nothing(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    for body in ({"password": ""}, {"password": "x" * 1025}, {"password": 7}, {"pasword": STRONG_PASSWORD}, [1]):
        r = await user.client.request("DELETE", "/api/users/me", headers=user.auth, json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
    await run_deletions()
    await _still_there(user)


async def test_the_password_deletes_from_an_old_sign_in(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    await _later(RECENT_SIGN_IN_S + 3600)
    r = await user.client.request("DELETE", "/api/users/me", headers=user.auth, json={"password": STRONG_PASSWORD})
    assert r.status_code == 204, r.text
    await run_deletions()
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    async with client_for(app) as other:
        login = await other.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
        assert login.status_code == 401


async def test_a_fresh_sign_in_deletes_without_the_password(app: FastAPI) -> None:
    user = await sign_up(app)
    await _later(RECENT_SIGN_IN_S - 60)
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code == 204


async def test_with_two_step_on_a_session_that_did_not_pass_it_cannot_delete(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.put("/api/users/profile", json=PROFILE, headers=user.auth)
    await enable_two_factor(user)
    # A sign-in that did not pass it (a Microsoft one without MFA on a linked account: every sign-in made before it
    # was turned on has ended since hAU, and the one that turned it on passed it).
    services = await get_services()
    account = await services.store.read("users", user.user_id, "account")
    user.token = (await sessions.start(services, account, "", ("pwd",))).access_token
    r = await user.client.delete("/api/users/me", headers=user.auth)
    assert r.status_code == 403 and r.json()["type"] == "urn:vigor:problem:two-step-sign-in-required"
    r = await user.client.request("DELETE", "/api/users/me", headers=user.auth, json={"password": STRONG_PASSWORD})
    assert r.status_code == 403 and r.json()["type"] == "urn:vigor:problem:two-step-sign-in-required"
    await _still_there(user)
