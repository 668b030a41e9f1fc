"""Tier upgrade requests: a user asks (202), an admin approves or rejects (the payment hook point).

Stored in the `system` container, partition `tier-request`, so admins can list them across users.
The owner is `userId` (registered in shared.store.kinds, so export and erasure find it). A user has
at most one pending request: a `tier_request_pending` marker with an id derived from the user is
created first (an atomic create, so concurrent asks make one request), and removed on decision.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from shared.errors import Conflict, InvalidInput, NotFound
from shared.identity import audit, user_admin
from shared.identity.records import ACCOUNT_ID, USERS
from shared.quota.tiers import TIER_NAMES
from shared.store.port import Document, DocumentStore, Filter, Page, Query, etag_of

SYSTEM = "system"
PK = "tier-request"
Status = Literal["pending", "approved", "rejected"]


def _owner(doc: Document) -> str:
    return str(doc.get("userId") or doc.get("user_id") or "")


def _pending_id(user_id: str) -> str:
    return "pending-" + hashlib.sha256(user_id.encode()).hexdigest()[:32]


def public(doc: Document) -> Document:
    """The request as the API shows it (`user_id`, whichever field stored it)."""
    return {**doc, "user_id": _owner(doc)}


async def pending_for(store: DocumentStore, user_id: str) -> Document | None:
    """The user's pending request, or None."""
    try:
        marker = await store.read(SYSTEM, PK, _pending_id(user_id))
        doc = await store.read(SYSTEM, PK, str(marker["request_id"]))
    except NotFound:
        return None
    return doc if doc["status"] == "pending" else None


async def create(store: DocumentStore, user_id: str, current: str, tier: str) -> tuple[Document, bool]:
    """(request, created): a second ask while one is pending returns it (created False)."""
    if tier not in TIER_NAMES:
        raise InvalidInput("unknown tier")
    if TIER_NAMES.index(tier) <= TIER_NAMES.index(current if current in TIER_NAMES else "free"):
        raise Conflict(f"you are already on {current}")
    for _ in range(2):
        request_id = uuid.uuid4().hex
        doc = {
            "id": request_id, "pk": PK, "type": "tier_request", "userId": user_id, "from_tier": current,
            "tier": tier, "status": "pending", "created_at": datetime.now(UTC).isoformat(), "decided_at": None,
            "decided_by": None, "reason": "",
        }  # fmt: skip
        # The request first, then the marker naming it: whoever reads a marker finds its request already there.
        saved = await store.create(SYSTEM, doc)
        marker = {"id": _pending_id(user_id), "pk": PK, "type": "tier_request_pending", "userId": user_id,
                  "request_id": request_id}  # fmt: skip
        try:
            await store.create(SYSTEM, marker)
            return saved, True
        except Conflict:
            await store.delete(SYSTEM, PK, request_id)  # another ask won: its request stands
        existing = await pending_for(store, user_id)
        if existing is not None:
            return existing, False
        try:  # the marker names a decided request: clear it and ask once more
            await store.delete(SYSTEM, PK, _pending_id(user_id))
        except NotFound:
            pass
    raise Conflict("an upgrade request is being decided; try again")


async def list_own(store: DocumentStore, user_id: str) -> list[Document]:
    """The user's requests, newest first."""
    filters = (Filter("type", "eq", "tier_request"), Filter("userId", "eq", user_id))
    query = Query(filters=filters, partition_key=PK, order_by=(("created_at", True),), limit=100)
    return [public(d) for d in (await store.query(SYSTEM, query)).items]


async def list_requests(store: DocumentStore, status: str | None, limit: int, cursor: str | None) -> Page:
    filters = (Filter("type", "eq", "tier_request"),) + ((Filter("status", "eq", status),) if status else ())
    query = Query(filters=filters, partition_key=PK, order_by=(("created_at", True),), limit=limit, continuation=cursor)
    return await store.query(SYSTEM, query)


async def decide(store: DocumentStore, request_id: str, approve: bool, actor: str, reason: str = "") -> Document:
    """Approve (the user's tier changes) or reject a pending request; both audited.

    NotFound if the request or its user's account is gone: deciding for a deleted user would
    write an audit record naming them again, undoing the pseudonymisation."""
    doc = await store.read(SYSTEM, PK, request_id)
    if doc.get("type") != "tier_request":
        raise NotFound("no such tier request")
    if doc["status"] != "pending":
        raise Conflict(f"request already {doc['status']}")
    user_id = _owner(doc)
    account = await store.read(USERS, user_id, ACCOUNT_ID)  # NotFound once the user is deleted
    if account.get("disabled"):
        raise Conflict("the account is disabled")
    update: dict[str, Any] = {"status": "approved" if approve else "rejected", "decided_by": actor,
                              "decided_at": datetime.now(UTC).isoformat(), "reason": reason[:300]}  # fmt: skip
    saved = await store.replace(SYSTEM, {**doc, **update}, if_match=etag_of(doc))
    try:
        await store.delete(SYSTEM, PK, _pending_id(user_id))
    except NotFound:
        pass
    if approve:
        await user_admin.set_tier(store, user_id, doc["tier"], actor)
    await audit.record(store, actor, f"tier_request.{update['status']}", user_id, {"tier": doc["tier"]})
    return public(saved)
