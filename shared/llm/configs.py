"""Provider configurations (admin-managed) and the provider instances built from them.

Configs live in the `system` container, partition `ai-provider`, id = the config's slug. They hold
a key *reference*, never a key. Instances are cached per (config, key, event loop) so HTTP
connections are reused; listings are cached for a couple of seconds per process.
"""

from __future__ import annotations

import asyncio
import time

from shared.config import Settings
from shared.errors import Conflict, NotFound
from shared.llm.providers.base import Provider
from shared.llm.providers.engine import ENGINE_CONFIG, EngineProvider
from shared.llm.secrets import forget_cached_keys, resolve_key
from shared.llm.types import ProviderConfig, Task
from shared.store.port import DocumentStore, Filter, Query

SYSTEM = "system"
PK = "ai-provider"
CACHE_S = 2.0
_list_cache: dict[int, tuple[float, list[ProviderConfig]]] = {}
_instances: dict[tuple[str, str, int], Provider] = {}


def _from_doc(doc: dict[str, object]) -> ProviderConfig:
    return ProviderConfig.model_validate({k: v for k, v in doc.items() if k in ProviderConfig.model_fields})


async def list_configs(store: DocumentStore, *, cached: bool = True) -> list[ProviderConfig]:
    """Every configured provider, by priority then id."""
    hit = _list_cache.get(id(store))
    if cached and hit and hit[0] > time.monotonic():
        return hit[1]
    page = await store.query(SYSTEM, Query(filters=(Filter("type", "eq", "ai_provider"),), partition_key=PK, limit=200))
    configs = sorted((_from_doc(d) for d in page.items), key=lambda c: (c.priority, c.id))
    _list_cache[id(store)] = (time.monotonic() + CACHE_S, configs)
    return configs


def _changed(store: DocumentStore) -> None:
    _list_cache.pop(id(store), None)
    forget_cached_keys()


async def get_config(store: DocumentStore, config_id: str) -> ProviderConfig:
    return _from_doc(await store.read(SYSTEM, PK, config_id))


async def create_config(store: DocumentStore, config: ProviderConfig) -> ProviderConfig:
    try:
        await store.create(SYSTEM, {**config.model_dump(), "pk": PK, "type": "ai_provider"})
    except Conflict:
        raise Conflict(f"provider {config.id!r} already exists") from None
    _changed(store)
    return config


async def put_config(store: DocumentStore, config: ProviderConfig) -> ProviderConfig:
    await store.upsert(SYSTEM, {**config.model_dump(), "pk": PK, "type": "ai_provider"})
    _changed(store)
    return config


async def delete_config(store: DocumentStore, config_id: str) -> None:
    try:
        await store.delete(SYSTEM, PK, config_id)
    finally:
        _changed(store)


def chain(configs: list[ProviderConfig], task: Task) -> list[ProviderConfig]:
    """Enabled providers serving `task` in priority order, the engine always last."""
    chosen = [c for c in configs if c.enabled and task in c.tasks and c.kind != "engine"]
    return [*chosen, ENGINE_CONFIG]


async def provider_for(settings: Settings, config: ProviderConfig) -> Provider:
    """A (cached) provider instance for the config, with its key resolved."""
    if config.kind == "engine":
        return EngineProvider()
    key = await resolve_key(settings, config.api_key_ref)
    loop = id(asyncio.get_running_loop())
    cache_key = (config.model_dump_json(), key, loop)
    found = _instances.get(cache_key)
    if found is None:
        found = _instances[cache_key] = _build(config, key)
        found.prepare()
    return found


def _build(config: ProviderConfig, key: str) -> Provider:
    from shared.llm.providers.gemini import GeminiProvider
    from shared.llm.providers.openai_family import AzureOpenAIProvider, OpenAICompatibleProvider, OpenAIProvider

    classes: dict[str, type[Provider]] = {
        "openai": OpenAIProvider,
        "azure_openai": AzureOpenAIProvider,
        "openai_compatible": OpenAICompatibleProvider,
        "gemini": GeminiProvider,
    }
    if config.kind not in classes:
        raise NotFound(f"no provider kind {config.kind!r}")
    return classes[config.kind](config, key)


async def close_instances() -> None:
    """Close cached provider clients of the running loop (tests, shutdown)."""
    loop = id(asyncio.get_running_loop())
    for cache_key in [k for k in _instances if k[2] == loop]:
        await _instances.pop(cache_key).close()
