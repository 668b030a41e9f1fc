"""Dead letters: queue messages given up on, counted per queue and reason for admins.

A message is given up on when it is malformed (`shared.jobs.messages`, dead-lettered on its first
delivery, never retried), when it ran out of retries (the poison trigger fails its job), or when the
poison trigger itself could not finish it. Each one writes

* a record in the `system` container (partition `dead-letters`, kept 30 days): queue, stage
  (`queue` or `poison`), reason, message id, when, and the body's SHA-256 and size, never the
  body or a user id (bodies hold user ids, which export and deletion could not find here);
* one atomic increment of `counts.<reason>` in the queue's tally (partition `queue-health`, id
  `poison-<queue>`), which `tallies` reads for `GET /api/admin/queue-health`.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from datetime import datetime
from typing import Any

from shared.errors import Conflict, NotFound, VigorError
from shared.queue.port import MessageQueue, poison_queue_name
from shared.store.containers import SYSTEM
from shared.store.port import DocumentStore, PatchOp

RECORDS_PK = "dead-letters"
TALLY_PK = "queue-health"
RECORD_TTL_SECONDS = 30 * 24 * 3600
RETRIES_EXHAUSTED = "retries_exhausted"
POISON_HANDLER_ERROR = "poison_handler_error"
log = logging.getLogger("vigor.jobs.dead_letters")


def _tally_id(queue: str) -> str:
    return f"poison-{queue}"


async def record(
    store: DocumentStore, queue: str, stage: str, reason: str, body: str, now: datetime, message_id: str = ""
) -> None:
    """Write the record and count it. Store errors propagate: the caller decides whether to retry."""
    raw = body.encode("utf-8", errors="replace")
    await store.create(SYSTEM.name, {
        "id": f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}", "pk": RECORDS_PK, "type": "dead_letter",
        "queue": queue, "stage": stage, "reason": reason, "message_id": message_id[:128], "at": now.isoformat(),
        "body_sha256": hashlib.sha256(raw).hexdigest(), "body_bytes": len(raw), "ttl": RECORD_TTL_SECONDS,
    })  # fmt: skip
    ops = [PatchOp("incr", f"counts.{reason}", 1), PatchOp("set", "last_at", now.isoformat())]
    try:
        await store.patch(SYSTEM.name, TALLY_PK, _tally_id(queue), ops)
    except NotFound:
        try:
            await store.create(SYSTEM.name, {"id": _tally_id(queue), "pk": TALLY_PK, "type": "poison_tally",
                                             "queue": queue, "counts": {}})  # fmt: skip
        except Conflict:
            pass
        await store.patch(SYSTEM.name, TALLY_PK, _tally_id(queue), ops)
    log.error("dead-lettered a message from %s (%s): %s", queue, stage, reason,
              extra={"queue": queue, "stage": stage, "reason": reason, "message_id": message_id})  # fmt: skip


async def tally(store: DocumentStore, queue: str) -> dict[str, Any]:
    """`{"counts": {reason: n}, "last_at": iso | None}` for one queue (zeros when nothing was dead-lettered)."""
    try:
        doc = await store.read(SYSTEM.name, TALLY_PK, _tally_id(queue))
    except NotFound:
        return {"counts": {}, "last_at": None}
    counts = {str(k): int(v) for k, v in (doc.get("counts") or {}).items()}
    return {"counts": counts, "last_at": doc.get("last_at")}


async def _count(queue_port: MessageQueue, queue: str) -> int | None:
    try:
        return await queue_port.approximate_count(queue)
    except NotFound:  # Azure: a poison queue exists only once something was poisoned
        return 0
    except VigorError as exc:  # an outage shows as "unknown" rather than failing the whole report
        log.warning("could not count %s: %s", queue, type(exc).__name__)
        return None


async def queue_health(store: DocumentStore, queue_port: MessageQueue, queue: str) -> dict[str, Any]:
    """One queue's backlog, its poison queue's backlog and its dead letters by reason."""
    poison = poison_queue_name(queue)
    return {
        "queue": queue,
        "messages": await _count(queue_port, queue),
        "poison_queue": poison,
        "poison_messages": await _count(queue_port, poison),
        "dead_letters": await tally(store, queue),
    }
