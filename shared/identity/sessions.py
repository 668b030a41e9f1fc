"""Sign-in sessions: an access token plus a refresh-token family, issued, renewed, ended."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound, Unauthenticated
from shared.identity import admins, refresh
from shared.identity.records import ACCOUNT_ID, USERS
from shared.identity.tokens import issue_access_token


@dataclass(frozen=True)
class Session:
    access_token: str
    expires_in: int
    refresh_token: str
    refresh_max_age: int
    account: dict[str, Any]


def _access(services: Services, account: dict[str, Any]) -> tuple[str, int]:
    return issue_access_token(
        services.settings, account["userId"], list(account.get("roles", ["user"])), str(account.get("tier", "free"))
    )


async def start(services: Services, account: dict[str, Any]) -> Session:
    """After a successful sign-in: apply configured admin grants, issue both tokens."""
    account = await admins.apply_configured(services, account)
    issued = await refresh.start_family(
        services.store, account["userId"], services.settings.refresh_token_days, services.clock().timestamp()
    )
    token, lifetime = _access(services, account)
    return Session(token, lifetime, issued.token, issued.max_age, account)


async def renew(services: Services, refresh_token: str) -> Session:
    """Rotate the refresh token and issue a new access token (the account must still be active).

    Concurrent renewals with one token (two tabs, a restored session) all succeed within the grace window."""
    issued = await refresh.rotate(
        services.store, refresh_token, services.clock().timestamp(), services.settings.refresh_reuse_grace_s
    )
    try:
        account = await services.store.read(USERS, issued.user_id, ACCOUNT_ID)
    except NotFound:
        raise Unauthenticated("This account no longer exists.") from None
    if account.get("disabled"):
        await refresh.revoke_token(services.store, issued.token)
        raise Unauthenticated("This account is disabled.")
    token, lifetime = _access(services, account)
    return Session(token, lifetime, issued.token, issued.max_age, account)


async def end(services: Services, refresh_token: str | None, user_id: str) -> None:
    """Logout: revoke the caller's refresh family (no error for a missing, unknown or foreign token)."""
    if refresh_token and refresh_token.startswith(f"{user_id}."):
        await refresh.revoke_token(services.store, refresh_token)
