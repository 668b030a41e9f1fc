"""One contract for every MessageQueue adapter (SQLite file, Azurite), and the host's delivery rules on each."""

from __future__ import annotations

import asyncio
import base64
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from azure.storage.queue.aio import QueueClient

from shared.errors import InvalidInput, NotFound, PayloadTooLarge
from shared.queue.azure import AzureStorageQueue
from shared.queue.dispatch import QueueHostSettings, parse_timespan, process_batch
from shared.queue.port import MessageQueue, QueueMessage, poison_queue_name
from shared.queue.sqlite import SqliteQueue
from tests.support.azurite import azurite_connection_string  # noqa: F401 - session fixture
from tests.support.polling import callbacks_run, eventually

FAST = QueueHostSettings(batch_size=16, visibility_timeout_s=0, max_dequeue_count=3, max_polling_interval_s=0.1)


@pytest.fixture(params=["sqlite", pytest.param("azurite", marks=pytest.mark.azurite)])
async def queue(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[MessageQueue]:
    adapter: MessageQueue
    if request.param == "sqlite":
        adapter = SqliteQueue(tmp_path / "queue.sqlite3")
    else:
        adapter = AzureStorageQueue(connection_string=request.getfixturevalue("azurite_connection_string"))
    yield adapter
    await adapter.close()


@pytest.fixture
async def name(queue: MessageQueue) -> str:
    queue_name = f"t-{uuid.uuid4().hex[:16]}"
    await queue.ensure_queue(queue_name)
    return queue_name


async def receive_within(queue: MessageQueue, name: str, seconds: float, visibility: float = 30) -> list[QueueMessage]:
    return await eventually(
        lambda: queue.receive(name, 32, visibility_timeout=visibility), timeout=seconds, interval=0.1,
        what=f"a visible message on {name}",
    )  # fmt: skip


async def test_send_receive_delete(queue: MessageQueue, name: str) -> None:
    await queue.ping()
    body = '{"job": "plan", "note": "héllo ✓"}'
    message_id = await queue.send(name, body)
    [got] = await queue.receive(name, 10)
    assert (got.id, got.body, got.dequeue_count) == (message_id, body, 1)
    assert got.next_visible_at > got.inserted_at
    await queue.delete(name, got.id, got.pop_receipt)
    assert await queue.receive(name, 10) == []
    assert await queue.approximate_count(name) == 0
    with pytest.raises(NotFound):
        await queue.delete(name, got.id, got.pop_receipt)


async def test_message_size_limit(queue: MessageQueue, name: str) -> None:
    largest = "é" * (48 * 1024 // 2)  # 48 KiB of UTF-8: 64 KiB once base64-encoded
    await queue.send(name, "")
    await queue.send(name, largest)
    assert [m.body for m in await queue.receive(name, 2)] == ["", largest]
    with pytest.raises(PayloadTooLarge):
        await queue.send(name, largest + "x")


async def test_ensure_queue_is_idempotent_and_checks_names(queue: MessageQueue, name: str) -> None:
    await queue.ensure_queue(name)
    with pytest.raises(InvalidInput):
        await queue.ensure_queue("Not_A_Queue")


async def test_missing_queue_reads_as_empty(queue: MessageQueue) -> None:
    missing = f"m-{uuid.uuid4().hex[:12]}"
    assert await queue.receive(missing) == []
    assert await queue.approximate_count(missing) == 0
    assert await queue.oldest_age_seconds(missing) is None


async def test_delay_hides_a_message_until_due(queue: MessageQueue, name: str) -> None:
    started = time.monotonic()
    await queue.send(name, "later", delay_seconds=1)
    assert await queue.receive(name) == []
    got = await receive_within(queue, name, 4)
    assert [m.body for m in got] == ["later"]
    assert time.monotonic() - started >= 0.9


async def test_visibility_timeout_redelivers(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "lease")
    [first] = await queue.receive(name, visibility_timeout=1)
    assert await queue.receive(name) == []
    [second] = await receive_within(queue, name, 4, visibility=1)
    assert (second.id, second.body, second.dequeue_count) == (first.id, "lease", 2)
    assert second.pop_receipt != first.pop_receipt
    with pytest.raises(NotFound):
        await queue.delete(name, first.id, first.pop_receipt)
    with pytest.raises(NotFound):
        await queue.release(name, first.id, first.pop_receipt)
    await queue.delete(name, second.id, second.pop_receipt)
    assert await queue.approximate_count(name) == 0


async def test_release_makes_it_visible_again(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "retry me")
    [first] = await queue.receive(name)
    await queue.release(name, first.id, first.pop_receipt)
    [second] = await queue.receive(name)
    assert (second.id, second.dequeue_count) == (first.id, 2)
    await queue.release(name, second.id, second.pop_receipt, delay_seconds=1)
    assert await queue.receive(name) == []
    [third] = await receive_within(queue, name, 4)
    assert third.dequeue_count == 3
    with pytest.raises(NotFound):
        await queue.release(name, str(uuid.uuid4()), third.pop_receipt)


async def test_extend_keeps_a_message_hidden_and_changes_its_receipt(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "long job")
    [got] = await queue.receive(name, visibility_timeout=1)
    receipt = await queue.extend(name, got.id, got.pop_receipt, 3)
    assert receipt != got.pop_receipt
    await asyncio.sleep(1.5)
    assert await queue.receive(name) == []  # past the first lease, still hidden
    with pytest.raises(NotFound):
        await queue.extend(name, got.id, got.pop_receipt, 3)  # the old receipt is stale
    with pytest.raises(NotFound):
        await queue.delete(name, got.id, got.pop_receipt)
    await queue.delete(name, got.id, receipt)
    assert await queue.approximate_count(name) == 0


async def test_process_batch_renews_the_lease_of_a_long_run(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "slow")
    stolen: list[QueueMessage] = []

    async def handler(message: QueueMessage) -> None:
        for _ in range(12):  # 3 s under a 1 s lease
            stolen.extend(await queue.receive(name))
            await asyncio.sleep(0.25)

    assert await process_batch(queue, name, handler, FAST, lease_seconds=1) == 1
    assert stolen == []  # nobody else got it while it ran
    assert await queue.approximate_count(name) == 0  # deleted with the renewed receipt


async def test_count_and_oldest_age(queue: MessageQueue, name: str) -> None:
    assert await queue.oldest_age_seconds(name) is None
    for i in range(3):
        await queue.send(name, f"m{i}")

    async def a_second_old() -> bool:
        age = await queue.oldest_age_seconds(name)
        return age is not None and age >= 1.0

    await eventually(a_second_old, timeout=5, interval=0.1)  # the age grows with time
    [leased] = await queue.receive(name)
    assert await queue.approximate_count(name) == 3  # leased messages still count
    age = await queue.oldest_age_seconds(name)
    assert age is not None and 1.0 <= age < 10
    await queue.delete(name, leased.id, leased.pop_receipt)
    assert await queue.approximate_count(name) == 2


async def test_ttl_expires_messages(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "short-lived", ttl_seconds=1)
    await queue.send(name, "kept")

    async def only_the_kept_one_left() -> list[str] | None:
        got = await queue.receive(name, 10)
        if [m.body for m in got] == ["kept"]:
            return ["kept"]
        for message in got:  # not expired yet: put everything back and look again
            await queue.release(name, message.id, message.pop_receipt)
        return None

    assert await eventually(only_the_kept_one_left, timeout=10, interval=0.2) == ["kept"]


async def test_sequential_sends_come_out_in_order(queue: MessageQueue, name: str) -> None:
    bodies = [f"n{i}" for i in range(8)]
    for body in bodies:
        await queue.send(name, body)
    got = await queue.receive(name, 8)
    assert [m.body for m in got] == bodies


async def test_concurrent_receivers_never_share_a_lease(queue: MessageQueue, name: str) -> None:
    sent = set(await asyncio.gather(*(queue.send(name, f"c{i}") for i in range(30))))
    seen: list[str] = []

    async def receiver() -> None:
        for _ in range(40):
            got = await queue.receive(name, 4, visibility_timeout=30)
            if not got and len(seen) >= 30:
                return
            seen.extend(m.id for m in got)

    await asyncio.gather(*(receiver() for _ in range(6)))
    assert len(seen) == len(set(seen)) == 30
    assert set(seen) == sent


async def test_process_batch_deletes_on_success(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "ok-1")
    await queue.send(name, "ok-2")
    handled: list[str] = []

    async def handler(message: QueueMessage) -> None:
        handled.append(message.body)

    assert await process_batch(queue, name, handler, FAST) == 2
    assert sorted(handled) == ["ok-1", "ok-2"]
    assert await queue.approximate_count(name) == 0
    assert await process_batch(queue, name, handler, FAST) == 0


async def test_process_batch_retries_then_succeeds(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "flaky")
    attempts: list[int] = []

    async def handler(message: QueueMessage) -> None:
        attempts.append(message.dequeue_count)
        if len(attempts) == 1:
            raise RuntimeError("transient")

    assert await process_batch(queue, name, handler, FAST) == 1
    assert await process_batch(queue, name, handler, FAST) == 1
    assert attempts == [1, 2]
    assert await queue.approximate_count(name) == 0
    assert await queue.approximate_count(poison_queue_name(name)) == 0


async def test_poison_after_max_dequeue_count(queue: MessageQueue, name: str, caplog: pytest.LogCaptureFixture) -> None:
    body = '{"secret": "user data"}'
    await queue.send(name, body)
    calls: list[int] = []

    async def handler(message: QueueMessage) -> None:
        calls.append(message.dequeue_count)
        raise ValueError("always fails")

    for _ in range(FAST.max_dequeue_count + 2):
        await process_batch(queue, name, handler, FAST)
    assert calls == [1, 2, 3]
    assert await queue.approximate_count(name) == 0
    [poisoned] = await queue.receive(poison_queue_name(name))
    assert poisoned.body == body
    assert "user data" not in caplog.text and "ValueError" in caplog.text


async def test_poison_without_running_when_over_the_limit(queue: MessageQueue, name: str) -> None:
    await queue.send(name, "crashed every time")
    for _ in range(FAST.max_dequeue_count):  # workers that died mid-message: leased, never settled
        [leased] = await queue.receive(name)
        await queue.release(name, leased.id, leased.pop_receipt)

    async def handler(message: QueueMessage) -> None:
        raise AssertionError("must not run past max_dequeue_count")

    assert await process_batch(queue, name, handler, FAST) == 1
    assert [m.body for m in await queue.receive(poison_queue_name(name))] == ["crashed every time"]
    assert await queue.approximate_count(name) == 0


async def test_sqlite_wakes_an_idle_poller(tmp_path: Path) -> None:
    queue = SqliteQueue(tmp_path / "queue.sqlite3")
    waiter = asyncio.ensure_future(queue.wait_for_send("wake-me"))
    await queue.send("other-queue", "x")
    await queue.send("wake-me", "later", delay_seconds=5)
    await callbacks_run()  # a send that woke the poller has already set its event: the waiter is done by now
    assert not waiter.done()
    await queue.send("wake-me", "now")
    await asyncio.wait_for(waiter, 1)
    await queue.close()


@pytest.mark.azurite
async def test_azure_wire_format_is_base64(azurite_connection_string: str) -> None:  # noqa: F811
    """What Functions' queue trigger (messageEncoding base64) decodes, and raw text still reads."""
    queue_name = f"w-{uuid.uuid4().hex[:12]}"
    adapter = AzureStorageQueue(connection_string=azurite_connection_string)
    raw = QueueClient.from_connection_string(azurite_connection_string, queue_name)  # the SDK default: no encoding
    try:
        await adapter.send(queue_name, '{"a": "é"}')
        [peeked] = await raw.peek_messages()
        assert peeked.content == base64.b64encode('{"a": "é"}'.encode()).decode()
        await raw.clear_messages()
        await raw.send_message('{"plain": true}')
        assert [m.body for m in await adapter.receive(queue_name)] == ['{"plain": true}']
    finally:
        await raw.close()
        await adapter.close()


def test_host_settings_from_host_json(tmp_path: Path) -> None:
    configured = tmp_path / "configured.json"
    configured.write_text(
        '{"functionTimeout": "00:10:00", "extensions": {"queues": {"batchSize": 8, "maxDequeueCount": 5,'
        ' "visibilityTimeout": "00:00:10", "maxPollingInterval": "00:00:02", "newBatchThreshold": 4}}}'
    )
    parsed = QueueHostSettings.from_host_json(configured)
    assert (parsed.batch_size, parsed.max_dequeue_count, parsed.visibility_timeout_s) == (8, 5, 10.0)
    assert (parsed.max_polling_interval_s, parsed.new_batch_threshold, parsed.function_timeout_s) == (2, 4, 600)
    QueueHostSettings.from_host_json(Path(__file__).resolve().parents[2] / "host.json")  # the repo's own parses
    empty = tmp_path / "host.json"
    empty.write_text('{"version": "2.0"}')
    defaults = QueueHostSettings.from_host_json(empty)
    assert (defaults.batch_size, defaults.max_dequeue_count, defaults.visibility_timeout_s) == (16, 5, 0)
    assert defaults.max_polling_interval_s == 5.0  # Azure's 1 min default, capped for local use
    assert QueueHostSettings.from_host_json(empty, polling_cap_s=None).max_polling_interval_s == 60
    assert parse_timespan("1.02:03:04.5") == 86400 + 7384.5
    with pytest.raises(ValueError):
        parse_timespan("10s")
