"""The calendar feed's private URL is a credential to the plan: it ends when the account's own credentials change
(task hAU: after an email change the old URL kept answering, so whoever was sent it, or holds the old mailbox, kept
reading the plan). A password change, a completed email change and "sign out everywhere" end it (404); the owner
makes a new link, which works. Run on the embedded store and on the Cosmos DB protocol server."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.support import store_backends
from tests.support.identity import STRONG_PASSWORD, User, sign_up
from tests.support.mailbox import inbox, link_token

cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app
NEW_PASSWORD = "a brand new passphrase 2026"


async def _feed(app: FastAPI, user: User) -> tuple[httpx.AsyncClient, str]:
    """A live feed URL's path and a client with no sign-in, as a calendar app reads it."""
    made = await user.client.post("/api/calendar/token", headers=user.auth)
    assert made.status_code == 201, made.text
    calendar = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver")
    path = httpx.URL(made.json()["url"]).path
    assert (await calendar.get(path)).status_code == 200
    return calendar, path


async def test_a_password_change_ends_the_calendar_link_and_a_new_one_works(app: FastAPI) -> None:
    user = await sign_up(app)
    calendar, old = await _feed(app, user)
    change = {"current_password": STRONG_PASSWORD, "new_password": NEW_PASSWORD}
    changed = await user.client.post("/api/users/me/password", json=change, headers=user.auth)
    assert changed.status_code == 200, changed.text
    assert (await calendar.get(old)).status_code == 404
    user.token = changed.json()["access_token"]  # this client's new sign-in
    _, new = await _feed(app, user)
    assert new != old and (await calendar.get(new)).status_code == 200
    assert (await calendar.get(old)).status_code == 404
    await calendar.aclose()


async def test_an_email_change_ends_it_once_the_move_is_confirmed_not_before(app: FastAPI) -> None:
    user = await sign_up(app)
    calendar, old = await _feed(app, user)
    new_address = f"moved-{user.user_id[:8]}@example.com"
    move = {"new_email": new_address, "current_password": STRONG_PASSWORD}
    assert (await user.client.post("/api/users/me/email", json=move, headers=user.auth)).status_code == 202
    assert (await calendar.get(old)).status_code == 200  # only asked: nothing has changed yet
    token = link_token(next(m for m in await inbox(new_address) if m["kind"] == "verify_email"))
    moved = await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)
    assert moved.status_code == 200 and moved.json()["email"] == new_address, moved.text
    assert (await calendar.get(old)).status_code == 404
    await calendar.aclose()


async def test_signing_out_everywhere_ends_it(app: FastAPI) -> None:
    user = await sign_up(app)
    calendar, old = await _feed(app, user)
    assert (await user.client.delete("/api/users/me/sessions", headers=user.auth)).status_code in (200, 204)
    assert (await calendar.get(old)).status_code == 404
    await calendar.aclose()
