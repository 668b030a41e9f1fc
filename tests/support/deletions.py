"""Run the account-deletion queue as the local host does (`process_batch` + the registered job), until it is empty."""

from __future__ import annotations

from shared.bootstrap import get_services
from shared.identity import deletion
from shared.queue import names
from shared.queue.dispatch import QueueHostSettings, process_batch
from shared.queue.port import QueueMessage

SETTINGS = QueueHostSettings(batch_size=16, max_dequeue_count=5)


async def run_deletions(rounds: int = 20) -> int:
    """Deliver every waiting erasure; how many messages were handled (failed runs count too)."""
    services = await get_services()

    async def handle(message: QueueMessage) -> None:
        await deletion.run_message(services, message.body)

    handled = 0
    for _ in range(rounds):
        done = await process_batch(services.queue, names.ACCOUNT_DELETION, handle, SETTINGS, lease_seconds=5.0)
        if not done:
            break
        handled += done
    return handled
