"""Tier limits: shipped defaults from the product spec, overridden by admin-edited documents.

Stored in the `system` container, partition `tier`, one document per tier (id = tier name).
Read limits are cached in the Services' caches for a few seconds (every LLM call needs them); an
edit through `put_limits` clears that cache at once, other instances see it within the cache's TTL.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.errors import ErrorList, NotFound

if TYPE_CHECKING:
    from shared.bootstrap import Services

TierName = Literal["free", "premium", "unlimited"]
TIER_NAMES: tuple[TierName, ...] = ("free", "premium", "unlimited")
SYSTEM = "system"
PK = "tier"


class TierLimits(BaseModel):
    """What one tier may use: requests per UTC day / ISO week / month and dollars per month."""

    model_config = ConfigDict(extra="forbid")

    tier: TierName
    requests_per_day: int = Field(ge=0, le=1_000_000, strict=True)
    requests_per_week: int = Field(ge=0, le=10_000_000, strict=True)
    requests_per_month: int = Field(ge=0, le=100_000_000, strict=True)
    monthly_budget_usd: float = Field(ge=0, le=100_000, strict=True)
    features: list[str] = Field(default_factory=list, max_length=30)

    def request_limit(self, period: str) -> int:
        return int(getattr(self, f"requests_per_{period}"))


DEFAULTS: dict[TierName, TierLimits] = {
    "free": TierLimits(
        tier="free",
        requests_per_day=10,
        requests_per_week=50,
        requests_per_month=200,
        monthly_budget_usd=5,
        features=["workout_plans", "coach_chat", "daily_message", "progress_tracking"],
    ),
    "premium": TierLimits(
        tier="premium",
        requests_per_day=50,
        requests_per_week=300,
        requests_per_month=1000,
        monthly_budget_usd=25,
        features=["workout_plans", "coach_chat", "daily_message", "progress_tracking", "workout_analysis"],
    ),
    "unlimited": TierLimits(
        tier="unlimited",
        requests_per_day=1000,
        requests_per_week=5000,
        requests_per_month=20000,
        monthly_budget_usd=100,
        features=[
            "workout_plans",
            "coach_chat",
            "daily_message",
            "progress_tracking",
            "workout_analysis",
            "priority_models",
        ],
    ),
}


def normalise_tier(tier: str) -> TierName:
    """An unknown tier name is treated as free (the safe side)."""
    return tier if tier in TIER_NAMES else "free"


async def get_limits(services: Services, tier: str) -> TierLimits:
    """The tier's limits: the admin's document if there is one, else the shipped default (cached briefly)."""
    name = normalise_tier(tier)
    hit: TierLimits | None = services.caches.tiers.get(name)
    if hit is not None:
        return hit
    try:
        doc = await services.store.read(SYSTEM, PK, name)
        limits = TierLimits.model_validate({k: v for k, v in doc.items() if k in TierLimits.model_fields})
    except NotFound:
        limits = DEFAULTS[name]
    return services.caches.tiers.put(name, limits)


async def all_limits(services: Services) -> list[TierLimits]:
    return [await get_limits(services, name) for name in TIER_NAMES]


async def change_limits(services: Services, admin_id: str, limits: TierLimits) -> TierLimits:
    """An admin's edit of a tier's limits (InvalidInput unless they grow from day to week to month),
    audited; it takes effect on the next request."""
    from shared.identity import audit  # identity builds on quota's tiers; imported at use

    growth_errors(limits).raise_if_any("limits must grow from day to week to month")
    saved = await put_limits(services, limits)
    await audit.record(services.store, admin_id, "tier.limits_changed", limits.tier, {"tier": limits.tier})
    return saved


def growth_errors(limits: TierLimits, prefix: str = "") -> ErrorList:
    """Each period whose limit is below the shorter period's, named (`prefix` + field): a week may not
    allow fewer requests than a day, nor a month fewer than a week."""
    errors = ErrorList()
    for shorter, longer in pairwise(("day", "week", "month")):
        if limits.request_limit(longer) < limits.request_limit(shorter):
            errors.add(f"{prefix}requests_per_{longer}", f"must be at least requests_per_{shorter}")
    return errors


async def put_limits(services: Services, limits: TierLimits) -> TierLimits:
    """Save limits as they are (`change_limits` is the admin's use case; imports call this)."""
    await services.store.upsert(SYSTEM, {"id": limits.tier, "pk": PK, "type": "tier_limits", **limits.model_dump()})
    services.caches.tiers.forget()
    return limits
