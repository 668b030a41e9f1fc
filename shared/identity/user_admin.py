"""Admin handlers for users: find, view, change tier and roles, disable and enable. All audited."""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from shared.errors import Conflict, InvalidCursor, NotFound
from shared.identity import admins, audit, refresh
from shared.identity.devices import forget_devices
from shared.identity.records import ACCOUNT_ID, USERS, now_iso, public_account
from shared.store.port import DocumentStore, Filter, Page, PatchOp, Query


async def list_users(store: DocumentStore, q: str, tier: str | None, limit: int, cursor: str | None) -> Page:
    """Accounts newest first, `limit` at a time; `q` is an exact user id or the start of an email address.

    Paged by keyset (`created_at` of the last account shown, and the ids shown at that instant), never by
    the store's continuation tokens: cross-partition ORDER BY continuations have open bugs on multi-partition
    Cosmos DB containers (Azure/azure-sdk-for-python #37230, #41434), and a keyset page costs the same at any
    depth. The email prefix is a range on the normalised `email` (`>= q` and `< q + U+FFFF`), which the
    index serves; a substring search (`CONTAINS(LOWER(...))`) would read every account. InvalidCursor for a
    cursor this function did not write."""
    after = _decode_cursor(cursor)
    needle = unicodedata.normalize("NFKC", q).strip().lower()
    exact = await _by_id(store, needle) if needle and not after and _ID.fullmatch(needle) else None
    filters = [Filter("type", "eq", "account")]
    if needle:
        filters += [Filter("email", "ge", needle), Filter("email", "lt", needle + "\uffff")]
    if tier:
        filters.append(Filter("tier", "eq", tier))
    if after:
        filters.append(Filter("created_at", "le", after[0]))
    seen = set(after[1]) if after else set()
    # The accounts created at the cursor's instant that were shown already come back too: ask for them on top.
    page = await store.query(USERS, Query(filters=tuple(filters), order_by=(("created_at", True),),
                                          limit=min(1000, limit + 1 + len(seen))))  # fmt: skip
    fresh = [d for d in page.items if not (after and d.get("created_at") == after[0] and d["userId"] in seen)]
    if exact is not None and (not tier or exact.get("tier") == tier):
        fresh = [exact, *(d for d in fresh if d["userId"] != exact["userId"])]
    shown, more = fresh[:limit], len(fresh) > limit
    return Page([public_account(d) for d in shown], _encode_cursor(shown, after) if more and shown else None)


_ID = re.compile(r"^[a-z0-9_-]{8,64}$")


async def _by_id(store: DocumentStore, user_id: str) -> dict[str, Any] | None:
    try:
        return await store.read(USERS, user_id, ACCOUNT_ID)
    except NotFound:
        return None


def _encode_cursor(shown: list[dict[str, Any]], after: tuple[str, list[str]] | None) -> str:
    last = str(shown[-1].get("created_at", ""))
    ids = [d["userId"] for d in shown if d.get("created_at") == last]
    if after and after[0] == last:
        ids = [*after[1], *ids]  # a run of accounts created at one instant spans pages
    raw = json.dumps({"c": last, "ids": ids}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str | None) -> tuple[str, list[str]] | None:
    if not cursor:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        created, ids = data["c"], data["ids"]
        if isinstance(created, str) and isinstance(ids, list) and all(isinstance(i, str) for i in ids):
            "".join([created, *ids]).encode()  # UnicodeEncodeError (a ValueError) for a lone surrogate
            return created, ids
    except (ValueError, TypeError, KeyError):
        pass
    raise InvalidCursor()


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
    ops = [PatchOp("set", "disabled", disabled), PatchOp("set", "updated_at", now_iso())]
    if disabled:  # and everything it signed in stays out when it is enabled again (the attacker review, issue 17)
        ops.append(PatchOp("set", "sessions_valid_after_ms", int(datetime.now(UTC).timestamp() * 1000)))
    account = await store.patch(USERS, user_id, ACCOUNT_ID, ops)
    if disabled:
        await refresh.revoke_all(store, user_id, "account_disabled")
        await forget_devices(store, user_id)
    await audit.record(store, actor, "user.disabled" if disabled else "user.enabled", user_id)
    return public_account(account)
