"""Tier upgrade requests: a user asks (202), an admin approves or rejects (the payment hook point).

Stored in the `system` container, partition `tier-request`, so admins can list them across users.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from shared.errors import Conflict, InvalidInput, NotFound
from shared.identity import audit, user_admin
from shared.quota.tiers import TIER_NAMES
from shared.store.port import Document, DocumentStore, Filter, Page, Query, etag_of

SYSTEM = "system"
PK = "tier-request"
Status = Literal["pending", "approved", "rejected"]


async def create(store: DocumentStore, user_id: str, current: str, tier: str) -> Document:
    if tier not in TIER_NAMES:
        raise InvalidInput("unknown tier")
    if TIER_NAMES.index(tier) <= TIER_NAMES.index(current if current in TIER_NAMES else "free"):
        raise Conflict(f"you are already on {current}")
    doc = {
        "id": uuid.uuid4().hex, "pk": PK, "type": "tier_request", "user_id": user_id, "from_tier": current,
        "tier": tier, "status": "pending", "created_at": datetime.now(UTC).isoformat(), "decided_at": None,
        "decided_by": None, "reason": "",
    }  # fmt: skip
    return await store.create(SYSTEM, doc)


async def list_requests(store: DocumentStore, status: str | None, limit: int, cursor: str | None) -> Page:
    filters = (Filter("type", "eq", "tier_request"),) + ((Filter("status", "eq", status),) if status else ())
    query = Query(filters=filters, partition_key=PK, order_by=(("created_at", True),), limit=limit, continuation=cursor)
    return await store.query(SYSTEM, query)


async def decide(store: DocumentStore, request_id: str, approve: bool, actor: str, reason: str = "") -> Document:
    """Approve (the user's tier changes) or reject a pending request; both audited."""
    doc = await store.read(SYSTEM, PK, request_id)
    if doc["status"] != "pending":
        raise Conflict(f"request already {doc['status']}")
    update: dict[str, Any] = {"status": "approved" if approve else "rejected", "decided_by": actor,
                              "decided_at": datetime.now(UTC).isoformat(), "reason": reason[:300]}  # fmt: skip
    saved = await store.replace(SYSTEM, {**doc, **update}, if_match=etag_of(doc))
    if approve:
        try:
            await user_admin.set_tier(store, doc["user_id"], doc["tier"], actor)
        except NotFound:
            pass
    await audit.record(store, actor, f"tier_request.{update['status']}", doc["user_id"], {"tier": doc["tier"]})
    return saved
