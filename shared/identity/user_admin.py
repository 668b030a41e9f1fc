"""Admin handlers for users: find, view, change tier and roles, disable and enable. All audited."""

from __future__ import annotations

from typing import Any

from shared.errors import Conflict
from shared.identity import admins, audit
from shared.identity.records import ACCOUNT_ID, USERS, now_iso, public_account
from shared.store.port import DocumentStore, Filter, Page, PatchOp, Query


async def list_users(store: DocumentStore, q: str, tier: str | None, limit: int, cursor: str | None) -> Page:
    """Accounts newest first; `q` matches part of the email or display name (case-insensitive)."""
    filters = [Filter("type", "eq", "account")]
    if q.strip():
        filters.append(Filter("search", "contains", q.strip().lower()))
    if tier:
        filters.append(Filter("tier", "eq", tier))
    page = await store.query(
        USERS, Query(filters=tuple(filters), order_by=(("created_at", True),), limit=limit, continuation=cursor)
    )
    return Page([public_account(d) for d in page.items], page.continuation)


async def get_user(store: DocumentStore, user_id: str) -> dict[str, Any]:
    return public_account(await store.read(USERS, user_id, ACCOUNT_ID))


async def set_tier(store: DocumentStore, user_id: str, tier: str, actor: str) -> dict[str, Any]:
    account = await store.read(USERS, user_id, ACCOUNT_ID)
    before = account.get("tier")
    if before != tier:
        account = await store.patch(
            USERS, user_id, ACCOUNT_ID, [PatchOp("set", "tier", tier), PatchOp("set", "updated_at", now_iso())]
        )
        await audit.record(store, actor, "user.tier_changed", user_id, {"from": before, "to": tier})
    return public_account(account)


async def set_roles(store: DocumentStore, user_id: str, roles: list[str], actor: str) -> dict[str, Any]:
    """Admins cannot take away their own admin role (someone must remain able to administer)."""
    await store.read(USERS, user_id, ACCOUNT_ID)
    if user_id == actor and "admin" not in roles:
        raise Conflict("You cannot remove your own admin role; ask another admin or use the CLI.")
    return public_account(await admins.set_roles(store, user_id, roles, actor))


async def set_disabled(store: DocumentStore, user_id: str, disabled: bool, actor: str) -> dict[str, Any]:
    """Disable (the user's tokens stop working on the next request) or enable an account."""
    await store.read(USERS, user_id, ACCOUNT_ID)
    if user_id == actor and disabled:
        raise Conflict("You cannot disable your own account.")
    account = await store.patch(
        USERS, user_id, ACCOUNT_ID, [PatchOp("set", "disabled", disabled), PatchOp("set", "updated_at", now_iso())]
    )
    await audit.record(store, actor, "user.disabled" if disabled else "user.enabled", user_id)
    return public_account(account)
