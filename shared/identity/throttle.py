"""Growing delays after failed sign-ins, per key, kept in the store: throttling, never a lock-out.

A key (an account at one client address, or an address) may fail `free` times; after that each
attempt must wait `base_s * 2 ** (failures - free)` seconds (at most `max_delay_s`) after the key's
last failure. An attempt inside the wait is refused (429 + Retry-After) before any password is
checked, so waiting cannot be skipped by guessing, and it is not counted, so a person retrying
does not push the wait further out. Failures are forgotten `memory_s` after the last attempt
(the document's ttl).

Each attempt is counted *before* the password is checked (`admit`), and the count is an atomic
patch, so concurrent attempts each see a different number: a burst of guesses gets one past a
delay, not one per request. The caller then settles the attempt: `failed` (it stays counted and
starts the next wait), `release` (it did not fail: uncounted) or `clear` (a success for an
account at an address wipes that key).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from shared.errors import Conflict, LimitExceeded, NotFound
from shared.identity.records import SYSTEM, sha256, system_doc
from shared.store.port import DocumentStore, PatchOp

DOC_TYPE = "login_throttle"


@dataclass(frozen=True)
class Policy:
    label: str  # names the limit in the 429 (`limit`) and in the audit log
    free: int
    max_delay_s: float
    base_s: float = 1.0
    memory_s: int = 86400

    def delay(self, failures: int) -> float:
        """Seconds to wait after the last failure once `failures` are counted."""
        if failures < self.free:
            return 0.0
        return float(min(self.max_delay_s, self.base_s * 2 ** min(failures - self.free, 40)))


def doc_id(key: str) -> str:
    return "throttle:" + sha256(key)[:40]


async def _bump(store: DocumentStore, key: str, by: int, policy: Policy, fields: dict[str, Any]) -> dict[str, Any]:
    """Add `by` to the key's attempts and set `fields`; a missing document starts at one attempt."""
    ident = doc_id(key)
    ops = [PatchOp("incr", "attempts", by), PatchOp("set", "ttl", policy.memory_s)]
    ops += [PatchOp("set", name, value) for name, value in fields.items()]
    for _ in range(3):
        try:
            return await store.patch(SYSTEM, ident, ident, ops)
        except NotFound:
            doc = system_doc(ident, type=DOC_TYPE, attempts=1, last_failure=0.0, ttl=policy.memory_s)
            with contextlib.suppress(Conflict):  # a concurrent first attempt created it: patch that one
                return await store.create(SYSTEM, {**doc, **fields})
    raise LimitExceeded("Too many sign-in attempts at once; try again shortly.", retry_after=1, limit="contention")


async def admit(store: DocumentStore, key: str, policy: Policy, now: float, **fields: Any) -> None:
    """Count an attempt for `key`, or refuse it (LimitExceeded, uncounted) while the key must wait.

    `fields` are stored on the key's document (non-personal tags such as a hashed subject)."""
    doc = await _bump(store, key, 1, policy, fields)
    before = int(doc["attempts"]) - 1  # failures, plus attempts in flight that may yet fail
    wait = float(doc.get("last_failure", 0.0)) + policy.delay(before) - now
    if wait > 0:
        await release(store, key, policy)
        raise LimitExceeded(
            "Too many failed sign-ins; wait before trying again.",
            retry_after=wait,
            limit=f"{policy.label}: growing delays after {policy.free} failures",
        )


async def failed(store: DocumentStore, key: str, policy: Policy, now: float) -> int:
    """The admitted attempt failed: it stays counted and the wait starts now. Returns the count."""
    doc = await _bump(store, key, 0, policy, {"last_failure": now})
    return int(doc["attempts"])


async def release(store: DocumentStore, key: str, policy: Policy) -> None:
    """The admitted attempt did not fail (or never ran): take it off the count."""
    with contextlib.suppress(NotFound):
        ident = doc_id(key)
        await store.patch(
            SYSTEM, ident, ident, [PatchOp("incr", "attempts", -1), PatchOp("set", "ttl", policy.memory_s)]
        )


async def clear(store: DocumentStore, key: str) -> None:
    """Forget every failure of `key` (a correct password for an account at an address)."""
    with contextlib.suppress(NotFound):
        await store.delete(SYSTEM, doc_id(key), doc_id(key))


async def remember(store: DocumentStore, key: str, ttl_s: int, **fields: Any) -> None:
    """Mark `key` (an account at an address where it signed in) for `ttl_s` seconds; `fields` as in `admit`."""
    ident = doc_id(key)
    await store.upsert(SYSTEM, system_doc(ident, type=DOC_TYPE, known=True, ttl=ttl_s, **fields))


async def remembered(store: DocumentStore, key: str) -> bool:
    """Whether `remember` marked `key` within its ttl."""
    try:
        return bool((await store.read(SYSTEM, doc_id(key), doc_id(key))).get("known"))
    except NotFound:
        return False
