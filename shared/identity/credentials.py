"""Credential recovery and change: forgot/reset password, change password, verify and change email,
sign-ins (list, sign out one or all). OWASP ASVS 4.0 level 2, chapters 2.5 (credential recovery) and 3.3
(session termination).

Every answer that takes an email address is the same whether or not an account has it, and the mail
goes through the `account-mail` queue (`shared.identity.mail`), so neither the answer nor its timing
tells. A password change or reset gives the account a new security stamp (older links stop working) and
a `sessions_valid_after_ms` time (older access tokens stop working), revokes every refresh family, ends the
calendar feed's private link (as does a completed email change), and emails the account's address; every security
event is audited.
"""

from __future__ import annotations

import contextlib
import secrets
from typing import Any

from shared.bootstrap import Services
from shared.errors import Conflict, ErrorList, Forbidden, LimitExceeded, NotFound, TwoStepRequired
from shared.identity import audit, mail, onetime, ratelimit, refresh, registration, sessions
from shared.identity.accounts import WINDOW_S, forget_failures
from shared.identity.addresses import limit_key
from shared.identity.devices import forget_calendar, forget_devices
from shared.identity.passwords import check_policy, hash_password, verify_password
from shared.identity.principal import Principal
from shared.identity.records import (
    ACCOUNT_ID,
    SYSTEM,
    USERS,
    email_key,
    normalise_email,
    now_iso,
    two_factor_on,
)
from shared.store.port import DocumentStore, PatchOp

FORGOT_PER_EMAIL_HOUR = 3  # reset emails an address can receive an hour (more are silently not sent)
VERIFY_PER_HOUR = 3  # verification emails an account may ask for an hour
PASSWORD_TRIES_PER_15_MIN = 5  # wrong current passwords on a change before the account must wait
VERIFY_LINKS_PER_15_MIN = 10  # verification links an account may present (right or wrong)
SIGN_OUTS_PER_15_MIN = 20  # sign-outs (one or all) per account and client address


async def forgot_password(services: Services, email: str, ip: str) -> None:
    """Queue a reset email for the address (sent only if an account has it; the caller learns nothing)."""
    store = services.store
    await ratelimit.enforce(store, f"forgot-ip:{limit_key(ip)}", services.settings.auth_rate_limit_per_ip,
                            WINDOW_S, "password reset per IP")  # fmt: skip
    key = email_key(normalise_email(email))
    count, _ = await ratelimit.hit(store, f"forgot-email:{key}", 3600)
    if count <= FORGOT_PER_EMAIL_HOUR:  # past that, silently nothing: a 429 here would be a signal too
        await mail.enqueue(services, kind="password_reset", email_key=key)


async def reset_password(services: Services, token: str, new_password: str, ip: str = "") -> None:
    """Set a new password with a reset link: every sign-in ends and the user is told by email. 429 past the
    per-address limit of the client (each try may hash a password)."""
    await ratelimit.enforce(services.store, f"reset-ip:{limit_key(ip)}", services.settings.auth_rate_limit_per_ip,
                            WINDOW_S, "password reset links per IP")  # fmt: skip
    redeemed = await onetime.redeem(
        services.store, token, "password_reset", lambda account: check_policy(new_password, str(account["email"]))
    )
    account = redeemed.account
    # The link reached the address: its owner holds the account now, and the address is verified.
    # A reset also lifts a lock on two-step codes (`twofactor.FAILURES_BEFORE_LOCK`); the factor itself stays on.
    ops = [PatchOp("set", "email_verified", True), PatchOp("set", "totp_failures", 0)]
    squatted = not account.get("email_verified")
    if squatted:
        ops += _unproven_factors(account)
    await _set_password(services, account, new_password, *ops)
    await forget_devices(services.store, redeemed.user_id)  # a squatter's calendar link and browsers too
    if squatted:
        await _drop_unproven_links(services, account)
    await forget_failures(services.store, str(account.get("email", "")))  # the owner is back in: no waiting
    await audit.record(services.store, redeemed.user_id, "password.reset", redeemed.user_id, {})
    await mail.enqueue(services, kind="notice", user_id=redeemed.user_id, notice="password_reset")


