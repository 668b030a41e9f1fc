"""Queue port and adapters."""

from shared.queue.port import MessageQueue, QueueMessage, poison_queue_name

__all__ = ["MessageQueue", "QueueMessage", "poison_queue_name"]
