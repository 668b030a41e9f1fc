"""Every account endpoint added for issue 17 has a limit that answers 429 with Retry-After and names the limit
(API.md: "429 with `Retry-After` and the limit that was hit"), over HTTP on embedded defaults.

Audited: resend verification (3 an hour per account), forgot password (per address), change email (password checks
and verification emails per account), TOTP confirm and sign-in codes, recovery codes included (per account and
address), two-step recovery (per address, both steps), password reset and email verification links (per address,
per account), sign-out of one or every sign-in (per account and address)."""

from __future__ import annotations

import pyotp
import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.config import get_settings
from tests.support.identity import STRONG_PASSWORD, User, client_for, enable_two_factor, sign_up, verify_email


def _limited(response: object, names: str) -> None:
    """A 429 problem with a whole-second Retry-After and the limit named."""
    import httpx

    assert isinstance(response, httpx.Response)
    assert response.status_code == 429, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert int(response.headers["retry-after"]) >= 1
    assert names in response.json()["limit"], response.json()


async def _per_ip(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """A small AUTH_RATE_LIMIT_PER_IP for this test (the default, 30 a minute, is slow to reach)."""
    monkeypatch.setenv("AUTH_RATE_LIMIT_PER_IP", str(limit))
    get_settings.cache_clear()
    (await get_services()).settings = get_settings()


async def test_resending_verification_waits_after_three_an_hour(app: FastAPI) -> None:
    user = await sign_up(app)
    answers = [await user.client.post("/api/auth/verify-email/resend", headers=user.auth) for _ in range(4)]
    assert [a.status_code for a in answers[:3]] == [202, 202, 202]
    _limited(answers[3], "verification emails per account")


async def test_forgot_password_waits_per_address(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    await _per_ip(monkeypatch, 3)
    client = client_for(app, "198.51.100.60")
    answers = [await client.post("/api/auth/password/forgot", json={"email": f"a{i}@example.com"}) for i in range(4)]
    assert [a.status_code for a in answers[:3]] == [202] * 3
    _limited(answers[3], "password reset per IP")
    elsewhere = client_for(app, "198.51.100.61")  # another address is not held up
    assert (await elsewhere.post("/api/auth/password/forgot", json={"email": "a@example.com"})).status_code == 202
    await client.aclose()
    await elsewhere.aclose()


async def test_changing_the_email_waits_per_account(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.post("/api/auth/verify-email/resend", headers=user.auth)  # shares the hourly mail limit
    answers = [
        await user.client.post(
            "/api/users/me/email",
            json={"new_email": f"moved-{i}@example.com", "current_password": STRONG_PASSWORD},
            headers=user.auth,
        )
        for i in range(3)
    ]
    assert [a.status_code for a in answers[:2]] == [202, 202]
    _limited(answers[2], "verification emails per account")
    wrong = {"new_email": "x@example.com", "current_password": "not-my-password-at-all"}
    guesses = [await user.client.post("/api/users/me/email", json=wrong, headers=user.auth) for _ in range(3)]
    assert [g.status_code for g in guesses[:2]] == [422, 422]  # 3 + 2 password checks: the limit is 5
    _limited(guesses[2], "password checks per account")


async def test_confirming_two_step_waits_after_ten_codes(app: FastAPI) -> None:
    user = await sign_up(app)
    await verify_email(user)  # two-step sign-in and links wait for a confirmed address
    started = await user.client.post("/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD}, headers=user.auth)
    assert started.status_code == 200
    wrong = [await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": "000000"}, headers=user.auth)
             for _ in range(11)]  # fmt: skip
    assert [w.status_code for w in wrong[:10]] == [422] * 10
    _limited(wrong[10], "two-step codes")
    right = pyotp.TOTP(started.json()["secret"]).now()  # waiting applies to the right code too
    late = await user.client.post("/api/users/me/2fa/totp/confirm", json={"code": right}, headers=user.auth)
    _limited(late, "two-step codes")


async def test_recovery_codes_at_sign_in_wait_per_account_and_address(app: FastAPI) -> None:
    user = await sign_up(app)
    await enable_two_factor(user)
    client = client_for(app, "198.51.100.62")
    body = {"email": user.email, "password": STRONG_PASSWORD, "otp": "abcde-fghjk"}  # a recovery code's shape
    answers = [await client.post("/api/auth/login", json=body) for _ in range(11)]
    assert [a.status_code for a in answers[:10]] == [401] * 10
    _limited(answers[10], "two-step codes")
    await client.aclose()


async def test_both_steps_of_two_step_recovery_wait_per_address(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    await _per_ip(monkeypatch, 3)
    client = client_for(app, "198.51.100.63")
    asked = [await client.post("/api/auth/2fa/recovery", json={"email": "b@example.com"}) for _ in range(4)]
    assert [a.status_code for a in asked[:3]] == [202] * 3
    _limited(asked[3], "two-step recovery per IP")
    links = [await client.post("/api/auth/2fa/recovery/confirm", json={"token": "x" * 43}) for _ in range(4)]
    assert [link.status_code for link in links[:3]] == [422] * 3
    _limited(links[3], "two-step recovery links per IP")
    await client.aclose()


async def test_reset_links_wait_per_address(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    await _per_ip(monkeypatch, 3)
    client = client_for(app, "198.51.100.64")
    body = {"token": "y" * 43, "new_password": "copper-harbour-47-meadow"}
    answers = [await client.post("/api/auth/password/reset", json=body) for _ in range(4)]
    assert [a.status_code for a in answers[:3]] == [422] * 3
    _limited(answers[3], "password reset links per IP")
    await client.aclose()


async def test_verification_links_wait_per_account(app: FastAPI) -> None:
    user = await sign_up(app)
    answers = [await user.client.post("/api/auth/verify-email", json={"token": "z" * 43}, headers=user.auth)
               for _ in range(11)]  # fmt: skip
    assert [a.status_code for a in answers[:10]] == [422] * 10
    _limited(answers[10], "verification links per account")


async def _signed_in(app: FastAPI, user: User, ip: str) -> dict[str, str]:
    client = client_for(app, ip)
    signed = await client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    assert signed.status_code == 200, signed.text
    await client.aclose()
    return {"Authorization": f"Bearer {signed.json()['access_token']}"}


async def test_signing_out_everywhere_waits_per_account_and_address(app: FastAPI) -> None:
    """Each sign-out everywhere ends the session that asked, so each try here is a new sign-in; past 20 from one
    address in 15 minutes the next waits, while the owner elsewhere can still sign every session out."""
    user = await sign_up(app)
    here, there = client_for(app, "198.51.100.65"), client_for(app, "198.51.100.66")
    for _ in range(20):
        auth = await _signed_in(app, user, "198.51.100.65")
        assert (await here.delete("/api/users/me/sessions", headers=auth)).status_code == 204
    auth = await _signed_in(app, user, "198.51.100.65")
    _limited(await here.delete("/api/users/me/sessions", headers=auth), "sign-outs per account and address")
    assert (await here.get("/api/users/me", headers=auth)).status_code == 200  # nothing was ended
    owner = await _signed_in(app, user, "198.51.100.66")
    assert (await there.delete("/api/users/me/sessions", headers=owner)).status_code == 204
    assert (await here.get("/api/users/me", headers=auth)).status_code == 401
    await here.aclose()
    await there.aclose()


async def test_signing_out_one_sign_in_counts_against_the_same_limit(app: FastAPI) -> None:
    user = await sign_up(app)
    answers = [await user.client.delete(f"/api/users/me/sessions/{i:032x}", headers=user.auth) for i in range(21)]
    assert [a.status_code for a in answers[:20]] == [404] * 20
    _limited(answers[20], "sign-outs per account and address")
