"""Usage records: one document per LLM call (and per cache hit) in the `ai` container.

Partitioned by user, so a user's own summary is a single-partition query. Admin statistics read the
per-day counters each record adds to (`usage_counters`), never the records themselves.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel

from shared.quota import usage_counters
from shared.store.port import Document, DocumentStore, Filter, Query

CONTAINER = "ai"
TYPE = "llm_usage"
RETENTION_S = 400 * 86400
# cut: a stream that stopped without the provider's finish; incomplete: one the provider ended early on
# purpose (max tokens, a content filter). Both keep the partial answer, costed for what arrived.
Outcome = Literal["ok", "error", "timeout", "rate_limited", "invalid_output", "cache_hit", "cut", "incomplete"]
Dimension = Literal["provider", "model", "task", "tier", "day"]
DIMENSIONS: tuple[Dimension, ...] = ("provider", "model", "task", "tier", "day")


class UsageRecord(BaseModel):
    user_id: str
    tier: str
    task: str
    provider: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    price_as_of: str = ""
    latency_ms: float = 0.0
    outcome: Outcome = "ok"
    cache_hit: bool = False
    fallback_depth: int = 0
    at: datetime = datetime.min.replace(tzinfo=UTC)

    def to_document(self) -> Document:
        at = self.at if self.at.year > 1 else datetime.now(UTC)
        body = self.model_dump(mode="json")
        body.update(at=at.isoformat(), day=at.strftime("%Y-%m-%d"), counted=True)
        return {"id": f"usage-{uuid.uuid4().hex}", "userId": self.user_id, "type": TYPE, "ttl": RETENTION_S, **body}


async def record(store: DocumentStore, usage: UsageRecord) -> None:
    """Store the call's record (the user's own history) and count it in the day's admin counters."""
    doc = usage.to_document()
    await store.create(CONTAINER, doc)
    await usage_counters.add(store, doc)


async def records_since(store: DocumentStore, days: int, user_id: str | None = None) -> list[Document]:
    """Every usage record of the last `days` days (one user's, or everyone's for admins)."""
    since = (datetime.now(UTC) - timedelta(days=days)).isoformat()
    filters = (Filter("type", "eq", TYPE), Filter("at", "ge", since))
    items: list[Document] = []
    token: str | None = None
    while True:
        page = await store.query(
            CONTAINER, Query(filters=filters, partition_key=user_id, limit=1000, continuation=token)
        )
        items.extend(page.items)
        token = page.continuation
        if not token:
            return items


def aggregate(records: list[Document], dimension: Dimension) -> list[dict[str, Any]]:
    """Totals grouped by one dimension, most expensive first: raw records (one call each) or day counters."""
    groups: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(usage_counters.FIELDS, 0))
    for rec in records:
        group = groups[str(rec.get(dimension, "?"))]
        counts = rec if rec.get("type") == usage_counters.TYPE else usage_counters.counts_of(rec)
        for name in usage_counters.FIELDS:
            group[name] += int(counts.get(name, 0))
    rows = [{"key": key, **{k: v for k, v in values.items() if k != "cost_micro_usd"},
             "cost_usd": round(values["cost_micro_usd"] / 1_000_000, 6)} for key, values in groups.items()]  # fmt: skip
    return sorted(rows, key=lambda row: (-row["cost_usd"], row["key"]))


def totals(records: list[Document]) -> dict[str, Any]:
    rows = aggregate([{**r, "all": "all"} for r in records], "all")  # type: ignore[arg-type]
    empty = {"calls": 0, "tokens_in": 0, "tokens_out": 0, "cost_usd": 0.0, "errors": 0, "cache_hits": 0}
    return rows[0] if rows else {"key": "all", **empty}
