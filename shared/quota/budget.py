"""The system-wide LLM budget: weekly and monthly dollars, an alert threshold, auto-disable of paid providers.

Config: `system` container, partition `budget`, id `config`. Spend: `SHARDS` documents with id `spend`,
micro-dollars keyed by ISO week and month; shard 0 is in partition `budget` (the single document of
before, so its figures still count), shard i in partition `budget-spend-<i>`. The spend of a period is
the sum over the shards (docs/decisions.md, "The system budget, sharded").

Before a paid provider is called, its worst-case cost (prompt estimate plus max output tokens) is added
to one shard with one atomic increment, and then the other shards are read: if the sum takes either
period over its limit the increment is taken back. A reservation reads after its own increment, so it
sees every increment made before it, and the accepted reservations never sum past the limit (the last
of them to increment saw all the others). Two lanes:

* spread: while this process last saw at least `HEADROOM` of both budgets left, a random shard of 1 to
  SHARDS-1 (the patches of every paid call spread over seven logical partitions); a refusal there may be
  caused by concurrent reservations that are themselves refused, so it falls to
* exact: shard 0, where concurrent reservations are ordered by its atomic counter exactly as the single
  document was (near the limit only, where the other shards are quiet but for settlements).

After the call the reservation is corrected to the real cost, on a spread shard.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from shared import telemetry
from shared.errors import Conflict, NotFound
from shared.quota.periods import period_key
from shared.quota.reservations import MICRO, Companion, to_micro
from shared.store.port import Document, DocumentStore, PatchItem, PatchOp

if TYPE_CHECKING:
    from shared.bootstrap import Services

log = logging.getLogger("vigor.budget")
SYSTEM = "system"
PK = "budget"
SPEND_ID = "spend"
SHARDS = 8  # spend documents, each in its own logical partition
HEADROOM = 0.2  # the share of a budget that must be left for the spread lane (else the exact one)


class BudgetConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weekly_usd: float = Field(default=10.0, ge=0, le=1_000_000, strict=True)
    monthly_usd: float = Field(default=40.0, ge=0, le=10_000_000, strict=True)
    alert_threshold: float = Field(
        default=0.8, gt=0, le=1, description="Fraction of a budget that raises an alert", strict=True
    )
    auto_disable: bool = Field(default=True, description="Skip paid providers once a budget is spent", strict=True)


class BudgetStatus(BaseModel):
    config: BudgetConfig
    week: str
    month: str
    spent_week_usd: float
    spent_month_usd: float
    exhausted: bool
    alert: bool


async def get_config(services: Services) -> BudgetConfig:
    hit: BudgetConfig | None = services.caches.budget.get("config")
    if hit is not None:
        return hit
    try:
        doc = await services.store.read(SYSTEM, PK, "config")
        config = BudgetConfig.model_validate({k: v for k, v in doc.items() if k in BudgetConfig.model_fields})
    except NotFound:
        config = BudgetConfig()
    return services.caches.budget.put("config", config)


async def put_config(services: Services, config: BudgetConfig) -> BudgetConfig:
    await services.store.upsert(SYSTEM, {"id": "config", "pk": PK, "type": "budget_config", **config.model_dump()})
    services.caches.budget.forget()
    return config


def shard_pk(shard: int) -> str:
    """The partition of spend shard `shard` (shard 0 is the single spend document kept before sharding)."""
    return PK if shard == 0 else f"{PK}-spend-{shard}"


def _ops(week: str, month: str, micro: int) -> tuple[PatchOp, ...]:
    return PatchOp("incr", f"micro_usd.{week}", micro), PatchOp("incr", f"micro_usd.{month}", micro)


def _spent(docs: Iterable[Document]) -> dict[str, int]:
    """The micro-dollars per period key, summed over shard documents."""
    total: dict[str, int] = {}
    for doc in docs:
        for key, value in (doc.get("micro_usd") or {}).items():
            total[key] = total.get(key, 0) + int(value)
    return total


def _fits(spent: dict[str, int], config: BudgetConfig, week: str, month: str) -> bool:
    """May the spend stand: within both budgets, or auto-disable is off."""
    over = spent.get(week, 0) > to_micro(config.weekly_usd) or spent.get(month, 0) > to_micro(config.monthly_usd)
    return not (over and config.auto_disable)


async def _read_shard(store: DocumentStore, shard: int) -> Document:
    try:
        return await store.read(SYSTEM, shard_pk(shard), SPEND_ID)
    except NotFound:
        return {}


async def _shards(store: DocumentStore, but: int | None = None) -> list[Document]:
    """Every spend shard (but `but`, whose fresh copy the caller holds), read concurrently."""
    return list(await asyncio.gather(*(_read_shard(store, i) for i in range(SHARDS) if i != but)))


async def _total_with(store: DocumentStore, shard: int, doc: Document) -> dict[str, int]:
    """The spend per period: `doc` (shard `shard`, as an increment returned it) plus the other shards read now."""
    return _spent([doc, *await _shards(store, but=shard)])


async def _incr(store: DocumentStore, shard: int, week: str, month: str, micro: int) -> Document:
    ops, pk = list(_ops(week, month, micro)), shard_pk(shard)
    try:
        return await store.patch(SYSTEM, pk, SPEND_ID, ops)
    except NotFound:
        try:
            await store.create(SYSTEM, {"id": SPEND_ID, "pk": pk, "type": "budget_spend", "micro_usd": {}})
        except Conflict:
            pass
        return await store.patch(SYSTEM, pk, SPEND_ID, ops)


def _keys(now: datetime | None) -> tuple[str, str]:
    return period_key("week", now), period_key("month", now)


def _spread() -> int:
    return 1 + secrets.randbelow(SHARDS - 1)


def _lane(services: Services, config: BudgetConfig, week: str, month: str, micro: int) -> int:
    """The shard to try first: a spread one while plenty of both budgets was left when last seen, else shard 0."""
    if not config.auto_disable:
        return _spread()  # nothing is ever refused: no order to keep
    seen = services.caches.budget_spent.get(month)
    if seen is None:
        return 0
    room = (seen.get(week, 0) + micro <= to_micro(config.weekly_usd) * (1 - HEADROOM)
            and seen.get(month, 0) + micro <= to_micro(config.monthly_usd) * (1 - HEADROOM))  # fmt: skip
    return _spread() if room else 0


async def _check(services: Services, config: BudgetConfig, shard: int, doc: Document, week: str, month: str) -> bool:
    """Whether the spend fits: `doc` (shard `shard` as its increment returned it) plus every other shard, read now."""
    total = await _total_with(services.store, shard, doc)
    services.caches.budget_spent.put(month, total)
    return _fits(total, config, week, month)


async def _try(services: Services, config: BudgetConfig, shard: int, week: str, month: str, micro: int) -> bool:
    """Add `micro` to `shard` and keep it if the sum of every shard fits; else take it back."""
    doc = await _incr(services.store, shard, week, month, micro)
    if await _check(services, config, shard, doc, week, month):
        return True
    await _incr(services.store, shard, week, month, -micro)
    return False


async def reserve_spend(services: Services, estimate_usd: float, now: datetime | None = None) -> int | None:
    """Reserve `estimate_usd`; the micro-dollars held, or None when the budget cannot take it."""
    config = await get_config(services)
    week, month = _keys(now)
    micro = to_micro(estimate_usd)
    shard = _lane(services, config, week, month, micro)
    if await _try(services, config, shard, week, month, micro):
        return micro
    if shard != 0 and await _try(services, config, 0, week, month, micro):  # the spread lane's refusal is checked
        return micro
    return None


async def spend_companion(services: Services, estimate_usd: float, now: datetime | None = None) -> Companion:
    """The same reservation as `reserve_spend`, to be taken with a user's quota in one store call.

    Pass it to `reservations.reserve(companion=...)`; its `outcome` is then `kept` (the
    `to_micro(estimate_usd)` micro-dollars are held: settle them with `settle_spend`) or not.
    """
    config = await get_config(services)
    week, month = _keys(now)
    micro = to_micro(estimate_usd)
    shard = _lane(services, config, week, month, micro)
    store = services.store

    def undo(target: int) -> PatchItem:
        return PatchItem(SYSTEM, shard_pk(target), SPEND_ID, _ops(week, month, -micro))

    async def accept(doc: Document) -> bool:
        """The increment made with the quota's, checked; a spread shard's refusal is moved to the exact lane
        (`undo` then names shard 0: `reservations.reserve` takes back what is held where it is held)."""
        if await _check(services, config, shard, doc, week, month):
            return True
        if shard == 0:
            return False
        await _incr(store, shard, week, month, -micro)
        companion.undo = undo(0)
        return await _check(services, config, 0, await _incr(store, 0, week, month, micro), week, month)

    companion = Companion(
        item=PatchItem(SYSTEM, shard_pk(shard), SPEND_ID, _ops(week, month, micro)),
        undo=undo(shard),
        fallback=lambda: _incr(store, shard, week, month, micro),
        accept=accept,
    )
    return companion


async def settle_spend(services: Services, reserved_micro: int, actual_usd: float, now: datetime | None = None) -> None:
    """Replace a reservation by the real cost; raise the alert once per period on crossing the threshold."""
    week, month, shard = *_keys(now), _spread()
    delta = to_micro(actual_usd) - reserved_micro
    store = services.store
    if delta:
        spent = await _total_with(store, shard, await _incr(store, shard, week, month, delta))
    else:
        spent = _spent(await _shards(store))
    config = await get_config(services)
    for key, limit in ((week, config.weekly_usd), (month, config.monthly_usd)):
        if limit and spent.get(key, 0) >= to_micro(limit * config.alert_threshold):
            await _alert_once(store, key, spent.get(key, 0) / MICRO, limit)


async def _alert_once(store: DocumentStore, key: str, spent: float, limit: float) -> None:
    try:
        await store.create(SYSTEM, {"id": f"alert-{key}", "pk": PK, "type": "budget_alert", "spent": spent})
    except Conflict:
        return
    log.warning("LLM budget alert for %s: $%.4f of $%.2f spent", key, spent, limit)
    telemetry.record_budget_alert("week" if "W" in key else "month")  # the alert rule counts this metric


async def status(services: Services, now: datetime | None = None) -> BudgetStatus:
    config = await get_config(services)
    week, month = _keys(now)
    spent = _spent(await _shards(services.store))
    sw, sm = spent.get(week, 0) / MICRO, spent.get(month, 0) / MICRO
    return BudgetStatus(
        config=config,
        week=week,
        month=month,
        spent_week_usd=sw,
        spent_month_usd=sm,
        exhausted=sw >= config.weekly_usd or sm >= config.monthly_usd,
        alert=sw >= config.weekly_usd * config.alert_threshold or sm >= config.monthly_usd * config.alert_threshold,
    )
