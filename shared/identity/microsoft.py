"""Sign in with Microsoft (Entra ID / External ID): msal's auth-code flow with PKCE, server side.

`begin` asks msal for a flow (state, nonce, PKCE verifier), keeps it in the store for ten
minutes under the hash of its state, and binds it to the browser with a random value the
router puts in a short-lived httpOnly cookie. `complete` takes the flow out (once only),
checks the cookie binding, lets msal check state and nonce and redeem the code, then
validates the ID token itself: msal >= 1.38 only decodes it. Checked here: RS256
signature against the provider's JWKS, issuer, audience, expiry, nonce, tid and oid.
The user is found or created by (tid, oid), never by email.
"""

from __future__ import annotations

import asyncio
import hmac
import re
import secrets
import warnings
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jwt
import msal
import requests

from shared.bootstrap import Services
from shared.config import Settings
from shared.errors import Conflict, Forbidden, NotFound, PreconditionFailed, Unauthenticated, Unavailable
from shared.identity import admins, audit, mail, refresh
from shared.identity.microsoft_client import MicrosoftClient, client_for
from shared.identity.records import (
    ACCOUNT_ID,
    MS_FLOW_TTL_S,
    SYSTEM,
    USERS,
    ms_identity,
    new_account,
    new_user_id,
    now_iso,
    require_verified_email,
    sha256,
    system_doc,
    two_factor_on,
)
from shared.metrics import events as metric_events
from shared.store.port import Filter, PatchOp, Query, etag_of

FLOW_TTL_S = MS_FLOW_TTL_S
_FAILED = "Sign-in with Microsoft did not complete; please try again."
LINK = "link a Microsoft account"
_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def configured(settings: Settings) -> bool:
    return settings.microsoft_configured


async def _client(services: Services) -> MicrosoftClient:
    try:
        return await asyncio.to_thread(client_for, services.settings, services.caches.microsoft)
    except (requests.RequestException, ValueError, KeyError):
        raise Unavailable("Sign-in with Microsoft is unreachable right now; try again later.") from None


def _guard(account: dict[str, Any]) -> dict[str, Any]:
    """What must not change between the start and the end of a link: a password reset or change, a sign-out
    everywhere, two-step turned on (the attacker review: a link begun with a stolen password finished after the
    owner had secured the account)."""
    return {
        "stamp": str(account.get("security_stamp", "")),
        "valid_after": int(account.get("sessions_valid_after_ms", 0)),
        "two_factor": two_factor_on(account),
    }


async def begin(services: Services, link: dict[str, Any] | None = None) -> tuple[str, str]:
    """Start a sign-in: returns (the provider's authorize URL, the browser binding for the cookie). `link`: the
    signed-in user's account (its password re-entered) that the Microsoft identity joins (`link_identity`)."""
    if link is not None:  # a squatter's Microsoft sign-in would outlive the owner's password reset
        require_verified_email(link, LINK)
    client = await _client(services)
    with warnings.catch_warnings():
        # msal recommends form_post; we keep query: a cross-site POST would not carry the SameSite=Lax
        # flow cookie, and state + nonce + PKCE + the cookie binding already protect the code.
        warnings.filterwarnings("ignore", message="response_mode='form_post'", category=UserWarning)
        flow = client.app.initiate_auth_code_flow(
            scopes=[], redirect_uri=services.settings.microsoft_redirect_uri, response_mode="query"
        )
    binding = secrets.token_urlsafe(32)
    key = "msflow:" + sha256(flow["state"])
    await services.store.create(
        SYSTEM,
        system_doc(
            key, type="ms_flow", flow=flow, binding=sha256(binding), ttl=FLOW_TTL_S,
            link=None if link is None else str(link["userId"]), guard=None if link is None else _guard(link),
        ),
    )  # fmt: skip
    return str(flow["auth_uri"]), binding


