"""Helpers for tests that need signed-in users: fast hashing, clients, sign-up, admins.

Other areas can teach the authorization matrix their resources: add a factory to
`RESOURCE_FACTORIES` keyed by the path parameter name (e.g. "plan_id") that creates one
for the given user through the API and returns its id.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pyotp
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity import admins, passwords

STRONG_PASSWORD = "violet-tractor-91-lantern"
PROFILE = {
    "display_name": "Ada",
    "birth_year": 1990,
    "sex": "female",
    "height_cm": 170,
    "weight_kg": 65,
    "fitness_level": "intermediate",
    "goals": ["strength"],
    "equipment": ["dumbbells", "bench"],
    "injuries": [{"area": "knee", "severity": "mild", "notes": "old ski injury"}],
    "days_per_week": 3,
    "session_minutes": 45,
    "preferred_days": ["mon", "wed", "fri"],
    "timezone": "Europe/Berlin",
    "daily_message_hour": 7,
    "coach_tone": "direct",
    "par_q": {"heart_condition": False},
}


@dataclass
class User:
    client: httpx.AsyncClient
    user_id: str
    email: str
    token: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


ResourceFactory = Callable[[User], Awaitable[str]]
RESOURCE_FACTORIES: dict[str, ResourceFactory] = {}


def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters for tests that only need accounts, not the real cost."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    passwords.dummy_hash.cache_clear()


def client_for(app: FastAPI, ip: str = "198.51.100.7") -> httpx.AsyncClient:
    """A client with its own cookie jar, over https (the refresh cookie is Secure)."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="https://testserver", follow_redirects=False)


async def sign_up(app: FastAPI, email: str | None = None, ip: str = "198.51.100.7") -> User:
    email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
    client = client_for(app, ip)
    response = await client.post(
        "/api/auth/register",
        json={"email": email, "password": STRONG_PASSWORD, "consent_health_data": True, "consent_ai_providers": True},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return User(client, body["user"]["id"], email, body["access_token"])


async def verify_email(user: User) -> None:
    """Confirm the account's address as its owner does: the newest verification link in the outbox, opened while
    signed in (nothing to do once it is confirmed)."""
    from tests.support.mailbox import inbox, link_token

    me = await user.client.get("/api/users/me", headers=user.auth)
    assert me.status_code == 200, me.text
    if me.json()["email_verified"]:
        return
    links = [m for m in await inbox(user.email) if m["kind"] == "verify_email"]
    if not links:  # the sign-up's link was used up or never delivered: ask for a new one, as the web app offers
        resent = await user.client.post("/api/auth/verify-email/resend", headers=user.auth)
        assert resent.status_code == 202, resent.text
        links = [m for m in await inbox(user.email) if m["kind"] == "verify_email"]
    opened = await user.client.post("/api/auth/verify-email", json={"token": link_token(links[-1])}, headers=user.auth)
    assert opened.status_code == 200, opened.text


async def make_admin(user: User) -> None:
    """Grant the admin role, then do what a real admin must: confirm the address (an unconfirmed account cannot
    become admin), turn on two-step sign-in and sign in again with a code (admin routes refuse a password-only
    session). `user.token` becomes the new session's."""
    services = await get_services()
    await verify_email(user)
    await admins.set_roles(services.store, user.user_id, ["user", "admin"], "cli")
    codes = await enable_two_factor(user)
    signed = await user.client.post(
        "/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD, "otp": codes[0]}
    )
    assert signed.status_code == 200, signed.text
    user.token = signed.json()["access_token"]


async def enable_two_factor(user: User) -> list[str]:
    """Confirm the address (two-step sign-in waits for it), then turn on two-step sign-in through the API (as an
    authenticator app would, with pyotp); its recovery codes. `user.token` becomes the new sign-in the answer hands
    out (it passed both steps; every earlier sign-in and token of the account has ended)."""
    await verify_email(user)
    started = await user.client.post("/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD}, headers=user.auth)
    assert started.status_code == 200, started.text
    code = pyotp.TOTP(started.json()["secret"]).now()
    confirmed = await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": code}, headers=user.auth)
    assert confirmed.status_code == 200, confirmed.text
    codes: list[str] = confirmed.json()["recovery_codes"]
    user.token = confirmed.json()["access_token"]
    return codes
