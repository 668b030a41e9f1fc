"""The Functions host's queue-trigger delivery rules, for the local host's worker.

`process_batch` does what the host does for one poll: lease up to `batch_size`
messages, run the handler on each (concurrently), delete on success, release with
`visibilityTimeout` on failure, and move a message to `<queue>-poison` once the handler
has failed `maxDequeueCount` times, so the handler runs at most that many times. A
message delivered more often than that (its worker crashed on the last attempt) goes
to poison without running. A message is deleted only after it is safely elsewhere.

Leases are short and renewed, as the Functions host renews its own: a message is hidden for
LEASE_S and pushed LEASE_S ahead every third of that while its handler runs, so a run may last
up to the function timeout while a worker killed mid-run gives its messages back within LEASE_S
(a lease as long as the timeout kept a crashed job waiting five and a half minutes).

Logs name the message id, queue, dequeue count and exception type, never the body:
bodies may hold user data.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shared.errors import NotFound, VigorError
from shared.queue.port import MessageQueue, QueueMessage, poison_queue_name

log = logging.getLogger(__name__)
Handler = Callable[[QueueMessage], Awaitable[None]]
LEASE_S = 30.0  # how long a received message stays hidden without a renewal
_TIMESPAN = re.compile(r"^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")


def parse_timespan(value: str) -> float:
    """Seconds in a .NET TimeSpan string as host.json writes it: `[d.]hh:mm:ss[.fff]`."""
    match = _TIMESPAN.match(value.strip())
    if not match:
        raise ValueError(f"not a timespan (expected hh:mm:ss): {value!r}")
    days, hours, minutes, seconds = match.groups()
    return int(days or 0) * 86400 + int(hours) * 3600 + int(minutes) * 60 + float(seconds)


@dataclass(frozen=True)
class QueueHostSettings:
    """host.json `extensions.queues` (defaults as Azure documents them) plus `functionTimeout`."""

    batch_size: int = 16
    visibility_timeout_s: float = 0.0
    max_dequeue_count: int = 5
    max_polling_interval_s: float = 60.0
    new_batch_threshold: int = 8
    function_timeout_s: float = 300.0

    @classmethod
    def from_host_json(cls, path: Path, polling_cap_s: float | None = 5.0) -> QueueHostSettings:
        """Read host.json; `polling_cap_s` caps the idle polling interval for local use (None: no cap)."""
        host: dict[str, Any] = json.loads(path.read_text())
        queues: dict[str, Any] = host.get("extensions", {}).get("queues", {})
        batch_size = int(queues.get("batchSize", cls.batch_size))
        if not 1 <= batch_size <= 32:
            raise ValueError(f"host.json extensions.queues.batchSize must be 1..32, got {batch_size}")
        polling = parse_timespan(queues["maxPollingInterval"]) if "maxPollingInterval" in queues else 60.0
        if polling_cap_s is not None:
            polling = min(polling, polling_cap_s)
        timeout = host.get("functionTimeout")
        return cls(
            batch_size=batch_size,
            visibility_timeout_s=parse_timespan(queues.get("visibilityTimeout", "00:00:00")),
            max_dequeue_count=max(1, int(queues.get("maxDequeueCount", cls.max_dequeue_count))),
            max_polling_interval_s=max(0.1, polling),
            new_batch_threshold=int(queues.get("newBatchThreshold", batch_size // 2)),
            function_timeout_s=parse_timespan(timeout) if isinstance(timeout, str) else cls.function_timeout_s,
        )


async def process_batch(
    queue: MessageQueue,
    queue_name: str,
    handler: Handler,
    settings: QueueHostSettings,
    lease_seconds: float = LEASE_S,
) -> int:
    """Receive one batch and settle every message in it; returns how many were received.

    Each message stays hidden for `lease_seconds`, renewed every third of that while its handler
    runs (see the module docstring). Receive errors propagate (the worker backs off); errors
    while settling a message are logged and the message reappears when its lease ends.
    """
    messages = await queue.receive(queue_name, settings.batch_size, visibility_timeout=lease_seconds)
    held = [_Held(m, m.pop_receipt) for m in messages]
    await asyncio.gather(*(_settle(queue, queue_name, h, handler, settings, lease_seconds) for h in held))
    return len(messages)


@dataclass
class _Held:
    """A received message and its current pop receipt (each renewal changes it)."""

    message: QueueMessage
    receipt: str


async def _renew(queue: MessageQueue, queue_name: str, held: _Held, lease_seconds: float, stop: asyncio.Event) -> None:
    while True:
        try:
            await asyncio.wait_for(stop.wait(), lease_seconds / 3)
            return
        except TimeoutError:
            pass
        try:
            held.receipt = await queue.extend(queue_name, held.message.id, held.receipt, lease_seconds)
        except NotFound:
            log.warning("lost the lease of message %s in %s", held.message.id, queue_name)
            return
        except VigorError as exc:  # a queue hiccup: the lease still has two thirds left; try again
            log.warning("could not renew message %s in %s: %s", held.message.id, queue_name, type(exc).__name__)


@contextlib.asynccontextmanager
async def _renewed(queue: MessageQueue, queue_name: str, held: _Held, lease_seconds: float) -> AsyncIterator[None]:
    """Keep the message hidden while the block runs; no renewal is in flight once it ends."""
    stop = asyncio.Event()
    renewal = asyncio.create_task(_renew(queue, queue_name, held, lease_seconds, stop))
    try:
        yield
    finally:
        stop.set()
        await renewal


async def _settle(
    queue: MessageQueue,
    queue_name: str,
    held: _Held,
    handler: Handler,
    settings: QueueHostSettings,
    lease_seconds: float,
) -> None:
    message = held.message
    where = {"message_id": message.id, "queue": queue_name, "dequeue_count": message.dequeue_count}
    try:
        if message.dequeue_count > settings.max_dequeue_count:
            await _to_poison(queue, queue_name, held)
            return
        try:
            async with _renewed(queue, queue_name, held, lease_seconds):
                await handler(message)
        except Exception as exc:
            log.warning(
                "queue handler failed: message %s in %s (dequeue count %d): %s",
                message.id,
                queue_name,
                message.dequeue_count,
                type(exc).__name__,
                extra={**where, "error_type": type(exc).__name__},
            )
            if message.dequeue_count >= settings.max_dequeue_count:
                await _to_poison(queue, queue_name, held)
            else:
                await queue.release(queue_name, message.id, held.receipt, settings.visibility_timeout_s)
            return
        await queue.delete(queue_name, message.id, held.receipt)
    except VigorError as exc:
        # The lease was lost (NotFound) or the queue failed: the message reappears after its lease.
        log.warning(
            "could not settle message %s in %s: %s",
            message.id,
            queue_name,
            type(exc).__name__,
            extra={**where, "error_type": type(exc).__name__},
        )


async def _to_poison(queue: MessageQueue, queue_name: str, held: _Held) -> None:
    message = held.message
    poison = poison_queue_name(queue_name)
    await queue.ensure_queue(poison)
    await queue.send(poison, message.body)  # first copy, then delete: never lose it
    await queue.delete(queue_name, message.id, held.receipt)
    log.error(
        "message %s moved from %s to %s after %d deliveries",
        message.id,
        queue_name,
        poison,
        message.dequeue_count,
        extra={"message_id": message.id, "queue": queue_name, "dequeue_count": message.dequeue_count},
    )
