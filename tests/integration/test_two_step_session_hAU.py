"""Turning two-step sign-in on upgrades the sign-in that confirmed it and ends every other (task hAU).

Before: after `POST /api/users/me/2fa/totp/confirm` with a right code, the confirming session still counted as one
that had not passed two-step sign-in: Admin and account deletion asked the person to sign in again, although the code
had just proved the factor. Now the answer is a new sign-in (access token and refresh cookie) that passed both steps;
every earlier sign-in of the account ends at once, its access tokens included. Run on the embedded store and on the
Cosmos DB protocol server."""

from __future__ import annotations

import pyotp
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity import admins
from tests.support import store_backends
from tests.support.identity import STRONG_PASSWORD, User, client_for, sign_up, verify_email

cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app
ADMIN_ROUTE = "/api/admin/queue-health"


async def _start(user: User) -> str:
    await verify_email(user)
    started = await user.client.post("/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD}, headers=user.auth)
    assert started.status_code == 200, started.text
    return str(started.json()["secret"])


async def test_the_confirming_sign_in_passes_two_step_and_every_other_ends(app: FastAPI) -> None:
    user = await sign_up(app)
    await verify_email(user)  # an unconfirmed address becomes no admin
    await admins.set_roles((await get_services()).store, user.user_id, ["user", "admin"], "cli")
    phone = client_for(app, "198.51.100.95")
    signed = await phone.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    phone_auth = {"Authorization": f"Bearer {signed.json()['access_token']}"}
    secret = await _start(user)
    before = user.auth
    assert (await user.client.get(ADMIN_ROUTE, headers=before)).status_code == 403  # no second step yet

    confirmed = await user.client.post(
        "/api/users/me/2fa/totp/confirm", json={"code": pyotp.TOTP(secret).now()}, headers=before
    )
    assert confirmed.status_code == 200, confirmed.text
    body = confirmed.json()
    assert len(body["recovery_codes"]) == 10 and body["user"]["two_factor"] is True
    assert confirmed.headers["cache-control"] == "no-store" and "set-cookie" in confirmed.headers
    user.token = body["access_token"]
    assert (await user.client.get(ADMIN_ROUTE, headers=user.auth)).status_code == 200  # no new sign-in asked
    renewed = await user.client.post("/api/auth/refresh")  # the new cookie: a renewal keeps the second step
    assert renewed.status_code == 200, renewed.text
    renewed_auth = {"Authorization": f"Bearer {renewed.json()['access_token']}"}
    assert (await user.client.get(ADMIN_ROUTE, headers=renewed_auth)).status_code == 200

    # Everything from before ends at once: this client's old token, the phone's token and its refresh cookie.
    assert (await user.client.get("/api/users/me", headers=before)).status_code == 401
    assert (await phone.get("/api/users/me", headers=phone_auth)).status_code == 401
    assert (await phone.post("/api/auth/refresh")).status_code == 401
    listed = (await user.client.get("/api/users/me/sessions", headers=renewed_auth)).json()["items"]
    assert len(listed) == 1
    await phone.aclose()


async def test_the_confirming_sign_in_may_delete_the_account_without_signing_in_again(app: FastAPI) -> None:
    user = await sign_up(app)
    secret = await _start(user)
    confirmed = await user.client.post(
        "/api/users/me/2fa/totp/confirm", json={"code": pyotp.TOTP(secret).now()}, headers=user.auth
    )
    user.token = confirmed.json()["access_token"]
    deleted = await user.client.delete("/api/users/me", headers=user.auth)
    assert deleted.status_code == 204, deleted.text


async def test_a_wrong_code_changes_no_sign_in(app: FastAPI) -> None:
    user = await sign_up(app)
    phone = client_for(app, "198.51.100.96")
    assert (await phone.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})).is_success
    await _start(user)
    wrong = await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": "000000"}, headers=user.auth)
    assert wrong.status_code == 422 and "set-cookie" not in wrong.headers
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["two_factor"] is False
    assert (await phone.post("/api/auth/refresh")).status_code == 200
    await phone.aclose()


async def test_turning_it_on_ends_a_dozen_sign_ins_at_once(app: FastAPI) -> None:
    """More sign-ins than one store patch may touch (Cosmos DB takes ten operations a patch): every one ends."""
    user = await sign_up(app)
    devices = [client_for(app, f"198.51.100.{110 + i}") for i in range(12)]
    tokens = []
    for device in devices:
        signed = await device.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
        assert signed.status_code == 200, signed.text
        tokens.append({"Authorization": f"Bearer {signed.json()['access_token']}"})
    secret = await _start(user)
    confirmed = await user.client.post(
        "/api/users/me/2fa/totp/confirm", json={"code": pyotp.TOTP(secret).now()}, headers=user.auth
    )
    assert confirmed.status_code == 200, confirmed.text
    for device, auth in zip(devices, tokens, strict=True):
        assert (await device.get("/api/users/me", headers=auth)).status_code == 401
        assert (await device.post("/api/auth/refresh")).status_code == 401
        await device.aclose()
    user.token = confirmed.json()["access_token"]
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 200
