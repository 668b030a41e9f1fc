"""Delivers queue messages to the registered queue functions, with the host.json rules."""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Callable

from azure.functions.queue import QueueMessage as FunctionsQueueMessage

from shared.bootstrap import get_services
from shared.localhost.triggers import QueueFunction
from shared.queue.dispatch import LEASE_S, QueueHostSettings, process_batch
from shared.queue.port import QueueMessage

log = logging.getLogger("vigor.localhost.queue")
MIN_POLL_S = 0.05


def to_functions_message(message: QueueMessage) -> FunctionsQueueMessage:
    """The object a queue-triggered function receives from the Functions host (the worker's own class)."""
    return FunctionsQueueMessage(  # type: ignore[no-untyped-call]  # the worker's class is untyped
        id=message.id,
        body=message.body.encode("utf-8"),
        dequeue_count=message.dequeue_count,
        insertion_time=message.inserted_at,
        time_next_visible=message.next_visible_at,
        pop_receipt=message.pop_receipt,
    )


def _handler(function: QueueFunction, timeout_s: float) -> Callable[[QueueMessage], object]:
    async def handle(message: QueueMessage) -> None:
        started = time.perf_counter()
        outcome = "failed"
        try:
            result = function.fn(to_functions_message(message))
            if inspect.isawaitable(result):
                # The Functions host stops a run at functionTimeout; so do we (the lease is renewed until then).
                await asyncio.wait_for(result, timeout=timeout_s)
            outcome = "ok"
        finally:
            log.info(
                "queue %s message %s attempt %d -> %s in %.1f ms",
                function.queue_name,
                message.id,
                message.dequeue_count,
                outcome,
                (time.perf_counter() - started) * 1000,
            )

    return handle


async def run_queue_function(function: QueueFunction, settings: QueueHostSettings, stop: asyncio.Event) -> None:
    """Poll one queue until `stop` is set, backing off exponentially while it is empty (as the host does)."""
    services = await get_services()
    handler = _handler(function, settings.function_timeout_s)
    idle_wait = MIN_POLL_S
    max_wait = max(MIN_POLL_S, settings.max_polling_interval_s)
    wait_for_send = getattr(services.queue, "wait_for_send", None)
    while not stop.is_set():
        try:
            handled = await process_batch(
                services.queue,
                function.queue_name,
                handler,  # type: ignore[arg-type]
                settings,
                lease_seconds=LEASE_S,
            )
        except Exception as exc:  # a queue outage must not kill the worker
            log.warning("queue %s unavailable (%s); retrying", function.queue_name, type(exc).__name__)
            handled = 0
        if handled:
            idle_wait = MIN_POLL_S
            continue
        waiters = [asyncio.ensure_future(stop.wait())]
        if wait_for_send is not None:
            waiters.append(asyncio.ensure_future(wait_for_send(function.queue_name)))
        _, pending = await asyncio.wait(waiters, timeout=idle_wait, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        idle_wait = min(max_wait, idle_wait * 2)
