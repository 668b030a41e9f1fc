"""/api/admin: tier limits and tier upgrade requests. Role `admin`; every change audited."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import BaseModel, Field

from functions.http.deps import AdminUser, ServicesDep
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from functions.http.tiers import TierPublic, TierRequestPublic
from shared.bootstrap import Services
from shared.errors import NotFound
from shared.identity import user_admin
from shared.quota import tier_requests, tiers
from shared.quota.tiers import TierName

router = PrefixRouter(prefix="/admin", tags=["admin"])
RequestId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class TierLimitsUpdate(BaseModel):
    requests_per_day: int = Field(ge=0, le=1_000_000, strict=True)
    requests_per_week: int = Field(ge=0, le=10_000_000, strict=True)
    requests_per_month: int = Field(ge=0, le=100_000_000, strict=True)
    monthly_budget_usd: float = Field(ge=0, le=100_000, strict=True)
    features: list[str] = Field(default_factory=list, max_length=30)


class TierRequestList(BaseModel):
    items: list[TierRequestPublic]
    next_cursor: str | None = None


class TierDecision(BaseModel):
    reason: str = Field(default="", max_length=300)


@router.get("/tiers", operation_id="listTierLimits", response_model=list[TierPublic])
async def list_tiers(admin: AdminUser, services: ServicesDep) -> list[TierPublic]:
    """Every tier's current limits."""
    return [TierPublic.model_validate(t.model_dump()) for t in await tiers.all_limits(services)]


@router.put("/tiers/{tier}", operation_id="updateTierLimits", response_model=TierPublic)
async def put_tier(tier: TierName, body: TierLimitsUpdate, admin: AdminUser, services: ServicesDep) -> TierPublic:
    """Change a tier's limits (takes effect on the next request; audited)."""
    saved = await tiers.change_limits(services, admin.user_id, tiers.TierLimits(tier=tier, **body.model_dump()))
    return TierPublic.model_validate(saved.model_dump())


@router.get("/tier-requests", operation_id="listTierRequests", response_model=TierRequestList)
async def list_requests(
    admin: AdminUser,
    services: ServicesDep,
    status: Literal["pending", "approved", "rejected"] | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
) -> TierRequestList:
    """Upgrade requests, newest first."""
    page = await tier_requests.list_requests(services.store, status, limit, cursor)
    items = [TierRequestPublic.model_validate(d) for d in page.items]
    accounts = await asyncio.gather(*(_account_or_none(services, item.user_id) for item in items))
    for item, account in zip(items, accounts, strict=True):
        if account is not None:
            item.email, item.display_name = account.get("email"), account.get("display_name")
    return TierRequestList(items=items, next_cursor=page.continuation)


async def _account_or_none(services: Services, user_id: str) -> dict[str, Any] | None:
    try:
        return await user_admin.get_user(services.store, user_id)
    except NotFound:  # the account was deleted after asking
        return None


_DECIDED = problem(409, "The request was already approved or rejected")


@router.post("/tier-requests/{request_id}/approve", operation_id="approveTierRequest", response_model=TierRequestPublic,
             responses=_DECIDED)  # fmt: skip
async def approve(
    request_id: RequestId, admin: AdminUser, services: ServicesDep, body: TierDecision | None = None
) -> TierRequestPublic:
    """Approve: the user's tier changes (audited). 409 if already decided."""
    doc = await tier_requests.decide(services.store, request_id, True, admin.user_id, body.reason if body else "")
    return TierRequestPublic.model_validate(doc)


@router.post("/tier-requests/{request_id}/reject", operation_id="rejectTierRequest", response_model=TierRequestPublic,
             responses=_DECIDED)  # fmt: skip
async def reject(
    request_id: RequestId, admin: AdminUser, services: ServicesDep, body: TierDecision | None = None
) -> TierRequestPublic:
    """Reject the request (audited). 409 if already decided."""
    doc = await tier_requests.decide(services.store, request_id, False, admin.user_id, body.reason if body else "")
    return TierRequestPublic.model_validate(doc)
