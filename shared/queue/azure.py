"""`AzureStorageQueue`: the queue port on Azure Storage queues (and Azurite).

Bodies go over the wire base64-encoded UTF-8 (`TextBase64EncodePolicy`), which is what
the Functions queue trigger decodes with host.json `messageEncoding: base64`. Reading,
a body that is not valid base64 is returned as sent rather than failing the whole batch.

The service counts time in whole seconds: delays and visibility timeouts are rounded
up (a message never shows up early; a lease is never shorter than asked), receive
leases are at least 1 s, and everything is capped at the service's 7 days.
`ttl_seconds=None` sends `-1` (never expires) instead of the service's 7-day default,
so poison messages are not silently lost. `send` creates a missing queue on first use.
"""

from __future__ import annotations

import base64
import binascii
import math
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any

from azure.core.exceptions import (
    HttpResponseError,
    ResourceExistsError,
)
from azure.storage.queue import TextBase64DecodePolicy, TextBase64EncodePolicy
from azure.storage.queue.aio import QueueClient, QueueServiceClient

from shared.azure_storage_errors import error_code, mapped_errors
from shared.errors import NotFound
from shared.queue.port import MessageQueue, QueueMessage

_MAX_SECONDS = 7 * 24 * 3600
_NOT_FOUND = frozenset({"MessageNotFound", "PopReceiptMismatch", "QueueNotFound", "ResourceNotFound"})


def _seconds(value: float, minimum: int = 0) -> int:
    return min(_MAX_SECONDS, max(minimum, math.ceil(value)))


class _LenientBase64Decode(TextBase64DecodePolicy):
    def decode(self, content: str, response: Any) -> str:
        try:
            return base64.b64decode(content, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            return content


def _mapped_errors(what: str) -> AbstractAsyncContextManager[None]:
    return mapped_errors(what, _NOT_FOUND, " (at most 48 KiB of UTF-8 per message)")


class AzureStorageQueue(MessageQueue):
    """Azure Storage queues through the async SDK; one cached `QueueClient` per queue."""

    def __init__(
        self, connection_string: str | None = None, account_url: str | None = None, credential: object | None = None
    ) -> None:
        if not connection_string and not account_url:
            raise ValueError("AzureStorageQueue needs a connection string or an account URL")
        self._connection_string = connection_string
        self._account_url = account_url
        self._credential: Any = credential  # a key, SAS, named-key or async token credential (or None)
        self._service: QueueServiceClient | None = None
        self._queues: dict[str, QueueClient] = {}

    def _service_client(self) -> QueueServiceClient:
        if self._service is None:  # built lazily: no client (or event loop) needed at import or wiring time
            options: dict[str, Any] = {
                # The SDK's default retries back off for a minute; the dispatcher retries through visibility.
                "retry_total": 2,
                "initial_backoff": 1,
                "increment_base": 2,
                "connection_timeout": 5,
                "read_timeout": 30,
            }
            if self._connection_string:
                self._service = QueueServiceClient.from_connection_string(
                    self._connection_string, credential=self._credential, **options
                )
            else:
                self._service = QueueServiceClient(str(self._account_url), credential=self._credential, **options)
        return self._service

    def _client(self, queue: str) -> QueueClient:
        client = self._queues.get(queue)
        if client is None:
            client = self._service_client().get_queue_client(
                queue, message_encode_policy=TextBase64EncodePolicy(), message_decode_policy=_LenientBase64Decode()
            )
            self._queues[queue] = client
        return client

    async def ensure_queue(self, queue: str) -> None:
        """Create the queue if missing."""
        async with _mapped_errors(f"create queue {queue}"):
            try:
                await self._client(queue).create_queue()
            except ResourceExistsError:
                pass

    async def send(self, queue: str, body: str, delay_seconds: float = 0, ttl_seconds: int | None = None) -> str:
        """Put a message (base64 text); the queue is created if it does not exist yet."""
        options = {"visibility_timeout": _seconds(delay_seconds), "time_to_live": ttl_seconds or -1}
        async with _mapped_errors(f"send to {queue}"):
            try:
                sent = await self._client(queue).send_message(body, **options)
            except HttpResponseError as exc:
                if error_code(exc) != "QueueNotFound":
                    raise
                await self.ensure_queue(queue)
                sent = await self._client(queue).send_message(body, **options)
        return str(sent.id)

    async def receive(self, queue: str, max_messages: int = 1, visibility_timeout: float = 30) -> list[QueueMessage]:
        """One Get Messages call: up to 32 messages (the service's limit); none if the queue is missing."""
        count = max(1, min(32, max_messages))
        pager = self._client(queue).receive_messages(
            messages_per_page=count, max_messages=count, visibility_timeout=_seconds(visibility_timeout, 1)
        )
        try:
            async with _mapped_errors(f"receive from {queue}"):
                async for page in pager.by_page():
                    return [
                        QueueMessage(
                            id=str(m.id),
                            pop_receipt=str(m.pop_receipt),
                            body=str(m.content),
                            dequeue_count=int(m.dequeue_count or 1),
                            inserted_at=m.inserted_on or datetime.now(UTC),
                            next_visible_at=m.next_visible_on or datetime.now(UTC),
                        )
                        async for m in page
                    ]
        except NotFound:
            return []
        return []

    async def delete(self, queue: str, message_id: str, pop_receipt: str) -> None:
        """Delete a leased message; NotFound on a stale receipt or a missing message."""
        async with _mapped_errors(f"delete from {queue}"):
            await self._client(queue).delete_message(message_id, pop_receipt)

    async def release(self, queue: str, message_id: str, pop_receipt: str, delay_seconds: float = 0) -> None:
        """Update Message with a new visibility timeout (whole seconds, rounded up)."""
        async with _mapped_errors(f"release in {queue}"):
            await self._client(queue).update_message(
                message_id, pop_receipt, visibility_timeout=_seconds(delay_seconds)
            )

    async def extend(self, queue: str, message_id: str, pop_receipt: str, visibility_timeout: float) -> str:
        """Update Message with a new visibility timeout (whole seconds, at least 1); the new pop receipt."""
        async with _mapped_errors(f"extend in {queue}"):
            updated = await self._client(queue).update_message(
                message_id, pop_receipt, visibility_timeout=_seconds(visibility_timeout, 1)
            )
        return str(updated.pop_receipt)

    async def approximate_count(self, queue: str) -> int:
        """The service's approximate count (may include expired messages); 0 for a missing queue."""
        try:
            async with _mapped_errors(f"count {queue}"):
                properties = await self._client(queue).get_queue_properties()
        except NotFound:
            return 0
        return int(properties.approximate_message_count or 0)

    async def oldest_age_seconds(self, queue: str) -> float | None:
        """Age of the message at the front (peek sees visible messages only; 1 s resolution)."""
        try:
            async with _mapped_errors(f"peek {queue}"):
                peeked = await self._client(queue).peek_messages(max_messages=1)
        except NotFound:
            return None
        if not peeked or peeked[0].inserted_on is None:
            return None
        return max(0.0, (datetime.now(UTC) - peeked[0].inserted_on).total_seconds())

    async def ping(self) -> None:
        """List one queue without retries; Unavailable if the service cannot be reached."""
        async with _mapped_errors("ping queue service"):
            async for _ in self._service_client().list_queues(results_per_page=1, retry_total=0):
                break

    async def close(self) -> None:
        """Close every cached client and the shared transport."""
        for client in self._queues.values():
            await client.close()
        self._queues.clear()
        if self._service is not None:
            await self._service.close()
            self._service = None
