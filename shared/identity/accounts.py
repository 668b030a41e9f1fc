"""Local accounts: register, log in, throttle failed sign-ins.

Uniqueness of an email is a `create` of its index document (`email:<sha256>`) in the
system container: of any number of concurrent registrations exactly one create succeeds. A
registration cut short between the index and the account is repaired by the next attempt
(`identity.registration`), so an address is never locked for good.
Login errors never tell whether the email exists: one message, and an unknown email is
verified against a dummy hash of the same cost. Failure counters are keyed by the email
hash whether or not an account exists, so a delay does not reveal that either.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from shared.bootstrap import Services
from shared.errors import Conflict, Forbidden, InvalidInput, LimitExceeded, NotFound, Unauthenticated
from shared.identity import audit, ratelimit, registration, throttle
from shared.identity.addresses import limit_key
from shared.identity.passwords import check_policy, hash_password, needs_rehash, verify_password
from shared.identity.records import (
    ACCOUNT_ID,
    SYSTEM,
    USERS,
    email_key,
    new_account,
    new_user_id,
    normalise_email,
)
from shared.metrics import events as metric_events
from shared.store.port import DocumentStore, Filter, PatchOp, Query

BAD_CREDENTIALS = "The email or password is not correct."
WINDOW_S = 60
REGISTER_PER_ADDRESS_HOUR = 5  # registrations one address may be tried for an hour, from anywhere
TAKEN_PER_IP_HOUR = 5  # "address taken" answers a client address may get an hour; past it, every register waits
KNOWN_ADDRESS_S = 30 * 86400  # an address where an account signed in skips that account's own throttle this long


async def register(services: Services, email: str, password: str, display_name: str, ip: str) -> dict[str, Any]:
    """Create a local account; Conflict if the email is taken, InvalidInput if the password is weak.

    The 409 tells that an address has an account (API.md fixes the 201 with a session, so a taken address cannot
    answer alike): it is rate limited so it cannot be used to go through a list of addresses. Per address, from
    anywhere; and per client address, the "taken" answers: past `TAKEN_PER_IP_HOUR` every registration from there
    waits, free address or not (docs/decisions.md, "Register's 409")."""
    settings, store = services.settings, services.store
    where = limit_key(ip)
    await ratelimit.enforce(store, f"register-ip:{where}", settings.auth_rate_limit_per_ip, WINDOW_S, "register per IP")
    taken, retry_after = await ratelimit.count(store, f"register-taken-ip:{where}", 3600)
    if taken >= TAKEN_PER_IP_HOUR:
        limit = f"registrations of addresses that have an account, per IP: {TAKEN_PER_IP_HOUR} per 3600 s"
        raise LimitExceeded("Too many attempts; wait before trying again.", retry_after=retry_after, limit=limit)
    normalised = normalise_email(email)
    check_policy(password, normalised)
    await ratelimit.enforce(store, f"register-email:{email_key(normalised)}", REGISTER_PER_ADDRESS_HOUR, 3600,
                            "register per address")  # fmt: skip
    user_id = new_user_id()
    try:
        index = await registration.claim(store, email_key(normalised), normalised, user_id)
    except Conflict:
        await ratelimit.hit(store, f"register-taken-ip:{where}", 3600)
        raise
    try:
        password_hash = await hash_password(password)
        account = await store.create(
            USERS, new_account(user_id, normalised, display_name.strip(), password_hash, f"email:{normalised}")
        )
    except BaseException:
        await registration.release(store, index, user_id)
        raise
    await registration.commit(store, index, user_id)
    await registration.forget_half_written(store, normalised, user_id)
    await audit.record(store, user_id, "account.register", user_id, {"method": "local"})
    await metric_events.signed_up(store, user_id, datetime.fromisoformat(str(account["created_at"])))
    return account


async def find_by_email(store: DocumentStore, normalised_email: str) -> dict[str, Any] | None:
    """The account signed in with this address; None for none, or for one being erased (deleted for its owner)."""
    key = email_key(normalised_email)
    try:
        index = await store.read(SYSTEM, key, key)
        account = await store.read(USERS, index["userId"], ACCOUNT_ID)
    except NotFound:
        return None
    return None if account.get(registration.DELETION) else account


async def login(services: Services, email: str, password: str, ip: str) -> dict[str, Any]:
    """The account for these credentials; one generic Unauthenticated for any mismatch.

    Failures slow down the (email, address) pair and the address (`throttle`), and the email from
    every address where that account has not signed in for `KNOWN_ADDRESS_S`: a guesser rotating
    addresses is slowed, while the owner at an address they used before is never refused because of
    someone else's guesses (docs/decisions.md, "Per-account sign-in throttle").
    """
    settings, store = services.settings, services.store
    where = limit_key(ip)  # an IPv6 client counts by its /64
    await ratelimit.enforce(store, f"login-ip:{where}", settings.auth_rate_limit_per_ip, WINDOW_S, "login per IP")
    try:
        normalised = normalise_email(email)
    except InvalidInput:
        normalised = email.strip().lower()
    key = email_key(normalised)
    pair, address = f"login-fail:{key}:{where}", f"login-fail-ip:{where}"
    known = f"login-known:{key}:{where}"
    pair_policy, address_policy, account_policy = _policies(services)
    now = services.clock().timestamp()
    admitted: list[tuple[str, throttle.Policy]] = []
    try:
        await throttle.admit(store, address, address_policy, now)
        admitted.append((address, address_policy))
        # Tagged with the email's hash so that erasing the account can find them (`forget_failures`).
        await throttle.admit(store, pair, pair_policy, now, subject=_subject(key))
        admitted.append((pair, pair_policy))
        account_key = f"login-fail-account:{key}"
        if not await throttle.remembered(store, known):
            await throttle.admit(store, account_key, account_policy, now, subject=_subject(key))
            admitted.append((account_key, account_policy))
        account = await find_by_email(store, normalised)
        verified = await verify_password(account.get("password_hash") if account else None, password)
    except BaseException:
        for admitted_key, policy in admitted:
            await throttle.release(store, admitted_key, policy)
        raise
    if not verified or account is None:
        for admitted_key, policy in admitted:
            await _failed(store, admitted_key, policy, now)
        raise Unauthenticated(BAD_CREDENTIALS)
    await throttle.clear(store, pair)
    # The address and the account keep their failures: a success with one's own account must not wash away
    # guesses at others', nor the owner's sign-in the guesses made at theirs from elsewhere.
    for admitted_key, policy in admitted:
        if admitted_key != pair:
            await throttle.release(store, admitted_key, policy)
    await throttle.remember(store, known, KNOWN_ADDRESS_S, subject=_subject(key))
    if account.get("disabled"):
        raise Forbidden("This account is disabled.")
    if needs_rehash(account["password_hash"]):
        new_hash = await hash_password(password)
        account = await store.patch(USERS, account["userId"], ACCOUNT_ID, [PatchOp("set", "password_hash", new_hash)])
    return account


def _policies(services: Services) -> tuple[throttle.Policy, throttle.Policy, throttle.Policy]:
    settings = services.settings
    return (
        throttle.Policy("login per account and address", settings.login_free_failures, settings.login_max_delay_s),
        throttle.Policy("login per address", settings.login_free_failures_per_ip, settings.login_max_delay_s),
        # Forgotten after 15 quiet minutes: the owner's own typos from new places do not add up over days.
        throttle.Policy(
            "login per account", settings.login_free_failures_per_account, settings.login_max_delay_s, memory_s=900
        ),
    )


def _subject(key: str) -> str:
    return key.removeprefix("email:")


async def _failed(store: DocumentStore, key: str, policy: throttle.Policy, now: float) -> None:
    """Count the failure; the first time a key starts waiting is worth an audit record."""
    if await throttle.failed(store, key, policy, now) == policy.free:
        await audit.record(store, "system", "login.throttled", "", {"reason": policy.label})


async def forget_failures(store: DocumentStore, normalised_email: str) -> None:
    """Account erasure: drop the failed-sign-in counters of this email at every address."""
    subject = _subject(email_key(normalised_email))
    query = Query(filters=(Filter("type", "eq", throttle.DOC_TYPE), Filter("subject", "eq", subject)), limit=100)
    for _ in range(100):
        page = await store.query(SYSTEM, query)
        for doc in page.items:
            with contextlib.suppress(NotFound):
                await store.delete(SYSTEM, doc["pk"], doc["id"])
        if not page.continuation:
            return
