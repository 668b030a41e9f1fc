"""The msal client and the provider's metadata and signing keys, built once per configuration.

An authority on a Microsoft login host (login.microsoftonline.com ...) is passed to msal
as `authority`; any other (External ID custom domains, a test provider) as `oidc_authority`,
which reads `<authority>/.well-known/openid-configuration`. msal's token cache is disabled:
Vigor only signs users in and issues its own tokens, so it never keeps Microsoft tokens.
"""

from __future__ import annotations

import functools
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import jwt
import msal
import requests

from shared.config import Settings

MICROSOFT_HOSTS = frozenset(
    {"login.microsoftonline.com", "login.microsoft.com", "login.windows.net", "login.microsoftonline.us"}
)
HTTP_TIMEOUT_S = 10
JWKS_MAX_AGE_S = 3600
CLOCK_SKEW_S = 60


class _NoTokenCache(msal.TokenCache):  # type: ignore[misc]  # msal is untyped
    """Keeps nothing: Microsoft's tokens are not needed after sign-in and must not pile up in memory."""

    def add(self, event: dict[str, Any], now: int | None = None) -> None:
        return None


@dataclass
class MicrosoftClient:
    app: msal.ConfidentialClientApplication
    http: requests.Session
    metadata: dict[str, Any]
    client_id: str
    _jwks: dict[str, Any] = field(default_factory=dict)
    _jwks_at: float = 0.0

    def _signing_key(self, kid: str) -> Any:
        if kid not in self._jwks or time.time() - self._jwks_at > JWKS_MAX_AGE_S:
            response = self.http.get(self.metadata["jwks_uri"])
            response.raise_for_status()
            keys = jwt.PyJWKSet.from_dict(response.json())
            self._jwks = {k.key_id: k for k in keys.keys if k.key_id}
            self._jwks_at = time.time()
        if kid not in self._jwks:
            raise jwt.InvalidKeyError("unknown signing key")
        return self._jwks[kid]

    def validate_id_token(self, id_token: str, expected_nonce: str) -> dict[str, Any]:
        """Signature (RS256, provider's JWKS), issuer, audience, expiry, nonce; raises jwt.PyJWTError."""
        header = jwt.get_unverified_header(id_token)
        if header.get("alg") != "RS256":
            raise jwt.InvalidAlgorithmError("the ID token must be RS256")
        key = self._signing_key(str(header.get("kid", "")))
        claims: dict[str, Any] = jwt.decode(
            id_token,
            key,
            algorithms=["RS256"],
            audience=self.client_id,
            options={"require": ["iss", "aud", "exp", "iat", "sub"], "verify_iss": False},
            leeway=CLOCK_SKEW_S,
        )
        issuer = str(self.metadata.get("issuer", "")).replace("{tenantid}", str(claims.get("tid", "")))
        if not issuer or claims.get("iss") != issuer:
            raise jwt.InvalidIssuerError("unexpected issuer")
        if claims.get("nonce") != expected_nonce:
            raise jwt.InvalidTokenError("nonce mismatch")
        return claims


_lock = threading.Lock()


def client_for(settings: Settings, clients: dict[tuple[str, str, str], Any]) -> MicrosoftClient:
    """The client for these settings, kept in `clients` (the Services' cache; blocking: discovery over
    HTTP on first use; call in a thread)."""
    cache_key = (settings.microsoft_authority, settings.microsoft_client_id, settings.microsoft_client_secret)
    with _lock:
        if cache_key not in clients:
            clients[cache_key] = _build(settings)
        found: MicrosoftClient = clients[cache_key]
        return found


def _build(settings: Settings) -> MicrosoftClient:
    http = requests.Session()
    http.request = functools.partial(http.request, timeout=HTTP_TIMEOUT_S)  # type: ignore[method-assign]
    authority = settings.microsoft_authority
    on_microsoft = (urlparse(authority).hostname or "") in MICROSOFT_HOSTS
    where: dict[str, str] = {"authority": authority} if on_microsoft else {"oidc_authority": authority}
    app = msal.ConfidentialClientApplication(
        settings.microsoft_client_id,
        client_credential=settings.microsoft_client_secret,
        http_client=http,
        token_cache=_NoTokenCache(),
        **where,
    )
    discovery = authority + ("/v2.0" if on_microsoft else "") + "/.well-known/openid-configuration"
    response = http.get(discovery)
    response.raise_for_status()
    return MicrosoftClient(app=app, http=http, metadata=response.json(), client_id=settings.microsoft_client_id)
