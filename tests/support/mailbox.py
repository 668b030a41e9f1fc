"""Account email in tests: deliver the queued messages (as the queue function would) and read the outbox."""

from __future__ import annotations

import re
from typing import Any

from shared.bootstrap import get_services
from shared.email.outbox import read_outbox
from shared.identity import mail
from shared.queue import names


async def deliver_mail() -> int:
    """Send every queued account email through the configured adapter; how many were sent or dropped."""
    services = await get_services()
    done = 0
    while batch := await services.queue.receive(names.ACCOUNT_MAIL, max_messages=32, visibility_timeout=60):
        for message in batch:
            await mail.deliver(services, message.body)
            await services.queue.delete(names.ACCOUNT_MAIL, message.id, message.pop_receipt)
            done += 1
    return done


async def inbox(address: str) -> list[dict[str, Any]]:
    """The outbox messages to `address` (after delivering what is queued), oldest first."""
    await deliver_mail()
    services = await get_services()
    return read_outbox(services.settings.resolved_data_dir() / "outbox.jsonl", address, limit=1000)


def link_token(message: dict[str, Any]) -> str:
    """The single-use token in a message's link (`...#token=<token>`)."""
    found = re.search(r"#token=([A-Za-z0-9_-]+)", str(message["text"]))
    assert found, message["text"]
    return found.group(1)
