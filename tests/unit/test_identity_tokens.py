"""Access tokens: tampering, wrong key, alg none, algorithm confusion, expiry, production key rules."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from shared.config import ConfigError, Settings, load_settings
from shared.errors import Unauthenticated
from shared.identity import tokens
from shared.identity.authenticate import bearer_token


@pytest.fixture
def settings() -> Settings:
    return load_settings()


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _claims(settings: Settings, **over: object) -> dict[str, Any]:
    now = int(time.time())
    base = {"iss": settings.jwt_issuer, "aud": settings.jwt_audience, "iat": now, "exp": now + 600, "sub": "u1"}
    return {**base, "jti": "j1", "roles": ["user"], "tier": "free", **over}


def test_round_trip(settings: Settings) -> None:
    token, lifetime = tokens.issue_access_token(settings, "u1", ["user"], "free")
    claims = tokens.verify_access_token(settings, token)
    assert claims.user_id == "u1" and claims.roles == ("user",) and lifetime == 900
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "HS256"
    payload = jwt.decode(token, options={"verify_signature": False})
    assert set(payload) == {"iss", "aud", "exp", "iat", "sub", "jti", "roles", "tier", "sid", "iat_ms", "amr"}


def test_changed_payload_is_refused(settings: Settings) -> None:
    token, _ = tokens.issue_access_token(settings, "u1", ["user"], "free")
    head, _payload, sig = token.split(".")
    forged = ".".join([head, _b64(_claims(settings, roles=["user", "admin"])), sig])
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, forged)


def test_wrong_key_is_refused(settings: Settings) -> None:
    forged = jwt.encode(_claims(settings), "another-key-that-is-long-enough-0123456789", algorithm="HS256")
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, forged)


def test_alg_none_is_refused(settings: Settings) -> None:
    unsigned = _b64({"alg": "none", "typ": "JWT"}) + "." + _b64(_claims(settings)) + "."
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, unsigned)
    unsigned_with_sig = jwt.encode(_claims(settings), "", algorithm="none")  # PyJWT reads "" as no key (None)
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, unsigned_with_sig)


def test_rs256_and_other_hmac_sizes_are_refused(settings: Settings) -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, jwt.encode(_claims(settings), private, algorithm="RS256"))
    # Confusion: an HS256 token whose "secret" is a public key must not pass either.
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    signing_input = _b64({"alg": "HS256", "typ": "JWT"}) + "." + _b64(_claims(settings))
    mac = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
    forged = signing_input + "." + base64.urlsafe_b64encode(mac).decode().rstrip("=")
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, forged)
    key = tokens.signing_key(settings)
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, jwt.encode(_claims(settings), key, algorithm="HS512"))


@pytest.mark.parametrize(
    "change",
    [
        {"exp": int(time.time()) - 3600},
        {"iss": "someone-else"},
        {"aud": "another-api"},
        {"sub": None},
        {"jti": None},
        {"iat": None},
    ],
)
def test_expired_or_wrong_claims_are_refused(settings: Settings, change: dict[str, object]) -> None:
    claims = {k: v for k, v in _claims(settings, **change).items() if v is not None}
    token = jwt.encode(claims, tokens.signing_key(settings), algorithm="HS256")
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(settings, token)


@pytest.mark.parametrize("header", [None, "", "Bearer", "Basic abc", "Bearer  ", "bearer " + "x" * 5000])
def test_malformed_authorization_headers(header: str | None) -> None:
    with pytest.raises(Unauthenticated):
        bearer_token(header)


def test_generated_key_survives_restarts_and_is_private(settings: Settings, isolated_settings: Path) -> None:
    tokens._keys.clear()
    first = tokens.signing_key(settings)
    tokens._keys.clear()
    assert tokens.signing_key(settings) == first and len(first) >= 32
    key_file = isolated_settings / tokens.KEY_FILE
    assert key_file.stat().st_mode & 0o077 == 0


def test_production_requires_a_strong_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGOR_ENV", "production")
    monkeypatch.setenv("TOTP_ENCRYPTION_KEYS", "k1:" + "t" * 64)  # also required there (test_identity_totp_at_rest)
    monkeypatch.delenv("JWT_SIGNING_KEY", raising=False)
    with pytest.raises(ConfigError, match="JWT_SIGNING_KEY"):
        load_settings()
    monkeypatch.setenv("JWT_SIGNING_KEY", "short")
    with pytest.raises(ConfigError, match="JWT_SIGNING_KEY"):
        load_settings()
    monkeypatch.setenv("JWT_SIGNING_KEY", "k" * 64)
    assert load_settings().jwt_signing_key == "k" * 64


def test_a_verified_token_is_still_refused_once_it_expires(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    token, lifetime = tokens.issue_access_token(settings, "u1", ["user"], "free")
    assert tokens.verify_access_token(settings, token).user_id == "u1"
    assert tokens.verify_access_token(settings, token).user_id == "u1"  # answered from the verified tokens
    later = time.time() + lifetime + tokens.LEEWAY_S + 1
    monkeypatch.setattr("shared.identity.tokens.time.time", lambda: later)
    with pytest.raises(Unauthenticated, match="expired"):
        tokens.verify_access_token(settings, token)


def test_a_verified_token_is_refused_after_the_signing_key_changes(settings: Settings) -> None:
    first = settings.model_copy(update={"jwt_signing_key": "k" * 48})
    token, _ = tokens.issue_access_token(first, "u1", ["user"], "free")
    assert tokens.verify_access_token(first, token).user_id == "u1"
    rotated = first.model_copy(update={"jwt_signing_key": "r" * 48})
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(rotated, token)
    other_audience = first.model_copy(update={"jwt_audience": "someone-else"})
    with pytest.raises(Unauthenticated):
        tokens.verify_access_token(other_audience, token)


def test_verified_tokens_are_bounded(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "VERIFIED_CACHE_SIZE", 3)
    monkeypatch.setattr(tokens, "_verified", {})
    issued = [tokens.issue_access_token(settings, f"u{i}", ["user"], "free")[0] for i in range(5)]
    for token in issued:
        tokens.verify_access_token(settings, token)
    assert len(tokens._verified) == 3
    assert [tokens.verify_access_token(settings, t).user_id for t in issued] == [f"u{i}" for i in range(5)]
