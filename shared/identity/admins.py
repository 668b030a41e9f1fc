"""How someone becomes admin: an operator's CLI command, or the ADMIN_IDENTITIES list. Nothing else.

ADMIN_IDENTITIES lists verified identities, comma-separated: `ms:<tenant id>:<object id>`
(verified by Microsoft's signature) or `email:<address>`, which is honoured only for an
account whose email is verified (local registration does not verify emails today, so a
stranger who registers the address first gains nothing). Every grant and revoke is audited.
An admin may also change roles through the admin API (audited there). Every way in asks for a proven identity:
an account whose address is not confirmed (anyone may have registered it first) is refused the role
(Conflict) until its owner opens the emailed link.
"""

from __future__ import annotations

from typing import Any

from shared.bootstrap import Services
from shared.errors import Conflict, NotFound
from shared.identity import audit
from shared.identity.accounts import find_by_email
from shared.identity.records import ACCOUNT_ID, USERS, address_proven, normalise_email, now_iso
from shared.store.port import DocumentStore, PatchOp

CONFIG_ACTOR = "config:ADMIN_IDENTITIES"


def configured_identities(raw: str) -> frozenset[str]:
    """Parse the ADMIN_IDENTITIES setting: lowercased emails, ms identities as given."""
    out = set()
    for item in (part.strip() for part in raw.split(",")):
        if item.startswith("email:"):
            out.add("email:" + item.removeprefix("email:").strip().lower())
        elif item.startswith("ms:") and item.count(":") == 2:
            out.add(item)
    return frozenset(out)


def _verified_identities(account: dict[str, Any]) -> set[str]:
    identities = {i for i in account.get("identities", []) if i.startswith("ms:")}
    if account.get("email_verified") and account.get("email"):
        identities.add("email:" + account["email"])
    return identities


async def set_roles(store: DocumentStore, user_id: str, roles: list[str], actor: str) -> dict[str, Any]:
    """Set the account's roles (always including `user`) and audit the change. Conflict when it would make
    an admin of an account whose identity nobody proved (a local account with its address not confirmed)."""
    account = await store.read(USERS, user_id, ACCOUNT_ID)
    before = sorted(account.get("roles", []))
    after = sorted({"user", *roles})
    if before == after:
        return account
    if "admin" in after and "admin" not in before and not address_proven(account):
        raise Conflict(
            "This account's email address is not confirmed, so whoever registered it may not own it: it can become "
            "an admin once its owner opens the link emailed to it (or asks for a new one under Account, security)."
        )
    updated = await store.patch(
        USERS, user_id, ACCOUNT_ID, [PatchOp("set", "roles", after), PatchOp("set", "updated_at", now_iso())]
    )
    await audit.record(store, actor, "user.roles_changed", user_id, {"from": before, "to": after})
    return updated


async def apply_configured(services: Services, account: dict[str, Any]) -> dict[str, Any]:
    """At sign-in: grant admin when a verified identity of the account is in ADMIN_IDENTITIES."""
    if "admin" in account.get("roles", []):
        return account
    configured = configured_identities(services.settings.admin_identities)
    if not configured or not configured & _verified_identities(account):
        return account
    await set_roles(services.store, account["userId"], [*account.get("roles", []), "admin"], CONFIG_ACTOR)
    # Remembered, so the role goes when the identity that earned it is unlinked (`drop_configured`).
    return await services.store.patch(USERS, account["userId"], ACCOUNT_ID, [PatchOp("set", "admin_by_identity", True)])


async def drop_configured(services: Services, account: dict[str, Any]) -> dict[str, Any]:
    """After an identity is unlinked: take back an admin role that a configured identity granted when no verified
    identity of the account is configured any more (the attacker review: the role outlived the unlink)."""
    if not account.get("admin_by_identity") or "admin" not in account.get("roles", []):
        return account
    if configured_identities(services.settings.admin_identities) & _verified_identities(account):
        return account
    roles = [r for r in account.get("roles", []) if r != "admin"]
    await set_roles(services.store, account["userId"], roles, CONFIG_ACTOR)
    return await services.store.patch(USERS, account["userId"], ACCOUNT_ID, [PatchOp("remove", "admin_by_identity")])


async def grant_by_email(services: Services, email: str, grant: bool = True) -> str:
    """The CLI's grant-admin / revoke-admin: returns the user id; NotFound if no local account has it."""
    account = await find_by_email(services.store, normalise_email(email))
    if account is None:
        raise NotFound("No account with this email address.")
    roles = set(account.get("roles", []))
    roles = roles | {"admin"} if grant else roles - {"admin"}
    await set_roles(services.store, account["userId"], sorted(roles), "cli")
    return str(account["userId"])
