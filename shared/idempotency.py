"""Idempotency-Key for POSTs that create something (issue 16, item 5).

A key is the user's: its record lives in the `cache` container in the user's partition (so export
and erasure find it, kind `idempotency` in shared.store.kinds), with a 24 h TTL. Its id is a hash of
user and key, as the plan job's id is (shared.coach.plan_job), so the first request's atomic create
claims the key: a concurrent duplicate finds the claim and waits for the original's outcome, a
replay gets the stored status, body and headers, and the same key with another request is 409.
If the original fails, its claim is released so a retry runs again; a claim left by a crash is
taken over once it is older than `CLAIM_S`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from shared.errors import Conflict, NotFound, PreconditionFailed
from shared.store import containers
from shared.store.port import DocumentStore, etag_of

CONTAINER = containers.CACHE.name
TYPE = "idempotency"
TTL_S = 24 * 3600
CLAIM_S = 60.0  # a claim this old belongs to a request that died
WAIT_S = 15.0


@dataclass
class Outcome:
    """What the original request answered: replayed as is."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


def record_id(user_id: str, key: str) -> str:
    return "idem:" + hashlib.sha256(f"{user_id}\n{key}".encode()).hexdigest()[:32]


def derived_id(user_id: str, key: str) -> str:
    """The id of what a keyed request creates (a session, a plan): the same for every retry of the key,
    so a retry that takes over a crashed attempt's claim finds what that attempt wrote instead of
    creating a second one."""
    return hashlib.sha256(f"made\n{user_id}\n{key}".encode()).hexdigest()[:32]


def fingerprint(operation: str, request: Any) -> str:
    return hashlib.sha256(json.dumps([operation, request], sort_keys=True, default=str).encode()).hexdigest()


async def once(
    store: DocumentStore, user_id: str, key: str, operation: str, request: Any, run: Callable[[], Awaitable[Outcome]]
) -> Outcome:
    """Run `run` once per (user, key) within 24 h; every other call with that key answers its outcome."""
    doc_id, digest = record_id(user_id, key), fingerprint(operation, request)
    claim = {"id": doc_id, "userId": user_id, "type": TYPE, "ttl": TTL_S, "fingerprint": digest,
             "state": "running", "claimed_at": time.time()}  # fmt: skip
    deadline = time.monotonic() + WAIT_S
    while True:
        try:
            await store.create(CONTAINER, claim)
            break
        except Conflict:
            pass
        try:
            found = await store.read(CONTAINER, user_id, doc_id)
        except NotFound:
            continue  # expired or released between the create and the read
        if found.get("fingerprint") != digest:
            raise Conflict("This Idempotency-Key was already used for a different request.")
        if found.get("state") == "done":
            return Outcome(int(found["status"]), found["body"], dict(found.get("headers") or {}))
        if time.time() - float(found.get("claimed_at", 0)) > CLAIM_S:
            try:
                await store.replace(CONTAINER, {**found, "claimed_at": time.time()}, if_match=etag_of(found))
                break
            except (PreconditionFailed, Conflict, NotFound):
                continue
        if time.monotonic() > deadline:
            raise Conflict("A request with this Idempotency-Key is still in progress; retry shortly.")
        await asyncio.sleep(0.05)
    try:
        outcome = await run()
    except BaseException:
        try:
            await store.delete(CONTAINER, user_id, doc_id)
        except NotFound:
            pass
        raise
    done = {**claim, "state": "done", "status": outcome.status, "body": outcome.body, "headers": outcome.headers}
    await store.upsert(CONTAINER, done)
    return outcome
