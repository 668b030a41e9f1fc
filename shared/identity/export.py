"""GDPR export: every document Vigor holds about a user, as one JSON object.

What belongs to a user is read from the document registry (shared.store.kinds): every container
partitioned by user id is read whole (so data other areas add there is included without changes
here), every registered system kind is read by its owner field, and the audit records about the
user are added, and so are the files the user uploaded that are still staged (blobs). Secrets are
removed: password hashes and refresh-token hashes never leave the store.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from shared.blobs.port import BlobStore
from shared.identity.records import SYSTEM, now_iso, public_account
from shared.importing import staging
from shared.store import kinds
from shared.store.port import DocumentStore, Filter, Query

_SECRET_FIELDS = frozenset(
    {"password_hash", "current", "previous", "sealed", "code_verifier", "binding", "flow", "totp", "totp_pending"}
)


def user_containers() -> list[str]:
    """Every container partitioned by user id."""
    return kinds.user_containers()


# A cached model answer holds the provider's raw text, which the safety rules may have stopped: the export holds only
# what the user was shown (their conversations and plans), so a cache entry is listed without its text (rr10 D).
_CACHED_TEXT = frozenset({"text", "data"})


def _clean(doc: dict[str, Any]) -> dict[str, Any]:
    if doc.get("type") == "account":
        doc = public_account(doc)
    if doc.get("type") == "llm_cache":
        doc = {k: v for k, v in doc.items() if k not in _CACHED_TEXT}
    return {k: v for k, v in doc.items() if k not in _SECRET_FIELDS and not k.startswith("_")}


async def _all(store: DocumentStore, container: str, query: Query) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page = await store.query(container, query)
    items.extend(page.items)
    while page.continuation:
        page = await store.query(container, replace(query, continuation=page.continuation))
        items.extend(page.items)
    return items


async def system_documents(store: DocumentStore, user_id: str) -> list[dict[str, Any]]:
    """Every registered system document naming the user (by each kind's owner field)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, field in kinds.system_owner_fields():
        query = Query(filters=(Filter("type", "eq", kind), Filter(field, "eq", user_id)), limit=1000)
        for doc in await _all(store, SYSTEM, query):
            found[(str(doc["pk"]), str(doc["id"]))] = doc
    return list(found.values())


async def export_user(store: DocumentStore, user_id: str, blobs: BlobStore | None) -> dict[str, Any]:
    """{user_id, exported_at, containers: {name: [documents]}, system: [...], audit: [...], files: [...]};
    `files`: the user's staged import files with their text (`shared.importing.staging.export_user`)."""
    by_container = {
        name: [_clean(d) for d in await _all(store, name, Query(partition_key=user_id, limit=1000))]
        for name in user_containers()
    }
    audit_items: list[dict[str, Any]] = []
    for field in ("actor", "target"):
        audit_items += await _all(
            store, SYSTEM, Query(filters=(Filter("type", "eq", kinds.AUDIT), Filter(field, "eq", user_id)), limit=1000)
        )
    unique_audit = {d["id"]: _clean(d) for d in audit_items}
    return {
        "user_id": user_id,
        "exported_at": now_iso(),
        "containers": by_container,
        "system": [_clean(d) for d in await system_documents(store, user_id)],
        "audit": sorted(unique_audit.values(), key=lambda d: str(d.get("at", ""))),
        "files": await staging.export_user(blobs, user_id) if blobs is not None else [],
    }
