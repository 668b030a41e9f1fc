"""Accounts people can trust (issue 17): password reset, change of password and email, verification,
sign-ins, over HTTP on embedded defaults, with the mail read from the local outbox."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from shared.bootstrap import get_services
from shared.identity.records import SYSTEM
from shared.store.port import Filter, Query
from tests.support.identity import STRONG_PASSWORD, client_for, make_admin, sign_up
from tests.support.mailbox import deliver_mail, inbox, link_token

NEW_PASSWORD = "copper-harbour-47-meadow"


async def _login(app: FastAPI, email: str, password: str, ip: str = "198.51.100.9") -> int:
    client = client_for(app, ip)
    status = (await client.post("/api/auth/login", json={"email": email, "password": password})).status_code
    await client.aclose()
    return status


async def _audit_actions() -> list[str]:
    services = await get_services()
    page = await services.store.query(SYSTEM, Query(filters=(Filter("type", "eq", "audit"),), limit=500))
    return [str(d.get("action")) for d in page.items]


async def test_forgot_password_answers_alike_and_its_link_resets_once(app: FastAPI) -> None:
    user = await sign_up(app)
    other = client_for(app, "198.51.100.20")
    known = await other.post("/api/auth/password/forgot", json={"email": user.email.upper()})
    unknown = await other.post("/api/auth/password/forgot", json={"email": "nobody-here@example.com"})
    assert known.status_code == unknown.status_code == 202 and known.json() == unknown.json()
    assert await inbox("nobody-here@example.com") == []  # nothing is sent to an address with no account
    resets = [m for m in await inbox(user.email) if m["kind"] == "password_reset"]
    assert len(resets) == 1 and "/reset-password#token=" in resets[0]["text"]
    token = link_token(resets[0])
    weak = await other.post("/api/auth/password/reset", json={"token": token, "new_password": "password123"})
    assert weak.status_code == 422 and "password" in weak.text
    ok = await other.post("/api/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    assert ok.status_code == 204, ok.text
    again = await other.post("/api/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD + "x"})
    assert again.status_code == 422 and again.json()["errors"][0]["field"].endswith("token")
    # Every sign-in ended: the old access token and refresh cookie; the old password is gone.
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    assert await _login(app, user.email, STRONG_PASSWORD) == 401
    assert await _login(app, user.email, NEW_PASSWORD) == 200
    notices = [m for m in await inbox(user.email) if m["kind"] == "security_notice"]
    assert notices and "reset" in notices[-1]["subject"].lower()
    assert "password.reset" in await _audit_actions()
    await other.aclose()


async def test_a_reset_link_dies_when_the_password_changes_another_way(app: FastAPI) -> None:
    user = await sign_up(app)
    await user.client.post("/api/auth/password/forgot", json={"email": user.email})
    token = link_token(next(m for m in await inbox(user.email) if m["kind"] == "password_reset"))
    change = {"current_password": STRONG_PASSWORD, "new_password": NEW_PASSWORD}
    assert (await user.client.post("/api/users/me/password", json=change, headers=user.auth)).status_code == 200
    late = await user.client.post("/api/auth/password/reset", json={"token": token, "new_password": "x" + NEW_PASSWORD})
    assert late.status_code == 422  # an earlier link no longer works once the password changed
    assert await _login(app, user.email, NEW_PASSWORD) == 200


async def test_forgot_password_sends_a_few_an_hour_and_still_answers_the_same(app: FastAPI) -> None:
    user = await sign_up(app)
    answers = [await user.client.post("/api/auth/password/forgot", json={"email": user.email}) for _ in range(5)]
    assert {a.status_code for a in answers} == {202}
    assert len([m for m in await inbox(user.email) if m["kind"] == "password_reset"]) == 3


async def test_changing_the_password_needs_the_current_one_and_signs_out_everywhere_else(app: FastAPI) -> None:
    user = await sign_up(app)
    laptop = client_for(app, "198.51.100.30")
    assert (await laptop.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})).is_success
    guess = {"current_password": "not-it-at-all", "new_password": NEW_PASSWORD}
    wrong = await user.client.post("/api/users/me/password", headers=user.auth, json=guess)
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"].endswith("current_password")
    right = {"current_password": STRONG_PASSWORD, "new_password": NEW_PASSWORD}
    changed = await user.client.post("/api/users/me/password", headers=user.auth, json=right)
    assert changed.status_code == 200, changed.text
    fresh = {"Authorization": f"Bearer {changed.json()['access_token']}"}
    assert (await user.client.get("/api/users/me", headers=fresh)).status_code == 200  # this client stays in
    assert (await user.client.post("/api/auth/refresh")).status_code == 200  # with its new cookie
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401  # the old token ended
    assert (await laptop.post("/api/auth/refresh")).status_code == 401  # the other device is signed out
    assert any(m["subject"] == "Your Vigor password was changed" for m in await inbox(user.email))
    await laptop.aclose()


async def test_wrong_current_passwords_are_rate_limited(app: FastAPI) -> None:
    user = await sign_up(app)
    body = {"current_password": "guess-guess-guess", "new_password": NEW_PASSWORD}
    codes = [(await user.client.post("/api/users/me/password", json=body, headers=user.auth)).status_code
             for _ in range(7)]  # fmt: skip
    assert codes[:5] == [422] * 5 and codes[5:] == [429, 429]


async def test_sign_up_sends_a_verification_link_and_admin_by_email_waits_for_it(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shared.config import get_settings

    email = "future-admin@example.com"
    monkeypatch.setenv("ADMIN_IDENTITIES", f"email:{email}")
    get_settings.cache_clear()
    services = await get_services()
    services.settings = get_settings()
    user = await sign_up(app, email)
    me = (await user.client.get("/api/users/me", headers=user.auth)).json()
    assert me["email_verified"] is False and me["roles"] == ["user"]  # an unverified address grants nothing
    token = link_token(next(m for m in await inbox(email) if m["kind"] == "verify_email"))
    verified = await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)
    assert verified.status_code == 200 and verified.json()["email_verified"] is True
    assert (
        await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)
    ).status_code == 422
    again = client_for(app, "198.51.100.31")
    signed_in = await again.post("/api/auth/login", json={"email": email, "password": STRONG_PASSWORD})
    assert "admin" in signed_in.json()["user"]["roles"]  # now the configured identity is honoured
    await again.aclose()


async def test_resending_verification_is_rate_limited(app: FastAPI) -> None:
    user = await sign_up(app)
    codes = [(await user.client.post("/api/auth/verify-email/resend", headers=user.auth)).status_code
             for _ in range(4)]  # fmt: skip
    assert codes == [202, 202, 202, 429]


async def test_changing_the_email_moves_the_account_only_once_the_new_address_is_confirmed(app: FastAPI) -> None:
    user = await sign_up(app)
    new = f"moved-{user.user_id[:8]}@example.com"
    wrong = await user.client.post("/api/users/me/email", headers=user.auth,
                                   json={"new_email": new, "current_password": "nope-nope-nope"})  # fmt: skip
    assert wrong.status_code == 422
    asked = await user.client.post("/api/users/me/email", headers=user.auth,
                                   json={"new_email": new, "current_password": STRONG_PASSWORD})  # fmt: skip
    assert asked.status_code == 202
    assert await _login(app, new, STRONG_PASSWORD) == 401  # not moved yet
    assert any(m["kind"] == "security_notice" for m in await inbox(user.email))  # the old address is told
    token = link_token(next(m for m in await inbox(new) if m["kind"] == "verify_email"))
    moved = await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)
    assert moved.status_code == 200 and moved.json()["email"] == new and moved.json()["email_verified"] is True
    assert await _login(app, new, STRONG_PASSWORD) == 200
    assert await _login(app, user.email, STRONG_PASSWORD) == 401
    assert any("changed" in m["subject"] for m in await inbox(user.email))
    # The old address is free again: someone may register it.
    reborn = client_for(app, "198.51.100.32")
    again = await reborn.post(
        "/api/auth/register", json={"email": user.email, "password": STRONG_PASSWORD, "consent_health_data": True}
    )
    assert again.status_code == 201
    await reborn.aclose()


async def test_a_new_address_taken_before_it_is_confirmed_is_refused_then(app: FastAPI) -> None:
    user = await sign_up(app)
    new = f"contested-{user.user_id[:8]}@example.com"
    await user.client.post("/api/users/me/email", headers=user.auth,
                           json={"new_email": new, "current_password": STRONG_PASSWORD})  # fmt: skip
    token = link_token(next(m for m in await inbox(new) if m["kind"] == "verify_email"))
    await sign_up(app, new)  # someone registers the address first
    taken = await user.client.post("/api/auth/verify-email", json={"token": token}, headers=user.auth)
    assert taken.status_code == 409
    me = (await user.client.get("/api/users/me", headers=user.auth)).json()
    assert me["email"] == user.email and me["pending_email"] is None


async def test_sign_ins_are_listed_and_can_be_ended_one_or_all(app: FastAPI) -> None:
    user = await sign_up(app)
    phone = client_for(app, "198.51.100.33")
    agent = {"User-Agent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"}
    login = await phone.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD}, headers=agent)
    phone_auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
    listed = (await user.client.get("/api/users/me/sessions", headers=user.auth)).json()["items"]
    assert len(listed) == 2 and sum(s["current"] for s in listed) == 1
    assert "Chrome on Android" in {s["device"] for s in listed}
    phone_id = next(s["id"] for s in listed if not s["current"])
    other = await sign_up(app, ip="198.51.100.34")
    assert (await other.client.delete(f"/api/users/me/sessions/{phone_id}", headers=other.auth)).status_code == 404
    assert (await user.client.delete(f"/api/users/me/sessions/{phone_id}", headers=user.auth)).status_code == 204
    assert (await phone.post("/api/auth/refresh")).status_code == 401
    assert len((await user.client.get("/api/users/me/sessions", headers=user.auth)).json()["items"]) == 1
    everywhere = await user.client.delete("/api/users/me/sessions", headers=user.auth)
    assert everywhere.status_code == 204
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    assert (await user.client.get("/api/users/me", headers=phone_auth)).status_code == 401
    assert (await user.client.post("/api/auth/refresh")).status_code == 401
    await phone.aclose()


async def test_an_admin_can_start_a_reset_but_never_sees_the_link(app: FastAPI) -> None:
    admin, user = await sign_up(app), await sign_up(app, ip="198.51.100.35")
    await make_admin(admin)
    started = await admin.client.post(f"/api/admin/users/{user.user_id}/password-reset", headers=admin.auth)
    assert started.status_code == 202 and "token" not in started.text.lower()
    assert (
        await user.client.post(f"/api/admin/users/{admin.user_id}/password-reset", headers=user.auth)
    ).status_code == 403
    messages = await inbox(user.email)
    assert {m["kind"] for m in messages} >= {"password_reset", "security_notice"}
    assert not [m for m in await inbox(admin.email) if m["kind"] == "password_reset"]  # the admin never gets the link
    assert "password.reset_started_by_admin" in await _audit_actions()
    assert await deliver_mail() == 0


# --- The attacker review (2026-11-30) ---------------------------------------------------------------


async def test_an_owner_who_resets_the_password_drops_a_squatters_pending_address(app: FastAPI) -> None:
    """A squatter registered the owner's address and asked to move the account to their own; after the owner's
    reset, a resent link went to the squatter's address, which then took the account."""
    squatter = await sign_up(app, "owner@example.com")
    move = {"new_email": "squatter@example.com", "current_password": STRONG_PASSWORD}
    assert (await squatter.client.post("/api/users/me/email", json=move, headers=squatter.auth)).status_code == 202
    owner = client_for(app, "198.51.100.60")
    await owner.post("/api/auth/password/forgot", json={"email": "owner@example.com"})
    token = link_token(next(m for m in await inbox("owner@example.com") if m["kind"] == "password_reset"))
    assert (
        await owner.post("/api/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    ).is_success
    signed_in = await owner.post("/api/auth/login", json={"email": "owner@example.com", "password": NEW_PASSWORD})
    me = signed_in.json()["user"]
    assert me["pending_email"] is None and me["email_verified"] is True  # the reset link proved the address
    auth = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    await owner.post("/api/auth/verify-email/resend", headers=auth)
    assert not [m for m in await inbox("squatter@example.com") if m["kind"] == "verify_email" and m is not None][1:]
    await owner.aclose()


async def test_a_pending_move_can_be_cancelled(app: FastAPI) -> None:
    user = await sign_up(app)
    move = {"new_email": "elsewhere@example.com", "current_password": STRONG_PASSWORD}
    await user.client.post("/api/users/me/email", json=move, headers=user.auth)
    back = {"new_email": user.email, "current_password": STRONG_PASSWORD}
    assert (await user.client.post("/api/users/me/email", json=back, headers=user.auth)).status_code == 202
    assert (await user.client.get("/api/users/me", headers=user.auth)).json()["pending_email"] is None


async def test_past_the_limit_even_the_right_password_waits(app: FastAPI) -> None:
    user = await sign_up(app)
    wrong = {"current_password": "guess-guess-guess", "new_password": NEW_PASSWORD}
    for _ in range(5):
        await user.client.post("/api/users/me/password", json=wrong, headers=user.auth)
    right = {"current_password": STRONG_PASSWORD, "new_password": NEW_PASSWORD}
    assert (await user.client.post("/api/users/me/password", json=right, headers=user.auth)).status_code == 429


async def test_a_verification_link_works_only_in_its_own_accounts_session(app: FastAPI) -> None:
    """The owner of an address clicking the verification link of an account a stranger registered with it made
    the stranger's account verified, and with ADMIN_IDENTITIES=email:<address>, an admin."""
    stranger = await sign_up(app, "boss@example.com")
    token = link_token(next(m for m in await inbox("boss@example.com") if m["kind"] == "verify_email"))
    anonymous = client_for(app, "198.51.100.61")
    assert (await anonymous.post("/api/auth/verify-email", json={"token": token})).status_code == 401
    other = await sign_up(app, ip="198.51.100.62")
    assert (
        await other.client.post("/api/auth/verify-email", json={"token": token}, headers=other.auth)
    ).status_code == 422
    assert (await stranger.client.get("/api/users/me", headers=stranger.auth)).json()["email_verified"] is False
    await anonymous.aclose()


async def test_signing_out_ends_that_sign_ins_access_token_at_once(app: FastAPI) -> None:
    user = await sign_up(app)
    phone = client_for(app, "198.51.100.63")
    login = await phone.post("/api/auth/login", json={"email": user.email, "password": STRONG_PASSWORD})
    phone_auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
    listed = (await user.client.get("/api/users/me/sessions", headers=user.auth)).json()["items"]
    phone_id = next(s["id"] for s in listed if not s["current"])
    await user.client.delete(f"/api/users/me/sessions/{phone_id}", headers=user.auth)
    assert (await phone.get("/api/users/me", headers=phone_auth)).status_code == 401  # not in 15 minutes: now
    assert (await phone.delete("/api/users/me", headers=phone_auth)).status_code == 401
    assert (await user.client.post("/api/auth/logout", headers=user.auth)).status_code == 204
    assert (await user.client.get("/api/users/me", headers=user.auth)).status_code == 401
    await phone.aclose()


async def test_a_sign_in_older_than_a_sign_out_everywhere_cannot_renew(app: FastAPI) -> None:
    """A refresh racing a password change could mint an access token after the change (2 in 6 tries)."""
    from shared.identity.records import ACCOUNT_ID, USERS
    from shared.store.port import PatchOp

    user = await sign_up(app)
    services = await get_services()
    later = int(services.clock().timestamp() * 1000) + 1000  # as if a password change landed mid-refresh
    await services.store.patch(USERS, user.user_id, ACCOUNT_ID, [PatchOp("set", "sessions_valid_after_ms", later)])
    assert (await user.client.post("/api/auth/refresh")).status_code == 401


async def test_an_address_with_a_trailing_dot_is_the_same_address(app: FastAPI) -> None:
    await sign_up(app, "dot@example.com")
    client = client_for(app, "198.51.100.64")
    body = {"email": "dot@example.com.", "password": STRONG_PASSWORD, "consent_health_data": True}
    assert (await client.post("/api/auth/register", json=body)).status_code == 409
    await client.aclose()


async def test_the_outbox_is_owner_only(app: FastAPI) -> None:
    user = await sign_up(app)
    await inbox(user.email)
    services = await get_services()
    mode = (services.settings.resolved_data_dir() / "outbox.jsonl").stat().st_mode & 0o777
    assert mode == 0o600
