"""Account secrets encrypted at rest (the TOTP secret), under a key ring that can be rotated.

    sealed = seal(settings, user_id, secret)      "v1.<key id>.<base64url(nonce | AES-256-GCM ciphertext)>"
    secret = open_secret(settings, user_id, sealed)
    stale(settings, value) -> bool                 plaintext, or sealed under a key that is no longer current

Keys come from `Settings.totp_encryption_keys` ("id:key,id:key", the first encrypts, all decrypt; in Azure a Key
Vault reference like every other secret); outside production an empty setting means one key generated in the
data dir (id "local"). Each key is at least 32 bytes of random text, stretched to an AES-256 key with HKDF-SHA256.
The box is bound to its account (the user id is the associated data), so a box copied into another account does
not open. Values written before encryption (a bare base32 secret) still open, and `stale` says so: sign-in seals
them again under the current key, and `reseal_all` (`python -m shared.cli reseal-secrets`, also the daily
maintenance run) does it for every account, so an old key can be retired once that run reports none left.

A stored box whose key id is not configured raises `Unavailable` (503, the operator removed a key too early),
never a silent sign-in failure. OWASP ASVS 4.0 6.2.1 and 2.9.2 (authenticator secrets protected at rest).
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shared.config import Settings
from shared.errors import Unavailable
from shared.identity.tokens import local_key

log = logging.getLogger("vigor.identity")

VERSION = "v1"
LOCAL_KEY_ID = "local"
KEY_FILE = "totp-encryption.key"
_NONCE_BYTES = 12
_INFO = b"vigor account secret v1"


def parse_key_ring(value: str) -> list[tuple[str, str]]:
    """[(key id, key text)] from "id:key,id:key" (ValueError naming the problem: an id of 1-32 lower-case letters,
    digits or dashes, unique; a key of at least 32 bytes)."""
    ring: list[tuple[str, str]] = []
    for item in (part.strip() for part in value.split(",")):
        if not item:
            continue
        kid, sep, key = item.partition(":")
        if not sep or not kid or len(kid) > 32 or not all(c.isascii() and (c.isalnum() or c == "-") for c in kid):
            raise ValueError("each entry must be 'id:key' with an id of 1-32 letters, digits or dashes")
        if kid != kid.lower() or any(kid == known for known, _ in ring):
            raise ValueError(f"key id '{kid}' must be lower case and used once")
        if len(key.encode()) < 32:
            raise ValueError(f"key '{kid}' must be at least 32 bytes (use a random 64-character string)")
        ring.append((kid, key))
    return ring


@lru_cache(maxsize=16)
def _aes(key_text: str) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(key_text.encode())
    return AESGCM(key)


def _ring(settings: Settings) -> list[tuple[str, str]]:
    ring = parse_key_ring(settings.totp_encryption_keys)
    if ring:
        return ring
    if settings.environment == "production":  # also refused at start by Settings; defence in depth
        raise Unavailable("Two-step sign-in is not available: the server has no TOTP_ENCRYPTION_KEYS.")
    return [(LOCAL_KEY_ID, local_key(settings.resolved_data_dir() / KEY_FILE).decode())]


def current_key_id(settings: Settings) -> str:
    return _ring(settings)[0][0]


def _aad(user_id: str) -> bytes:
    return f"vigor-totp:{user_id}".encode()


def seal(settings: Settings, user_id: str, secret: str) -> str:
    """`secret` encrypted under the current key for this account."""
    kid, key = _ring(settings)[0]
    nonce = secrets.token_bytes(_NONCE_BYTES)
    box = _aes(key).encrypt(nonce, secret.encode(), _aad(user_id))
    return f"{VERSION}.{kid}.{base64.urlsafe_b64encode(nonce + box).decode().rstrip('=')}"


def is_sealed(value: str) -> bool:
    return value.startswith(VERSION + ".")


def open_secret(settings: Settings, user_id: str, value: str) -> str:
    """The secret in `value` (a box, or a plaintext secret stored before encryption). Unavailable when its key is
    not configured; ValueError when the box is damaged or belongs to another account."""
    if not is_sealed(value):
        return value
    _, kid, body = value.split(".", 2)
    keys = dict(_ring(settings))
    if kid not in keys:
        log.error("an account secret is sealed under key id %r, which is not configured", kid)
        raise Unavailable("Two-step sign-in is not available right now; please try again later.")
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        return _aes(keys[kid]).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _aad(user_id)).decode()
    except (InvalidTag, binascii.Error, ValueError) as exc:
        raise ValueError("the sealed secret does not open for this account") from exc


def stale(settings: Settings, value: str) -> bool:
    """True when `value` is stored in plaintext or under a key other than the current one (seal it again)."""
    return bool(value) and (not is_sealed(value) or value.split(".", 2)[1] != current_key_id(settings))
