"""Vigor's access tokens: short-lived HS256 JWTs.

Claims: iss, aud, exp, iat, sub (user id), jti, roles, tier. Verification pins the
algorithm to HS256 (so `none`, RS256/HS256 confusion and other HMAC sizes are refused) and
requires every registered claim. Roles and tier in the token are hints for clients:
`authenticate` reloads them from the account on every request.

The signing key comes from JWT_SIGNING_KEY (a Key Vault reference in Azure; required in
production, checked at start by `shared.config`). Outside production an empty setting
means: generate a random key once and keep it in the data dir, so restarts keep sessions.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
from jwt.algorithms import HMACAlgorithm
from jwt.utils import force_bytes

from shared.config import Settings
from shared.errors import Unauthenticated

ALGORITHM = "HS256"
KEY_FILE = "jwt-signing.key"
LEEWAY_S = 10
VERIFIED_CACHE_SIZE = 4096
_REQUIRED = ["iss", "aud", "exp", "iat", "sub", "jti"]
_keys: dict[Path, bytes] = {}


class _PreparedHmac(HMACAlgorithm):
    """HS256 that checks a key once: PyJWT's `prepare_key` tries to load every HMAC key as PEM, SSH
    and DER (asymmetric keys must not be HMAC secrets), a third of an authenticated GET's CPU when
    done per request. Same checks, same errors; only successful results are remembered."""

    @functools.lru_cache(maxsize=16)  # noqa: B019 - one instance for the process, a few keys at most
    def _prepared(self, key: bytes) -> bytes:
        return super().prepare_key(key)

    def prepare_key(self, key: str | bytes) -> bytes:
        return self._prepared(force_bytes(key))


_decoder = jwt.PyJWT()
_decoder._jws.unregister_algorithm(ALGORITHM)
_decoder._jws.register_algorithm(ALGORITHM, _PreparedHmac(HMACAlgorithm.SHA256))


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    roles: tuple[str, ...]
    tier: str
    jti: str
    expires_at: int
    issued_at_ms: int = 0  # when it was issued, in epoch milliseconds (a sign-out-everywhere compares it)
    session_id: str = ""  # the refresh family this token was issued with ("" for tokens from before it)
    amr: tuple[str, ...] = ("pwd",)  # how the sign-in was made (RFC 8176 method references)


def local_key(path: Path) -> bytes:
    """Read the data dir's key, creating it atomically when missing (concurrent first starts agree)."""
    if path not in _keys:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)  # fails if another process won the race: use its key
            tmp.unlink(missing_ok=True)
        _keys[path] = path.read_text().strip().encode()
    return _keys[path]


def signing_key(settings: Settings) -> bytes:
    """The HMAC key: the configured one, or (outside production) the data dir's generated one."""
    if settings.jwt_signing_key:
        return settings.jwt_signing_key.encode()
    if settings.environment == "production":  # also refused at start by Settings; defence in depth
        raise RuntimeError("JWT_SIGNING_KEY is required in production")
    return local_key(settings.resolved_data_dir() / KEY_FILE)


def sign_in_methods(value: object) -> tuple[str, ...]:
    """RFC 8176 method references as stored in a token or a refresh family (a list; "pwd" when absent)."""
    return tuple(str(m) for m in value[:4]) if isinstance(value, list) else ("pwd",)


def issue_access_token(
    settings: Settings, user_id: str, roles: list[str], tier: str, session_id: str = "", amr: tuple[str, ...] = ("pwd",)
) -> tuple[str, int]:
    """A signed access token and its lifetime in seconds; `session_id` names its sign-in (refresh family), `amr`
    how it was signed in (RFC 8176: "pwd", "otp" for a second factor, "ms" for Microsoft)."""
    now = int(time.time())
    lifetime = settings.access_token_minutes * 60
    claims: dict[str, Any] = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": now,
        "exp": now + lifetime,
        "sub": user_id,
        "jti": uuid.uuid4().hex,
        "roles": sorted(roles),
        "tier": tier,
        "sid": session_id,
        "iat_ms": int(time.time() * 1000),  # `iat` is whole seconds: too coarse to order a token and a sign-out
        "amr": list(amr),
    }
    return jwt.encode(claims, signing_key(settings), algorithm=ALGORITHM, headers={"typ": "JWT"}), lifetime


# Tokens already verified, with the key, issuer and audience they were verified against. A client
# sends the same token on every request for its 15 minutes; checking its signature and claims again
# each time was a tenth of a simple GET's CPU. Expiry is still checked on every use. Bounded: the
# oldest entries go first.
_verified: dict[tuple[bytes, str, str, str], AccessClaims] = {}


def verify_access_token(settings: Settings, token: str) -> AccessClaims:
    """Verify signature, algorithm and claims; Unauthenticated on anything wrong (no detail leaks)."""
    cache_key = (signing_key(settings), settings.jwt_issuer, settings.jwt_audience, token)
    known = _verified.get(cache_key)
    if known is not None:
        if time.time() > known.expires_at + LEEWAY_S:
            _verified.pop(cache_key, None)
            raise Unauthenticated("The access token has expired; refresh it.")
        return known
    claims = _verify(settings, cache_key[0], token)
    if len(_verified) >= VERIFIED_CACHE_SIZE:
        _verified.pop(next(iter(_verified)), None)
    _verified[cache_key] = claims
    return claims


def _verify(settings: Settings, key: bytes, token: str) -> AccessClaims:
    try:
        claims = _decoder.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": _REQUIRED, "verify_signature": True},
            leeway=LEEWAY_S,
        )
    except jwt.ExpiredSignatureError:
        raise Unauthenticated("The access token has expired; refresh it.") from None
    except jwt.PyJWTError:
        raise Unauthenticated("The access token is not valid.") from None
    roles = claims.get("roles", [])
    if not isinstance(claims["sub"], str) or not claims["sub"] or not isinstance(roles, list):
        raise Unauthenticated("The access token is not valid.")
    return AccessClaims(
        user_id=claims["sub"],
        roles=tuple(str(r) for r in roles),
        tier=str(claims.get("tier", "free")),
        jti=str(claims["jti"]),
        expires_at=int(claims["exp"]),
        issued_at_ms=int(claims["iat_ms"]) if isinstance(claims.get("iat_ms"), int) else int(claims["iat"]) * 1000,
        session_id=str(claims.get("sid") or ""),
        amr=sign_in_methods(claims.get("amr")),
    )
