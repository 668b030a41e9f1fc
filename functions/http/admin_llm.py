"""/api/admin: AI providers, the system budget, prices, usage statistics, cost breakdown, safety events, config
backup, queue health.

Role `admin`; every change is audited. Provider documents carry a key *reference* (a Key Vault
secret or environment variable name), never a key, and nothing here ever returns a key.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query, Response
from pydantic import BaseModel, Field, StrictInt

from functions.http.deps import AdminUser, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.errors import NotFound
from shared.jobs import dead_letters
from shared.llm import admin as llm_admin
from shared.llm import configs
from shared.llm.breaker import breaker_id
from shared.llm.gateway import gateway_for
from shared.llm.types import ProviderConfig
from shared.queue import names as queue_names
from shared.quota import budget, prices, usage, usage_counters
from shared.quota.budget import BudgetConfig, BudgetStatus
from shared.quota.prices import PriceTable
from shared.quota.tiers import TierLimits
from shared.safety import events as safety_events

router = PrefixRouter(prefix="/admin", tags=["admin"])
ProviderId = Annotated[str, Path(min_length=1, max_length=63, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Days = Annotated[int, Query(ge=1, le=366)]


class ProviderCreate(ProviderConfig):
    """A provider to add: `api_key_ref` names the secret holding its key."""


class ProviderUpdate(ProviderConfig):
    """The whole provider (its `id` must match the path)."""


class ProviderPublic(ProviderConfig):
    circuit: str = "closed"


class ProviderTestPublic(BaseModel):
    ok: bool
    error: str | None = None
    detail: str = ""
    latency_ms: float
    tokens_in: int = 0
    tokens_out: int = 0


class BreakdownRow(BaseModel):
    """Totals for one value of a dimension (`key`: a provider id, model, task, tier, or UTC day)."""

    key: str
    calls: int
    tokens_in: int
    tokens_out: int
    cost_usd: float
    errors: int
    cache_hits: int


class ProviderDayRow(BreakdownRow):
    """Totals for one provider on one UTC day (`key` is the provider, `day` the date)."""

    day: str


class BreakdownPublic(BaseModel):
    days: int
    total_cost_usd: float
    by_provider: list[BreakdownRow]
    by_model: list[BreakdownRow]
    by_task: list[BreakdownRow]
    by_tier: list[BreakdownRow]
    by_day: list[BreakdownRow]
    by_provider_day: list[ProviderDayRow]


class UsageStatsPublic(BaseModel):
    days: int
    totals: dict[str, Any]
    budget: BudgetStatus


class LlmConfigExport(BaseModel):
    version: StrictInt = 1
    providers: list[ProviderConfig]
    budget: BudgetConfig
    prices: PriceTable
    tiers: list[TierLimits] = Field(max_length=3)


class LlmConfigImport(LlmConfigExport):
    replace: bool = Field(default=False, description="Delete providers that are not in the import", strict=True)


async def _public(services: Any, config: ProviderConfig) -> ProviderPublic:
    state = await gateway_for(services).breakers.state(breaker_id(config.id, config.model))
    return ProviderPublic(**config.model_dump(), circuit=state)


@router.get("/ai-providers", operation_id="listAiProviders", response_model=list[ProviderPublic])
async def list_providers(admin: AdminUser, services: ServicesDep) -> list[ProviderPublic]:
    """Every configured provider in priority order, with its circuit state (the engine is implicit, last)."""
    return [await _public(services, c) for c in await configs.list_configs(services, cached=False)]


@router.post(
    "/ai-providers",
    operation_id="createAiProvider",
    status_code=201,
    response_model=ProviderPublic,
    responses=problem(409, "A provider with this id already exists"),
)
async def create_provider(body: ProviderCreate, admin: AdminUser, services: ServicesDep) -> ProviderPublic:
    """Add a provider (409 if the id exists; audited)."""
    config = ProviderConfig.model_validate(body.model_dump())
    return await _public(services, await llm_admin.create_provider(services, admin.user_id, config))


@router.put("/ai-providers/{provider_id}", operation_id="updateAiProvider", response_model=ProviderPublic)
async def update_provider(
    provider_id: ProviderId, body: ProviderUpdate, admin: AdminUser, services: ServicesDep
) -> ProviderPublic:
    """Replace a provider's settings (404 if absent; audited)."""
    config = ProviderConfig.model_validate({**body.model_dump(), "id": provider_id})
    return await _public(services, await llm_admin.update_provider(services, admin.user_id, config))


@router.delete("/ai-providers/{provider_id}", operation_id="deleteAiProvider", status_code=204)
async def delete_provider(provider_id: ProviderId, admin: AdminUser, services: ServicesDep) -> Response:
    """Remove a provider (audited)."""
    await llm_admin.delete_provider(services, admin.user_id, provider_id)
    return Response(status_code=204)


@router.post("/ai-providers/{provider_id}/test", operation_id="testAiProvider", response_model=ProviderTestPublic)
async def test_provider(provider_id: ProviderId, admin: AdminUser, services: ServicesDep) -> ProviderTestPublic:
    """One tiny live call to the provider; reports success, latency, or the error kind."""
    try:
        config = await configs.get_config(services, provider_id)
    except NotFound:
        raise NotFound("No such provider.") from None
    return ProviderTestPublic.model_validate(await llm_admin.test_provider(services, config))


