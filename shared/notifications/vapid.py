"""The server's VAPID key pair (RFC 8292): it signs every push request, and browsers subscribe with its public half.

Source, in order: the `VAPID_PRIVATE_KEY` setting (a Key Vault reference in Azure: base64url of the raw 32-byte
P-256 private key, as `web-push generate-vapid-keys` prints it, or a PEM), or outside production a key generated
once and kept in the data dir (`vapid_private_key.pem`, mode 0600), so a laptop's subscriptions survive restarts.
In production without the setting, push is off (`PushUnavailable`). The key is never logged.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from py_vapid import Vapid02

from shared.config import Settings
from shared.errors import Unavailable

KEY_FILE = "vapid_private_key.pem"


class PushUnavailable(Unavailable):
    """Web Push is not configured here (production without VAPID_PRIVATE_KEY)."""


@dataclass(frozen=True)
class VapidKeys:
    """The signer and the public key browsers pass to `pushManager.subscribe` (base64url, 65-byte point)."""

    signer: Vapid02
    public_key: str
    subject: str


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _from_text(text: str) -> Vapid02:
    text = text.strip()
    if "-----BEGIN" in text:
        key = serialization.load_pem_private_key(text.encode(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("VAPID_PRIVATE_KEY is not an EC key")
        return Vapid02(key)
    return Vapid02.from_string(text)  # base64url raw (32 bytes) or DER


def _local_key_text(path: Path) -> str:
    """The data dir's key, created atomically when missing (concurrent first starts agree on one)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())  # fmt: skip
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)  # another process won the race: use its key
        tmp.unlink(missing_ok=True)
    return path.read_text()


def vapid_keys(settings: Settings) -> VapidKeys:
    """The configured (or generated) key pair; PushUnavailable in production without a key."""
    if settings.vapid_private_key:
        text = settings.vapid_private_key
    elif settings.environment == "production":
        raise PushUnavailable("Notifications are not set up on this server (VAPID_PRIVATE_KEY).")
    else:
        path = settings.resolved_data_dir() / KEY_FILE
        text = _local_key_text(path)
    signer = _from_text(text)  # parsed per call (microseconds): the sender keeps its own for its life
    point = signer.public_key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    return VapidKeys(signer, _b64url(point), settings.vapid_subject)
