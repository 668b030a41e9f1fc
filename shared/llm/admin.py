"""Operations behind the admin and status routes: provider changes, budget and prices (each writes its
own audit record), provider test calls, status, config export/import."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from shared.errors import ErrorList
from shared.identity import audit
from shared.llm import configs
from shared.llm.breaker import CircuitBreakers, breaker_id
from shared.llm.types import CompletionRequest, Message, ProviderConfig, ProviderError
from shared.quota import budget, prices, tiers

if TYPE_CHECKING:
    from shared.bootstrap import Services

EXPORT_VERSION = 1


async def provider_status(services: Services, breakers: CircuitBreakers) -> list[dict[str, Any]]:
    """Each enabled provider with its circuit state and whether it can be used now (budget included)."""
    spent = (await budget.status(services)).exhausted and (await budget.get_config(services)).auto_disable
    rows = []
    for config in await configs.list_configs(services):
        state = await breakers.state(breaker_id(config.id, config.model))
        available = config.enabled and state != "open" and not (config.paid and spent)
        rows.append({"id": config.id, "kind": config.kind, "model": config.model, "tasks": list(config.tasks),
                     "enabled": config.enabled, "circuit": state, "available": available})  # fmt: skip
    rows.append({"id": "engine", "kind": "engine", "model": "vigor-engine", "tasks": ["plan", "chat", "daily_message",
                 "analysis"], "enabled": True, "circuit": "closed", "available": True})  # fmt: skip
    return rows


async def test_provider(services: Services, config: ProviderConfig) -> dict[str, Any]:
    """One tiny call to the provider (no retries, not cached, not billed to a user); never echoes errors' bodies."""
    provider = await configs.provider_for(services, config)
    request = CompletionRequest(
        task="chat", system="Reply with the single word: ok.", messages=[Message("user", "ping")], max_output_tokens=16
    )
    started = time.perf_counter()
    try:
        completion = await provider.complete(request)
    except ProviderError as exc:
        return {
            "ok": False,
            "error": exc.kind,
            "detail": str(exc),
            "latency_ms": (time.perf_counter() - started) * 1000,
        }
    return {"ok": True, "error": None, "detail": "", "latency_ms": (time.perf_counter() - started) * 1000,
            "tokens_in": completion.tokens_in, "tokens_out": completion.tokens_out}  # fmt: skip


async def export_config(services: Services) -> dict[str, Any]:
    """Providers (key references only), budget, prices and tier limits: everything an admin can edit."""
    return {
        "version": EXPORT_VERSION,
        "providers": [c.model_dump() for c in await configs.list_configs(services, cached=False)],
        "budget": (await budget.get_config(services)).model_dump(),
        "prices": (await prices.get_prices(services)).model_dump(),
        "tiers": [t.model_dump() for t in await tiers.all_limits(services)],
    }


async def import_config(
    services: Services, admin_id: str, providers: list[ProviderConfig], budget_config: budget.BudgetConfig,
    price_table: prices.PriceTable, tier_limits: list[tiers.TierLimits], replace: bool,
) -> dict[str, int]:  # fmt: skip
    """Restore an export (audited); with `replace`, providers not in it are deleted. Nothing is written when
    a tier's limits do not grow from day to week to month (InvalidInput naming `tiers.<i>.<field>`)."""
    errors = ErrorList()
    for i, limits in enumerate(tier_limits):
        errors.errors += tiers.growth_errors(limits, f"tiers.{i}.").errors
    errors.raise_if_any("tier limits must grow from day to week to month")
    wanted = {p.id for p in providers}
    removed = 0
    if replace:
        for existing in await configs.list_configs(services, cached=False):
            if existing.id not in wanted:
                await configs.delete_config(services, existing.id)
                removed += 1
    for config in providers:
        await configs.put_config(services, config)
    await budget.put_config(services, budget_config)
    await prices.put_prices(services, price_table)
    for limits in tier_limits:
        await tiers.put_limits(services, limits)
    await audit.record(services.store, admin_id, "llm.config_imported", "llm", {"count": len(providers)})
    return {"providers": len(providers), "removed": removed, "tiers": len(tier_limits)}


async def create_provider(services: Services, admin_id: str, config: ProviderConfig) -> ProviderConfig:
    """Add a provider (Conflict if the id exists), audited."""
    created = await configs.create_config(services, config)
    await audit.record(services.store, admin_id, "ai_provider.created", created.id, {"provider": created.id})
    return created


async def update_provider(services: Services, admin_id: str, config: ProviderConfig) -> ProviderConfig:
    """Replace an existing provider's settings (NotFound if absent), audited."""
    await configs.get_config(services, config.id)
    await configs.put_config(services, config)
    await audit.record(services.store, admin_id, "ai_provider.updated", config.id, {"provider": config.id})
    return config


async def delete_provider(services: Services, admin_id: str, provider_id: str) -> None:
    """Remove a provider, audited."""
    await configs.delete_config(services, provider_id)
    await audit.record(services.store, admin_id, "ai_provider.deleted", provider_id, {"provider": provider_id})


async def set_budget(services: Services, admin_id: str, config: budget.BudgetConfig) -> budget.BudgetStatus:
    """Set the system budget (audited); returns its status."""
    await budget.put_config(services, config)
    await audit.record(services.store, admin_id, "llm.budget_changed", "budget", {})
    return await budget.status(services)


async def set_prices(services: Services, admin_id: str, table: prices.PriceTable) -> prices.PriceTable:
    """Replace the price table, audited."""
    saved = await prices.put_prices(services, table)
    await audit.record(services.store, admin_id, "llm.prices_changed", "prices", {"count": len(table.models)})
    return saved
