"""Two-step recovery without the app or a recovery code (issue 17): an emailed link schedules the removal, the owner
is told at once and can cancel from a signed-in session, and an admin sets up a new app at the next sign-in. Over
HTTP on embedded defaults, with the mail read from the local outbox and the clock moved past the wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity.records import SYSTEM
from shared.store.port import Filter, Query
from tests.support.identity import STRONG_PASSWORD, User, client_for, enable_two_factor, make_admin, sign_up
from tests.support.mailbox import inbox, link_token

ADMIN_QUEUE_HEALTH_PATH = "/api/admin/queue-health"


async def _audit(target: str) -> list[dict[str, Any]]:
    services = await get_services()
    query = Query(filters=(Filter("type", "eq", "audit"), Filter("target", "eq", target)), limit=500)
    return list((await services.store.query(SYSTEM, query)).items)


async def _login(app: FastAPI, user: User, otp: str | None = None, ip: str = "198.51.100.131") -> tuple[int, Any]:
    client = client_for(app, ip)
    body = {"email": user.email, "password": STRONG_PASSWORD, **({"otp": otp} if otp else {})}
    response = await client.post("/api/auth/login", json=body)
    await client.aclose()
    return response.status_code, response.json()


async def _recovery_mails(user: User) -> list[dict[str, Any]]:
    return [m for m in await inbox(user.email) if m["kind"] == "two_factor_recovery"]


async def _schedule(app: FastAPI, user: User) -> str:
    """Ask from a signed-out browser and use the emailed link; the time the removal is due."""
    stranger = client_for(app, "198.51.100.140")
    assert (await stranger.post("/api/auth/2fa/recovery", json={"email": user.email})).status_code == 202
    token = link_token((await _recovery_mails(user))[-1])
    confirmed = await stranger.post("/api/auth/2fa/recovery/confirm", json={"token": token})
    await stranger.aclose()
    assert confirmed.status_code == 202, confirmed.text
    return str(confirmed.json()["removal_at"])


async def _later(hours: float) -> None:
    (await get_services()).clock = lambda: datetime.now(UTC) + timedelta(hours=hours)


async def test_the_link_schedules_the_removal_tells_the_owner_and_it_comes_off_after_the_wait(app: FastAPI) -> None:
    user = await sign_up(app)
    await enable_two_factor(user)
    asker = client_for(app, "198.51.100.132")
    known = await asker.post("/api/auth/2fa/recovery", json={"email": user.email.upper()})
    unknown = await asker.post("/api/auth/2fa/recovery", json={"email": "nobody-at-all@example.com"})
    assert known.status_code == unknown.status_code == 202 and known.json() == unknown.json()
    assert await inbox("nobody-at-all@example.com") == []
    mails = await _recovery_mails(user)
    assert len(mails) == 1 and "/two-step-recovery#token=" in mails[0]["text"] and "72 hours" in mails[0]["text"]
    token = link_token(mails[0])
    # Asking changes nothing yet: only the link does.
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["two_factor_removal_at"] is None
    confirmed = await asker.post("/api/auth/2fa/recovery/confirm", json={"token": token})
    assert confirmed.status_code == 202, confirmed.text
    due = datetime.fromisoformat(confirmed.json()["removal_at"])
    assert abs((due - datetime.now(UTC)) - timedelta(hours=72)) < timedelta(minutes=1)
    again = await asker.post("/api/auth/2fa/recovery/confirm", json={"token": token})
    assert again.status_code == 422 and again.json()["errors"][0]["field"].endswith("token")  # used once
    notice = [m for m in await inbox(user.email) if m["kind"] == "security_notice"][-1]
    assert "will be removed" in notice["subject"] and "/two-step-recovery" in notice["text"]
    assert "cancel" in notice["text"] and confirmed.json()["removal_at"] in notice["text"]
    me = (await user.client.get("/api/users/me", headers=user.auth)).json()
    assert me["two_factor"] is True and me["two_factor_removal_at"] == confirmed.json()["removal_at"]
    # During the wait the app's code is still needed ...
    status, body = await _login(app, user)
    assert status == 401 and body["type"] == "urn:vigor:problem:second-factor-required"
    await _later(71.5)
    assert (await _login(app, user))[0] == 401
    # ... and after it, the password alone signs in; the owner is told.
    await _later(72.1)
    status, body = await _login(app, user)
    assert status == 200, body
    assert body["user"]["two_factor"] is False and body["user"]["two_factor_removal_at"] is None
    assert body["recovery_codes"] is None
    removed = [m for m in await inbox(user.email) if m["kind"] == "security_notice"][-1]
    assert "was removed" in removed["subject"]
    actions = [r["action"] for r in await _audit(user.user_id)]
    for step in ("link_sent", "scheduled", "completed"):
        assert f"two_factor.recovery_{step}" in actions
    await asker.aclose()


async def test_a_signed_in_session_cancels_it_and_the_factor_stays(app: FastAPI) -> None:
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    await _schedule(app, user)
    status, body = await _login(app, user, codes[0])  # the owner, who still has a code, signs in ...
    assert status == 200
    mine = {"Authorization": f"Bearer {body['access_token']}"}
    cancelled = await user.client.delete("/api/users/me/2fa/recovery", headers=mine)  # ... and cancels
    assert cancelled.status_code == 204, cancelled.text
    twice = await user.client.delete("/api/users/me/2fa/recovery", headers=mine)
    assert twice.status_code == 409 and twice.headers["content-type"].startswith("application/problem+json")
    assert (await user.client.get("/api/users/me", headers=mine)).json()["two_factor_removal_at"] is None
    assert (await user.client.delete("/api/users/me/2fa/recovery")).status_code == 401
    await _later(80)
    status, body = await _login(app, user)
    assert status == 401 and body["type"] == "urn:vigor:problem:second-factor-required"
    notices = [m["subject"] for m in await inbox(user.email) if m["kind"] == "security_notice"]
    assert any("cancelled" in s for s in notices)
    assert "two_factor.recovery_cancelled" in [r["action"] for r in await _audit(user.user_id)]


async def test_a_second_link_keeps_the_first_time_and_a_new_app_drops_the_wait(app: FastAPI) -> None:
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    first = await _schedule(app, user)
    await _later(24)
    assert await _schedule(app, user) == first  # the wait never restarts, nor shortens
    # The owner turns it off and on again with a new app: the waiting removal was for the old one.
    status, body = await _login(app, user, codes[0])
    assert status == 200
    user.token = body["access_token"]
    off = await user.client.request(
        "DELETE", "/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD, "code": codes[1]}, headers=user.auth
    )
    assert off.status_code == 204, off.text
    await enable_two_factor(user)
    await _later(100)
    assert (await _login(app, user))[0] == 401  # the new app's code is still asked for


async def test_nothing_is_sent_without_two_step_and_asking_is_limited(app: FastAPI) -> None:
    plain = await sign_up(app)
    asker = client_for(app, "198.51.100.150")
    answer = await asker.post("/api/auth/2fa/recovery", json={"email": plain.email})
    assert answer.status_code == 202 and await _recovery_mails(plain) == []
    user = await sign_up(app)
    await enable_two_factor(user)
    answers = [await asker.post("/api/auth/2fa/recovery", json={"email": user.email}) for _ in range(5)]
    assert {a.status_code for a in answers} == {202}  # past 3 an hour nothing is sent, and nothing tells
    assert len(await _recovery_mails(user)) == 3
    settings = (await get_services()).settings
    busy = client_for(app, "198.51.100.151")
    codes = [
        (await busy.post("/api/auth/2fa/recovery", json={"email": f"x{i}@example.com"})).status_code
        for i in range(settings.auth_rate_limit_per_ip + 1)
    ]
    assert codes[-1] == 429
    limited = await busy.post("/api/auth/2fa/recovery", json={"email": "y@example.com"})
    assert "two-step recovery per IP" in limited.json()["limit"] and int(limited.headers["retry-after"]) >= 1
    bad = await asker.post("/api/auth/2fa/recovery", json={"email": "not an address"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "email"
    forged = await asker.post("/api/auth/2fa/recovery/confirm", json={"token": "A" * 43})
    assert forged.status_code == 422 and forged.json()["errors"][0]["field"] == "token"
    short = await asker.post("/api/auth/2fa/recovery/confirm", json={"token": "abc"})
    assert short.status_code == 422 and short.json()["errors"][0]["field"] == "token"
    await asker.aclose()
    await busy.aclose()


async def test_an_admin_sets_up_a_new_app_at_the_next_sign_in(app: FastAPI) -> None:
    admin = await sign_up(app)
    await make_admin(admin)
    await _schedule(app, admin)
    await _later(73)
    status, body = await _login(app, admin)
    assert status == 401 and body["type"] == "urn:vigor:problem:two-step-setup-required", body
    secret = body["secret"]
    assert body["otpauth_uri"].startswith("otpauth://totp/") and secret in body["otpauth_uri"]
    assert "access_token" not in body
    status, again = await _login(app, admin)
    assert status == 401 and again["secret"] == secret  # the same key for 15 minutes: a retry keeps the app entry
    assert (await _login(app, admin, "000000"))[0] == 401
    status, signed = await _login(app, admin, pyotp.TOTP(secret).now())
    assert status == 200, signed
    assert signed["user"]["two_factor"] is True and len(signed["recovery_codes"]) == 10
    headers = {"Authorization": f"Bearer {signed['access_token']}"}
    assert (await admin.client.get(ADMIN_QUEUE_HEALTH_PATH, headers=headers)).status_code == 200
    status, next_time = await _login(app, admin)  # from now on, codes as before
    assert status == 401 and next_time["type"] == "urn:vigor:problem:second-factor-required"
    assert (await _login(app, admin, signed["recovery_codes"][0]))[0] == 200
    records = await _audit(admin.user_id)
    completed = next(r for r in records if r["action"] == "two_factor.recovery_completed")
    assert completed["details"] == {"reason": "admin_must_set_up_again"}
    assert any(r["action"] == "two_factor.enabled" and r["details"].get("reason") for r in records)
    told = [m["text"] for m in await inbox(admin.email) if m["kind"] == "security_notice"]
    assert any("new authenticator app at your next sign-in" in text for text in told)


async def test_a_recovery_link_dies_when_the_app_it_was_sent_for_is_replaced(app: FastAPI) -> None:
    """A link sent for one authenticator must not schedule the removal of the next one set up after it."""
    user = await sign_up(app)
    codes = await enable_two_factor(user)
    async with client_for(app, "198.51.100.141") as stranger:
        assert (await stranger.post("/api/auth/2fa/recovery", json={"email": user.email})).status_code == 202
        token = link_token((await _recovery_mails(user))[-1])
        signed = await client_for(app, "198.51.100.142").post(
            "/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD, "otp": codes[0]}
        )
        user.token = signed.json()["access_token"]
        off = await user.client.request(
            "DELETE", "/api/users/me/2fa/totp", json={"password": STRONG_PASSWORD, "code": codes[1]}, headers=user.auth
        )
        assert off.status_code == 204, off.text
        await enable_two_factor(user)  # a new app
        late = await stranger.post("/api/auth/2fa/recovery/confirm", json={"token": token})
        assert late.status_code == 422 and late.json()["errors"][0]["field"].endswith("token"), late.text
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["two_factor_removal_at"] is None
