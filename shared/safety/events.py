"""Safety events counted per day and category, for admins: no message text, no user ids.

One document per UTC day in the `system` container (partition `safety`, id `events-<YYYY-MM-DD>`)
holds `counts` {"<stage>:<category>": n}; stages are `input` (the user's message), `output` (a
model's answer stopped or replaced) and `plan` (a plan's free text repaired). One atomic increment
per event, so the count costs one write and never grows with the user base.

    await record(store, "input", "eating_disorder")
    days = await summary(store, days=30)   # [{"date": "2026-11-30", "counts": {...}}, ...], newest first
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from shared.errors import Conflict, NotFound
from shared.store.containers import SYSTEM
from shared.store.port import DocumentStore, PatchOp

Stage = Literal["input", "output", "plan"]
PK = "safety"
log = logging.getLogger("vigor.safety")


def _doc_id(day: str) -> str:
    return f"events-{day}"


async def record(store: DocumentStore, stage: Stage, category: str, now: datetime | None = None) -> None:
    """Count one event; a failed count is logged, never raised (the answer matters more than the tally)."""
    day = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d")
    ops = [PatchOp("incr", f"counts.{stage}:{category}", 1)]
    try:
        try:
            await store.patch(SYSTEM.name, PK, _doc_id(day), ops)
        except NotFound:
            try:
                await store.create(SYSTEM.name, {"id": _doc_id(day), "pk": PK, "type": "safety_events", "date": day,
                                                 "counts": {}})  # fmt: skip
            except Conflict:
                pass
            await store.patch(SYSTEM.name, PK, _doc_id(day), ops)
    except Exception as exc:  # counting must not break a safe answer
        log.error("safety event count failed: %s", type(exc).__name__)
    log.info("safety event", extra={"stage": stage, "category": category})


async def summary(store: DocumentStore, days: int = 30, now: datetime | None = None) -> list[dict[str, Any]]:
    """Counts for the last `days` UTC days that had events, newest first (one point read per day)."""
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    found: list[dict[str, Any]] = []
    for back in range(max(1, min(days, 366))):
        day = (today - timedelta(days=back)).isoformat()
        try:
            doc = await store.read(SYSTEM.name, PK, _doc_id(day))
        except NotFound:
            continue
        found.append({"date": day, "counts": {str(k): int(v) for k, v in (doc.get("counts") or {}).items()}})
    return found
