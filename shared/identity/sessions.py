"""Sign-in sessions: an access token plus a refresh-token family, issued, renewed, ended."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound, Unauthenticated
from shared.identity import activity, admins, refresh
from shared.identity.records import ACCOUNT_ID, USERS
from shared.identity.tokens import issue_access_token
from shared.store.documents import MAX_PATCH_OPS
from shared.store.port import PatchOp


@dataclass(frozen=True)
class Session:
    access_token: str
    expires_in: int
    refresh_token: str
    refresh_max_age: int
    account: dict[str, Any]


def _access(services: Services, account: dict[str, Any], family: str, amr: tuple[str, ...]) -> tuple[str, int]:
    roles, tier = list(account.get("roles", ["user"])), str(account.get("tier", "free"))
    return issue_access_token(services.settings, account["userId"], roles, tier, family, amr)


async def start(
    services: Services, account: dict[str, Any], device: str = "", amr: tuple[str, ...] = ("pwd",)
) -> Session:
    """After a successful sign-in: apply configured admin grants, issue both tokens (`device`: the client's
    User-Agent, shortened, for the user's list of sign-ins; `amr`: how the person signed in). A sign-in is use of
    the account: it counts for the retention schedule and clears an inactivity warning (`activity.touch`)."""
    account = await admins.apply_configured(services, account)
    await activity.touch(services, account)
    issued = await refresh.start_family(
        services.store, account["userId"], services.settings.refresh_token_days, services.clock().timestamp(),
        device_label(device), amr,
    )  # fmt: skip
    token, lifetime = _access(services, account, issued.family, amr)
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
    if issued.started_ms < int(account.get("sessions_valid_after_ms", 0)):
        # A sign-in older than the last "sign out everywhere" (a password change or reset) that renewed while it
        # was being revoked: it ends now (the attacker review raced refreshes against a password change).
        await refresh.revoke_token(services.store, issued.token)
        raise Unauthenticated("This session has ended; sign in again.")
    await activity.touch(services, account)  # a kept sign-in is use too (the web app refreshes as it opens)
    token, lifetime = _access(services, account, issued.family, issued.amr)
    return Session(token, lifetime, issued.token, issued.max_age, account)


def device_label(user_agent: str) -> str:
    """A short, readable client description from a User-Agent ("Chrome on Android", "Firefox on Windows");
    the raw header otherwise, cut to 60 characters."""
    ua = user_agent or ""
    browser = next((name for key, name in _BROWSERS if key in ua), "")
    system = next((name for key, name in _SYSTEMS if key in ua), "")
    if browser and system:
        return f"{browser} on {system}"
    return (browser or system or ua)[:60]


_BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"),
             ("Safari/", "Safari"), ("python-httpx", "API client"), ("curl/", "curl"))  # fmt: skip
_SYSTEMS = (("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
            ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"))  # fmt: skip


async def end(services: Services, refresh_token: str | None, user_id: str, session_id: str = "") -> None:
    """Logout: revoke the caller's refresh family (no error for a missing, unknown or foreign token) and end
    this sign-in's access token at once (`revoke_access`)."""
    if refresh_token and refresh_token.startswith(f"{user_id}."):
        await refresh.revoke_token(services.store, refresh_token)
    if session_id:
        await revoke_access(services, user_id, session_id)


async def revoke_access(services: Services, user_id: str, *session_ids: str) -> None:
    """End the access tokens of sign-ins before they expire: the account (read on every request) lists each
    sign-in until its last token would have expired. Entries past that are dropped as new ones are added."""
    now = services.clock().timestamp()
    try:
        account = await services.store.read(USERS, user_id, ACCOUNT_ID)
    except NotFound:
        return
    listed = account.get("revoked_sessions") or {}
    ops = [PatchOp("remove", f"revoked_sessions.{sid}") for sid, until in listed.items() if float(until) < now]
    if "revoked_sessions" not in account:
        ops = [PatchOp("set", "revoked_sessions", {})]
    until = int(now) + services.settings.access_token_minutes * 60 + 60
    ended = [PatchOp("set", f"revoked_sessions.{sid}", until) for sid in dict.fromkeys(session_ids) if sid]
    if not ended:
        return
    # One key per operation (never the whole map: two sign-outs at once must not undo each other), in patches of at
    # most MAX_PATCH_OPS (Cosmos DB's limit): turning two-step on ends every sign-in, and a person may have dozens.
    done = [*ops, *ended]
    for start in range(0, len(done), MAX_PATCH_OPS):
        await services.store.patch(USERS, user_id, ACCOUNT_ID, done[start : start + MAX_PATCH_OPS])


async def end_all(services: Services, user_id: str, reason: str, *also: str) -> int:
    """End every sign-in of the user at once: each live refresh family is revoked and its access tokens stop working
    (`revoke_access`), as do those of the sign-ins `also` names (the caller's own); returns how many families ended.
    Unlike `sessions_valid_after_ms` it names sign-ins, so a sign-in started right after is never caught by a clock
    that differs from the tokens' (a test's, or a skewed instance's)."""
    live = [s.id for s in await refresh.active_families(services.store, user_id, 0)]
    for family in live:
        await refresh.revoke_family(services.store, user_id, family, reason)
    await revoke_access(services, user_id, *live, *also)
    return len(live)
