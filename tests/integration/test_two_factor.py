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
from shared.identity import admins, secretbox
from shared.identity.records import SYSTEM
from shared.store.port import Filter, Query
from tests.support.identity import STRONG_PASSWORD, User, client_for, enable_two_factor, sign_up, verify_email
from tests.support.mailbox import inbox, link_token

ADMIN_QUEUE_HEALTH_PATH = "/api/admin/queue-health"
NEW_PASSWORD = "copper-harbour-47-meadow"


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
    """The secret as the authenticator app holds it (stored sealed: shared.identity.secretbox)."""
    services = await get_services()
    account = await services.store.read("users", user.user_id, "account")
    return secretbox.open_secret(services.settings, user.user_id, str(account["totp"]["secret"]))


async def test_turning_it_on_takes_the_password_and_a_code_and_is_told_by_email(app: FastAPI) -> None:
    user = await sign_up(app)
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
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
    user.token = confirmed.json()["access_token"]  # hAU: turning it on hands this client a new sign-in
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


async def test_wrong_codes_wait_per_address_lock_after_twenty_and_tell_the_owner(app: FastAPI) -> None:
    """The attacker review: 10 checks per account per 15 minutes let anyone with the password lock the owner out
    (successes counted too), and 960 guesses a day went on forever with no one told."""
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    here = [(await _login(app, user, "111111", ip="198.51.100.70"))[0] for _ in range(11)]
    assert here[:10] == [401] * 10 and here[10] == 429  # this address waits ...
    assert (await _login(app, user, codes[0], ip="198.51.100.71"))[0] == 200  # ... the owner elsewhere does not
    notices = [m for m in await inbox(user.email) if m["kind"] == "security_notice"]
    assert any("password" in m["subject"].lower() and "used" in m["subject"].lower() for m in notices)
    assert "two_factor.failed" in await _audit_actions()
    # 20 wrong codes in a row, from many addresses: codes are refused until the password is reset by email.
    for i in range(20):
        await _login(app, user, "222222", ip=f"203.0.113.{i + 1}")
    status, body = await _login(app, user, codes[1], ip="198.51.100.72")
    assert status == 429 and "reset your password" in body["detail"]
    assert "two_factor.locked" in await _audit_actions()
    await user.client.post("/api/auth/password/forgot", json={"email": user.email})
    token = link_token(next(m for m in await inbox(user.email) if m["kind"] == "password_reset"))
    reset = await user.client.post("/api/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    assert reset.status_code == 204
    client = client_for(app, "198.51.100.73")
    again = await client.post("/api/auth/login", json={"email": user.email, "password": NEW_PASSWORD})
    assert again.json()["type"] == "urn:vigor:problem:second-factor-required"  # the reset kept the factor on
    assert (await client.post(
        "/api/auth/login", json={"email": user.email, "password": NEW_PASSWORD, "otp": codes[1]}
    )).status_code == 200  # fmt: skip
    await client.aclose()


async def test_codes_in_other_scripts_are_no_codes_and_no_error(app: FastAPI) -> None:
    """Fullwidth and other non-ASCII digits made a 500 (the attacker review)."""
    user = await sign_up(app)
    await enable_two_factor(user)
    # Fullwidth, circled, mathematical bold and N'Ko digits one to six, written as escapes.
    for code in ("\uff11\uff12\uff13\uff14\uff15\uff16", "\u2460\u2461\u2462\u2463\u2464\u2465",
                 "\U0001d7cf\U0001d7d0\U0001d7d1\U0001d7d2\U0001d7d3\U0001d7d4",
                 "\u07c0\u07c1\u07c2\u07c3\u07c4\u07c5"):  # fmt: skip
        assert (await _login(app, user, code))[0] == 401


async def test_turning_it_on_ends_other_sign_ins_and_they_change_no_credential(app: FastAPI) -> None:
    """The attacker review: a session made with a stolen password before two-step was on changed the password,
    which ended the owner's sessions and gave the attacker a new one, forever."""
    user = await sign_up(app)
    thief = client_for(app, "198.51.100.90")
    stolen = (await thief.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})).json()
    before = user.auth
    await enable_two_factor(user)
    assert (await thief.post("/api/auth/refresh")).status_code == 401  # the other sign-in ended
    headers = {"Authorization": f"Bearer {stolen['access_token']}"}
    assert (await thief.get("/api/users/me", headers=headers)).status_code == 401  # its access token too, at once
    change = {"current_password": STRONG_PASSWORD, "new_password": NEW_PASSWORD}
    refused = await thief.post("/api/users/me/password", json=change, headers=headers)
    assert refused.status_code in (401, 403)
    # The owner's own password-only token from before ended as well (hAU: the answer handed out a new sign-in).
    mine = await user.client.post("/api/users/me/password", json=change, headers=before)
    assert mine.status_code == 401
    await thief.aclose()


async def test_admin_work_needs_a_sign_in_that_passed_two_step(app: FastAPI) -> None:
    admin = await sign_up(app)
    await verify_email(admin)  # two-step sign-in and links wait for a confirmed address
    services = await get_services()
    await admins.set_roles(services.store, admin.user_id, ["user", "admin"], "cli")
    refused = await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)
    assert refused.status_code == 403 and refused.json()["type"] == "urn:vigor:problem:two-step-sign-in-required"
    codes = await enable_two_factor(admin)
    # hAU: the sign-in it was turned on in passed it (its code proved the factor): no new sign-in is needed.
    assert (await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=admin.auth)).status_code == 200
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
    # From a sign-in that passed the second factor (a new one here; the one it was turned on in passed it too).
    signed = await user.client.post(
        "/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD, "otp": codes[0]}
    )
    user.token = signed.json()["access_token"]
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