def _unproven_factors(account: dict[str, Any]) -> list[PatchOp]:
    """A second factor set up before anyone proved the address (older code allowed it) belongs to whoever held the
    account then, maybe someone who registered the owner's address first: the owner's reset removes it, or the
    owner would be locked out of their own account (the attacker review of issue 17)."""
    ops = [PatchOp("set", "totp_recovery", None)]
    ops += [PatchOp("remove", field) for field in ("totp", "totp_pending") if account.get(field)]
    return ops


async def _drop_unproven_links(services: Services, account: dict[str, Any]) -> None:
    """After a reset that proved the address for the first time: no two-step sign-in or Microsoft sign-in set up
    before it outlives the reset (each removal is audited and emailed to the owner)."""
    user_id = str(account["userId"])
    if two_factor_on(account):
        await audit.record(services.store, user_id, "two_factor.disabled", user_id, {"reason": "unconfirmed_address"})
        await mail.enqueue(services, kind="notice", user_id=user_id, notice="two_factor_disabled")
    if any(str(i).startswith("ms:") for i in account.get("identities", [])):
        from shared.identity import microsoft  # msal is heavy: only for an account that has such a link

        with contextlib.suppress(NotFound):
            await microsoft.unlink_identity(services, await services.store.read(USERS, user_id, ACCOUNT_ID))


async def change_password(
    services: Services, principal: Principal, current: str, new_password: str, device: str
) -> sessions.Session:
    """Change the password (the current one required): every other sign-in ends; this client gets a new one."""
    store = services.store
    account = await check_current_password(services, principal, current, "current_password")
    check_policy(new_password, str(account.get("email", "")))
    await _set_password(services, account, new_password)
    await forget_calendar(store, principal.user_id)  # a credential to the plan, like the password it follows
    await audit.record(store, principal.user_id, "password.changed", principal.user_id, {})
    await mail.enqueue(services, kind="notice", user_id=principal.user_id, notice="password_changed")
    # The new sign-in keeps how this one was made: a second factor passed stays passed.
    amr = ("pwd", "otp") if principal.second_factor else ("pwd",)
    return await sessions.start(services, await store.read(USERS, principal.user_id, ACCOUNT_ID), device, amr)


async def admin_reset(services: Services, admin: Principal, user_id: str) -> None:
    """An admin starts a reset for a user (audited): the user gets the link; the admin never sees it."""
    account = await services.store.read(USERS, user_id, ACCOUNT_ID)
    if not account.get("password_hash"):
        raise Conflict("This account signs in with Microsoft only; it has no password to reset.")
    await mail.enqueue(services, kind="password_reset", email_key=email_key(str(account["email"])))
    await mail.enqueue(services, kind="notice", user_id=user_id, notice="reset_by_admin")
    await audit.record(services.store, admin.user_id, "password.reset_started_by_admin", user_id, {})


async def request_verification(services: Services, principal: Principal) -> None:
    """Queue a verification email for the account's address, or its pending new one (rate limited)."""
    account = await services.store.read(USERS, principal.user_id, ACCOUNT_ID)
    if account.get("email_verified") and not account.get("pending_email"):
        return  # nothing to verify
    await _verification_mail(services, principal.user_id, account.get("pending_email") or account["email"])


async def verify_email(services: Services, principal: Principal, token: str) -> dict[str, Any]:
    """Confirm an address with its link, signed in to the account it was sent for: the account's own (now
    verified) or a pending new one (now the account's address; the old one is told). Returns the account.

    The link alone is not enough: someone who registered another person's address first could otherwise get it
    verified by its owner's click and gain what a verified address grants, such as admin by `email:` identity
    (the attacker review). The owner takes such an account over with "forgot password" instead."""
    store = services.store
    await ratelimit.enforce(store, f"verify-link:{principal.user_id}", VERIFY_LINKS_PER_15_MIN, 900,
                            "verification links per account")  # fmt: skip

    def mine(account: dict[str, Any]) -> None:
        if account.get("userId") != principal.user_id:
            raise onetime.invalid()

    redeemed = await onetime.redeem(store, token, "verify_email", mine)
    account, address = redeemed.account, redeemed.bound_to
    if address == account.get("email"):
        verified = [PatchOp("set", "email_verified", True), PatchOp("set", "updated_at", now_iso())]
        updated = await store.patch(USERS, redeemed.user_id, ACCOUNT_ID, verified)
        await audit.record(store, redeemed.user_id, "email.verified", redeemed.user_id, {})
        return updated
    if address and address == account.get("pending_email") and redeemed.change == _change_of(account):
        return await _move_email(services, account, address)
    raise onetime.invalid()  # a move asked for before another, or cancelled since: its link died with it


