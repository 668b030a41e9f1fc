"""Accounts over HTTP: register, login, refresh rotation and reuse, logout, rate limits.

Failed-login throttling has its own suite: test_login_throttle.py."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import get_services
from shared.identity import passwords
from shared.identity.records import USERS
from shared.store.port import Query
from tests.support.identity import STRONG_PASSWORD, client_for, sign_up


def _cookie(token: str) -> dict[str, str]:
    return {"Cookie": f"vigor_refresh={token}"}


async def test_register_returns_tokens_and_a_strict_refresh_cookie(app: FastAPI) -> None:
    async with client_for(app) as client:
        response = await client.post(
            "/api/auth/register",
            json={
                "email": "  Ada.Lovelace@Example.COM ",
                "password": STRONG_PASSWORD,
                "display_name": "Ada",
                "consent_health_data": True,
            },
        )
    assert response.status_code == 201
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 15 * 60
    assert body["user"]["email"] == "ada.lovelace@example.com"
    assert body["user"]["roles"] == ["user"] and body["user"]["tier"] == "free"
    cookie = response.headers["set-cookie"].lower()
    # Over HTTPS the __Host- name (Secure, Path=/, no Domain: tests/unit/test_identity_cookies.py has local http)
    for part in ("__host-vigor_refresh=", "httponly", "secure", "samesite=strict", "path=/"):
        assert part in cookie
    assert "domain=" not in cookie
    assert "password" not in response.text.lower().replace('"password"', "")


async def test_stored_password_is_an_argon2id_hash(app: FastAPI) -> None:
    user = await sign_up(app)
    services = await get_services()
    account = await services.store.read(USERS, user.user_id, "account")
    assert account["password_hash"].startswith("$argon2id$")
    assert STRONG_PASSWORD not in str(account)


@pytest.mark.parametrize(
    ("password", "field_message"),
    [
        ("short1!", "at least 10"),
        ("password123", "too common"),
        ("qwertyuiop1", "too common"),
        ("aaaaaaaaaaaa", "common"),
    ],
)
async def test_weak_passwords_are_refused_with_a_field_error(app: FastAPI, password: str, field_message: str) -> None:
    async with client_for(app) as client:
        response = await client.post(
            "/api/auth/register", json={"email": "a@example.com", "password": password, "consent_health_data": True}
        )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    [error] = response.json()["errors"]
    assert error["field"] == "password" and field_message in error["message"]


async def test_common_password_list_is_large_and_loaded(app: FastAPI) -> None:
    common = passwords.common_passwords()
    assert len(common) > 3000
    assert {"password1234", "iloveyou123", "qwerty123456"} <= common


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "two words@example.com", ""])
async def test_invalid_emails_are_422(app: FastAPI, email: str) -> None:
    async with client_for(app) as client:
        response = await client.post(
            "/api/auth/register", json={"email": email, "password": STRONG_PASSWORD, "consent_health_data": True}
        )
    assert response.status_code == 422


async def test_emails_are_unique_after_normalisation(app: FastAPI) -> None:
    await sign_up(app, "bob@example.com")
    async with client_for(app) as client:
        response = await client.post(
            "/api/auth/register",
            json={"email": " BOB@example.com", "password": STRONG_PASSWORD, "consent_health_data": True},
        )
    assert response.status_code == 409


async def test_twenty_concurrent_registrations_of_one_email_exactly_one_wins(app: FastAPI) -> None:
    clients = [client_for(app, ip=f"198.51.100.{i}") for i in range(20)]
    responses = await asyncio.gather(
        *(
            c.post(
                "/api/auth/register",
                json={"email": "race@example.com", "password": STRONG_PASSWORD, "consent_health_data": True},
            )
            for c in clients
        )
    )
    statuses = sorted(r.status_code for r in responses)
    # One wins; the rest are told the address is taken until the address's 5 tries an hour are used, then 429
    # (register's 409 must not let anyone walk a list of addresses: docs/decisions.md).
    assert statuses.count(201) == 1 and set(statuses) <= {201, 409, 429} and statuses.count(409) <= 4, statuses
    services = await get_services()
    page = await services.store.query(USERS, Query(limit=100))
    assert [d["email"] for d in page.items if d.get("type") == "account"] == ["race@example.com"]
    for c in clients:
        await c.aclose()


async def test_login_me_and_generic_errors(app: FastAPI) -> None:
    user = await sign_up(app, "carol@example.com")
    async with client_for(app) as client:
        ok = await client.post("/api/auth/login", json={"email": "CAROL@example.com", "password": STRONG_PASSWORD})
        wrong = await client.post(
            "/api/auth/login", json={"email": "carol@example.com", "password": "wrong-password-1"}
        )
        unknown = await client.post(
            "/api/auth/login", json={"email": "nobody@example.com", "password": "whatever-12345"}
        )
        me = await client.get("/api/users/me", headers={"Authorization": f"Bearer {ok.json()['access_token']}"})
    assert ok.status_code == 200
    assert me.status_code == 200 and me.json()["id"] == user.user_id and me.json()["email"] == "carol@example.com"
    assert set(me.json()) == {"id", "email", "display_name", "roles", "tier", "created_at", "email_verified",
                              "pending_email", "local_sign_in", "health_data_consent", "two_factor_removal_at",
                              "ai_providers_opt_in", "two_factor", "microsoft_linked"}  # fmt: skip
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


async def test_refresh_rotates_and_reuse_revokes_the_family(app: FastAPI) -> None:
    user = await sign_up(app)
    first = user.client.cookies["__Host-vigor_refresh"]
    rotated = await user.client.post("/api/auth/refresh")
    assert rotated.status_code == 200 and rotated.json()["access_token"]
    second = user.client.cookies["__Host-vigor_refresh"]
    assert second != first
    # A thief replays the first (rotated) token after the grace window for racing tabs: the whole family
    # dies, the legitimate one too (tests/integration/test_refresh_concurrency.py covers the window).
    services = await get_services()
    services.clock = lambda: datetime.now(UTC) + timedelta(seconds=services.settings.refresh_reuse_grace_s + 1)
    async with client_for(app) as thief:
        replay = await thief.post("/api/auth/refresh", headers=_cookie(first))
    assert replay.status_code == 401
    after = await user.client.post("/api/auth/refresh")
    assert after.status_code == 401
    await user.client.aclose()


async def test_refresh_without_or_with_garbage_cookie_is_401(app: FastAPI) -> None:
    async with client_for(app) as client:
        assert (await client.post("/api/auth/refresh")).status_code == 401
        for garbage in ("x.y.z", "not-a-token", "a.b.c.d", "." * 300):
            assert (await client.post("/api/auth/refresh", headers=_cookie(garbage))).status_code == 401


async def test_logout_revokes_the_refresh_family(app: FastAPI) -> None:
    user = await sign_up(app)
    token = user.client.cookies["__Host-vigor_refresh"]
    out = await user.client.post("/api/auth/logout", headers=user.auth)
    assert out.status_code == 204
    async with client_for(app) as other:
        assert (await other.post("/api/auth/refresh", headers=_cookie(token))).status_code == 401
    await user.client.aclose()


async def test_a_readable_session_hint_lives_and_dies_with_the_refresh_cookie(app: FastAPI) -> None:
    # The web app refreshes on load only when the hint is there: a signed-out visit logs no 401.
    async with client_for(app) as client:
        response = await client.post(
            "/api/auth/register",
            json={"email": "hint@example.com", "password": STRONG_PASSWORD, "consent_health_data": True},
        )
        assert response.status_code == 201
        hint = next(c for c in response.headers.get_list("set-cookie") if c.startswith("__Host-vigor_signed_in="))
        assert hint.startswith("__Host-vigor_signed_in=1;")
        assert "httponly" not in hint.lower() and "path=/;" in hint.lower() and "samesite=strict" in hint.lower()
        token = response.json()["access_token"]
        out = await client.post("/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
        assert out.status_code == 204
        cleared = [c.split("=")[0] for c in out.headers.get_list("set-cookie") if "max-age=0" in c.lower()]
        assert sorted(cleared) == sorted(f"{p}vigor_{n}" for p in ("", "__Host-") for n in ("signed_in", "refresh"))


async def test_refresh_tokens_are_stored_hashed(app: FastAPI) -> None:
    user = await sign_up(app)
    token = user.client.cookies["__Host-vigor_refresh"]
    services = await get_services()
    page = await services.store.query(USERS, Query(partition_key=user.user_id, limit=100))
    assert token not in str(page.items)
    assert token.split(".")[2] not in str(page.items)


async def test_login_is_rate_limited_per_ip_across_instances_and_never_per_account(app: FastAPI) -> None:
    await sign_up(app, "erin@example.com")
    other_instance = create_app()  # another app on the same store: the counters are shared
    # Failures spread over many addresses slow each address, not the account (test_login_throttle.py).
    for i in range(12):
        async with client_for(app if i % 2 else other_instance, ip=f"203.0.113.{i}") as client:
            r = await client.post("/api/auth/login", json={"email": "erin@example.com", "password": "wrong-pass-123"})
            assert r.status_code == 401
    async with client_for(app, ip="203.0.113.99") as client:
        ok = await client.post("/api/auth/login", json={"email": "erin@example.com", "password": STRONG_PASSWORD})
        assert ok.status_code == 200
    # Any attempt, right or wrong, counts towards the per-address flood guard of 30 a minute.
    codes = []
    for i in range(31):
        async with client_for(app if i % 2 else other_instance, ip="192.0.2.1") as client:
            r = await client.post("/api/auth/login", json={"email": "erin@example.com", "password": STRONG_PASSWORD})
            codes.append(r.status_code)
            if r.status_code == 429:
                assert r.headers["Retry-After"] and "login per IP" in r.json()["limit"]
    assert codes[:30] == [200] * 30 and codes[30] == 429


async def test_providers_lists_local_and_microsoft_only_when_configured(app: FastAPI) -> None:
    async with client_for(app) as client:
        response = await client.get("/api/auth/providers")
        assert response.json() == {"providers": ["local"]}
        assert (await client.get("/api/auth/microsoft/login")).status_code == 404
