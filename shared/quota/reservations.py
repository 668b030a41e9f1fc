"""Per-user quota reservations: reserved atomically before an AI call, settled or released after.

One document per user (`ai` container, id `quota`) holds counters keyed by period:
`counts` {"2026-11-26": n, "2026-W48": n, "2026-11": n} and `micro_usd` {"2026-11": n}.
A reservation is one atomic patch that increments all of them; if any is then over its limit,
a second patch takes the increments back and the caller gets LimitExceeded. Because every
increment returns a distinct value, N concurrent callers at limit L let exactly
min(N, L - used) through; no transaction across documents is needed.

A request that may be delivered more than once (a queued job) passes an `idempotency_key`: a
marker document `quota-key:<key>` is created first, recording the period keys charged and the
dollars still held. A key that already has one is not charged again: its reservation comes back
*adopted* (open, holding what the marker holds), so the call can still settle it to its real cost
(`settle` then zeroes the marker's dollars, so a rerun settles only its own cost). Releasing a
reservation its caller made deletes the marker, so a retry after a failure is charged once more;
releasing an adopted one does nothing, since the hold belongs to whoever took it (a queued plan job
takes it at the door and gives it back with `release_hold` when the job fails for good). A crash
between the marker and the increment loses one unit rather than charging two.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from shared import telemetry
from shared.errors import Conflict, LimitExceeded, NotFound, PreconditionFailed
from shared.quota.periods import PERIODS, Period, period_keys, seconds_until_reset, utc
from shared.quota.tiers import TierLimits
from shared.store.port import Document, DocumentStore, PatchItem, PatchOp, etag_or_none

CONTAINER = "ai"
DOC_ID = "quota"
MICRO = 1_000_000
KEEP_KEYS = 8  # older period keys are pruned when the document holds more than this
KEY_TTL_S = 7 * 86400  # idempotency markers outlive any redelivery of the request they guard


def to_micro(usd: float) -> int:
    return max(0, round(usd * MICRO))


@dataclass
class Reservation:
    """What one request holds until it is settled (kept) or released (given back)."""

    user_id: str
    keys: dict[Period, str]
    micro_usd: int
    open: bool = True
    extra: dict[str, str] = field(default_factory=dict)
    key: str | None = None
    adopted: bool = False  # held earlier under `key` (see the module docstring)


@dataclass
class Companion:
    """Another counter reserved in the same store call as the request (the system budget's spend).

    `item` increments it and `undo` takes that back; `fallback` does the increment alone (when the
    document does not exist yet); `accept` tells from the incremented document whether it fits (it may
    read more: the system budget sums its other shards).
    After `reserve`, `outcome` says what became of it: `kept`, `refused` (it did not fit and was
    taken back), `undone` (the request was refused, so it was taken back) or `untried` (a request
    already charged under its idempotency key).
    """

    item: PatchItem
    undo: PatchItem
    fallback: Callable[[], Awaitable[Document]]
    accept: Callable[[Document], Awaitable[bool]]
    outcome: Literal["untried", "kept", "refused", "undone"] = "untried"


async def _patch(store: DocumentStore, user_id: str, ops: list[PatchOp]) -> Document:
    try:
        return await store.patch(CONTAINER, user_id, DOC_ID, ops)
    except NotFound:
        try:
            await store.create(
                CONTAINER, {"id": DOC_ID, "userId": user_id, "type": "quota", "counts": {}, "micro_usd": {}}
            )
        except Conflict:
            pass
        return await store.patch(CONTAINER, user_id, DOC_ID, ops)


def _ops(keys: dict[Period, str], count: int, micro_usd: int) -> list[PatchOp]:
    ops = [PatchOp("incr", f"counts.{keys[p]}", count) for p in PERIODS]
    ops.append(PatchOp("incr", f"micro_usd.{keys['month']}", micro_usd))
    return ops


def _over(doc: Document, keys: dict[Period, str], limits: TierLimits, moment: datetime) -> None:
    """LimitExceeded when a counter is over its limit."""
    counts, spent = doc.get("counts", {}), doc.get("micro_usd", {})
    hits: list[tuple[float, str]] = []
    for period in PERIODS:
        if counts.get(keys[period], 0) > limits.request_limit(period):
            hits.append((seconds_until_reset(period, moment), f"requests_per_{period}"))
    if spent.get(keys["month"], 0) > to_micro(limits.monthly_budget_usd):
        hits.append((seconds_until_reset("month", moment), "monthly_budget_usd"))
    if hits:
        retry_after, limit = max(hits)
        telemetry.record_quota_rejection(limits.tier, limit)
        raise LimitExceeded(f"Your {limits.tier} tier limit {limit} is used up.", retry_after=retry_after, limit=limit)


def _key_id(key: str) -> str:
    return f"quota-key:{key}"


async def reserve(
    store: DocumentStore, user_id: str, limits: TierLimits, estimate_usd: float, now: datetime | None = None,
    idempotency_key: str | None = None, companion: Companion | None = None,
) -> Reservation:  # fmt: skip
    """Reserve one request and `estimate_usd` against the user's limits, or raise LimitExceeded.

    The LimitExceeded names the limit hit and the seconds until it resets (the longest, when
    several are hit, since the request cannot succeed before then). With `idempotency_key`, a
    key already charged is not charged again (see the module docstring). A `companion` is
    incremented in the same store call and checked the same way (increment, then check, then
    take back); it is never kept when the request is refused (see `Companion.accepted`).
    """
    moment = utc(now)
    keys = period_keys(moment)
    micro = to_micro(estimate_usd)
    if idempotency_key is not None:
        marker = {"id": _key_id(idempotency_key), "userId": user_id, "type": "quota_key", "ttl": KEY_TTL_S,
                  "keys": keys, "micro_usd": micro}  # fmt: skip
        try:
            await store.create(CONTAINER, marker)
        except Conflict:
            return await _adopt(store, user_id, idempotency_key, keys)
    undo = [PatchItem(CONTAINER, user_id, DOC_ID, tuple(_ops(keys, -1, -micro)))]
    other: Document = {}
    if companion is None:
        try:
            doc = await _patch(store, user_id, _ops(keys, 1, micro))
        except BaseException:
            await _forget_key(store, user_id, idempotency_key)
            raise
    else:  # both increments in one store call (one transaction on the embedded store)
        mine = PatchItem(CONTAINER, user_id, DOC_ID, tuple(_ops(keys, 1, micro)))
        found, spend = await store.patch_many([mine, companion.item])
        if found is None:  # the user's first reservation: their document is made first
            try:
                found = await _patch(store, user_id, list(mine.operations))
            except BaseException:
                if spend is not None:
                    await store.patch_many([companion.undo])
                raise
        doc = found
        if spend is None:  # the first reservation ever: the companion's document is made on its own
            try:
                spend = await companion.fallback()
            except BaseException:
                await store.patch_many(undo)
                await _forget_key(store, user_id, idempotency_key)
                raise
        other = spend
        undo.append(companion.undo)
    try:
        _over(doc, keys, limits, moment)
    except LimitExceeded:
        if companion is not None:
            companion.outcome = "undone"
        await store.patch_many(undo)
        await _forget_key(store, user_id, idempotency_key)
        raise
    if companion is not None:
        companion.outcome = "kept" if await companion.accept(other) else "refused"
        if companion.outcome == "refused":  # taken back where `accept` left it (the system budget may move it)
            await store.patch_many([companion.undo])
    return Reservation(user_id=user_id, keys=keys, micro_usd=micro, key=idempotency_key)


async def _adopt(store: DocumentStore, user_id: str, key: str, keys: dict[Period, str]) -> Reservation:
    """The reservation already held under `key`: open with the marker's periods and dollars (closed for a
    marker that records neither, written before markers did, or one gone again meanwhile)."""
    try:
        marker = await store.read(CONTAINER, user_id, _key_id(key))
    except NotFound:
        marker = {}
    if not isinstance(marker.get("keys"), dict):
        return Reservation(user_id=user_id, keys=keys, micro_usd=0, open=False, key=key)
    held = int(marker.get("micro_usd", 0))
    return Reservation(user_id=user_id, keys=marker["keys"], micro_usd=held, key=key, adopted=True)


async def top_up(store: DocumentStore, reservation: Reservation, limits: TierLimits, estimate_usd: float) -> bool:
    """Raise an adopted hold to `estimate_usd` if it holds less; False, changing nothing, when the month's
    dollar budget cannot take the difference. The request was counted when the hold was taken."""
    extra = to_micro(estimate_usd) - reservation.micro_usd
    if extra <= 0 or reservation.key is None:
        return True
    month, user_id = reservation.keys["month"], reservation.user_id
    up = [PatchItem(CONTAINER, user_id, DOC_ID, (PatchOp("incr", f"micro_usd.{month}", extra),)),
          PatchItem(CONTAINER, user_id, _key_id(reservation.key), (PatchOp("incr", "micro_usd", extra),))]  # fmt: skip
    doc = (await store.patch_many(up))[0] or await _patch(store, user_id, list(up[0].operations))
    if doc.get("micro_usd", {}).get(month, 0) > to_micro(limits.monthly_budget_usd):
        down = [PatchItem(i.container, i.partition_key, i.doc_id, (PatchOp("incr", i.operations[0].path, -extra),))
                for i in up]  # fmt: skip
        await store.patch_many(down)
        return False
    reservation.micro_usd += extra
    return True


async def release_hold(store: DocumentStore, user_id: str, key: str) -> bool:
    """Give back what `key` still holds (its request and its dollars), once: for work that was accepted
    with a hold and then failed for good (a queued plan job). False when there was nothing to give back."""
    try:
        marker = await store.read(CONTAINER, user_id, _key_id(key))
    except NotFound:
        return False
    if not isinstance(marker.get("keys"), dict):
        return False
    try:
        await store.delete(CONTAINER, user_id, marker["id"], if_match=etag_or_none(marker))
    except (NotFound, PreconditionFailed):  # given back, or its dollars changed, by someone else just now
        return False
    await _patch(store, user_id, _ops(marker["keys"], -1, -int(marker.get("micro_usd", 0))))
    return True


async def _forget_key(store: DocumentStore, user_id: str, key: str | None) -> None:
    if key is None:
        return
    try:
        await store.delete(CONTAINER, user_id, _key_id(key))
    except NotFound:
        pass


async def settle(store: DocumentStore, reservation: Reservation, actual_usd: float) -> None:
    """Keep the request; replace the reserved dollars by what the call really cost (a keyed hold's
    marker then holds nothing more, in the same store call)."""
    if not reservation.open:
        return
    reservation.open = False
    user_id, delta = reservation.user_id, to_micro(actual_usd) - reservation.micro_usd
    spend = (PatchOp("incr", f"micro_usd.{reservation.keys['month']}", delta),)
    if reservation.key is not None:
        zero = PatchItem(CONTAINER, user_id, _key_id(reservation.key), (PatchOp("set", "micro_usd", 0),))
        found = (await store.patch_many([PatchItem(CONTAINER, user_id, DOC_ID, spend), zero]))[0]
        doc = found if found is not None else await _patch(store, user_id, list(spend))
    elif delta:
        doc = await _patch(store, user_id, list(spend))
    else:
        return
    if len(doc.get("counts", {})) > KEEP_KEYS:
        await prune(store, user_id, doc)


async def release(store: DocumentStore, reservation: Reservation) -> None:
    """Give the reservation back (the call failed before anything was served); an adopted one stays held."""
    if not reservation.open:
        return
    reservation.open = False
    if reservation.adopted:
        return
    await _patch(store, reservation.user_id, _ops(reservation.keys, -1, -reservation.micro_usd))
    await _forget_key(store, reservation.user_id, reservation.key)


async def prune(store: DocumentStore, user_id: str, doc: Document) -> None:
    """Drop counters of past periods (best effort: a concurrent write wins and pruning waits)."""
    current = set(period_keys().values())
    kept = dict(doc)
    kept["counts"] = {k: v for k, v in doc.get("counts", {}).items() if k in current}
    kept["micro_usd"] = {k: v for k, v in doc.get("micro_usd", {}).items() if k in current}
    try:
        await store.replace(CONTAINER, kept, if_match=etag_or_none(doc))
    except (PreconditionFailed, NotFound):
        pass


async def usage(store: DocumentStore, user_id: str, now: datetime | None = None) -> tuple[dict[Period, int], float]:
    """The user's request counts for the current day / week / month and dollars this month."""
    keys = period_keys(now)
    try:
        doc = await store.read(CONTAINER, user_id, DOC_ID)
    except NotFound:
        doc = {}
    counts = doc.get("counts", {})
    spent = doc.get("micro_usd", {}).get(keys["month"], 0)
    return {p: int(counts.get(keys[p], 0)) for p in PERIODS}, spent / MICRO
