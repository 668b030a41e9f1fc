"""AI usage counted per UTC day as calls settle, so admin statistics never read raw usage records.

One counter document per (day, provider, model, task, tier, shard) in the system container, partition
`usage:<YYYY-MM>`: {calls, tokens_in, tokens_out, cost_micro_usd, errors, cache_hits}. Each settled call
adds to its counter with one atomic patch (`incr`), so concurrent calls never lose a count; the shard
(from the user id, `SHARDS` of them) spreads a popular model's writes over several documents instead of
one hot one. An admin's window of `days` reads at most 13 monthly partitions, whatever the number of
calls or users (`benchmarks/bench_scale.py`). Cost is counted in micro-USD integers: sums stay exact.

Raw records are written with `counted: true`; those written before counting began (no such field) are
counted by `python -m shared.cli rebuild-usage-counters` into the `rebuilt` shard, written whole, so running
it again gives the same figures.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

from shared.store import containers
from shared.store.day_counters import add_counts, months
from shared.store.port import Document, DocumentStore, Filter, Query

SYSTEM = containers.SYSTEM.name
TYPE = "usage_counter"
SHARDS = 8
RETENTION_S = 400 * 86400
FIELDS = ("calls", "tokens_in", "tokens_out", "cost_micro_usd", "errors", "cache_hits")


def _partition(day: str) -> str:
    return f"usage:{day[:7]}"


def _shard(user_id: str) -> str:
    return str(int(hashlib.sha256(user_id.encode()).hexdigest()[:8], 16) % SHARDS)


def counts_of(record: Document) -> dict[str, int]:
    """One raw usage record as counter increments."""
    return {
        "calls": 1,
        "tokens_in": int(record.get("tokens_in", 0)),
        "tokens_out": int(record.get("tokens_out", 0)),
        "cost_micro_usd": round(float(record.get("cost_usd", 0.0)) * 1_000_000),
        "errors": int(record.get("outcome") not in ("ok", "cache_hit")),
        "cache_hits": int(bool(record.get("cache_hit"))),
    }


def _key(record: Document, shard: str) -> Document:
    day = str(record["day"])
    dims = {d: str(record.get(d, "?")) for d in ("provider", "model", "task", "tier")}
    digest = hashlib.sha256("|".join((day, *dims.values(), shard)).encode()).hexdigest()[:24]
    return {"pk": _partition(day), "id": f"uc-{digest}", "type": TYPE, "day": day, **dims, "shard": shard,
            "ttl": RETENTION_S}  # fmt: skip


async def add(store: DocumentStore, record: Document) -> None:
    """Count one settled call (a raw usage record's document) in its day's counter."""
    await add_counts(store, _key(record, _shard(str(record.get("userId", "")))), counts_of(record))


async def _uncounted(store: DocumentStore) -> AsyncIterator[Document]:
    token: str | None = None
    while True:
        query = Query(filters=(Filter("type", "eq", "llm_usage"), Filter("counted", "undefined")), limit=1000,
                      continuation=token)  # fmt: skip
        page = await store.query("ai", query)
        for record in page.items:
            yield record
        token = page.continuation
        if not token:
            return


async def rows_since(store: DocumentStore, days: int, now: datetime | None = None) -> list[Document]:
    """The counters of the last `days` UTC days (the same window `usage.records_since` reads)."""
    now = now or datetime.now(UTC)
    since = now - timedelta(days=days)
    first_day = since.strftime("%Y-%m-%d")
    rows: list[Document] = []
    for month in months(since.date(), now.date()):
        token: str | None = None
        while True:
            query = Query(filters=(Filter("type", "eq", TYPE), Filter("day", "ge", first_day)),
                          partition_key=f"usage:{month}", limit=1000, continuation=token)  # fmt: skip
            page = await store.query(SYSTEM, query)
            rows.extend(page.items)
            token = page.continuation
            if not token:
                break
    return rows


async def rebuild(store: DocumentStore) -> int:
    """Count the raw records written before counting began (no `counted` field) into the `rebuilt` shard;
    returns how many. Idempotent: the rebuilt counters are written whole (upsert), never added to."""
    totals: dict[str, tuple[Document, dict[str, int]]] = {}
    counted = 0
    async for record in _uncounted(store):
        key = _key(record, "rebuilt")
        _, sums = totals.setdefault(key["id"], (key, dict.fromkeys(FIELDS, 0)))
        for name, value in counts_of(record).items():
            sums[name] += value
        counted += 1
    for key, sums in totals.values():
        await store.upsert(SYSTEM, {**key, **sums})
    return counted
