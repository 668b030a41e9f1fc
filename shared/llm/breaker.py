"""Circuit breakers per provider+model, with their state in the store so every instance agrees.

closed → open after `failures` consecutive failures, or a failure rate of at least `failure_rate`
over at least `min_calls` calls within `window_s`; open → half-open after `cooldown_s`, when
exactly one caller claims the probe (a replace with the document's ETag: the loser gets 412);
half-open → closed on the probe's success, back to open on its failure. A probe whose holder
vanished can be reclaimed after `probe_ttl_s`.

Reads are cached in process for `cache_s`; successes are counted locally and flushed into the
window at most every `flush_s` (or with the next failure), so the healthy path costs no write.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from shared import telemetry
from shared.errors import Conflict, NotFound, PreconditionFailed
from shared.store.port import Document, DocumentStore, PatchOp, etag_of

SYSTEM = "system"
PK = "breaker"
Admission = Literal["closed", "probe", "denied"]


@dataclass(frozen=True)
class BreakerPolicy:
    failures: int = 3
    failure_rate: float = 0.5
    min_calls: int = 10
    window_s: float = 60.0
    cooldown_s: float = 30.0
    probe_ttl_s: float = 60.0
    cache_s: float = 1.0
    flush_s: float = 5.0


def breaker_id(provider_id: str, model: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{provider_id}--{model}")[:200]


def _fresh(bid: str, now: float) -> Document:
    return {"id": bid, "pk": PK, "type": "breaker", "state": "closed", "consecutive": 0,
            "window_start": now, "calls": 0, "failures": 0, "opened_at": 0.0, "probe_until": 0.0}  # fmt: skip


class CircuitBreakers:
    """All breakers of one store. `clock` is injectable for tests."""

    def __init__(self, store: DocumentStore, policy: BreakerPolicy, clock: Callable[[], float] | None = None) -> None:
        self.store = store
        self.policy = policy
        self._now = clock or time.time
        self._cache: dict[str, tuple[float, Document | None]] = {}
        self._local_ok: dict[str, int] = {}
        self._last_flush: dict[str, float] = {}

    async def _read(self, bid: str, use_cache: bool = True) -> Document | None:
        hit = self._cache.get(bid)
        if use_cache and hit and hit[0] > time.monotonic():
            return hit[1]
        try:
            doc: Document | None = await self.store.read(SYSTEM, PK, bid)
        except NotFound:
            doc = None
        self._cache[bid] = (time.monotonic() + self.policy.cache_s, doc)
        return doc

    def _remember(self, doc: Document) -> None:
        self._cache[doc["id"]] = (time.monotonic() + self.policy.cache_s, doc)

    async def state(self, bid: str) -> str:
        doc = await self._read(bid)
        return str(doc["state"]) if doc else "closed"

    def _waiting(self, doc: Document, now: float) -> bool:
        """Open and cooling down, or half-open with a live probe."""
        if doc["state"] == "open":
            return bool(now < doc["opened_at"] + self.policy.cooldown_s)
        return bool(now < doc["probe_until"])

    async def admit(self, bid: str) -> Admission:
        """May this caller use the provider now? `probe` means: you are the one half-open trial."""
        doc = await self._read(bid)
        if doc is None or doc["state"] == "closed":
            return "closed"
        now = self._now()
        if self._waiting(doc, now):
            return "denied"
        doc = await self._read(bid, use_cache=False)
        if doc is None or doc["state"] == "closed":
            return "closed"
        if self._waiting(doc, now):  # another caller claimed the probe since the (cached) first read
            return "denied"
        claim = {**doc, "state": "half_open", "probe_until": now + self.policy.probe_ttl_s}
        try:
            self._remember(await self.store.replace(SYSTEM, claim, if_match=etag_of(doc)))
        except (PreconditionFailed, NotFound):
            return "denied"
        return "probe"

    async def success(self, bid: str, admission: Admission) -> None:
        doc = await self._read(bid)
        if admission == "probe":
            await self._update(bid, self._close)
            return
        if doc is not None and doc["state"] == "closed" and doc["consecutive"]:
            await self._update(bid, self._succeeded)
            return
        self._local_ok[bid] = self._local_ok.get(bid, 0) + 1
        if doc is not None and time.monotonic() - self._last_flush.get(bid, 0.0) > self.policy.flush_s:
            count, self._local_ok[bid] = self._local_ok[bid], 0
            self._last_flush[bid] = time.monotonic()
            try:
                self._remember(await self.store.patch(SYSTEM, PK, bid, [PatchOp("incr", "calls", count)]))
            except NotFound:
                pass

    async def failure(self, bid: str, admission: Admission) -> None:
        await self._update(bid, lambda doc, now: self._fail(doc, now, admission == "probe"))

    def _close(self, doc: Document, now: float) -> Document:
        return _fresh(doc["id"], now)

    def _succeeded(self, doc: Document, now: float) -> Document:
        doc = self._windowed(doc, now)
        doc["calls"] += 1 + self._local_ok.pop(doc["id"], 0)
        doc["consecutive"] = 0
        return doc

    def _windowed(self, doc: Document, now: float) -> Document:
        doc = dict(doc)
        if now - doc["window_start"] > self.policy.window_s:
            doc.update(window_start=now, calls=0, failures=0)
        return doc

    def _fail(self, doc: Document, now: float, probe: bool) -> Document:
        p = self.policy
        doc = self._windowed(doc, now)
        doc["calls"] += 1 + self._local_ok.pop(doc["id"], 0)
        doc["failures"] += 1
        doc["consecutive"] += 1
        tripped = doc["consecutive"] >= p.failures or (
            doc["calls"] >= p.min_calls and doc["failures"] / doc["calls"] >= p.failure_rate
        )
        if probe or (doc["state"] == "closed" and tripped):
            doc.update(state="open", opened_at=now, probe_until=0.0)
        return doc

    async def _update(self, bid: str, change: Callable[[Document, float], Document]) -> None:
        for _ in range(10):
            doc = await self._read(bid, use_cache=False)
            now = self._now()
            new = change(doc or _fresh(bid, now), now)
            try:
                if doc is None:
                    saved = await self.store.create(SYSTEM, new)
                else:
                    saved = await self.store.replace(SYSTEM, new, if_match=etag_of(doc))
            except (PreconditionFailed, Conflict, NotFound):
                continue
            self._remember(saved)
            if saved.get("state") == "open" and (doc or {}).get("state") != "open":
                telemetry.record_breaker_opened(bid)
            return
