"""Local accounts: register, log in, lockout.

Uniqueness of an email is a `create` of its index document (`email:<sha256>`) in the
system container: of any number of concurrent registrations exactly one create succeeds.
Login errors never tell whether the email exists: one message, and an unknown email is
verified against a dummy hash of the same cost. Lockout counters are keyed by the email
hash whether or not an account exists, so a lockout does not reveal that either.
"""

from __future__ import annotations

import contextlib
import time
from typing import Any

from shared.bootstrap import Services
from shared.errors import Conflict, Forbidden, InvalidInput, LimitExceeded, NotFound, Unauthenticated
from shared.identity import audit, ratelimit
from shared.identity.passwords import check_policy, hash_password, needs_rehash, verify_password
from shared.identity.records import (
    ACCOUNT_ID,
    SYSTEM,
    USERS,
    email_key,
    new_account,
    new_user_id,
    normalise_email,
    now_iso,
    system_doc,
)
from shared.store.port import DocumentStore, PatchOp

BAD_CREDENTIALS = "The email or password is not correct."
WINDOW_S = 60


async def register(services: Services, email: str, password: str, display_name: str, ip: str) -> dict[str, Any]:
    """Create a local account; Conflict if the email is taken, InvalidInput if the password is weak."""
    settings, store = services.settings, services.store
    await ratelimit.enforce(store, f"register-ip:{ip}", settings.auth_rate_limit_per_ip, WINDOW_S, "register per IP")
    normalised = normalise_email(email)
    check_policy(password, normalised)
    user_id = new_user_id()
    key = email_key(normalised)
    try:
        await store.create(SYSTEM, system_doc(key, type="email_index", userId=user_id, created_at=now_iso()))
    except Conflict:
        raise Conflict("An account cannot be created with this email address.") from None
    try:
        password_hash = await hash_password(password)
        account = await store.create(
            USERS, new_account(user_id, normalised, display_name.strip(), password_hash, f"email:{normalised}")
        )
    except BaseException:
        with contextlib.suppress(NotFound):
            await store.delete(SYSTEM, key, key)
        raise
    await audit.record(store, user_id, "account.register", user_id, {"method": "local"})
    return account


async def find_by_email(store: DocumentStore, normalised_email: str) -> dict[str, Any] | None:
    key = email_key(normalised_email)
    try:
        index = await store.read(SYSTEM, key, key)
        return await store.read(USERS, index["userId"], ACCOUNT_ID)
    except NotFound:
        return None


async def login(services: Services, email: str, password: str, ip: str) -> dict[str, Any]:
    """The account for these credentials; one generic Unauthenticated for any mismatch."""
    settings, store = services.settings, services.store
    await ratelimit.enforce(store, f"login-ip:{ip}", settings.auth_rate_limit_per_ip, WINDOW_S, "login per IP")
    try:
        normalised = normalise_email(email)
    except InvalidInput:
        normalised = email.strip().lower()
    key = email_key(normalised)
    await ratelimit.enforce(
        store, f"login-account:{key}", settings.auth_rate_limit_per_account, WINDOW_S, "login per account"
    )
    await _check_lockout(store, key)
    account = await find_by_email(store, normalised)
    if not await verify_password(account.get("password_hash") if account else None, password) or account is None:
        await _record_failure(services, key)
        raise Unauthenticated(BAD_CREDENTIALS)
    with contextlib.suppress(NotFound):
        await store.delete(SYSTEM, _lockout_id(key), _lockout_id(key))
    if account.get("disabled"):
        raise Forbidden("This account is disabled.")
    if needs_rehash(account["password_hash"]):
        new_hash = await hash_password(password)
        account = await store.patch(USERS, account["userId"], ACCOUNT_ID, [PatchOp("set", "password_hash", new_hash)])
    return account


def _lockout_id(key: str) -> str:
    return "lockout:" + key.removeprefix("email:")


async def _check_lockout(store: DocumentStore, key: str) -> None:
    try:
        doc = await store.read(SYSTEM, _lockout_id(key), _lockout_id(key))
    except NotFound:
        return
    remaining = float(doc.get("locked_until", 0)) - time.time()
    if remaining > 0:
        raise LimitExceeded(
            "Too many failed sign-ins; this account is locked for a while.",
            retry_after=remaining,
            limit="login lockout",
        )


async def _record_failure(services: Services, key: str) -> None:
    """Count a failed login for this email; lock after the configured number of failures."""
    settings, store = services.settings, services.store
    doc_id = _lockout_id(key)
    ttl = settings.login_lockout_minutes * 60
    try:
        doc = await store.patch(SYSTEM, doc_id, doc_id, [PatchOp("incr", "failures", 1), PatchOp("set", "ttl", ttl)])
    except NotFound:
        try:
            doc = await store.create(SYSTEM, system_doc(doc_id, type="lockout", failures=1, ttl=ttl))
        except Conflict:
            doc = await store.patch(SYSTEM, doc_id, doc_id, [PatchOp("incr", "failures", 1)])
    if int(doc.get("failures", 0)) >= settings.login_lockout_failures:
        until = time.time() + ttl
        await store.patch(
            SYSTEM, doc_id, doc_id, [PatchOp("set", "failures", 0), PatchOp("set", "locked_until", until)]
        )
        await audit.record(store, "system", "account.locked", "", {"reason": "failed logins"})
    return None


async def remove_lockout(store: DocumentStore, normalised_email: str) -> None:
    doc_id = _lockout_id(email_key(normalised_email))
    with contextlib.suppress(NotFound):
        await store.delete(SYSTEM, doc_id, doc_id)
