"""Wires the adapters chosen by configuration, lazily and once per event loop.

HTTP, queue and timer triggers all call `get_services()`: queue and timer functions
run without the HTTP app's startup hook, so nothing may depend on it. Adapters that
hold network sessions are bound to the event loop that built them; a new loop (a
test, a new worker) gets fresh adapters.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from shared.blobs.port import BlobStore
from shared.caching import Caches
from shared.config import Settings, get_settings
from shared.queue import names as queue_names
from shared.queue.port import MessageQueue, poison_queue_name
from shared.store import containers
from shared.store.port import DocumentStore

if TYPE_CHECKING:
    from shared.llm.gateway import Gateway

log = logging.getLogger("vigor.bootstrap")
# A queue job's handler: (services, the job document) -> the job's result.
JobHandler = Callable[["Services", dict[str, Any]], Awaitable[dict[str, Any]]]


@dataclass
class Services:
    """Everything a handler needs from the outside world, and the one owner of every collaborator:
    adapters, the LLM gateway and its provider clients, caches, the queue job handlers and the
    clock. No module keeps its own registry; a second Services (a test, another event loop) shares
    nothing with the first."""

    settings: Settings
    store: DocumentStore
    queue: MessageQueue
    caches: Caches = field(default_factory=Caches)
    # Queue job handlers by kind (`shared/jobs/service.py` runs them); built explicitly, not by import.
    jobs: Mapping[str, JobHandler] = field(default_factory=dict)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    _gateway: Gateway | None = field(default=None, repr=False)
    # Staged files (imports); built from the settings on first use when not given.
    blob_store: BlobStore | None = field(default=None, repr=False)

    @property
    def blobs(self) -> BlobStore:
        """The blob adapter (`shared/blobs`): Azure Blob Storage or a directory under the data dir."""
        if self.blob_store is None:
            self.blob_store = build_blobs(self.settings)
        return self.blob_store

    @property
    def gateway(self) -> Gateway:
        """The LLM gateway of these services (built on first use: breakers and bookkeeping are per instance)."""
        if self._gateway is None:
            from shared.llm.gateway import Gateway

            self._gateway = Gateway(self)
        return self._gateway

    async def close(self) -> None:
        """Finish deferred LLM bookkeeping, close provider and Key Vault clients, then the adapters."""
        if self._gateway is not None:
            await self._gateway.drain()
        for client in [*self.caches.providers.values(), *self.caches.vault_clients.values()]:
            await client.close()
        for microsoft in self.caches.microsoft.values():
            # An open session keeps pooled keep-alive connections, and the identity provider's server
            # then cannot finish a graceful shutdown until it gives up on them.
            microsoft.http.close()
        if self.caches.email is not None:
            await self.caches.email.close()
            self.caches.email = None
        if self.caches.push is not None:
            await self.caches.push.close()
            self.caches.push = None
        if self.caches.content_safety is not None:
            await self.caches.content_safety.close()
            self.caches.content_safety = None
        self.caches.providers.clear()
        self.caches.vault_clients.clear()
        self.caches.microsoft.clear()
        await self.store.close()
        await self.queue.close()
        if self.blob_store is not None:
            await self.blob_store.close()


def build_store(settings: Settings) -> DocumentStore:
    if settings.uses_cosmos:
        from shared.store.cosmos import CosmosDocumentStore

        credential: object = settings.cosmos_key
        if not settings.cosmos_key:
            from azure.identity.aio import DefaultAzureCredential

            credential = DefaultAzureCredential()
        return CosmosDocumentStore(
            settings.cosmos_endpoint,
            credential,  # type: ignore[arg-type]
            settings.cosmos_database,
            containers.ALL,
            connection_verify=settings.cosmos_verify_tls,
        )
    from shared.store.sqlite import SqliteDocumentStore

    return SqliteDocumentStore(settings.resolved_data_dir() / "store.sqlite3", containers.ALL)


def build_queue(settings: Settings) -> MessageQueue:
    if settings.azure_webjobs_storage:
        from shared.queue.azure import AzureStorageQueue

        return AzureStorageQueue(connection_string=settings.azure_webjobs_storage)
    if settings.azure_webjobs_storage_queue_uri:
        from azure.identity.aio import DefaultAzureCredential

        from shared.queue.azure import AzureStorageQueue

        return AzureStorageQueue(
            account_url=settings.azure_webjobs_storage_queue_uri, credential=DefaultAzureCredential()
        )
    from shared.queue.sqlite import SqliteQueue

    return SqliteQueue(settings.resolved_data_dir() / "queue.sqlite3")


def build_blobs(settings: Settings) -> BlobStore:
    if settings.azure_webjobs_storage_blob_uri:
        from azure.identity.aio import DefaultAzureCredential

        from shared.blobs.azure import AzureBlobStore

        return AzureBlobStore(account_url=settings.azure_webjobs_storage_blob_uri, credential=DefaultAzureCredential())
    if settings.uses_azure_blobs:
        from shared.blobs.azure import AzureBlobStore

        return AzureBlobStore(connection_string=settings.azure_webjobs_storage)
    from shared.blobs.directory import DirectoryBlobStore

    return DirectoryBlobStore(settings.resolved_data_dir() / "blobs")


async def build_services(settings: Settings) -> Services:
    """Build and initialise adapters: containers and queues (with their poison queues) exist afterwards."""
    from shared.blobs.names import ALL as blob_containers
    from shared.coach.jobs import HANDLERS  # the coach's job kinds; imported here, not at module level
    from shared.importing.jobs import HANDLERS as IMPORT_HANDLERS

    services = Services(
        settings=settings, store=build_store(settings), queue=build_queue(settings),
        jobs={**HANDLERS, **IMPORT_HANDLERS}, blob_store=build_blobs(settings),
    )  # fmt: skip
    await services.store.initialize()
    for name in queue_names.ALL:
        await services.queue.ensure_queue(name)
        await services.queue.ensure_queue(poison_queue_name(name))
    for container in blob_containers:
        await services.blobs.ensure_container(container)
    log.info(
        "adapters ready: store=%s queue=%s blobs=%s",
        type(services.store).__name__,
        type(services.queue).__name__,
        type(services.blobs).__name__,
    )
    return services


_cache: dict[asyncio.AbstractEventLoop, Services] = {}
_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}


async def get_services() -> Services:
    """The services for the running event loop, built on first use."""
    loop = asyncio.get_running_loop()
    found = _cache.get(loop)
    if found is not None:
        return found
    lock = _locks.setdefault(loop, asyncio.Lock())
    async with lock:
        if loop not in _cache:
            for stale in [other for other in _cache if other.is_closed()]:
                _cache.pop(stale, None)
                _locks.pop(stale, None)
            _cache[loop] = await build_services(get_settings())
    return _cache[loop]


async def close_services() -> None:
    """Close the running loop's services (clean shutdown, tests)."""
    loop = asyncio.get_running_loop()
    services = _cache.pop(loop, None)
    if services is not None:
        await services.close()


# The Python worker of the Functions host imports the app from one of these; the local host, tests and benchmarks
# import it without them.
_FUNCTIONS_WORKERS = ("azure_functions_worker", "proxy_worker")


def in_functions_worker() -> bool:
    """Whether the Functions host's Python worker is loading the app (a new instance starting)."""
    return any(name in sys.modules for name in _FUNCTIONS_WORKERS)


def warm_in_background() -> threading.Thread:
    """Run the coach's safety rules once (`shared.coach.warm.warm_up`) on a daemon thread, so a new Functions
    instance's first chat does not pay ~2 s for them and the worker's indexing and first request do not wait for them
    (the local host warms before it serves: shared/localhost/server.py). The import happens on the thread: importing
    the app stays as light as before."""

    def run() -> None:
        from shared.coach.warm import warm_up  # the rules' modules: imported here, not when the app is

        try:
            log.info("safety rules warmed in %.2f s", warm_up())
        except Exception:  # a warm-up is an optimisation: the first chat does the same work if it failed
            log.exception("safety rules warm-up failed")

    thread = threading.Thread(target=run, name="vigor-safety-warm-up", daemon=True)
    thread.start()
    return thread