def _change_of(account: dict[str, Any]) -> str:
    return str(account.get("pending_email_change") or "")


def _new_change(address: str | None) -> list[PatchOp]:
    """The account's pending move (None: none): every link issued for an earlier move stops working, even one for
    the same address asked for again (the attacker review of issue 17: an old link revived)."""
    return [PatchOp("set", "pending_email", address), PatchOp("set", "pending_email_change", secrets.token_hex(8))]


async def change_email(services: Services, principal: Principal, new_email: str, current: str) -> None:
    """Ask to move the account to `new_email` (the current password required): the new address gets a link,
    the old one a notice; the account moves only when the link is used. The answer is the same whether or
    not the new address already has an account (that is found when the link is used)."""
    address = normalise_email(new_email)
    account = await check_current_password(services, principal, current, "current_password")
    if address == account.get("email"):  # back to the current address: a pending move is cancelled
        cancel = [*_new_change(None), PatchOp("set", "updated_at", now_iso())]
        await services.store.patch(USERS, principal.user_id, ACCOUNT_ID, cancel)
        await audit.record(services.store, principal.user_id, "email.change_cancelled", principal.user_id, {})
        return
    await _verification_limit(services, principal.user_id)
    pending = [*_new_change(address), PatchOp("set", "updated_at", now_iso())]
    await services.store.patch(USERS, principal.user_id, ACCOUNT_ID, pending)
    await audit.record(services.store, principal.user_id, "email.change_requested", principal.user_id, {})
    await mail.enqueue(services, kind="verify_email", user_id=principal.user_id, to=address)
    await mail.enqueue(services, kind="notice", user_id=principal.user_id, notice="email_change_requested")


async def sign_out(services: Services, principal: Principal, session_id: str, ip: str = "") -> None:
    """End one of the caller's sign-ins (NotFound for an unknown or another user's id; 429 past `_sign_out_limit`)."""
    await _sign_out_limit(services, principal, ip)
    live = await refresh.active_families(services.store, principal.user_id, services.clock().timestamp())
    if session_id not in {s.id for s in live}:
        raise NotFound("No such sign-in.")
    await refresh.revoke_family(services.store, principal.user_id, session_id, reason="signed_out")
    await sessions.revoke_access(services, principal.user_id, session_id)
    await audit.record(services.store, principal.user_id, "session.signed_out", principal.user_id, {})


async def sign_out_everywhere(services: Services, principal: Principal, ip: str = "") -> int:
    """End every sign-in of the caller, this one included; returns how many ended (429 past `_sign_out_limit`)."""
    await _sign_out_limit(services, principal, ip)
    ended = await _end_all(services, principal.user_id, "signed_out_everywhere")
    await forget_devices(services.store, principal.user_id)  # the calendar link and push browsers need no sign-in
    await audit.record(services.store, principal.user_id, "session.signed_out_everywhere", principal.user_id,
                       {"count": ended})  # fmt: skip
    return ended


async def _sign_out_limit(services: Services, principal: Principal, ip: str) -> None:
    """Sign-outs per account and client address (each writes to every sign-in of the account and the audit log).
    Per address, as two-step codes are: a stolen session elsewhere cannot use up the owner's sign-out everywhere."""
    await ratelimit.enforce(services.store, f"sign-out:{principal.user_id}:{limit_key(ip)}", SIGN_OUTS_PER_15_MIN, 900,
                            "sign-outs per account and address")  # fmt: skip


async def _verification_limit(services: Services, user_id: str) -> None:
    """Count one verification email against the account's hourly limit (429 past it)."""
    await ratelimit.enforce(services.store, f"verify-mail:{user_id}", VERIFY_PER_HOUR, 3600,
                            "verification emails per account")  # fmt: skip


async def _verification_mail(services: Services, user_id: str, address: str) -> None:
    await _verification_limit(services, user_id)
    await mail.enqueue(services, kind="verify_email", user_id=user_id, to=address)


