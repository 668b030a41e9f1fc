"""Starts the local host: HTTP (uvicorn) and the queue worker in every worker process, timers in the first.

One Python process serves one core. Like gunicorn or `uvicorn --workers`, the first process binds the
socket and starts `workers - 1` more processes that accept on the same socket (the kernel hands each
new connection to whichever process is waiting in accept, so an idle one takes it). Every process
runs the queue functions too: leases are atomic in the store, so a message is delivered once
whoever picks it up, and the process that enqueued a message wakes its own poller at once. Timers
run only in the first process, as the Functions host runs each timer on one instance.

What is shared between processes lives in the store (rate limits, quotas, breakers, jobs); the few
in-process caches are short-lived (LLM provider settings, 2 s), as they would be across instances
in Azure.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import logging
import multiprocessing
import os
import signal
import socket
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import uvicorn

from shared.bootstrap import close_services, get_services
from shared.coach.warm import warm_up
from shared.config import REPO_ROOT, Settings
from shared.localhost.http_limits import server_config
from shared.localhost.scheduler import run_timer
from shared.localhost.triggers import discover
from shared.localhost.web import LocalHostApp
from shared.queue.dispatch import QueueHostSettings
from shared.startup import build_models

log = logging.getLogger("vigor.localhost")
SUPERVISE_S = 1.0
WORKER_STOP_S = 20.0  # a worker's graceful stop: handlers finish (10 s), queue functions settle


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


def _install_signals(server: uvicorn.Server, primary: bool) -> None:
    """First Ctrl-C / SIGTERM: stop gracefully. Second: stop now.

    Other worker processes stop on the primary's SIGTERM only: a Ctrl-C in a terminal reaches every
    process of the group, and counting both would make it the second signal, cutting requests short."""
    loop = asyncio.get_running_loop()

    def handle() -> None:
        if server.should_exit:
            server.force_exit = True
        server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM) if primary else (signal.SIGTERM,):
        loop.add_signal_handler(sig, handle)


def worker_count(settings: Settings) -> int:
    """VIGOR_WORKERS, or one process per core this process may run on."""
    return settings.workers or len(os.sched_getaffinity(0))


def bind(settings: Settings) -> socket.socket:
    """The listening socket every worker process accepts on."""
    sock = socket.socket(socket.AF_INET6 if ":" in settings.host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((settings.host, settings.port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise SystemExit(f"could not listen on {settings.host}:{settings.port}: {exc.strerror}") from None
    sock.set_inheritable(True)
    return sock


async def serve(
    settings: Settings,
    app_module: str = "function_app",
    host_json: Path | None = None,
    sock: socket.socket | None = None,
    primary: bool = True,
) -> None:
    """Run until Ctrl-C (or SIGTERM): stop taking messages, let handlers finish, close adapters.

    The primary process binds the socket, runs the timers and keeps the other worker processes
    running; the others (`primary=False`) get the socket and stop when the primary is gone."""
    from shared.localhost.worker import run_queue_function  # imports the Functions worker's message class

    module = importlib.import_module(app_module)
    triggers = discover(module.app)
    queue_settings = QueueHostSettings.from_host_json(host_json or REPO_ROOT / "host.json")
    await get_services()  # fail fast on a bad store/queue configuration (and create the schema once)
    _freeze_startup_objects()
    sock = sock or bind(settings)

    started, stop = asyncio.Event(), asyncio.Event()
    config = server_config(  # read deadlines and a connection cap (shared.localhost.http_limits)
        LocalHostApp(module.fastapi_app, settings.static_dir),
        log_config=None,
        access_log=False,
        lifespan="off",
        # No proxy in front of the local host: X-Forwarded-For from a client must not become its address
        # (rate limits are per address), and the middleware's work is saved on every request.
        proxy_headers=False,
        timeout_graceful_shutdown=10,
    )
    server = _Server(config, started)
    _install_signals(server, primary)
    server_task = asyncio.create_task(server.serve(sockets=[sock]))
    await asyncio.wait([server_task, asyncio.ensure_future(started.wait())], return_when=asyncio.FIRST_COMPLETED)
    if server_task.done():
        await server_task
        raise SystemExit(f"could not serve on {settings.host}:{settings.port}")

    background = [asyncio.create_task(run_queue_function(q, queue_settings, stop)) for q in triggers.queues]
    workers = _Workers(settings, app_module, host_json, sock) if primary else None
    if workers is not None:
        background += [asyncio.create_task(run_timer(t, stop)) for t in triggers.timers]
        workers.start(worker_count(settings) - 1)
        background.append(asyncio.create_task(workers.supervise(stop)))
        log.info(
            "Vigor is running at http://%s:%d (%d worker processes; %d HTTP, %d queue, %d timer functions; data in %s)",
            settings.host,
            sock.getsockname()[1],
            worker_count(settings),
            len(triggers.http),
            len(triggers.queues),
            len(triggers.timers),
            settings.resolved_data_dir() if not settings.uses_cosmos else "Cosmos DB",
        )
    else:
        background.append(asyncio.create_task(_exit_with_parent(server, stop)))
    try:
        await server_task
    finally:
        stop.set()
        if workers is not None:
            await workers.stop()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.gather(*background, return_exceptions=True), timeout=15)
        await close_services()
        if workers is not None:
            log.info("Vigor stopped")


def _freeze_startup_objects() -> None:
    """Build the models the Functions entry point defers (a long-running process should not make its
    first requests pay for them), run the coach's safety rules once (`warm_up`), then keep what start-up
    made (modules, models, the app: ~90k objects) out of the cyclic garbage collector: a full collection
    walked all of them, ~100 ms on this machine, in the middle of some request; frozen, a collection walks
    only what requests made."""
    build_models()
    log.info("safety rules warmed in %.2f s", warm_up())  # else the first chat pays for them (issue 15, R9)
    gc.collect()
    gc.freeze()


class _Workers:
    """The primary's other worker processes: started with the socket, restarted if one dies, stopped last."""

    def __init__(self, settings: Settings, app_module: str, host_json: Path | None, sock: socket.socket) -> None:
        self._args = (settings, app_module, host_json, sock, os.getpid())
        self._context = multiprocessing.get_context("spawn")  # a fresh interpreter, as `serve` starts one
        self._processes: list[BaseProcess] = []

    def start(self, count: int) -> None:
        for _ in range(count):
            process = self._context.Process(target=_worker_main, args=self._args, name="vigor-worker", daemon=False)
            process.start()
            self._processes.append(process)

    async def supervise(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=SUPERVISE_S)
            if stop.is_set():
                return
            for process in [p for p in self._processes if p.exitcode is not None]:
                log.warning("worker process %s exited with %s; starting another", process.pid, process.exitcode)
                self._processes.remove(process)
                self.start(1)

    async def stop(self) -> None:
        for process in self._processes:
            if process.is_alive() and process.pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGTERM)
        loop = asyncio.get_running_loop()
        for process in self._processes:
            await loop.run_in_executor(None, process.join, WORKER_STOP_S)
            if process.is_alive():
                process.kill()
                await loop.run_in_executor(None, process.join, 5)


async def _exit_with_parent(server: uvicorn.Server, stop: asyncio.Event) -> None:
    """A worker process whose primary died (killed, not stopped) stops too, rather than serving alone."""
    parent = os.getppid()
    while not stop.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=SUPERVISE_S)
        if os.getppid() != parent:
            server.should_exit = True
            return


def _worker_main(settings: Settings, app_module: str, host_json: Path | None, sock: socket.socket, parent: int) -> None:
    """Entry point of a worker process other than the primary."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the primary stops it (see _install_signals)
    from shared.localhost.loop import run_async
    from shared.logging_context import configure_logging

    configure_logging(settings.log_level)
    if os.getppid() != parent:
        return
    run_async(serve(settings, app_module, host_json, sock=sock, primary=False))
