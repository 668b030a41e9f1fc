"""Daily pushes are delivered at least once, within a bound, and never twice (task hAU).

Before: a push batch that failed part-way (a queue error or a killed process after some browsers were queued) was
retried by the queue, but the day's marker made the retry queue nothing, so the rest never got their push; a busy
push service (429 with Retry-After, 5xx, a hang) was asked again every 10 s, five times in under a minute, then the
push was poisoned. Now the marker records its browsers and a retry resumes it; a failed send is queued again after a
backoff that honours Retry-After, at most five sends; a receipt per browser, kind and day keeps every copy of a
message from sending twice. Against a fake push service on 127.0.0.1 (TLS, real pywebpush encryption and VAPID), the
SQLite queue, and the embedded store or the Cosmos DB protocol server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from shared.bootstrap import Services, get_services
from shared.errors import Unavailable
from shared.notifications import delivery, receipts, reminder_slots, retries, sender
from shared.notifications.reminder_slots import schedule_due_pushes
from shared.notifications.schedule import schedule_user
from shared.notifications.sender import PushSender
from shared.notifications.vapid import vapid_keys
from shared.queue import names
from tests.support import store_backends
from tests.support.fake_push import FakeBrowser, FakePushService
from tests.support.identity import PROFILE, User, sign_up
from tests.support.queue_time import delays, pass_time
from tests.support.workout_fixtures import plan_body

cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app
PUSHES = names.PUSH_NOTIFICATIONS
# Monday 2026-03-30, 07:10 in Berlin: the workout-day reminder's hour (the plan trains on Mondays).
MONDAY_0710 = datetime(2026, 3, 30, 5, 10, tzinfo=UTC)
PREFS = {"daily_message": False, "workout_reminders": True, "reminder_hour": 7, "quiet_hours": None,
         "workout_time": "18:00"}  # fmt: skip


async def _drain(services: Services) -> list[str]:
    """Deliver every visible push once, as the queue trigger does (a raise gives the message back)."""
    outcomes = []
    for message in await services.queue.receive(PUSHES, max_messages=32):
        try:
            outcomes.append(await delivery.deliver(services, message.body))
        except delivery.PushRetry:
            outcomes.append("raised")
            await services.queue.release(PUSHES, message.id, message.pop_receipt)
            continue
        await services.queue.delete(PUSHES, message.id, message.pop_receipt)
    return outcomes


@pytest.fixture
async def world(app: FastAPI, tmp_path: Path) -> Any:
    user: User = await sign_up(app)
    profile = {**PROFILE, "timezone": "Europe/Berlin"}
    assert (await user.client.put("/api/users/profile", json=profile, headers=user.auth)).status_code == 200
    plan = (await user.client.post("/api/workouts", json=plan_body(days=(0, 3)), headers=user.auth)).json()
    assert (await user.client.post(f"/api/workouts/{plan['id']}/activate", headers=user.auth)).is_success
    services = await get_services()
    services.clock = lambda: MONDAY_0710
    key = (await user.client.get("/api/notifications/public-key", headers=user.auth)).json()["public_key"]
    async with FakePushService(tmp_path, {"phone": FakeBrowser(), "laptop": FakeBrowser()}, key) as push:
        session = push.client_session()
        services.caches.push = PushSender(vapid_keys(services.settings), session)
        for name in ("phone", "laptop"):
            body = push.browsers[name].subscription(push.endpoint(name))
            made = await user.client.post("/api/notifications/subscriptions", json=body, headers=user.auth)
            assert made.status_code == 201, made.text
        assert (await user.client.put("/api/notifications/preferences", json=PREFS, headers=user.auth)).is_success
        yield user, services, push
        await session.close()


async def test_a_batch_that_failed_part_way_is_resumed_by_its_retry_and_nobody_gets_two(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, services, push = world
    assert (await schedule_due_pushes(services, MONDAY_0710))["users"] == 1
    [batch] = await services.queue.receive(names.PUSH_BATCHES, max_messages=32)

    # The queue fails after the first browser's push was queued (as a killed process would stop there).
    real_send = services.queue.send
    sends: list[str] = []

    async def failing_send(queue: str, body: str, delay_seconds: float = 0, ttl_seconds: int | None = None) -> str:
        if queue == PUSHES and sends:
            raise Unavailable("queue down")
        sends.append(body)
        return str(await real_send(queue, body, delay_seconds, ttl_seconds))

    monkeypatch.setattr(services.queue, "send", failing_send)
    with pytest.raises(reminder_slots.PushBatchIncomplete):
        await reminder_slots.run_batch(services, batch.body)
    monkeypatch.setattr(services.queue, "send", real_send)
    assert len(sends) == 1

    # The queue's retry of the batch resumes the day's push from its record: both browsers are queued again ...
    assert (await reminder_slots.run_batch(services, batch.body))["messages"] == 2
    # ... and the browser queued twice is sent once.
    assert sorted(await _drain(services)) == ["duplicate", "sent", "sent"]
    assert sorted(got.path for got in push.received) == ["/push/laptop", "/push/phone"]
    assert sorted(push.tried) == ["laptop", "phone"]
    # Once all was queued, a later copy of the batch (or the next hour's run) queues nothing.
    assert (await reminder_slots.run_batch(services, batch.body))["messages"] == 0
    assert await schedule_user(services, user.user_id, MONDAY_0710 + timedelta(hours=1)) == 0
    assert await _drain(services) == []


async def test_a_busy_service_is_asked_again_after_a_backoff_that_honours_retry_after(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, services, push = world
    monkeypatch.setattr(sender, "TIMEOUT_S", 0.5)  # the fake service's hang outlasts it
    await user.client.delete(f"/api/notifications/subscriptions/{_id(push, 'laptop')}", headers=user.auth)
    push.statuses = {"phone": [(429, 120), 503, "hang"]}
    assert await schedule_user(services, user.user_id, MONDAY_0710) == 1

    assert await _drain(services) == ["retry"]  # 429, Retry-After: 120
    [wait] = delays(services.queue, PUSHES)
    assert 119 <= wait <= 121
    assert await _drain(services) == []  # not before the service asked
    pass_time(services.queue, PUSHES, 121)
    assert await _drain(services) == ["retry"]  # 503: the second backoff step
    [wait] = delays(services.queue, PUSHES)
    assert retries.BACKOFF_S[1] * (1 - retries.JITTER) - 1 <= wait <= retries.BACKOFF_S[1]
    pass_time(services.queue, PUSHES, wait + 1)
    assert await _drain(services) == ["retry"]  # no answer in time: as a 5xx
    [wait] = delays(services.queue, PUSHES)
    assert retries.BACKOFF_S[2] * (1 - retries.JITTER) - 1 <= wait <= retries.BACKOFF_S[2]
    pass_time(services.queue, PUSHES, wait + 1)
    assert await _drain(services) == ["sent"]
    assert await _drain(services) == [] and delays(services.queue, PUSHES) == []
    assert push.tried == ["phone"] * 4 and [got.path for got in push.received] == ["/push/phone"]


async def test_a_push_that_never_gets_through_is_dropped_after_five_sends(world: Any) -> None:
    user, services, push = world
    push.statuses = {"phone": [503] * 10, "laptop": [(503, 6 * 3600)]}  # the laptop's service asks for 6 hours
    assert await schedule_user(services, user.user_id, MONDAY_0710) == 2
    outcomes = []
    for _ in range(10):
        outcomes += await _drain(services)
        pass_time(services.queue, PUSHES, retries.MAX_WAIT_S)
    assert sorted(outcomes) == ["gave_up", "gave_up", "retry", "retry", "retry", "retry"]
    assert push.tried.count("phone") == retries.MAX_ATTEMPTS and push.tried.count("laptop") == 1
    assert push.received == [] and delays(services.queue, PUSHES) == []
    listed = (await user.client.get("/api/notifications/subscriptions", headers=user.auth)).json()["items"]
    assert len(listed) == 2  # a failing service is no expired subscription: both browsers are kept


async def test_a_copy_of_a_message_sends_nothing_twice_and_waits_for_a_worker_mid_send(world: Any) -> None:
    user, services, push = world
    assert await schedule_user(services, user.user_id, MONDAY_0710) == 2
    [phone, laptop] = sorted(await services.queue.receive(PUSHES, max_messages=32), key=lambda m: m.body)
    bodies = {json.loads(m.body)["subscription_id"]: m.body for m in (phone, laptop)}
    for message in (phone, laptop):  # this test is the worker: it hands the bodies to `deliver` itself
        await services.queue.delete(PUSHES, message.id, message.pop_receipt)
    phone_id = _id(push, "phone")
    # A worker took the phone's receipt and died before the push service answered.
    receipt = receipts.receipt_id("workout", "2026-03-30", phone_id)
    now = MONDAY_0710.timestamp()
    assert (await receipts.claim(services.store, user.user_id, receipt, now))[0] == "go"
    assert await delivery.deliver(services, bodies[phone_id]) == "busy"  # its lease still holds: look again later
    [wait] = delays(services.queue, PUSHES)
    assert receipts.LEASE_S - 5 <= wait <= receipts.LEASE_S + 5
    assert push.tried == []
    services.clock = lambda: MONDAY_0710 + timedelta(seconds=receipts.LEASE_S + 1)  # the lease is over
    pass_time(services.queue, PUSHES, receipts.LEASE_S + 5)
    assert await _drain(services) == ["sent"]  # taken over: sent once
    assert await delivery.deliver(services, bodies[phone_id]) == "duplicate"  # any later copy: nothing
    assert push.tried == ["phone"]


def _id(push: FakePushService, name: str) -> str:
    from shared.notifications.subscriptions import subscription_id

    return subscription_id(push.endpoint(name))