async def check_current_password(services: Services, principal: Principal, password: str, field: str) -> dict[str, Any]:
    """The caller's account once `password` is its current one (InvalidInput naming `field` otherwise);
    wrong guesses are rate limited per account."""
    store = services.store
    account = await store.read(USERS, principal.user_id, ACCOUNT_ID)
    if not account.get("password_hash"):
        raise Forbidden("This account signs in with Microsoft; it has no Vigor password.")
    # Every check counts, right or wrong: past the limit even the right password waits, so a stolen access token
    # cannot keep guessing (the attacker review: a 429 for wrong and a 200 for right told the password apart).
    count, retry_after = await ratelimit.hit(store, f"password-check:{principal.user_id}", 900)
    if count > PASSWORD_TRIES_PER_15_MIN:
        limit = f"password checks per account: {PASSWORD_TRIES_PER_15_MIN} per 900 s"
        raise LimitExceeded("Too many password checks; wait a while.", retry_after=retry_after, limit=limit)
    if not await verify_password(account.get("password_hash"), password):
        errors = ErrorList()
        errors.add(field, "is not your current password")
        errors.raise_if_any()
    if two_factor_on(account) and not principal.second_factor:
        # A sign-in that did not pass the second factor (made before it was turned on) changes no credential.
        raise TwoStepRequired("Sign in again with your two-step code to change your sign-in details.")
    return account


async def _set_password(services: Services, account: dict[str, Any], password: str, *also: PatchOp) -> None:
    user_id = str(account["userId"])
    password_hash = await hash_password(password)
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [
        PatchOp("set", "password_hash", password_hash), PatchOp("set", "updated_at", now_iso()),
        # A move to another address asked for before the password changed is dropped: whoever asked may not be
        # the owner (the attacker review: a squatter's pending address survived the owner's reset).
        PatchOp("set", "pending_email", None), _new_stamp(), _sessions_end(services), *also,
    ])  # fmt: skip
    await refresh.revoke_all(services.store, user_id, "password_changed")


def _new_stamp() -> PatchOp:
    """A new security stamp: every link issued before it stops working (`onetime`)."""
    return PatchOp("set", "security_stamp", secrets.token_hex(16))


def _sessions_end(services: Services) -> PatchOp:
    """Access tokens issued before now stop working (`authenticate`)."""
    return PatchOp("set", "sessions_valid_after_ms", int(services.clock().timestamp() * 1000))


async def _end_all(services: Services, user_id: str, reason: str) -> int:
    ended = await refresh.revoke_all(services.store, user_id, reason)
    await services.store.patch(USERS, user_id, ACCOUNT_ID, [_sessions_end(services)])
    return ended


async def _move_email(services: Services, account: dict[str, Any], address: str) -> dict[str, Any]:
    """Make `address` the account's email: its index first (Conflict if another account took it meanwhile),
    then the account, then the old index goes; the old address is told."""
    store, user_id, old = services.store, str(account["userId"]), str(account["email"])
    key = email_key(address)
    try:
        # A crash between the writes below never locks an address (`registration.claim_for_move`).
        await registration.claim_for_move(store, key, address, user_id)
    except Conflict:
        with contextlib.suppress(NotFound):
            await store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "pending_email", None)])
        raise Conflict("This email address cannot be used.") from None
    identities = [i for i in account.get("identities", []) if i != f"email:{old}"] + [f"email:{address}"]
    updated = await store.patch(USERS, user_id, ACCOUNT_ID, [
        PatchOp("set", "email", address), PatchOp("set", "email_verified", True),
        PatchOp("set", "pending_email", None), PatchOp("set", "identities", identities),
        PatchOp("set", "search", f"{address} {account.get('display_name', '')}".lower()),
        PatchOp("set", "updated_at", now_iso()), _new_stamp(), _sessions_end(services),
    ])  # fmt: skip
    await _drop_index(store, email_key(old), user_id)
    await refresh.revoke_all(store, user_id, "email_changed")
    await forget_calendar(store, user_id)  # whoever had the old address's feed URL reads the plan no more
    await audit.record(store, user_id, "email.changed", user_id, {})
    await mail.enqueue(services, kind="notice", user_id=user_id, notice="email_changed", to=old)
    return updated


async def _drop_index(store: DocumentStore, key: str, user_id: str) -> None:
    with contextlib.suppress(NotFound):
        index = await store.read(SYSTEM, key, key)
        if index.get("userId") == user_id:
            await store.delete(SYSTEM, key, key)