async def _take_flow(services: Services, state: str, binding: str | None) -> dict[str, Any]:
    """The stored flow document for this state, deleted as it is read so it can be used once only."""
    if not state or len(state) > 256:
        raise Unauthenticated(_FAILED)
    key = "msflow:" + sha256(state)
    try:
        doc = await services.store.read(SYSTEM, key, key)
        # The binding first: someone holding only the state cannot spend another browser's flow.
        if not binding or not hmac.compare_digest(sha256(binding), str(doc.get("binding", ""))):
            raise Unauthenticated(_FAILED)
        await services.store.delete(SYSTEM, key, key, if_match=etag_of(doc))
    except (NotFound, PreconditionFailed):
        raise Unauthenticated(_FAILED) from None
    return doc


def _redeem(client: MicrosoftClient, flow: dict[str, Any], params: dict[str, str]) -> dict[str, Any]:
    try:
        result = client.app.acquire_token_by_auth_code_flow(flow, params)
    except (ValueError, RuntimeError):  # state mismatch, nonce mismatch, malformed response
        raise Unauthenticated(_FAILED) from None
    if not isinstance(result, dict) or "error" in result or not result.get("id_token"):
        raise Unauthenticated(_FAILED)
    return client.validate_id_token(str(result["id_token"]), expected_nonce=sha256(str(flow["nonce"])))


def sign_in_methods(settings: Settings, claims: dict[str, Any]) -> tuple[str, ...]:
    """How a Microsoft sign-in counts (RFC 8176 `amr`): "mfa" (a second factor passed, so admin work opens without
    Vigor's own code) when the ID token's own `amr` claim says so. An `amr` without "mfa" is a sign-in Microsoft
    says was made without one: it does not count, whatever the authority. With no `amr` (Entra's v2.0 ID tokens
    leave it out, MicrosoftDocs/azure-docs #85021): with one organisation's tenant as the authority its Conditional
    Access owns multi-factor and the sign-in counts; with a multi-tenant one (the default `/common`) a personal
    account's password alone may sign in, so it does not (the attacker review)."""
    amr = claims.get("amr")
    if isinstance(amr, list):
        return ("ms", "mfa") if "mfa" in amr else ("ms",)
    return ("ms", "mfa") if settings.microsoft_single_tenant else ("ms",)


@dataclass(frozen=True)
class Completed:
    """A finished flow: the account signed in to, or (`linked`) the account the identity was linked to."""

    account: dict[str, Any]
    linked: bool = False
    methods: tuple[str, ...] = ("ms",)  # how the person signed in (`sign_in_methods`)


async def complete(services: Services, params: dict[str, str], binding: str | None) -> Completed:
    """Finish a sign-in (or a link, when the flow was started by `begin(link=...)`) from the callback's query
    parameters: the (found or new) account, or the linked one."""
    doc = await _take_flow(services, params.get("state", ""), binding)
    client = await _client(services)
    try:
        claims = await asyncio.to_thread(_redeem, client, dict(doc["flow"]), params)
    except (jwt.PyJWTError, msal.exceptions.MsalError, requests.RequestException, KeyError):
        raise Unauthenticated(_FAILED) from None
    tid, oid = str(claims.get("tid", "")), str(claims.get("oid", ""))
    if not _ID.match(tid) or not _ID.match(oid):
        raise Unauthenticated(_FAILED)
    if doc.get("link"):
        linked = await link_identity(services, str(doc["link"]), tid, oid, doc.get("guard") or {})
        return Completed(linked, linked=True)
    methods = sign_in_methods(services.settings, claims)
    return Completed(await find_or_create(services, tid, oid, claims), methods=methods)


