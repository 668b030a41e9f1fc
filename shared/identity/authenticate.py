"""From the access-token header to a Principal: verify the JWT, then load the account.

The token comes in `X-Vigor-Authorization: Bearer <token>` (what the web app sends) or plain
`Authorization: Bearer <token>` (other clients). When both are present `X-Vigor-Authorization` wins:
an Azure Static Web App's linked backend overwrites `Authorization` with the platform's own token,
so behind it only the custom header still carries ours.

Roles and tier come from the account document, not the token, so a role change or a
disable takes effect on the next request rather than when the token expires.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.bootstrap import Services
from shared.errors import NotFound, Unauthenticated
from shared.identity import activity, consents
from shared.identity.principal import Principal
from shared.identity.records import ACCOUNT_ID, USERS
from shared.identity.tokens import verify_access_token

VIGOR_AUTHORIZATION = "X-Vigor-Authorization"
AUTHORIZATION = "Authorization"


def access_token_header(vigor_authorization: Sequence[str], authorization: Sequence[str]) -> str | None:
    """The header value that carries Vigor's token, from every line of each header: `X-Vigor-Authorization`
    whenever it is present (even blank or bad: a platform token in `Authorization` must never stand in for
    it), else `Authorization`. Unauthenticated naming the header when either comes more than once: which of
    two credentials is meant is ambiguous, and a proxy and a client may each read a different one."""
    for name, values in ((VIGOR_AUTHORIZATION, vigor_authorization), (AUTHORIZATION, authorization)):
        if len(values) > 1:
            raise Unauthenticated(f"`{name}` was sent {len(values)} times; send one access token, once.")
    if vigor_authorization:
        return vigor_authorization[0]
    return authorization[0] if authorization else None


def bearer_token(authorization_header: str | None) -> str:
    """The token of a `Bearer` header; Unauthenticated (naming the headers) when missing or malformed."""
    scheme, _, token = (authorization_header or "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 4096:
        raise Unauthenticated(
            f"Sign in first: send `{VIGOR_AUTHORIZATION}: Bearer <access token>` "
            f"(or `{AUTHORIZATION}: Bearer <access token>`)."
        )
    return token


async def authenticate(services: Services, authorization_header: str | None) -> Principal:
    """The caller, or Unauthenticated (bad/expired token, unknown or disabled account).

    `authorization_header` is the chosen header's value (`access_token_header`)."""
    claims = verify_access_token(services.settings, bearer_token(authorization_header))
    try:
        account = await services.store.read(USERS, claims.user_id, ACCOUNT_ID)
    except NotFound:
        raise Unauthenticated("This account no longer exists.") from None
    if account.get("disabled"):
        raise Unauthenticated("This account is disabled.")
    if claims.session_id and claims.session_id in (account.get("revoked_sessions") or {}):
        raise Unauthenticated("This session has ended; sign in again.")  # signed out (this device or another)
    if claims.issued_at_ms < int(account.get("sessions_valid_after_ms", 0)):
        # Signed out everywhere (a password change or reset, "sign out all"): older access tokens end too.
        raise Unauthenticated("This session has ended; sign in again.")
    await activity.touch(services, account)  # retention counts inactivity from here (at most one write a day)
    return Principal(
        user_id=claims.user_id,
        roles=frozenset(account.get("roles", ["user"])),
        tier=str(account.get("tier", "free")),
        email=str(account.get("email", "")),
        session_id=claims.session_id,
        ai_providers=consents.ai_providers(account),
        health_data=consents.health_data(account),
        second_factor=bool({"otp", "mfa"} & set(claims.amr)),
    )
