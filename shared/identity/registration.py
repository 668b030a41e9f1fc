"""The email index of a local registration, written so that a crash never locks the address.

A registration writes two partitions: the email index (`email:<sha256>`, system container) and the
account (the user's partition). No transaction spans them, so the index goes through two states:

1. `claim`: the index is created `pending`, naming the new user id (of concurrent claims one create wins);
2. the caller creates the account;
3. `commit`: the index is replaced `complete` under the ETag of step 1.

A claim that finds an index repairs it when it is stale (`_stale`): it names no account and is older
than `REPAIR_AFTER_S` (a registration that crashed before its account), or names an account whose
erasure is under way, or (after the same wait) an account that no longer has this address (an email
change cut short). The repair replaces the index under its ETag, so of two repairs one wins, and the
registration that was overtaken finds its commit refused and removes its own account (never the new one).
The wait keeps a double-clicked "Create account" from stealing from itself: registration takes well
under a second, so a pending index older than a minute is a crash, not a registration in progress.

An email change (`credentials._move_email`) writes the new address's index first (`claim_for_move`), then the
account, then removes the old index. Cut short after the index, the next attempt of the same account finds its own
index and completes the move, and a registration (or another account's change) takes it over after the wait, since
the account does not have that address; cut short before the old index goes, the old address is free the same way.

The reverse (an account without its index: the index removed after an account create that reported a
failure but was stored) does not lock the address, but leaves a copy of it behind: `forget_half_written`
removes such accounts when the address is registered again, but only one that can never have been used:
a password account for this address whose partitions hold nothing but the account (never signed in).
See docs/decisions.md, "Registration that repairs itself".
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from typing import Any

from shared.errors import Conflict, NotFound, PreconditionFailed, VigorError
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, email_key, now_iso, system_doc
from shared.store import kinds
from shared.store.port import Document, DocumentStore, Filter, Query, etag_or_none

log = logging.getLogger("vigor.identity")
TAKEN = "An account cannot be created with this email address."
REPAIR_AFTER_S = 60.0
DELETION = "deletion"  # the account field set while the account is being erased (`identity.deletion`)


async def claim(store: DocumentStore, key: str, email: str, user_id: str) -> Document:
    """The pending index for `user_id` (created, or a stale one taken over); Conflict when the address is taken."""
    fresh = system_doc(key, type="email_index", userId=user_id, state="pending", created_at=now_iso())
    for _ in range(3):
        try:
            return await store.create(SYSTEM, fresh)
        except Conflict:
            pass
        try:
            index = await store.read(SYSTEM, key, key)
        except NotFound:
            continue  # released meanwhile: create again
        if not await _stale(store, index, email):
            break
        try:
            taken = await store.replace(SYSTEM, fresh, if_match=etag_or_none(index))
        except (PreconditionFailed, NotFound):
            continue  # another registration repaired it first: look again
        log.info("registration: repaired a half-written email index")  # no address, no ids: nothing personal
        return taken
    raise Conflict(TAKEN)


async def claim_for_move(store: DocumentStore, key: str, email: str, user_id: str) -> Document:
    """An email change's index for `user_id` (`credentials`): created, or already its own (a change cut short after
    its index: the next attempt completes it), or a stale one taken over as `claim` does; Conflict when another
    account holds the address."""
    fresh = system_doc(key, type="email_index", userId=user_id, state="complete", created_at=now_iso())
    for _ in range(3):
        try:
            return await store.create(SYSTEM, fresh)
        except Conflict:
            pass
        try:
            index = await store.read(SYSTEM, key, key)
        except NotFound:
            continue
        if index.get("userId") == user_id:
            return index  # written by an earlier attempt of this account that stopped before the account moved
        if not await _stale(store, index, email):
            break
        try:
            taken = await store.replace(SYSTEM, fresh, if_match=etag_or_none(index))
        except (PreconditionFailed, NotFound):
            continue
        log.info("email change: repaired a half-written email index")
        return taken
    raise Conflict(TAKEN)


async def commit(store: DocumentStore, index: Document, user_id: str) -> None:
    """Mark the index complete; Conflict (after removing the caller's account) when it was taken over."""
    done = {k: v for k, v in index.items() if not k.startswith("_")} | {"state": "complete"}
    try:
        await store.replace(SYSTEM, done, if_match=etag_or_none(index))
    except (PreconditionFailed, NotFound):
        with contextlib.suppress(NotFound):
            await store.delete(USERS, user_id, ACCOUNT_ID)
        raise Conflict(TAKEN) from None


async def release(store: DocumentStore, index: Document, user_id: str) -> None:
    """A registration that failed: its account (if it was stored) goes, then its index (if still its own)."""
    with contextlib.suppress(NotFound):
        await store.delete(USERS, user_id, ACCOUNT_ID)
    with contextlib.suppress(NotFound, PreconditionFailed):
        await store.delete(SYSTEM, str(index["pk"]), str(index["id"]), if_match=etag_or_none(index))


async def _stale(store: DocumentStore, index: dict[str, Any], email: str) -> bool:
    try:
        account = await store.read(USERS, str(index.get("userId", "")), ACCOUNT_ID)
    except NotFound:
        return _older_than_repair_wait(index)
    if account.get(DELETION):
        return True  # the address's owner deleted their account: it is free now
    return account.get("email") != email and _older_than_repair_wait(index)


def _older_than_repair_wait(index: dict[str, Any]) -> bool:
    try:
        created = datetime.fromisoformat(str(index.get("created_at", "")))
    except ValueError:
        return True
    created = created if created.tzinfo else created.replace(tzinfo=UTC)
    return (datetime.now(UTC) - created).total_seconds() > REPAIR_AFTER_S


async def forget_half_written(store: DocumentStore, email: str, user_id: str) -> int:
    """Remove accounts for `email` other than `user_id` that a failed registration left without an index
    and that were never used; how many. A store error is logged, not raised: the registration is done."""
    query = Query(filters=(Filter("type", "eq", "account"), Filter("email", "eq", email)), limit=10)
    removed = 0
    try:
        for account in (await store.query(USERS, query)).items:
            other = str(account["userId"])
            if other != user_id and await _never_used(store, account, email):
                with contextlib.suppress(NotFound):
                    await store.delete(USERS, other, ACCOUNT_ID)
                    removed += 1
    except VigorError as exc:
        log.warning("registration: could not look for half-written accounts (%s)", type(exc).__name__)
    if removed:
        log.info("registration: removed %d half-written account(s)", removed)
    return removed


async def _never_used(store: DocumentStore, account: dict[str, Any], email: str) -> bool:
    if account.get(DELETION) or f"email:{email}" not in account.get("identities", []):
        return False  # being erased already, or a Microsoft account (those have no email index)
    if not _older_than_repair_wait({"created_at": account.get("created_at")}):
        return False  # a registration still in flight
    user_id, key = str(account["userId"]), email_key(email)
    with contextlib.suppress(NotFound):
        index = await store.read(SYSTEM, key, key)
        if index.get("userId") == user_id:
            return False  # it has its index after all
    for container in kinds.user_containers():
        if await store.count(container, partition_key=user_id) > (1 if container == USERS else 0):
            return False  # it holds data: someone used it; left for an operator, never erased here
    return True
