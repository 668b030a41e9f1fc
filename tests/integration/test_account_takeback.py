"""Taking an account back ends the access that needs no sign-in: the calendar feed's private link and the browsers
subscribed to pushes (the attacker review of issue 17: a squatter kept the owner's plan in their calendar and the
daily coach notifications after the owner's password reset, "sign out everywhere" and an admin disable)."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.support.fake_push import FakeBrowser
from tests.support.identity import STRONG_PASSWORD, User, make_admin, sign_up
from tests.support.mailbox import inbox, link_token

NEW_PASSWORD = "a brand new passphrase 2026"


async def _devices(app: FastAPI, user: User) -> tuple[httpx.AsyncClient, str]:
    """A calendar feed link (as a calendar app reads it: no sign-in) and one subscribed browser."""
    url = (await user.client.post("/api/calendar/token", headers=user.auth)).json()["url"]
    subscription = FakeBrowser().subscription("https://fcm.googleapis.com/fcm/send/takeback")
    made = await user.client.post("/api/notifications/subscriptions", json=subscription, headers=user.auth)
    assert made.status_code in (200, 201), made.text
    calendar = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver")
    path = httpx.URL(url).path
    assert (await calendar.get(path)).status_code == 200
    return calendar, path


async def _subscriptions(user: User) -> list[object]:
    items: list[object] = (await user.client.get("/api/notifications/subscriptions", headers=user.auth)).json()["items"]
    return items


async def test_a_password_reset_ends_the_calendar_link_and_the_subscribed_browsers(app: FastAPI) -> None:
    user = await sign_up(app)
    calendar, path = await _devices(app, user)
    assert await _subscriptions(user)
    await user.client.post("/api/auth/password/forgot", json={"email": user.email})
    token = link_token([m for m in await inbox(user.email) if m["kind"] == "password_reset"][-1])
    assert (await user.client.post("/api/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
            ).status_code == 204  # fmt: skip
    assert (await calendar.get(path)).status_code == 404
    signed = await user.client.post("/api/auth/login", json={"email": user.email, "password": NEW_PASSWORD})
    user.token = signed.json()["access_token"]
    assert await _subscriptions(user) == []
    await calendar.aclose()


async def test_signing_out_everywhere_ends_them_too(app: FastAPI) -> None:
    user = await sign_up(app)
    calendar, path = await _devices(app, user)
    assert (await user.client.delete("/api/users/me/sessions", headers=user.auth)).status_code in (200, 204)
    assert (await calendar.get(path)).status_code == 404
    signed = await user.client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    user.token = signed.json()["access_token"]
    assert await _subscriptions(user) == []
    await calendar.aclose()


async def test_an_admin_disable_ends_sessions_for_good_and_the_devices(app: FastAPI) -> None:
    admin, user = await sign_up(app, ip="198.51.100.41"), await sign_up(app, ip="198.51.100.42")
    await make_admin(admin)
    calendar, path = await _devices(app, user)
    assert (await admin.client.post(f"/api/admin/users/{user.user_id}/disable", headers=admin.auth)).status_code == 200
    assert (await calendar.get(path)).status_code == 404
    assert (await admin.client.post(f"/api/admin/users/{user.user_id}/enable", headers=admin.auth)).status_code == 200
    # Enabled again, the old access token and refresh cookie stay dead: only a new sign-in works.
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    signed = await user.client.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    assert signed.status_code == 200
    user.token = signed.json()["access_token"]
    assert await _subscriptions(user) == []
    await calendar.aclose()


async def test_one_account_is_one_mailbox(app: FastAPI) -> None:
    """The attacker review of issue 17: "a@x.com,b@y.com" registered, and the verification mail went to both."""
    from tests.support.identity import client_for

    client = client_for(app, "198.51.100.43")
    for email in ("a@x.com,b@y.com", "a@x.com<b@y.com>", "a\x07b@x.com", '"a b"@x.com', "a;b@x.com", "a@b@x.com",
                  "a..b@x.com", "a@x..com", "(c)a@x.com"):  # fmt: skip
        response = await client.post("/api/auth/register", json={"email": email, "password": STRONG_PASSWORD,
                                                                  "consent_health_data": True})  # fmt: skip
        assert response.status_code == 422 and response.json()["errors"][0]["field"].endswith("email"), email
    for email in ("o'neil+vigor@example.com", "josé@exämple.de"):
        response = await client.post("/api/auth/register", json={"email": email, "password": STRONG_PASSWORD,
                                                                  "consent_health_data": True})  # fmt: skip
        assert response.status_code == 201, (email, response.text)
    await client.aclose()
