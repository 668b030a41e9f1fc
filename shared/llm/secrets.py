"""API keys: resolved from a reference (Key Vault secret name, or a local environment variable), never stored.

Every resolved key is registered with `SecretRedactionFilter`, which masks it in any log record
that passes a handler it is installed on (`install_redaction()` puts it on the root handlers).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from shared.errors import Unavailable

if TYPE_CHECKING:
    from shared.bootstrap import Services

MASK = "***"
# Every key resolved in this process: the log filter is process-wide (log handlers are), so this set
# is too; it only ever holds values to mask, never to use.
_known: set[str] = set()


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


async def _from_vault(services: Services, vault_url: str, name: str) -> str:
    client = services.caches.vault_clients.get(vault_url)
    if client is None:
        from azure.identity.aio import DefaultAzureCredential
        from azure.keyvault.secrets.aio import SecretClient

        client = services.caches.vault_clients[vault_url] = SecretClient(vault_url, DefaultAzureCredential())
    try:
        secret = await client.get_secret(name)
    except Exception as exc:
        raise Unavailable(f"secret {name!r} could not be read from Key Vault ({type(exc).__name__})") from None
    return str(secret.value or "")


async def resolve_key(services: Services, ref: str) -> str:
    """The key named by `ref` ("" when there is no reference or nothing is set under it), cached in
    the Services' caches for a few minutes."""
    if not ref:
        return ""
    vault = services.settings.key_vault_url
    source = vault or "env"
    hit = services.caches.secrets.get((source, ref))
    if hit is not None:
        return hit
    value = await _from_vault(services, vault, ref) if vault else os.environ.get(ref, "")
    return services.caches.secrets.put((source, ref), remember(value))
