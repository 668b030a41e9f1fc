"""GDPR erasure: the account and every document of the user, everywhere, as a resumable job.

`request_deletion` is what the user waits for, and it is done at once: the account is disabled and
marked (`deletion`), access tokens issued before now stop (`sessions_valid_after_ms`), every refresh
family is revoked, and a message goes on the `account-deletion` queue. From then on the account is
gone for its owner: sign-in, refresh and every request fail, and its address can be registered again
(`identity.registration` treats the index of an account being erased as free).

`erase` (the queue job) removes the data in an order that a retry can always resume: the system
documents naming the user (every system kind in shared.store.kinds, by its owner field, the email index
among them), the failed-sign-in counters of the email, the staged import files (blobs), every other
user-partitioned container, the rest of the user's own partition, the audit log's mentions of the user
(replaced by a pseudonym) and one audit record for the deletion, and the account record last: while
it exists a retry finds the marker (and the email it needs); once it is gone a repeated message does
nothing. Every step is idempotent. A message lost or poisoned is sent again by the daily maintenance run
(`resume_stranded`). See docs/decisions.md, "Deletion as a resumable job".
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import datetime, timedelta
from typing import Any

from shared.blobs.port import BlobStore
from shared.bootstrap import Services
from shared.errors import NotFound, PreconditionFailed
from shared.identity import audit, refresh
from shared.identity.accounts import forget_failures
from shared.identity.export import system_documents, user_containers
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS
from shared.identity.registration import DELETION
from shared.importing import staging
from shared.queue import names
from shared.store.port import DocumentStore, Filter, PatchOp, Query, etag_or_none

log = logging.getLogger("vigor.identity")
RESEND_AFTER = timedelta(hours=1)  # a deletion still under way this long after it was asked is sent again


async def request_deletion(services: Services, user_id: str, actor: str) -> None:
    """Disable the account, end every sign-in and queue its erasure; NotFound if there is no account."""
    store, now = services.store, services.clock()
    account = await store.read(USERS, user_id, ACCOUNT_ID)
    marker = account.get(DELETION) or {
        "requested_at": now.isoformat(timespec="milliseconds"), "actor": actor, "audit_id": audit.new_record_id(),
    }  # fmt: skip  # asked twice (the owner, then retention): the first request's record stands
    await store.patch(USERS, user_id, ACCOUNT_ID, [
        PatchOp("set", "disabled", True), PatchOp("set", DELETION, marker),
        PatchOp("set", "sessions_valid_after_ms", int(now.timestamp() * 1000)),
    ])  # fmt: skip
    await refresh.revoke_all(store, user_id, "account_deleted")
    await _send(services, user_id)


async def _send(services: Services, user_id: str) -> None:
    await services.queue.send(names.ACCOUNT_DELETION, json.dumps({"user_id": user_id}))


async def run_message(services: Services, body: str) -> None:
    """The queue job: erase the user the message names. An unreadable message is dropped (logged, no body)."""
    try:
        user_id = str(json.loads(body)["user_id"])
    except (ValueError, KeyError, TypeError):
        log.warning("account deletion: an unreadable message was dropped")
        return
    await erase(services.store, user_id, services.blobs)


async def erase(store: DocumentStore, user_id: str, blobs: BlobStore | None) -> int:
    """Erase a user whose deletion was requested; returns how many documents and files this run removed.
    Nothing happens for an account already gone or one never marked for deletion (a stray message)."""
    try:
        account = await store.read(USERS, user_id, ACCOUNT_ID)
    except NotFound:
        return 0
    marker: dict[str, Any] = account.get(DELETION) or {}
    if not marker:
        log.warning("account deletion: a message named an account that is not being deleted; ignored")
        return 0
    removed = await _system_documents(store, user_id)
    if account.get("email"):
        await forget_failures(store, str(account["email"]))
    if blobs is not None:  # before the partitions: a failure here leaves the records that a retry finds
        removed += await staging.erase_user(blobs, user_id)
    for container in user_containers():
        if container != USERS:
            removed += await store.delete_partition(container, user_id)
    removed += await _own_partition_but_the_account(store, user_id)
    await audit.pseudonymise(store, user_id)
    who, actor = audit.pseudonym(user_id), str(marker.get("actor", user_id))
    once = (str(marker["audit_id"]), datetime.fromisoformat(str(marker["requested_at"])))
    await audit.record(store, who if actor == user_id else actor, "account.deleted", who, {"count": removed}, once=once)
    with contextlib.suppress(NotFound):
        await store.delete(USERS, user_id, ACCOUNT_ID)
        removed += 1
    return removed


async def _system_documents(store: DocumentStore, user_id: str) -> int:
    removed = 0
    for _ in range(100):  # bounded: each round deletes what it finds (a request racing the deletion is caught next)
        found = await system_documents(store, user_id)
        if not found:
            break
        for doc in found:
            # Under the ETag the query read: an email index a new registration took over meanwhile is its own now
            # (the attacker review of issue 17), and stays.
            with contextlib.suppress(NotFound, PreconditionFailed):
                await store.delete(SYSTEM, doc["pk"], doc["id"], if_match=etag_or_none(doc))
                removed += 1
    return removed


async def _own_partition_but_the_account(store: DocumentStore, user_id: str) -> int:
    removed, query = 0, Query(filters=(Filter("id", "ne", ACCOUNT_ID),), partition_key=user_id, limit=200)
    for _ in range(1000):  # bounded: each round deletes the page it read
        page = await store.query(USERS, query)
        for doc in page.items:
            with contextlib.suppress(NotFound):
                await store.delete(USERS, user_id, str(doc["id"]))
                removed += 1
        if not page.items:
            break
    return removed


async def resume_stranded(services: Services, now: datetime | None = None) -> int:
    """Send the erasure again for every deletion asked more than `RESEND_AFTER` ago and still under way (its
    message was lost, or poisoned after its retries); how many. Bounded per run; the rest go the next day."""
    before = ((now or services.clock()) - RESEND_AFTER).isoformat(timespec="milliseconds")
    filters = (Filter("type", "eq", "account"), Filter(f"{DELETION}.requested_at", "lt", before))
    page = await services.store.query(USERS, Query(filters=filters, limit=500))
    for account in page.items:
        await _send(services, str(account["userId"]))
    if page.items:
        log.warning("account deletion: sent %d stranded erasure(s) again", len(page.items))
    return len(page.items)
