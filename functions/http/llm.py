"""/api/llm: provider availability as users may see it, and the caller's own AI usage and cost."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query
from pydantic import BaseModel

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.routing import PrefixRouter
from shared.llm import admin as llm_admin
from shared.llm.gateway import gateway_for
from shared.quota import usage

router = PrefixRouter(prefix="/llm", tags=["llm"])


class ProviderStatusPublic(BaseModel):
    kind: str
    model: str
    tasks: list[str]
    available: bool


class LlmStatusPublic(BaseModel):
    providers: list[ProviderStatusPublic]
    ai_available: bool


class UsageTotals(BaseModel):
    key: str
    calls: int
    tokens_in: int
    tokens_out: int
    cost_usd: float
    errors: int
    cache_hits: int


class UsageSummaryPublic(BaseModel):
    days: int
    totals: UsageTotals
    by_task: list[UsageTotals]


@router.get("/status", operation_id="getLlmStatus", response_model=LlmStatusPublic)
async def status(user: CurrentUser, services: ServicesDep) -> LlmStatusPublic:
    """Which kinds of AI are answering now (no endpoints, ids or key references)."""
    rows = await llm_admin.provider_status(services, gateway_for(services).breakers)
    providers = [ProviderStatusPublic(kind=r["kind"], model=r["model"], tasks=r["tasks"], available=r["available"])
                 for r in rows if r["enabled"]]  # fmt: skip
    return LlmStatusPublic(providers=providers, ai_available=any(p.available for p in providers))


@router.get("/usage-summary", operation_id="getLlmUsageSummary", response_model=UsageSummaryPublic)
async def usage_summary(
    user: CurrentUser, services: ServicesDep, days: Annotated[int, Query(ge=1, le=366)] = 30
) -> UsageSummaryPublic:
    """The caller's AI calls, tokens and cost over the last `days` days, in total and per task."""
    records = await usage.records_since(services.store, days, user.user_id)
    return UsageSummaryPublic(
        days=days,
        totals=UsageTotals.model_validate(usage.totals(records)),
        by_task=[UsageTotals.model_validate(r) for r in usage.aggregate(records, "task")],
    )