@router.get("/budget", operation_id="getLlmBudget", response_model=BudgetStatus)
async def get_budget(admin: AdminUser, services: ServicesDep) -> BudgetStatus:
    """The system budget and what has been spent this ISO week and month."""
    return await budget.status(services)


@router.post("/budget", operation_id="setLlmBudget", response_model=BudgetStatus)
async def set_budget(body: BudgetConfig, admin: AdminUser, services: ServicesDep) -> BudgetStatus:
    """Set the weekly / monthly dollars, alert threshold and auto-disable (audited)."""
    return await llm_admin.set_budget(services, admin.user_id, body)


@router.get("/prices", operation_id="getLlmPrices", response_model=PriceTable)
async def get_prices(admin: AdminUser, services: ServicesDep) -> PriceTable:
    """The price table (dollars per million input / output tokens) and when it was taken."""
    return await prices.get_prices(services)


@router.put("/prices", operation_id="setLlmPrices", response_model=PriceTable)
async def put_prices(body: PriceTable, admin: AdminUser, services: ServicesDep) -> PriceTable:
    """Replace the price table (audited)."""
    return await llm_admin.set_prices(services, admin.user_id, body)


@router.get("/usage-stats", operation_id="getLlmUsageStats", response_model=UsageStatsPublic)
async def usage_stats(admin: AdminUser, services: ServicesDep, days: Days = 7) -> UsageStatsPublic:
    """All users' AI calls, tokens, cost, errors and cache hits over `days`, and the budget's state."""
    counters = await usage_counters.rows_since(services.store, days)
    return UsageStatsPublic(days=days, totals=usage.totals(counters), budget=await budget.status(services))


@router.get("/cost-breakdown", operation_id="getLlmCostBreakdown", response_model=BreakdownPublic)
async def cost_breakdown(admin: AdminUser, services: ServicesDep, days: Days = 7) -> BreakdownPublic:
    """Spend over `days` by provider, model, task, tier and UTC day."""
    records = await usage_counters.rows_since(services.store, days)
    by = {d: usage.aggregate(records, d) for d in usage.DIMENSIONS}
    return BreakdownPublic(
        days=days, total_cost_usd=round(sum(int(r.get("cost_micro_usd", 0)) for r in records) / 1_000_000, 6),
        by_provider=by["provider"], by_model=by["model"], by_task=by["task"], by_tier=by["tier"],
        by_day=sorted(by["day"], key=lambda r: r["key"]),
        by_provider_day=_provider_days(records),
    )  # fmt: skip


class SafetyDayPublic(BaseModel):
    date: str = Field(description="UTC day")
    counts: dict[str, int] = Field(description='events per "<stage>:<category>" (stage: input, output or plan)')


@router.get("/safety-events", operation_id="getSafetyEvents", response_model=list[SafetyDayPublic])
async def safety_events_by_day(admin: AdminUser, services: ServicesDep, days: Days = 30) -> list[SafetyDayPublic]:
    """How often the safety policy answered or stopped something, per UTC day and category (no message text)."""
    return [SafetyDayPublic.model_validate(d) for d in await safety_events.summary(services.store, days)]


class DeadLetterTally(BaseModel):
    """Messages given up on, by reason: `retries_exhausted`, `poison_handler_error`, or why one was
    malformed (`not_json`, `not_an_object`, `missing_user_id`, `invalid_user_id`, `missing_job_id`, ...)."""

    counts: dict[str, int]
    last_at: str | None = None


class QueueHealthPublic(BaseModel):
    """One queue: messages waiting or in flight, the same for its poison queue (null: could not be counted)."""

    queue: str
    messages: int | None
    poison_queue: str
    poison_messages: int | None
    dead_letters: DeadLetterTally


@router.get("/queue-health", operation_id="getQueueHealth", response_model=list[QueueHealthPublic])
async def queue_health(admin: AdminUser, services: ServicesDep) -> list[QueueHealthPublic]:
    """Each job queue's backlog, its poison queue's backlog and its dead letters by reason (no bodies, no user ids)."""
    return [
        QueueHealthPublic.model_validate(await dead_letters.queue_health(services.store, services.queue, name))
        for name in queue_names.ALL
    ]


def _provider_days(records: list[dict[str, Any]]) -> list[ProviderDayRow]:
    """Provider x day, for the admin's cost-per-provider-per-day chart."""
    keyed = [{**r, "provider_day": f"{r.get('day', '?')}|{r.get('provider', '?')}"} for r in records]
    rows = usage.aggregate(keyed, "provider_day")  # type: ignore[arg-type]
    out = [
        ProviderDayRow(**{**row, "key": row["key"].split("|", 1)[1], "day": row["key"].split("|", 1)[0]})
        for row in rows
    ]
    return sorted(out, key=lambda r: (r.day, r.key))


@router.get("/llm/config/export", operation_id="exportLlmConfig", response_model=LlmConfigExport)
async def export_config(admin: AdminUser, services: ServicesDep) -> LlmConfigExport:
    """The whole LLM configuration (providers with key references only, budget, prices, tiers)."""
    return LlmConfigExport.model_validate(await llm_admin.export_config(services))


@router.post("/llm/config/import", operation_id="importLlmConfig", response_model=dict[str, int])
async def import_config(body: LlmConfigImport, admin: AdminUser, services: ServicesDep) -> dict[str, int]:
    """Restore an export (audited); `replace` also removes providers the import does not list."""
    return await llm_admin.import_config(
        services, admin.user_id, body.providers, body.budget, body.prices, body.tiers, body.replace
    )
