"""The queue port: durable, at-least-once message queues (Azure Storage Queue semantics).

A received message is invisible for `visibility_timeout` seconds; if it is not
deleted by then (the worker crashed or failed) it becomes visible again with its
`dequeue_count` increased. `shared.queue.dispatch` turns that into the Functions
host's rules: after `maxDequeueCount` deliveries a message moves to `<queue>-poison`.

Adapters: `shared.queue.sqlite.SqliteQueue` (embedded default, durable across
process crashes) and `shared.queue.azure.AzureStorageQueue`. Both pass
`tests/contract/test_queue_contract.py`.

Bodies are text (Vigor sends JSON). Errors are `shared.errors` types:
NotFound (message gone / pop receipt stale), Throttled, Unavailable.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class QueueMessage:
    id: str
    pop_receipt: str
    body: str
    dequeue_count: int  # 1 on first delivery
    inserted_at: datetime
    next_visible_at: datetime


class MessageQueue(abc.ABC):
    """Async queue client for many named queues. Safe under concurrent callers."""

    @abc.abstractmethod
    async def ensure_queue(self, queue: str) -> None:
        """Create the queue if it does not exist. Idempotent."""

    @abc.abstractmethod
    async def send(self, queue: str, body: str, delay_seconds: float = 0, ttl_seconds: int | None = None) -> str:
        """Enqueue a message, visible after `delay_seconds`; returns its id."""

    @abc.abstractmethod
    async def receive(self, queue: str, max_messages: int = 1, visibility_timeout: float = 30) -> list[QueueMessage]:
        """Take up to `max_messages` visible messages, hiding them for `visibility_timeout` seconds."""

    @abc.abstractmethod
    async def delete(self, queue: str, message_id: str, pop_receipt: str) -> None:
        """Remove a received message; NotFound if the receipt is stale (it was redelivered)."""

    @abc.abstractmethod
    async def release(self, queue: str, message_id: str, pop_receipt: str, delay_seconds: float = 0) -> None:
        """Make a received message visible again after `delay_seconds` (a failed attempt)."""

    @abc.abstractmethod
    async def extend(self, queue: str, message_id: str, pop_receipt: str, visibility_timeout: float) -> str:
        """Keep a received message hidden for `visibility_timeout` more seconds from now (a lease renewal
        while its handler runs); returns the new pop receipt (the old one is stale). NotFound if the
        receipt already is (the message was redelivered or deleted)."""

    @abc.abstractmethod
    async def approximate_count(self, queue: str) -> int:
        """Messages in the queue, visible or not."""

    @abc.abstractmethod
    async def oldest_age_seconds(self, queue: str) -> float | None:
        """Age of the oldest visible message (queue-age metric), None when none is visible."""

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise Unavailable if the queue service cannot be reached."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""


def poison_queue_name(queue: str) -> str:
    """The Functions host's naming rule for poison queues."""
    return f"{queue}-poison"
