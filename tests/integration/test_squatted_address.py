"""What waits for a confirmed address (the attacker review of issue 17): someone who registers another person's
address first must not be able to lock that person out of it, nor keep a way in past the owner's password reset.
Over HTTP on embedded defaults, the mail read from the local outbox as the owner reads it."""

from __future__ import annotations

import time

import pyotp
import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.errors import Conflict
from shared.identity import admins, secretbox
from shared.identity.records import ACCOUNT_ID, USERS
from shared.store.port import PatchOp
from tests.support.identity import (
    STRONG_PASSWORD,
    client_for,
    enable_two_factor,
    make_admin,
    sign_up,
    verify_email,
)
from tests.support.mailbox import inbox, link_token

OWNERS_PASSWORD = "copper-harbour-47-meadow"
NOT_VERIFIED = "urn:vigor:problem:email-not-verified"


async def _owner_resets_the_password(app: FastAPI, email: str) -> None:
    """The address's real owner uses "forgot password" and the link that reaches their mailbox."""
    async with client_for(app, "203.0.113.40") as owner:
        assert (await owner.post("/api/auth/password/forgot", json={"email": email})).status_code == 202
        token = link_token([m for m in await inbox(email) if m["kind"] == "password_reset"][-1])
        reset = await owner.post("/api/auth/password/reset", json={"token": token, "new_password": OWNERS_PASSWORD})
        assert reset.status_code == 204, reset.text


async def _owner_signs_in(app: FastAPI, email: str) -> int:
    async with client_for(app, "203.0.113.40") as owner:
        answer = await owner.post("/api/auth/login", json={"email": email, "password": OWNERS_PASSWORD})
        return answer.status_code


async def test_a_squatter_cannot_turn_on_two_step_and_lock_the_owner_out(app: FastAPI) -> None:
    squatter = await sign_up(app, "dana@example.com")  # registered before Dana did, with a password Dana never knew
    started = await squatter.client.post(
        "/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD}, headers=squatter.auth
    )
    assert started.status_code == 403, started.text
    problem = started.json()
    assert problem["type"] == NOT_VERIFIED and "Confirm your email address" in problem["detail"]
    me = (await squatter.client.get("/api/users/me", headers=squatter.auth)).json()
    assert me["two_factor"] is False
    await _owner_resets_the_password(app, "dana@example.com")
    assert await _owner_signs_in(app, "dana@example.com") == 200  # no code asked: the owner is in


async def test_a_setup_begun_before_the_rule_cannot_be_confirmed_on_an_unconfirmed_address(app: FastAPI) -> None:
    """A secret left pending by older code: its confirmation is refused the same way."""
    squatter = await sign_up(app, "erin@example.com")
    services = await get_services()
    secret = pyotp.random_base32()
    pending = {"secret": secretbox.seal(services.settings, squatter.user_id, secret), "at": int(time.time())}
    await services.store.patch(USERS, squatter.user_id, ACCOUNT_ID, [PatchOp("set", "totp_pending", pending)])
    confirmed = await squatter.client.post(
        "/api/users/me/2fa/totp/confirm", json={"code": pyotp.TOTP(secret).now()}, headers=squatter.auth
    )
    assert confirmed.status_code == 403 and confirmed.json()["type"] == NOT_VERIFIED


async def test_the_owner_turns_it_on_once_the_address_is_confirmed(app: FastAPI) -> None:
    user = await sign_up(app)
    await verify_email(user)
    codes = await enable_two_factor(user)
    assert len(codes) == 10
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["two_factor"] is True


