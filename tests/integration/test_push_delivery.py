"""Web Push end to end against a fake push service on 127.0.0.1 (TLS): the real pywebpush encrypts (aes128gcm) and
signs (VAPID), the fake service checks the signature with the public key the browser subscribed with and decrypts
with the browser's private key. The daily message's job and the hourly pass queue the pushes; the queue handler
sends them; 404/410 remove the subscription; 429/5xx are queued again after a backoff (tests/integration/
test_push_resume_hAU.py has the details)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from shared.bootstrap import Services, get_services
from shared.coach.daily import run_daily_job
from shared.notifications import delivery, reminder_slots, retries, sample
from shared.notifications.reminder_slots import schedule_due_pushes
from shared.notifications.schedule import schedule_user
from shared.notifications.sender import PushSender
from shared.notifications.vapid import vapid_keys
from shared.queue import names
from tests.support.fake_push import FakeBrowser, FakePushService
from tests.support.identity import PROFILE, User, sign_up
from tests.support.queue_time import pass_time
from tests.support.workout_fixtures import plan_body, session_body

# Monday 2026-03-30, 07:10 in Berlin (CEST, UTC+2): the day after the spring change.
MONDAY_0710 = datetime(2026, 3, 30, 5, 10, tzinfo=UTC)
PREFS = {"daily_message": True, "workout_reminders": True, "reminder_hour": 7, "quiet_hours": None,
         "workout_time": "18:00"}  # fmt: skip


async def _setup(user: User) -> None:
    profile = {**PROFILE, "timezone": "Europe/Berlin", "daily_message_hour": 7}
    assert (await user.client.put("/api/users/profile", json=profile, headers=user.auth)).status_code == 200
    plan = (await user.client.post("/api/workouts", json=plan_body(days=(0, 3)), headers=user.auth)).json()
    assert (await user.client.post(f"/api/workouts/{plan['id']}/activate", headers=user.auth)).is_success


async def _drain(services: Services) -> list[str]:
    """Deliver every queued push once, as the queue trigger would (a raise leaves the message for a retry)."""
    outcomes = []
    for message in await services.queue.receive(names.PUSH_NOTIFICATIONS, max_messages=32):
        try:
            outcomes.append(await delivery.deliver(services, message.body))
        except delivery.PushRetry:  # the worker gives the message back (here without its backoff delay)
            outcomes.append("retry")
            await services.queue.release(names.PUSH_NOTIFICATIONS, message.id, message.pop_receipt)
            continue
        await services.queue.delete(names.PUSH_NOTIFICATIONS, message.id, message.pop_receipt)
    return outcomes


async def _subscribe(user: User, subscription: dict[str, Any]) -> str:
    made = await user.client.post("/api/notifications/subscriptions", json=subscription, headers=user.auth)
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


@pytest.fixture
async def world(app: FastAPI, tmp_path: Path) -> Any:
    user = await sign_up(app)
    await _setup(user)
    services = await get_services()
    services.clock = lambda: MONDAY_0710
    key = (await user.client.get("/api/notifications/public-key", headers=user.auth)).json()["public_key"]
    browsers = {"phone": FakeBrowser(), "laptop": FakeBrowser()}
    async with FakePushService(tmp_path, browsers, key) as push:
        session = push.client_session()
        services.caches.push = PushSender(vapid_keys(services.settings), session)
        yield user, services, push
        await session.close()


async def test_the_daily_message_and_the_workout_reminder_arrive_encrypted_and_signed(world: Any) -> None:
    user, services, push = world
    for name in ("phone", "laptop"):
        await _subscribe(user, FakeBrowser.subscription(push.browsers[name], push.endpoint(name)))
    assert (await user.client.put("/api/notifications/preferences", json=PREFS, headers=user.auth)).status_code == 200

    # The daily message's job writes the message, then queues its push (and the workout day's, due too).
    await run_daily_job(services, {"id": "job-1", "userId": user.user_id, "request": {"date": "2026-03-30"}})
    assert sorted(await _drain(services)) == ["sent"] * 4
    assert not push.refused, push.refused
    by_tag: dict[str, list[str]] = {}
    for got in push.received:
        by_tag.setdefault(got.payload["tag"], []).append(got.path)
        assert got.claims["aud"] == push.origin and got.headers["Content-Encoding"] == "aes128gcm"
    assert {tag: sorted(paths) for tag, paths in by_tag.items()} == {
        "daily-2026-03-30": ["/push/laptop", "/push/phone"], "workout-2026-03-30": ["/push/laptop", "/push/phone"],
    }  # fmt: skip
    workout = next(got.payload for got in push.received if got.payload["tag"].startswith("workout"))
    assert workout == {"title": "Workout day", "body": "Day 1, about 45 minutes.", "tag": "workout-2026-03-30",
                       "url": "/log"}  # fmt: skip
    shown = json.dumps([got.payload for got in push.received]).lower()
    for private in ("knee", "ski", "injur", "par", "heart"):  # the profile's injury, PAR-Q: never on a lock screen
        assert private not in shown

    # The hourly pass of the reminder's slot (07:10 Berlin) finds both already sent today: nothing more; and it
    # moves the user's slot on to tomorrow's reminder.
    assert (await schedule_due_pushes(services, MONDAY_0710))["users"] == 1
    [batch] = await services.queue.receive(names.PUSH_BATCHES, max_messages=32)
    assert await reminder_slots.run_batch(services, batch.body) == {"users": 1, "messages": 0, "reslotted": 0}
    assert (await schedule_due_pushes(services, datetime(2026, 3, 30, 6, 10, tzinfo=UTC)))["users"] == 0


async def test_an_expired_subscription_is_removed_and_a_busy_service_is_retried(world: Any) -> None:
    user, services, push = world
    phone = await _subscribe(user, push.browsers["phone"].subscription(push.endpoint("phone")))
    await _subscribe(user, push.browsers["laptop"].subscription(push.endpoint("laptop")))
    prefs = {**PREFS, "daily_message": False}
    assert (await user.client.put("/api/notifications/preferences", json=prefs, headers=user.auth)).status_code == 200
    push.statuses = {"phone": [410], "laptop": [429, 503]}

    assert await schedule_user(services, user.user_id, MONDAY_0710) == 2
    assert sorted(await _drain(services)) == ["expired", "retry"]
    listed = (await user.client.get("/api/notifications/subscriptions", headers=user.auth)).json()["items"]
    assert phone not in [item["id"] for item in listed] and len(listed) == 1

    # hAU: the laptop's push is queued again after a backoff (not at once); as that time passes it is sent again
    # until the service takes it.
    assert await _drain(services) == []
    pass_time(services.queue, names.PUSH_NOTIFICATIONS, retries.MAX_WAIT_S)
    assert await _drain(services) == ["retry"]
    pass_time(services.queue, names.PUSH_NOTIFICATIONS, retries.MAX_WAIT_S)
    assert await _drain(services) == ["sent"]
    assert await _drain(services) == []
    assert [got.path for got in push.received] == ["/push/laptop"]


async def test_nothing_is_pushed_in_quiet_hours_or_after_opting_out(world: Any) -> None:
    user, services, push = world
    await _subscribe(user, push.browsers["phone"].subscription(push.endpoint("phone")))
    quiet = {**PREFS, "daily_message": False, "quiet_hours": {"start_hour": 22, "end_hour": 9}}
    assert (await user.client.put("/api/notifications/preferences", json=quiet, headers=user.auth)).status_code == 200
    assert await schedule_user(services, user.user_id, MONDAY_0710) == 0  # 07:10 is quiet until 09:00
    at_nine = datetime(2026, 3, 30, 7, 10, tzinfo=UTC)  # 09:10 in Berlin: the first hour that is not quiet
    assert await schedule_user(services, user.user_id, at_nine) == 1
    off = {**quiet, "workout_reminders": False}
    assert (await user.client.put("/api/notifications/preferences", json=off, headers=user.auth)).status_code == 200
    services.clock = lambda: at_nine
    assert await _drain(services) == ["skipped"]  # turned off before the queue got to it
    assert push.received == []


async def test_no_workout_reminder_on_a_day_the_user_already_trained(world: Any) -> None:
    user, services, push = world
    await _subscribe(user, push.browsers["phone"].subscription(push.endpoint("phone")))
    prefs = {**PREFS, "daily_message": False}
    assert (await user.client.put("/api/notifications/preferences", json=prefs, headers=user.auth)).status_code == 200

    async def log(started_at: str) -> None:
        body = session_body(started_at, [("barbell-back-squat", 5, 100.0, 8.0)], day_index=None)
        made = await user.client.post("/api/workouts/sessions", json=body, headers=user.auth)
        assert made.status_code == 201, made.text

    # Sunday night in Berlin is not Monday: the reminder is queued.
    await log("2026-03-29T23:30:00+02:00")
    assert await schedule_user(services, user.user_id, MONDAY_0710) == 1
    # The user trains before the queue gets to it: the reminder is dropped, not sent.
    await log("2026-03-30T07:00:00+02:00")
    assert await _drain(services) == ["skipped"]
    assert push.received == []

    # Thursday (the plan's other day): a session at 00:30 Berlin, still Wednesday in UTC, is that Thursday.
    thursday_0710 = datetime(2026, 4, 2, 5, 10, tzinfo=UTC)
    await log("2026-04-02T00:30:00+02:00")
    assert await schedule_user(services, user.user_id, thursday_0710) == 0
    assert await _drain(services) == []
    assert push.received == []


async def test_a_test_notification_reaches_the_chosen_browsers_now_whatever_the_settings(world: Any, app: Any) -> None:
    user, services, push = world
    test = "/api/notifications/test"
    none_yet = await user.client.post(test, headers=user.auth)
    assert none_yet.status_code == 409 and "turn them on" in none_yet.json()["detail"]
    phone = await _subscribe(user, push.browsers["phone"].subscription(push.endpoint("phone")))
    await _subscribe(user, push.browsers["laptop"].subscription(push.endpoint("laptop")))
    # Everything off and 07:10 inside quiet hours: a reminder would wait, the test the user asked for does not.
    quiet = {"start_hour": 22, "end_hour": 9}
    off = {**PREFS, "daily_message": False, "workout_reminders": False, "quiet_hours": quiet}
    assert (await user.client.put("/api/notifications/preferences", json=off, headers=user.auth)).status_code == 200

    everywhere = await user.client.post(test, headers=user.auth)
    assert everywhere.status_code == 200, everywhere.text
    assert everywhere.json() == {"sent": 2, "expired": 0, "failed": 0}
    assert not push.refused, push.refused  # signed with the VAPID key and encrypted to each browser, as reminders are
    assert sorted(got.path for got in push.received) == ["/push/laptop", "/push/phone"]
    assert {json.dumps(got.payload) for got in push.received} == {
        json.dumps(
            {
                "title": "Vigor test notification",
                "body": "Reminders reach this device.",
                "tag": "test",
                "url": "/account",
            }
        )
    }
    assert await _drain(services) == []  # sent in the request, not queued behind the reminders

    push.received.clear()
    one = await user.client.post(test, json={"subscription_id": phone}, headers=user.auth)
    assert one.json() == {"sent": 1, "expired": 0, "failed": 0}
    assert [got.path for got in push.received] == ["/push/phone"]

    other = await sign_up(app)
    assert (await other.client.post(test, json={"subscription_id": phone}, headers=other.auth)).status_code == 404
    bad = await user.client.post(test, json={"subscription_id": "phone"}, headers=user.auth)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "subscription_id"

    # A browser that dropped its subscription: reported and removed; a failing push service: reported, kept.
    push.statuses = {"phone": [410], "laptop": [503]}
    gone = await user.client.post(test, headers=user.auth)
    assert gone.json() == {"sent": 0, "expired": 1, "failed": 1}
    listed = (await user.client.get("/api/notifications/subscriptions", headers=user.auth)).json()["items"]
    assert [item["id"] for item in listed] != [] and phone not in [item["id"] for item in listed]

    # A bounded number an hour (a window may turn over mid-loop: within two windows' worth, one is refused).
    answers = [(await user.client.post(test, headers=user.auth)) for _ in range(2 * sample.PER_HOUR)]
    refused = [a for a in answers if a.status_code == 429]
    assert refused and refused[0].headers.get("Retry-After") and "test notifications" in refused[0].text
