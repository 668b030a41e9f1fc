"""/api/tiers: tier features (public), the caller's tier, usage and upgrade requests."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import Query, Response, status
from pydantic import AliasChoices, BaseModel, Field

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.idempotency import KEY_CONFLICT, IdempotencyKey, once
from functions.http.responses import Responses
from functions.http.routing import PrefixRouter
from shared.quota import periods, reservations, tier_requests, tiers, usage
from shared.quota.tiers import TierLimits, TierName

router = PrefixRouter(prefix="/tiers", tags=["tiers"])


class TierPublic(TierLimits):
    """A tier's limits and features."""


class PeriodUsage(BaseModel):
    used: int
    limit: int
    resets_at: datetime


class TierCurrentPublic(BaseModel):
    tier: TierName
    limits: TierPublic
    usage: dict[Literal["day", "week", "month"], PeriodUsage]
    budget_used_usd: float
    budget_limit_usd: float
    budget_resets_at: datetime


class DayUsage(BaseModel):
    day: str
    calls: int
    tokens_in: int
    tokens_out: int
    cost_usd: float


class UsageList(BaseModel):
    items: list[DayUsage]


class TierUpgradeCreate(BaseModel):
    tier: TierName


class TierRequestPublic(BaseModel):
    id: str
    user_id: str = Field(validation_alias=AliasChoices("user_id", "userId"))
    from_tier: str
    tier: str
    status: Literal["pending", "approved", "rejected"]
    created_at: datetime
    decided_at: datetime | None = None
    reason: str = ""
    email: str | None = None  # filled in for admins, so they see who asks
    display_name: str | None = None


@router.get("/features", operation_id="listTierFeatures", response_model=list[TierPublic])
async def features(services: ServicesDep) -> list[TierPublic]:
    """Every tier with its limits and features (public, no sign-in needed)."""
    return [TierPublic.model_validate(t.model_dump()) for t in await tiers.all_limits(services)]


@router.get("/current", operation_id="getCurrentTier", response_model=TierCurrentPublic)
async def current(user: CurrentUser, services: ServicesDep) -> TierCurrentPublic:
    """The caller's tier, limits, usage per day / week / month, dollars used and when each resets."""
    limits = await tiers.get_limits(services, user.tier)
    counts, spent = await reservations.usage(services.store, user.user_id)
    return TierCurrentPublic(
        tier=limits.tier,
        limits=TierPublic.model_validate(limits.model_dump()),
        usage={
            p: PeriodUsage(used=counts[p], limit=limits.request_limit(p), resets_at=periods.period_end(p))
            for p in periods.PERIODS
        },
        budget_used_usd=round(spent, 6),
        budget_limit_usd=limits.monthly_budget_usd,
        budget_resets_at=periods.period_end("month"),
    )


@router.get("/usage", operation_id="getTierUsage", response_model=UsageList)
async def usage_per_day(
    user: CurrentUser, services: ServicesDep, days: Annotated[int, Query(ge=1, le=366)] = 30
) -> UsageList:
    """The caller's AI calls, tokens and cost per UTC day, newest first."""
    rows = usage.aggregate(await usage.records_since(services.store, days, user.user_id), "day")
    items = [DayUsage(day=r["key"], calls=int(r["calls"]), tokens_in=int(r["tokens_in"]),
                      tokens_out=int(r["tokens_out"]), cost_usd=r["cost_usd"]) for r in rows]  # fmt: skip
    return UsageList(items=sorted(items, key=lambda i: i.day, reverse=True))


class OwnTierRequests(BaseModel):
    items: list[TierRequestPublic]


_ALREADY_PENDING: Responses = {200: {"description": "A request is already pending: it is returned unchanged",
                                     "model": TierRequestPublic}}  # fmt: skip


@router.post("/upgrade", operation_id="requestTierUpgrade", status_code=202, response_model=TierRequestPublic,
             responses=_ALREADY_PENDING | KEY_CONFLICT)  # fmt: skip
async def upgrade(
    body: TierUpgradeCreate,
    user: CurrentUser,
    services: ServicesDep,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> TierRequestPublic:
    """Ask for a higher tier; an admin approves it (the payment hook point). 409 if not an upgrade.

    One pending request per user: while one is pending, asking again returns it with 200. With an
    `Idempotency-Key` a retry returns the first answer."""

    async def make() -> TierRequestPublic:
        doc, created = await tier_requests.create(services.store, user.user_id, user.tier, body.tier)
        if not created:
            response.status_code = status.HTTP_200_OK
        return TierRequestPublic.model_validate(doc)

    return await once(
        services, user.user_id, idempotency_key, "requestTierUpgrade", body, response, 202, TierRequestPublic, make
    )


@router.get("/upgrade-requests", operation_id="listMyTierRequests", response_model=OwnTierRequests)
async def my_requests(user: CurrentUser, services: ServicesDep) -> OwnTierRequests:
    """The caller's upgrade requests (pending and decided), newest first."""
    items = await tier_requests.list_own(services.store, user.user_id)
    return OwnTierRequests(items=[TierRequestPublic.model_validate(d) for d in items])
