"""The system-wide LLM budget: weekly and monthly dollars, an alert threshold, auto-disable of paid providers.

Config: `system` container, partition `budget`, id `config`. Spend: id `spend`, micro-dollars keyed
by ISO week and month. Before a paid provider is called, its worst-case cost (prompt estimate plus
max output tokens) is reserved with one atomic increment; if that takes either period over its
limit the increment is taken back and the provider is skipped, so concurrent calls cannot
overspend. After the call the reservation is corrected to the real cost.
"""

from __future__ import annotations

import logging
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


def _ops(week: str, month: str, micro: int) -> tuple[PatchOp, ...]:
    return PatchOp("incr", f"micro_usd.{week}", micro), PatchOp("incr", f"micro_usd.{month}", micro)


def _fits(doc: Document, config: BudgetConfig, week: str, month: str) -> bool:
    """May the spend in `doc` stand: within both budgets, or auto-disable is off."""
    spent = doc.get("micro_usd", {})
    over = spent.get(week, 0) > to_micro(config.weekly_usd) or spent.get(month, 0) > to_micro(config.monthly_usd)
    return not (over and config.auto_disable)


async def _incr(store: DocumentStore, week: str, month: str, micro: int) -> Document:
    ops = list(_ops(week, month, micro))
    try:
        return await store.patch(SYSTEM, PK, "spend", ops)
    except NotFound:
        try:
            await store.create(SYSTEM, {"id": "spend", "pk": PK, "type": "budget_spend", "micro_usd": {}})
        except Conflict:
            pass
        return await store.patch(SYSTEM, PK, "spend", ops)


def _keys(now: datetime | None) -> tuple[str, str]:
    return period_key("week", now), period_key("month", now)


async def reserve_spend(services: Services, estimate_usd: float, now: datetime | None = None) -> int | None:
    """Reserve `estimate_usd`; the micro-dollars held, or None when the budget cannot take it."""
    config = await get_config(services)
    week, month = _keys(now)
    micro = to_micro(estimate_usd)
    doc = await _incr(services.store, week, month, micro)
    if not _fits(doc, config, week, month):
        await _incr(services.store, week, month, -micro)
        return None
    return micro


async def spend_companion(services: Services, estimate_usd: float, now: datetime | None = None) -> Companion:
    """The same reservation as `reserve_spend`, to be taken with a user's quota in one store call.

    Pass it to `reservations.reserve(companion=...)`; its `outcome` is then `kept` (the
    `to_micro(estimate_usd)` micro-dollars are held: settle them with `settle_spend`) or not.
    """
    config = await get_config(services)
    week, month = _keys(now)
    micro = to_micro(estimate_usd)
    return Companion(
        item=PatchItem(SYSTEM, PK, "spend", _ops(week, month, micro)),
        undo=PatchItem(SYSTEM, PK, "spend", _ops(week, month, -micro)),
        fallback=lambda: _incr(services.store, week, month, micro),
        accept=lambda doc: _fits(doc, config, week, month),
    )


async def settle_spend(services: Services, reserved_micro: int, actual_usd: float, now: datetime | None = None) -> None:
    """Replace a reservation by the real cost; raise the alert once per period on crossing the threshold."""
    week, month = _keys(now)
    delta = to_micro(actual_usd) - reserved_micro
    store = services.store
    doc = await _incr(store, week, month, delta) if delta else await store.read(SYSTEM, PK, "spend")
    config = await get_config(services)
    spent = doc.get("micro_usd", {})
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
    try:
        spent = (await services.store.read(SYSTEM, PK, "spend")).get("micro_usd", {})
    except NotFound:
        spent = {}
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
