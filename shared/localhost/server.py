"""Starts the local host: HTTP (uvicorn), the queue worker and the timer scheduler in one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import uvicorn

from shared.bootstrap import close_services, get_services
from shared.config import REPO_ROOT, Settings
from shared.localhost.scheduler import run_timer
from shared.localhost.triggers import discover
from shared.localhost.web import LocalHostApp
from shared.localhost.worker import run_queue_function
from shared.queue.dispatch import QueueHostSettings

log = logging.getLogger("vigor.localhost")


class _Server(uvicorn.Server):
    """uvicorn that tells us when it is up, so the worker starts with the API."""

    def __init__(self, config: uvicorn.Config, started: asyncio.Event) -> None:
        super().__init__(config)
        self._started_event = started

    async def startup(self, sockets: list[Any] | None = None) -> None:
        await super().startup(sockets)
        self._started_event.set()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn re-raises captured signals after serving, which would kill the process before the
        # worker finishes; the local host installs its own handlers instead (see _install_signals).
        yield


def _install_signals(server: uvicorn.Server) -> None:
    """First Ctrl-C / SIGTERM: stop gracefully. Second: stop now."""
    loop = asyncio.get_running_loop()

    def handle() -> None:
        if server.should_exit:
            server.force_exit = True
        server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, handle)


async def serve(settings: Settings, app_module: str = "function_app", host_json: Path | None = None) -> None:
    """Run until Ctrl-C (or SIGTERM): stop taking messages, let handlers finish, close adapters."""
    module = importlib.import_module(app_module)
    triggers = discover(module.app)
    queue_settings = QueueHostSettings.from_host_json(host_json or REPO_ROOT / "host.json")
    await get_services()  # fail fast on a bad store/queue configuration

    started, stop = asyncio.Event(), asyncio.Event()
    config = uvicorn.Config(
        LocalHostApp(module.fastapi_app, settings.static_dir),
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=10,
    )
    server = _Server(config, started)
    _install_signals(server)
    server_task = asyncio.create_task(server.serve())
    await asyncio.wait([server_task, asyncio.ensure_future(started.wait())], return_when=asyncio.FIRST_COMPLETED)
    if server_task.done():
        await server_task  # startup failed (port in use...): surface uvicorn's error
        raise SystemExit(f"could not listen on {settings.host}:{settings.port}")

    background = [asyncio.create_task(run_queue_function(q, queue_settings, stop)) for q in triggers.queues]
    background += [asyncio.create_task(run_timer(t, stop)) for t in triggers.timers]
    log.info(
        "Vigor is running at http://%s:%d (%d HTTP, %d queue, %d timer functions; data in %s)",
        settings.host,
        settings.port,
        len(triggers.http),
        len(triggers.queues),
        len(triggers.timers),
        settings.resolved_data_dir() if not settings.uses_cosmos else "Cosmos DB",
    )
    try:
        await server_task
    finally:
        stop.set()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.gather(*background, return_exceptions=True), timeout=15)
        await close_services()
        log.info("Vigor stopped")
