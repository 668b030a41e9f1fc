"""GDPR erasure: the account and every document of the user, everywhere.

Order matters: the account is disabled first (its tokens stop at once), then system
documents naming the user (every system kind in shared.store.kinds, by its owner field) and
the failed-sign-in counters of their email are removed, then their staged import files (blobs),
then every user-partitioned container is emptied for the user (refresh-token families included, so
all sessions end). The audit log keeps
its records with the user's id replaced by a pseudonym, and gains one for the deletion.
"""

from __future__ import annotations

import contextlib

from shared.blobs.port import BlobStore
from shared.errors import NotFound
from shared.identity import audit
from shared.identity.accounts import forget_failures
from shared.identity.export import system_documents, user_containers
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS
from shared.importing import staging
from shared.store.port import DocumentStore, PatchOp


async def delete_user(store: DocumentStore, user_id: str, actor: str, blobs: BlobStore | None) -> int:
    """Erase the user; returns how many documents and staged files were removed. NotFound if there is no
    account. `blobs` is required (None only where no blob store exists) so no caller forgets the user's files."""
    account = await store.read(USERS, user_id, ACCOUNT_ID)
    with contextlib.suppress(NotFound):
        await store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "disabled", True)])
    removed = 0
    for _ in range(100):  # bounded: each round deletes what it finds (a request racing the deletion is caught next)
        found = await system_documents(store, user_id)
        if not found:
            break
        for doc in found:
            with contextlib.suppress(NotFound):
                await store.delete(SYSTEM, doc["pk"], doc["id"])
                removed += 1
    if account.get("email"):
        await forget_failures(store, str(account["email"]))
    if blobs is not None:  # before the partitions: a failure here leaves the records that a retry finds
        removed += await staging.erase_user(blobs, user_id)
    for container in user_containers():
        removed += await store.delete_partition(container, user_id)
    await audit.pseudonymise(store, user_id)
    who = audit.pseudonym(user_id)
    await audit.record(store, who if actor == user_id else actor, "account.deleted", who, {"count": removed})
    return removed
