"""A refresh token's successor, sealed so that only a holder of the predecessor can read it.

The key is HMAC-SHA256 of a fixed label under the predecessor token: the store holds only the
predecessor's sha256, so neither a reader of the store nor an export can open the box. Each key
seals exactly one successor (a token rotates once). AES-256-GCM, so a tampered box opens to
nothing rather than to another token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_LABEL = b"vigor refresh successor v1"
_NONCE_BYTES = 12


def _key(predecessor: str) -> bytes:
    return hmac.new(predecessor.encode(), _LABEL, hashlib.sha256).digest()


def seal(predecessor: str, successor: str) -> str:
    """`successor`, encrypted under a key only `predecessor` gives (URL-safe base64)."""
    nonce = secrets.token_bytes(_NONCE_BYTES)
    box = AESGCM(_key(predecessor)).encrypt(nonce, successor.encode(), _LABEL)
    return base64.urlsafe_b64encode(nonce + box).decode()


def open_sealed(predecessor: str, box: str) -> str | None:
    """The successor sealed under `predecessor`, or None if the box is not one of its boxes."""
    try:
        raw = base64.urlsafe_b64decode(box.encode())
        plain = AESGCM(_key(predecessor)).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _LABEL)
        return plain.decode()
    except (InvalidTag, ValueError, UnicodeDecodeError):
        return None
