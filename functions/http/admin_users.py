"""/api/admin: users (find, view, tier, roles, disable, enable) and the audit log. Role `admin`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from functions.http.deps import AdminUser, ServicesDep
from functions.http.identity_models import (
    AcceptedPublic,
    AdminUserList,
    AdminUserPublic,
    AuditLogPublic,
    AuditPerson,
    AuditRecordPublic,
    RolesUpdate,
    TierUpdate,
)
from functions.http.responses import problem
from functions.http.routing import PrefixRouter
from shared.identity import audit, credentials, user_admin
from shared.identity.principal import Tier

router = PrefixRouter(prefix="/admin", tags=["admin"])
UserId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
Limit = Annotated[int, Query(ge=1, le=200)]
Cursor = Annotated[str | None, Query(max_length=2048)]


@router.get("/users", operation_id="listUsers", response_model=AdminUserList)
async def list_users(
    admin: AdminUser,
    services: ServicesDep,
    q: Annotated[str, Query(max_length=100)] = "",
    tier: Tier | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AdminUserList:
    """Accounts, newest first; `q` is an exact user id or the start of an email address (case-insensitive)."""
    page = await user_admin.list_users(services.store, q, tier, limit, cursor)
    return AdminUserList(items=[AdminUserPublic.of(a) for a in page.items], next_cursor=page.continuation)


@router.get("/users/{user_id}", operation_id="getUser", response_model=AdminUserPublic)
async def get_user(user_id: UserId, admin: AdminUser, services: ServicesDep) -> AdminUserPublic:
    """One account (never its password hash)."""
    return AdminUserPublic.of(await user_admin.get_user(services.store, user_id))


@router.put("/users/{user_id}/tier", operation_id="setUserTier", response_model=AdminUserPublic)
async def set_tier(user_id: UserId, body: TierUpdate, admin: AdminUser, services: ServicesDep) -> AdminUserPublic:
    """Change the user's tier (audited)."""
    return AdminUserPublic.of(await user_admin.set_tier(services.store, user_id, body.tier, admin.user_id))


@router.put(
    "/users/{user_id}/roles",
    operation_id="setUserRoles",
    response_model=AdminUserPublic,
    responses=problem(
        409, "An admin cannot remove their own admin role; an account whose email is not confirmed cannot become admin"
    ),
)
async def set_roles(user_id: UserId, body: RolesUpdate, admin: AdminUser, services: ServicesDep) -> AdminUserPublic:
    """Set the user's roles; `user` is always kept (audited)."""
    account = await user_admin.set_roles(services.store, user_id, list(body.roles), admin.user_id)
    return AdminUserPublic.of(account)


@router.post(
    "/users/{user_id}/disable",
    operation_id="disableUser",
    response_model=AdminUserPublic,
    responses=problem(409, "An admin cannot disable their own account"),
)
async def disable(user_id: UserId, admin: AdminUser, services: ServicesDep) -> AdminUserPublic:
    """Disable the account: its tokens stop working on the next request (audited)."""
    return AdminUserPublic.of(await user_admin.set_disabled(services.store, user_id, True, admin.user_id))


@router.post("/users/{user_id}/enable", operation_id="enableUser", response_model=AdminUserPublic)
async def enable(user_id: UserId, admin: AdminUser, services: ServicesDep) -> AdminUserPublic:
    """Enable a disabled account (audited)."""
    return AdminUserPublic.of(await user_admin.set_disabled(services.store, user_id, False, admin.user_id))


@router.get("/audit-log", operation_id="getAuditLog", response_model=AuditLogPublic)
async def audit_log(
    admin: AdminUser, services: ServicesDep, limit: Limit = 50, cursor: Cursor = None
) -> AuditLogPublic:
    """Who changed what, when; newest first; `people` names the accounts among actors and targets."""
    page = await audit.list_records(services.store, limit, cursor)
    items = [AuditRecordPublic.model_validate(d) for d in page.items]
    people = {k: AuditPerson.model_validate(v) for k, v in (await audit.people(services.store, page.items)).items()}
    return AuditLogPublic(items=items, next_cursor=page.continuation, people=people)


@router.post(
    "/users/{user_id}/password-reset",
    operation_id="startPasswordReset",
    status_code=202,
    response_model=AcceptedPublic,
    responses=problem(404, "No such user") | problem(409, "The account has no password (Microsoft sign-in)"),
)
async def start_password_reset(user_id: UserId, admin: AdminUser, services: ServicesDep) -> AcceptedPublic:
    """Email the user a link to set a new password (audited). The admin never sees the link or the password."""
    await credentials.admin_reset(services, admin, user_id)
    return AcceptedPublic(detail="The user has been sent a link to set a new password.")
