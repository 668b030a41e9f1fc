"""Emailed links die with what they were for (the attacker review of issue 17): an email-change link once a later
change is asked for or cancelled, the password reset, or the account deleted (and its address registered again);
verification and reset links the same way. Over HTTP on embedded defaults, the mail read from the local outbox."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from tests.support.identity import STRONG_PASSWORD, User, client_for, sign_up
from tests.support.mailbox import deliver_mail, inbox, link_token

NEW_PASSWORD = "copper-harbour-47-meadow"


async def _ask_to_move(user: User, to: str) -> str:
    asked = await user.client.post(
        "/api/users/me/email", json={"new_email": to, "current_password": STRONG_PASSWORD}, headers=user.auth
    )
    assert asked.status_code == 202, asked.text
    return link_token([m for m in await inbox(to) if m["kind"] == "verify_email"][-1])


async def _open(user: User, token: str) -> Any:
    return await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)


def _dead(answer: Any) -> bool:
    return bool(answer.status_code == 422 and answer.json()["errors"][0]["field"].endswith("token"))


async def test_a_move_link_dies_when_another_move_is_asked_even_back_to_the_same_address(app: FastAPI) -> None:
    user = await sign_up(app)
    first = await _ask_to_move(user, "b-first@example.com")
    await _ask_to_move(user, "c-second@example.com")
    again = await _ask_to_move(user, "b-first@example.com")  # the first address asked for once more
    assert _dead(await _open(user, first))  # the first link does not come back to life with it
    moved = await _open(user, again)
    assert moved.status_code == 200 and moved.json()["email"] == "b-first@example.com"


async def test_a_move_link_dies_when_the_move_is_cancelled(app: FastAPI) -> None:
    user = await sign_up(app)
    link = await _ask_to_move(user, "d-cancelled@example.com")
    await user.client.post(
        "/api/users/me/email", json={"new_email": user.email, "current_password": STRONG_PASSWORD}, headers=user.auth
    )  # back to the current address: cancelled
    assert _dead(await _open(user, link))
    fresh = await _ask_to_move(user, "d-cancelled@example.com")
    assert _dead(await _open(user, link))  # asked again: still only the new link works
    assert (await _open(user, fresh)).status_code == 200


async def test_a_move_link_dies_with_a_password_reset(app: FastAPI) -> None:
    user = await sign_up(app)
    link = await _ask_to_move(user, "e-reset@example.com")
    async with client_for(app, "203.0.113.50") as owner:
        await owner.post("/api/auth/password/forgot", json={"email": user.email})
        token = link_token([m for m in await inbox(user.email) if m["kind"] == "password_reset"][-1])
        reset = await owner.post("/api/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
        assert reset.status_code == 204
        signed = await owner.post("/api/auth/login", json={"email": user.email, "password": NEW_PASSWORD})
        user.token = signed.json()["access_token"]
    assert _dead(await _open(user, link))


async def test_links_die_with_the_account_and_do_not_open_the_next_account_of_the_address(app: FastAPI) -> None:
    """A move link, the sign-up's verification link and a reset link of an erased account do nothing for the
    account that registers the same address next."""
    user = await sign_up(app)
    move = await _ask_to_move(user, "f-moved@example.com")
    await user.client.post("/api/auth/password/forgot", json={"email": user.email})
    await deliver_mail()
    reset = link_token([m for m in await inbox(user.email) if m["kind"] == "password_reset"][-1])
    verify = link_token([m for m in await inbox(user.email) if m["kind"] == "verify_email"][-1])
    assert (await user.client.delete("/api/users/me", headers=user.auth)).status_code in (202, 204)
    successor = await sign_up(app, user.email)  # the address registered again, by whoever
    assert _dead(await _open(successor, move))
    assert _dead(await _open(successor, verify))
    async with client_for(app, "203.0.113.51") as stranger:
        late = await stranger.post("/api/auth/password/reset", json={"token": reset, "new_password": NEW_PASSWORD})
        assert _dead(late)
    me = (await successor.client.get("/api/users/me", headers=successor.auth)).json()
    assert me["email"] == user.email and me["email_verified"] is False and me["pending_email"] is None