async def test_a_factor_set_up_before_the_address_was_confirmed_does_not_survive_the_owners_reset(
    app: FastAPI,
) -> None:
    """Accounts from before the rule: a squatter's authenticator is removed by the reset that proves the address,
    and the owner is told."""
    squatter = await sign_up(app, "farid@example.com")
    services = await get_services()
    secret = pyotp.random_base32()
    totp = {"secret": secretbox.seal(services.settings, squatter.user_id, secret), "enabled_at": "2026-01-01T00:00:00",
            "last_step": -1, "recovery": []}  # fmt: skip
    await services.store.patch(USERS, squatter.user_id, ACCOUNT_ID, [PatchOp("set", "totp", totp)])
    await _owner_resets_the_password(app, "farid@example.com")
    assert await _owner_signs_in(app, "farid@example.com") == 200
    account = await services.store.read(USERS, squatter.user_id, ACCOUNT_ID)
    assert account["email_verified"] is True and not account.get("totp")
    subjects = [m["subject"] for m in await inbox("farid@example.com")]
    assert "Two-step sign-in is off for your Vigor account" in subjects


async def test_a_confirmed_owners_factor_survives_a_reset(app: FastAPI) -> None:
    """The removal is for factors nobody proved: an owner who confirmed the address keeps theirs."""
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    await _owner_resets_the_password(app, user.email)
    async with client_for(app, "203.0.113.41") as owner:
        body = {"email": user.email, "password": OWNERS_PASSWORD}
        assert (await owner.post("/api/auth/login", json=body)).status_code == 401  # a code is still asked
        assert (await owner.post("/api/auth/login", json=body | {"otp": codes[0]})).status_code == 200


async def test_an_unconfirmed_account_cannot_be_made_admin_by_the_api_nor_the_cli(app: FastAPI) -> None:
    """An admin who sees gita@example.com in the user list may be looking at whoever registered it first."""
    squatter = await sign_up(app, "gita@example.com")
    admin = await sign_up(app)
    await make_admin(admin)
    granted = await admin.client.put(
        f"/api/admin/users/{squatter.user_id}/roles", json={"roles": ["user", "admin"]}, headers=admin.auth
    )
    assert granted.status_code == 409 and "not confirmed" in granted.json()["detail"], granted.text
    services = await get_services()
    with pytest.raises(Conflict, match="not confirmed"):  # what the CLI's grant-admin runs
        await admins.grant_by_email(services, "gita@example.com")
    assert (await services.store.read(USERS, squatter.user_id, ACCOUNT_ID))["roles"] == ["user"]
    await verify_email(squatter)  # once its owner confirms it, the same grant works
    again = await admin.client.put(
        f"/api/admin/users/{squatter.user_id}/roles", json={"roles": ["user", "admin"]}, headers=admin.auth
    )
    assert again.status_code == 200 and "admin" in again.json()["roles"]


async def test_registers_409_cannot_walk_a_list_of_addresses(app: FastAPI) -> None:
    """The 409 says an address has an account (API.md fixes the 201): after a few such answers a client address
    waits for every registration, free address or not, so the answers stop telling anything."""
    for n in range(5):
        await sign_up(app, f"known-{n}@example.com", ip="203.0.113.60")
    async with client_for(app, "203.0.113.61") as prober:
        body = {"password": STRONG_PASSWORD, "consent_health_data": True}
        taken = [
            await prober.post("/api/auth/register", json=body | {"email": f"known-{n}@example.com"}) for n in range(5)
        ]
        assert [t.status_code for t in taken] == [409] * 5
        free = await prober.post("/api/auth/register", json=body | {"email": "free-address@example.com"})
        assert free.status_code == 429 and "Retry-After" in free.headers, free.text
        assert "addresses that have an account" in free.json()["limit"]


async def test_one_address_is_tried_a_few_times_an_hour_from_anywhere(app: FastAPI) -> None:
    await sign_up(app, "often@example.com", ip="203.0.113.70")
    body = {"email": "often@example.com", "password": STRONG_PASSWORD, "consent_health_data": True}
    answers = []
    for n in range(5):
        async with client_for(app, f"203.0.113.{80 + n}") as client:
            answers.append((await client.post("/api/auth/register", json=body)).status_code)
    assert answers == [409, 409, 409, 409, 429]  # the sign-up counted too: 5 an hour for the address
