"""Fixed-window counters in the store, so limits hold across instances.

Each (key, window) is one system document whose `count` is bumped with an atomic patch
`incr`; the first caller in a window creates it (a lost create race falls back to the
patch). Documents carry a ttl and vanish after their window.
"""

from __future__ import annotations

import time

from shared.errors import Conflict, LimitExceeded, NotFound
from shared.identity.records import SYSTEM, sha256, system_doc
from shared.store.port import DocumentStore, PatchOp


async def hit(store: DocumentStore, key: str, window_seconds: int) -> tuple[int, float]:
    """Count one event for `key` in the current window; returns (count, seconds until the window ends)."""
    now = time.time()
    window = int(now // window_seconds)
    doc_id = f"rl:{sha256(key)[:40]}:{window}"
    retry_after = (window + 1) * window_seconds - now
    for _ in range(3):
        try:
            doc = await store.patch(SYSTEM, doc_id, doc_id, [PatchOp("incr", "count", 1)])
            return int(doc["count"]), retry_after
        except NotFound:
            try:
                await store.create(SYSTEM, system_doc(doc_id, type="rate_limit", count=1, ttl=window_seconds * 2))
                return 1, retry_after
            except Conflict:
                continue
    raise LimitExceeded("Too many requests; try again shortly.", retry_after=retry_after, limit="contention")


def _doc_id(key: str, window_seconds: int, now: float) -> tuple[str, float]:
    window = int(now // window_seconds)
    return f"rl:{sha256(key)[:40]}:{window}", (window + 1) * window_seconds - now


async def count(store: DocumentStore, key: str, window_seconds: int) -> tuple[int, float]:
    """How many events `key` has counted in the current window, without counting one; (count, seconds left)."""
    doc_id, retry_after = _doc_id(key, window_seconds, time.time())
    try:
        return int((await store.read(SYSTEM, doc_id, doc_id)).get("count", 0)), retry_after
    except NotFound:
        return 0, retry_after


async def enforce(store: DocumentStore, key: str, limit: int, window_seconds: int, label: str) -> None:
    """Count an event and raise LimitExceeded (429, Retry-After, the limit's name) over `limit`."""
    count, retry_after = await hit(store, key, window_seconds)
    if count > limit:
        raise LimitExceeded(
            "Too many attempts; wait before trying again.",
            retry_after=retry_after,
            limit=f"{label}: {limit} per {window_seconds} s",
        )
