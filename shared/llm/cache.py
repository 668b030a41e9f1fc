"""The answer cache: identical normalised requests for a task within a TTL are answered from the store.

Personal tasks are keyed (and partitioned) by user, so an answer built from one user's data is
never served to another; only callers that declare a request impersonal share the `shared` partition.
Keys carry the version of the task's provider chain (`chain_version`), so an admin who adds, edits
or disables a provider stops every earlier answer for that task from matching at once. Only
provider answers are stored: the gateway never caches the engine's (see `Gateway._remember`).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from shared.errors import NotFound
from shared.llm.types import ProviderConfig
from shared.store.port import Document, DocumentStore

CONTAINER = "cache"
SHARED = "shared"
VERSION = 2  # bump when prompts or schemas change so old answers stop matching


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFKC", value).split()).lower()
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple):
        return [_normalise(v) for v in value]
    return value


def chain_version(chain: Sequence[ProviderConfig]) -> str:
    """A digest of every field of the chain's configs (ids, kinds, models, priorities, limits, endpoints).

    `configs.chain` keeps only enabled providers serving the task, so enabling, disabling, adding,
    removing or editing one of them changes the digest.
    """
    payload = json.dumps([c.model_dump(mode="json") for c in chain], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def cache_key(task: str, inputs: Any, user_id: str | None, version: str = "") -> tuple[str, str]:
    """(partition, id) for a request; `user_id` None means an impersonal request; `version` the chain's."""
    payload = json.dumps([VERSION, task, user_id, version, _normalise(inputs)], sort_keys=True, default=str)
    digest = hashlib.sha256(payload.encode()).hexdigest()
    return (user_id or SHARED), f"llm-{task}-{digest}"


async def lookup(store: DocumentStore, key: tuple[str, str]) -> Document | None:
    try:
        return await store.read(CONTAINER, key[0], key[1])
    except NotFound:
        return None


async def save(store: DocumentStore, key: tuple[str, str], answer: Document, ttl_s: int) -> None:
    await store.upsert(CONTAINER, {"id": key[1], "userId": key[0], "type": "llm_cache", "ttl": ttl_s, **answer})


async def forget(store: DocumentStore, key: tuple[str, str]) -> None:
    """Drop a cached answer (rr10 D: an answer the safety rules stopped is never kept or served again)."""
    try:
        await store.delete(CONTAINER, key[0], key[1])
    except NotFound:
        pass
