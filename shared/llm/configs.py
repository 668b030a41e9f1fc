"""Provider configurations (admin-managed) and the provider instances built from them.

Configs live in the `system` container, partition `ai-provider`, id = the config's slug. They hold
a key *reference*, never a key. Provider instances are kept per (config, key) in the Services'
caches so HTTP connections are reused; listings are cached for a couple of seconds per Services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.errors import Conflict, NotFound
from shared.llm.providers.base import Provider
from shared.llm.providers.engine import ENGINE_CONFIG, EngineProvider
from shared.llm.secrets import resolve_key
from shared.llm.types import ProviderConfig, Task
from shared.store.port import Filter, Query

if TYPE_CHECKING:
    from shared.bootstrap import Services

SYSTEM = "system"
PK = "ai-provider"


def _from_doc(doc: dict[str, object]) -> ProviderConfig:
    return ProviderConfig.model_validate({k: v for k, v in doc.items() if k in ProviderConfig.model_fields})


async def list_configs(services: Services, *, cached: bool = True) -> list[ProviderConfig]:
    """Every configured provider, by priority then id."""
    hit: list[ProviderConfig] | None = services.caches.provider_configs.get(PK)
    if cached and hit is not None:
        return hit
    page = await services.store.query(
        SYSTEM, Query(filters=(Filter("type", "eq", "ai_provider"),), partition_key=PK, limit=200)
    )
    configs = sorted((_from_doc(d) for d in page.items), key=lambda c: (c.priority, c.id))
    return services.caches.provider_configs.put(PK, configs)


def _changed(services: Services) -> None:
    services.caches.provider_configs.forget()
    services.caches.secrets.forget()


async def get_config(services: Services, config_id: str) -> ProviderConfig:
    return _from_doc(await services.store.read(SYSTEM, PK, config_id))


async def create_config(services: Services, config: ProviderConfig) -> ProviderConfig:
    try:
        await services.store.create(SYSTEM, {**config.model_dump(), "pk": PK, "type": "ai_provider"})
    except Conflict:
        raise Conflict(f"provider {config.id!r} already exists") from None
    _changed(services)
    return config


async def put_config(services: Services, config: ProviderConfig) -> ProviderConfig:
    await services.store.upsert(SYSTEM, {**config.model_dump(), "pk": PK, "type": "ai_provider"})
    _changed(services)
    return config


async def delete_config(services: Services, config_id: str) -> None:
    try:
        await services.store.delete(SYSTEM, PK, config_id)
    finally:
        _changed(services)


def chain(configs: list[ProviderConfig], task: Task) -> list[ProviderConfig]:
    """Enabled providers serving `task` in priority order, the engine always last."""
    chosen = [c for c in configs if c.enabled and task in c.tasks and c.kind != "engine"]
    return [*chosen, ENGINE_CONFIG]


async def provider_for(services: Services, config: ProviderConfig) -> Provider:
    """A (cached) provider instance for the config, with its key resolved."""
    if config.kind == "engine":
        return EngineProvider()
    key = await resolve_key(services, config.api_key_ref)
    cache_key = (config.model_dump_json(), key)
    found: Provider | None = services.caches.providers.get(cache_key)
    if found is None:
        found = services.caches.providers[cache_key] = _build(config, key)
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