async def link_identity(
    services: Services, user_id: str, tid: str, oid: str, guard: dict[str, Any]
) -> dict[str, Any]:  # fmt: skip
    """Join the Microsoft identity (tid, oid) to `user_id`'s account, so either sign-in opens it. Both sign-ins
    were made: the password when the link began (`guard`: the account's sign-in state then), Microsoft's now.
    Unauthenticated when the account's sign-in changed since (a reset, sign-out everywhere, two-step turned on) or
    it is disabled; Conflict when the identity already opens another Vigor account."""
    store, key = services.store, ms_identity(tid, oid)
    try:
        account = await store.read(USERS, user_id, ACCOUNT_ID)
    except NotFound:  # deleted while the link was begun
        raise Unauthenticated(_FAILED) from None
    if account.get("disabled") or _guard(account) != guard:
        raise Unauthenticated("This account's sign-in changed after the link was started: start it again.")
    try:
        await store.create(SYSTEM, system_doc(key, type="identity_link", userId=user_id, created_at=now_iso()))
    except Conflict:
        link = await store.read(SYSTEM, key, key)
        if link.get("userId") != user_id:
            raise Conflict(
                "This Microsoft account already signs in to another Vigor account. Delete that account, or sign in "
                "to it and unlink Microsoft there, then try again."
            ) from None
    for _ in range(5):  # the identities list is patched against its ETag: a racing link or unlink is never lost
        account = await store.read(USERS, user_id, ACCOUNT_ID)
        if key in account.get("identities", []):
            return account
        identities = [*account.get("identities", []), key]
        try:
            account = await store.patch(
                USERS, user_id, ACCOUNT_ID, [PatchOp("set", "identities", identities)], if_match=etag_of(account)
            )
        except PreconditionFailed:
            continue
        await audit.record(store, user_id, "identity.linked", user_id, {"provider": "microsoft"})
        await mail.enqueue(services, kind="notice", user_id=user_id, notice="microsoft_linked")
        return account
    raise Unavailable("The account is changing; try again.")


async def unlink_identity(services: Services, account: dict[str, Any]) -> dict[str, Any]:
    """Remove the account's Microsoft identities (the caller proved the password first), found by their link
    documents as well as the account's list, so a link written by a racing request goes too; every sign-in made
    with Microsoft ends, and an admin role granted by a configured Microsoft identity goes with it. NotFound when
    none is linked."""
    store, user_id = services.store, str(account["userId"])
    query = Query(filters=(Filter("type", "eq", "identity_link"), Filter("userId", "eq", user_id)), limit=100)
    documents = {str(d["id"]) for d in (await store.query(SYSTEM, query)).items if str(d["id"]).startswith("ms:")}
    linked = documents | {i for i in account.get("identities", []) if i.startswith("ms:")}
    if not linked:
        raise NotFound("No Microsoft account is linked.")
    for key in linked:
        try:
            await store.delete(SYSTEM, key, key)
        except NotFound:
            pass  # already gone (an interrupted unlink)
    identities = [i for i in account.get("identities", []) if not i.startswith("ms:")]
    account = await store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "identities", identities)])
    await refresh.revoke_by_method(store, user_id, "ms", "microsoft_unlinked")
    account = await admins.drop_configured(services, account)
    await audit.record(store, user_id, "identity.unlinked", user_id, {"provider": "microsoft"})
    await mail.enqueue(services, kind="notice", user_id=user_id, notice="microsoft_unlinked")
    return account


async def find_or_create(services: Services, tid: str, oid: str, claims: dict[str, Any]) -> dict[str, Any]:
    """The account linked to (tid, oid), created on first sign-in (a lost create race reads the winner)."""
    store = services.store
    key = ms_identity(tid, oid)
    for _ in range(3):
        try:
            link = await store.read(SYSTEM, key, key)
        except NotFound:
            user_id = new_user_id()
            try:
                await store.create(SYSTEM, system_doc(key, type="identity_link", userId=user_id, created_at=now_iso()))
            except Conflict:
                continue
            email = str(claims.get("email") or claims.get("preferred_username") or "").strip().lower()[:254]
            name = str(claims.get("name") or "").strip()[:80]
            account = await store.create(USERS, new_account(user_id, email, name, None, key))
            await audit.record(store, user_id, "account.register", user_id, {"method": "microsoft"})
            await metric_events.signed_up(store, user_id, datetime.fromisoformat(str(account["created_at"])))
            return account
        try:
            account = await store.read(USERS, link["userId"], ACCOUNT_ID)
        except NotFound:  # a link left by an interrupted deletion: drop it and start over
            await store.delete(SYSTEM, key, key)
            continue
        if key not in account.get("identities", []):  # left by an interrupted unlink: it opens nothing
            await store.delete(SYSTEM, key, key)
            continue
        if account.get("disabled"):
            raise Forbidden("This account is disabled.")
        return account
    raise Unauthenticated(_FAILED)
