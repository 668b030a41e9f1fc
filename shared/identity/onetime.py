"""Single-use, expiring account tokens (email verification, password reset, two-step recovery), stored hashed.

A token is 32 random bytes, url-safe. The system container keeps only `otk:<sha256>` (its own partition:
one point read), holding the user id, the purpose, what the token is bound to (the address a verification
is for) and the account's security stamp when it was issued. Using a token deletes it first: of two
concurrent uses exactly one delete succeeds, so it works once. A password or email change gives the
account a new stamp, so every token issued before it stops working; the store's TTL removes stale ones.
A link for a move to a new address also carries the move's own id (`change`): asking for another move, or
cancelling it, ends every link of the moves before (`credentials.verify_email`).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from shared.errors import FieldError, InvalidInput, NotFound
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, sha256, system_doc
from shared.store.port import DocumentStore

Purpose = Literal["verify_email", "password_reset", "two_factor_recovery"]
_INVALID = "This link is not valid or has expired; ask for a new one."


@dataclass(frozen=True)
class Redeemed:
    """A token just used: whose, and what it was bound to (the address being verified)."""

    user_id: str
    bound_to: str
    account: dict[str, Any]
    change: str = ""  # the email move the link was issued for (`pending_email_change` then)


def invalid() -> InvalidInput:
    """The one error for any unusable link (field `token`): it never says why."""
    return InvalidInput(_INVALID, [FieldError("token", _INVALID)])


def _doc_id(token: str) -> str:
    return "otk:" + sha256(token)


async def issue(
    store: DocumentStore,
    account: dict[str, Any],
    purpose: Purpose,
    ttl_seconds: int,
    bound_to: str = "",
    change: str = "",
) -> str:
    """A new token for `account`; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    await store.create(SYSTEM, system_doc(
        _doc_id(token), type="onetime_token", purpose=purpose, userId=account["userId"], bound_to=bound_to,
        change=change, stamp=str(account.get("security_stamp", "")), expires=int(time.time()) + ttl_seconds,
        ttl=ttl_seconds,
    ))  # fmt: skip
    return token


async def redeem(
    store: DocumentStore, token: str, purpose: Purpose, check: Callable[[dict[str, Any]], None] | None = None
) -> Redeemed:
    """Use a token once: InvalidInput (field `token`) when it is unknown, used, expired, of another purpose,
    older than the account's last security change, or its account is gone or disabled. `check(account)` runs
    before the token is spent, so a new password the policy refuses leaves the link usable."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        raise invalid()
    key = _doc_id(token)
    try:
        doc = await store.read(SYSTEM, key, key)
        account = await store.read(USERS, str(doc["userId"]), ACCOUNT_ID)
    except NotFound:
        raise invalid() from None
    fresh = int(doc.get("expires", 0)) >= time.time() and doc.get("stamp") == str(account.get("security_stamp", ""))
    if doc.get("purpose") != purpose or not fresh or account.get("disabled"):
        raise invalid()
    if check is not None:
        check(account)
    try:
        await store.delete(SYSTEM, key, key)  # the one use: a concurrent second use finds it gone
    except NotFound:
        raise invalid() from None
    return Redeemed(str(doc["userId"]), str(doc.get("bound_to", "")), account, str(doc.get("change", "")))
