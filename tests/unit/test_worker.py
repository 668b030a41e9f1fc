"""The local host's worker hands queue functions what the Functions host would."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import azure.functions as func

from shared.bootstrap import close_services, get_services
from shared.localhost.triggers import QueueFunction
from shared.localhost.worker import run_queue_function, to_functions_message
from shared.queue.dispatch import QueueHostSettings
from shared.queue.port import QueueMessage
from tests.support.polling import eventually


def test_message_conversion_keeps_every_field() -> None:
    now = datetime.now(UTC)
    converted = to_functions_message(QueueMessage("id-1", "receipt", '{"a": "é"}', 3, now, now))
    assert isinstance(converted, func.QueueMessage)
    assert converted.id == "id-1" and converted.pop_receipt == "receipt"
    assert converted.get_body() == '{"a": "é"}'.encode()
    assert converted.get_json() == {"a": "é"}
    assert converted.dequeue_count == 3 and converted.insertion_time == now


async def test_worker_delivers_to_sync_and_async_functions_and_deletes_on_success() -> None:
    services = await get_services()
    seen: list[str] = []

    async def async_fn(msg: func.QueueMessage) -> None:
        seen.append("async:" + msg.get_body().decode())

    def sync_fn(msg: func.QueueMessage) -> None:
        seen.append("sync:" + msg.get_body().decode())

    await services.queue.ensure_queue("q-async")
    await services.queue.ensure_queue("q-sync")
    await services.queue.send("q-async", "one")
    await services.queue.send("q-sync", "two")
    stop = asyncio.Event()
    settings = QueueHostSettings(batch_size=4, max_polling_interval_s=0.1)
    tasks = [
        asyncio.create_task(run_queue_function(QueueFunction("a", "q-async", async_fn), settings, stop)),
        asyncio.create_task(run_queue_function(QueueFunction("s", "q-sync", sync_fn), settings, stop)),
    ]
    await eventually(lambda: len(seen) == 2, what="both deliveries")
    stop.set()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=5)
    assert sorted(seen) == ["async:one", "sync:two"]
    assert await services.queue.approximate_count("q-async") == 0
    await close_services()
