"""Two-step sign-in (issue 17): TOTP with recovery codes, required for admin work, over HTTP on embedded defaults,
with codes made as an authenticator app makes them (pyotp) and the mail read from the local outbox."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pyotp
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity import admins
from shared.identity.records import SYSTEM
from shared.store.port import Filter, Query
from tests.support.identity import STRONG_PASSWORD, User, client_for, enable_two_factor, sign_up
from tests.support.mailbox import inbox

ADMIN_QUEUE_HEALTH_PATH = "/api/admin/queue-health"


async def _audit_actions() -> list[str]:
    services = await get_services()
    page = await services.store.query(SYSTEM, Query(filters=(Filter("type", "eq", "audit"),), limit=500))
    return [str(d.get("action")) for d in page.items]


async def _login(
    app: FastAPI, user: User, otp: str | None = None, ip: str = "198.51.100.31"
) -> tuple[int, dict[str, Any]]:
    client = client_for(app, ip)
    body = {"email": user.email, "password": STRONG_PASSWORD, **({"otp": otp} if otp else {})}
    response = await client.post("/api/auth/login", json=body)
    await client.aclose()
    return response.status_code, response.json()


async def _secret(user: User) -> str:
    services = await get_services()
    account = await services.store.read("users", user.user_id, "account")
    return str(account["totp"]["secret"])


async def test_turning_it_on_takes_the_password_and_a_code_and_is_told_by_email(app: FastAPI) -> None:
    user = await sign_up(app)
    wrong = await user.client.post("/api/users/me/2fa/totp", json={"password": "not-it-at-all"}, headers=user.auth)
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"].endswith("password")
    started = await user.client.post("/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD}, headers=user.auth)
    assert started.status_code == 200 and started.headers["cache-control"] == "no-store"
    setup = started.json()
    assert setup["otpauth_uri"].startswith("otpauth://totp/Vigor:") and setup["secret"] in setup["otpauth_uri"]
    bad = await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": "000000"}, headers=user.auth)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].endswith("code")
    me = await user.client.get("/api/users/me", headers=user.auth)
    assert me.json()["two_factor"] is False  # not on until a code from the app proves the secret was kept
    code = pyotp.TOTP(setup["secret"]).now()
    confirmed = await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": code}, headers=user.auth)
    codes = confirmed.json()["recovery_codes"]
    assert confirmed.status_code == 200 and len(codes) == len(set(codes)) == 10
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["two_factor"] is True
    notices = [m for m in await inbox(user.email) if m["kind"] == "security_notice"]
    assert notices and "two-step sign-in is on" in notices[-1]["subject"].lower()
    assert "two_factor.enabled" in await _audit_actions()
    # Neither the secret nor the recovery codes leave again: not in the export, not in the answer to "me".
    export = await user.client.get("/api/users/me/export", headers=user.auth)
    assert export.status_code == 200 and setup["secret"] not in export.text and codes[0] not in export.text
    assert setup["secret"] not in json.dumps(me.json())


async def test_a_sign_in_needs_a_code_used_once_or_a_recovery_code_used_once(app: FastAPI) -> None:
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    status, body = await _login(app, user)
    assert status == 401 and body["type"] == "urn:vigor:problem:second-factor-required"
    assert (await _login(app, user, "123456"))[0] == 401
    # The code of the step after the one used to turn it on (an app shows it within 30 s).
    totp = pyotp.TOTP(await _secret(user))
    code = totp.at(time.time() + totp.interval)
    status, body = await _login(app, user, code)
    assert status == 200 and body["user"]["two_factor"] is True
    assert (await _login(app, user, code))[0] == 401  # a code already used does not sign in twice
    assert (await _login(app, user, codes[1]))[0] == 200
    assert (await _login(app, user, codes[1].upper().replace("-", " ")))[0] == 401  # used up, however it is typed
    assert "two_factor.recovery_code_used" in await _audit_actions()


async def test_one_recovery_code_raced_from_two_places_signs_in_once(app: FastAPI) -> None:
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    results = await asyncio.gather(*(_login(app, user, codes[2], ip=f"198.51.100.{40 + i}") for i in range(4)))
    assert sorted(status for status, _ in results) == [200, 401, 401, 401]


async def test_wrong_codes_are_limited_per_account(app: FastAPI) -> None:
    user = await sign_up(app)
    await enable_two_factor(user)
    statuses = [(await _login(app, user, "111111", ip=f"198.51.100.{60 + i}"))[0] for i in range(12)]
    assert statuses[:9] == [401] * 9 and statuses[-1] == 429


async def test_admin_work_needs_a_sign_in_that_passed_two_step(app: FastAPI) -> None:
    admin = await sign_up(app)
    services = await get_services()
    await admins.set_roles(services.store, admin.user_id, ["user", "admin"], "cli")
    refused = await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)
    assert refused.status_code == 403 and refused.json()["type"] == "urn:vigor:problem:two-step-sign-in-required"
    codes = await enable_two_factor(admin)
    # The session it was turned on in did not pass it: sign in again with a code.
    assert (await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)).status_code == 403
    signed = await admin.client.post(
        "/api/auth/login", json={"email": admin.email, "password": STRONG_PASSWORD, "otp": codes[0]}
    )
    admin.token = signed.json()["access_token"]
    assert (await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)).status_code == 200
    # A refreshed token keeps the second factor; so does the new sign-in a password change hands out.
    renewed = await admin.client.post("/api/auth/refresh")
    admin.token = renewed.json()["access_token"]
    assert (await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)).status_code == 200
    changed = await admin.client.post(
        "/api/users/me/password",
        json={"current_password": STRONG_PASSWORD, "new_password": STRONG_PASSWORD + "-2"},
        headers=admin.auth,
    )
    admin.token = changed.json()["access_token"]
    assert (await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)).status_code == 200


async def test_turning_it_off_takes_the_password_and_a_code(app: FastAPI) -> None:
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    no_code = await user.client.request(
        "DELETE", "/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD, "code": "999999"}, headers=user.auth
    )
    assert no_code.status_code == 422 and no_code.json()["errors"][0]["field"].endswith("code")
    off = await user.client.request(
        "DELETE", "/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD, "code": codes[3]}, headers=user.auth
    )
    assert off.status_code == 204, off.text
    assert (await _login(app, user))[0] == 200
    notices = [m for m in await inbox(user.email) if m["kind"] == "security_notice"]
    assert "off" in notices[-1]["subject"].lower() and "two_factor.disabled" in await _audit_actions()
