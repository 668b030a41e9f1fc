"""API keys: resolved from a reference (Key Vault secret name, or a local environment variable), never stored.

Every resolved key is registered with `SecretRedactionFilter`, which masks it in any log record
that passes a handler it is installed on (`install_redaction()` puts it on the root handlers).
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from shared.config import Settings
from shared.errors import Unavailable

CACHE_S = 300.0
MASK = "***"
_known: set[str] = set()
_cache: dict[tuple[str, str], tuple[float, str]] = {}
_vault_clients: dict[str, Any] = {}


class SecretRedactionFilter(logging.Filter):
    """Replaces every resolved API key in a record's message and arguments by `***`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _known:
            return True
        message = record.getMessage()
        if any(secret in message for secret in _known):
            for secret in _known:
                message = message.replace(secret, MASK)
            record.msg, record.args = message, None
        if record.exc_text:
            for secret in _known:
                record.exc_text = record.exc_text.replace(secret, MASK)
        return True


def install_redaction() -> None:
    """Put the filter on every root handler (idempotent) and quieten SDK loggers that dump requests."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, SecretRedactionFilter) for f in handler.filters):
            handler.addFilter(SecretRedactionFilter())
    for name in ("openai", "httpx", "httpx2", "httpcore", "httpcore2", "google_genai", "google.genai"):
        logging.getLogger(name).setLevel(logging.WARNING)


def remember(secret: str) -> str:
    if len(secret) >= 6:
        _known.add(secret)
    return secret


async def _from_vault(vault_url: str, name: str) -> str:
    client = _vault_clients.get(vault_url)
    if client is None:
        from azure.identity.aio import DefaultAzureCredential
        from azure.keyvault.secrets.aio import SecretClient

        client = _vault_clients[vault_url] = SecretClient(vault_url, DefaultAzureCredential())
    try:
        secret = await client.get_secret(name)
    except Exception as exc:
        raise Unavailable(f"secret {name!r} could not be read from Key Vault ({type(exc).__name__})") from None
    return str(secret.value or "")


async def resolve_key(settings: Settings, ref: str) -> str:
    """The key named by `ref` ("" when there is no reference or nothing is set under it)."""
    if not ref:
        return ""
    source = settings.key_vault_url or "env"
    hit = _cache.get((source, ref))
    if hit and hit[0] > time.monotonic():
        return hit[1]
    value = await _from_vault(settings.key_vault_url, ref) if settings.key_vault_url else os.environ.get(ref, "")
    _cache[(source, ref)] = (time.monotonic() + CACHE_S, remember(value))
    return value


def forget_cached_keys() -> None:
    """Drop cached keys (after an admin edits providers, and in tests)."""
    _cache.clear()
