"""Daily messages: due by local time (time zones, DST), exactly once per user per local day."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI

from functions.http.app import create_app
from shared.bootstrap import Services, close_services, get_services
from shared.coach import daily, daily_schedule
from shared.coach.messages import AI
from shared.jobs.service import run_job_message
from shared.profile.message_slot import due_date
from shared.queue import names
from shared.store.port import Filter, PatchOp
from tests.support.identity import PROFILE, User, fast_hashing, sign_up


def _utc(local: str, zone: str) -> datetime:
    return datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


@pytest.mark.parametrize(
    ("zone", "hour", "now", "expected"),
    [
        ("Europe/Berlin", 7, _utc("2026-06-10T06:59", "Europe/Berlin"), None),
        ("Europe/Berlin", 7, _utc("2026-06-10T07:05", "Europe/Berlin"), date(2026, 6, 10)),
        ("Europe/Berlin", 7, _utc("2026-06-10T23:05", "Europe/Berlin"), date(2026, 6, 10)),
        ("Asia/Kolkata", 8, datetime(2026, 6, 10, 3, 5, tzinfo=UTC), date(2026, 6, 10)),  # 08:35 IST
        ("Asia/Kolkata", 8, datetime(2026, 6, 10, 2, 5, tzinfo=UTC), None),  # 07:35 IST
        ("Pacific/Kiritimati", 6, datetime(2026, 6, 9, 17, 5, tzinfo=UTC), date(2026, 6, 10)),  # UTC+14
        ("Pacific/Pago_Pago", 6, datetime(2026, 6, 10, 17, 5, tzinfo=UTC), date(2026, 6, 10)),  # UTC-11
        # Spring forward (Berlin, 2026-03-29): 02:xx does not exist; the 2 o'clock message comes at 03:05.
        ("Europe/Berlin", 2, datetime(2026, 3, 29, 0, 5, tzinfo=UTC), None),  # 01:05 CET
        ("Europe/Berlin", 2, datetime(2026, 3, 29, 1, 5, tzinfo=UTC), date(2026, 3, 29)),  # 03:05 CEST
        # Fall back (Berlin, 2026-10-25): 02:05 happens twice, on the same local date.
        ("Europe/Berlin", 2, datetime(2026, 10, 25, 0, 5, tzinfo=UTC), date(2026, 10, 25)),  # 02:05 CEST
        ("Europe/Berlin", 2, datetime(2026, 10, 25, 1, 5, tzinfo=UTC), date(2026, 10, 25)),  # 02:05 CET
        ("America/New_York", 0, datetime(2026, 11, 1, 4, 5, tzinfo=UTC), date(2026, 11, 1)),  # 00:05 EDT
    ],
)
def test_due_by_local_time(zone: str, hour: int, now: datetime, expected: date | None) -> None:
    assert due_date(zone, hour, now) == expected


@dataclass
class World:
    app: FastAPI
    services: Services
    users: list[User]


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    fast_hashing(monkeypatch)
    monkeypatch.setenv("LLM_DEFER_ACCOUNTING", "false")
    app = create_app()
    users = [await sign_up(app) for _ in range(3)]
    services = await get_services()
    real_clock = services.clock
    services.clock = lambda: FALL_BACK - timedelta(hours=2)  # the send slots are placed for the tests' days
    for user, (zone, hour) in zip(users, (("Europe/Berlin", 2), ("Asia/Tokyo", 9), ("America/Los_Angeles", 23))):
        profile = {**PROFILE, "timezone": zone, "daily_message_hour": hour}
        assert (await user.client.put("/api/users/profile", json=profile, headers=user.auth)).status_code == 200
    services.clock = real_clock
    yield World(app, services, users)
    for user in users:
        await user.client.aclose()
    await close_services()


async def _drain(w: World) -> int:
    """Run every queued daily-message job (each delivered twice, as at-least-once allows)."""
    ran = 0
    while batch := await w.services.queue.receive(names.DAILY_MESSAGES, max_messages=32, visibility_timeout=60):
        for message in batch:
            await run_job_message(w.services, message.body)
            await run_job_message(w.services, message.body)
            await w.services.queue.delete(names.DAILY_MESSAGES, message.id, message.pop_receipt)
            ran += 1
    return ran


async def _tick(w: World, now: datetime) -> dict[str, int]:
    """One run of the hourly timer at `now`, and its batches run as the queue delivers them."""
    counts = {"due": 0, "scheduled": 0}
    await daily_schedule.schedule_due(w.services, now)
    while batch := await w.services.queue.receive(names.DAILY_BATCHES, max_messages=32, visibility_timeout=60):
        for message in batch:
            done = await daily_schedule.run_batch(w.services, message.body)
            counts = {k: counts[k] + done[k] for k in counts}
            await w.services.queue.delete(names.DAILY_BATCHES, message.id, message.pop_receipt)
    return counts


async def _daily_count(w: World, user: User) -> int:
    return await w.services.store.count(
        AI, (Filter("type", "eq", "coach_message"), Filter("role", "eq", "daily")), user.user_id
    )


# 2026-10-25 01:05 UTC: Berlin 02:05 CET (after fall-back), Tokyo 10:05, Los Angeles 18:05 (the day before).
FALL_BACK = datetime(2026, 10, 25, 1, 5, tzinfo=UTC)


async def test_timer_twice_makes_one_message_per_due_user(world: World) -> None:
    berlin, tokyo, la = world.users
    # 00:05 UTC: Berlin 02:05 CEST and Tokyo 09:05 share slot 0; Los Angeles (23:00, slot 6) is not read.
    first = await _tick(world, FALL_BACK - timedelta(hours=1))
    again = await _tick(world, FALL_BACK - timedelta(hours=1))  # the timer fires twice
    # Berlin's next message (02:00 CET, 01:00 UTC) has moved to slot 1 after the clock change.
    assert first == {"due": 2, "scheduled": 2} and again == {"due": 1, "scheduled": 0}
    assert await _drain(world) == 2
    second = await _tick(world, FALL_BACK)  # 02:05 CET, the same local date
    assert second == {"due": 2, "scheduled": 0} and await _drain(world) == 0
    assert [await _daily_count(world, u) for u in (berlin, tokyo, la)] == [1, 1, 0]
    # The next local day gets its own message (the run after a day without runs catches up on every slot).
    assert (await _tick(world, FALL_BACK + timedelta(days=1)))["scheduled"] == 2
    await _drain(world)
    assert [await _daily_count(world, u) for u in (berlin, tokyo, la)] == [2, 2, 0]


async def test_a_lost_message_is_sent_again_by_the_next_hours_run_and_still_written_once(world: World) -> None:
    berlin = world.users[0]
    start = FALL_BACK - timedelta(hours=1)  # the 00:05 run: Berlin's and Tokyo's slot
    await _tick(world, start)
    while batch := await world.services.queue.receive(names.DAILY_MESSAGES, max_messages=32):
        for message in batch:  # the queue lost them (and, here, their jobs)
            await world.services.queue.delete(names.DAILY_MESSAGES, message.id, message.pop_receipt)
    for job in (await world.services.store.query(AI, _all_jobs())).items:
        await world.services.store.delete(AI, job["userId"], job["id"])
    assert (await _tick(world, start + timedelta(minutes=30)))["scheduled"] == 0
    assert (await _tick(world, start + timedelta(minutes=61)))["scheduled"] == 2
    assert (await _tick(world, start + timedelta(minutes=62)))["scheduled"] == 0
    await _drain(world)
    assert await _daily_count(world, berlin) == 1


async def test_the_message_uses_the_users_figures_and_tone(world: World) -> None:
    user = world.users[1]
    now = datetime.now(UTC)
    local_day = now.astimezone(ZoneInfo("Asia/Tokyo")).date()
    before = (await user.client.get("/api/ai/daily-message", headers=user.auth)).json()
    assert before["message"] is None and before["date"] == local_day.isoformat()
    assert before["status"] in ("scheduled", "pending")
    await daily.schedule_one(world.services, user.user_id, local_day, now)
    assert (await user.client.get("/api/ai/daily-message", headers=user.auth)).json()["status"] == "pending"
    await _drain(world)
    got = (await user.client.get("/api/ai/daily-message", headers=user.auth)).json()
    assert got["status"] == "ready" and got["provider"] == "engine"
    text: str = got["message"]
    assert text.startswith("Vigor's built-in coach (no AI model): ") and "Ada, here's the plan." in text  # direct tone
    assert "generate one" in text  # no plan yet: the coach says what to do
    history = (await user.client.get("/api/ai/history", headers=user.auth)).json()["items"]
    assert [(m["role"], m["conversation_id"]) for m in history] == [("daily", "daily")]
    marker = await world.services.store.read(AI, user.user_id, f"daily:{local_day}")
    assert marker["status"] == "sent"


async def test_a_spent_quota_still_gets_the_built_in_message(world: World) -> None:
    user = world.users[1]
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    quota: dict[str, Any] = {
        "id": "quota",
        "userId": user.user_id,
        "type": "quota",
        "counts": {day: 10},
        "micro_usd": {},
    }
    await world.services.store.upsert(AI, quota)
    local_day = datetime.now(UTC).astimezone(ZoneInfo("Asia/Tokyo")).date()
    await daily.schedule_one(world.services, user.user_id, local_day, datetime.now(UTC))
    await _drain(world)
    got = (await user.client.get("/api/ai/daily-message", headers=user.auth)).json()
    assert got["status"] == "ready" and got["provider"] == "engine"
    stored = await world.services.store.read(AI, user.user_id, "quota")
    assert stored["counts"][day] == 10


async def test_the_poison_queue_marks_the_daily_job_failed(world: World) -> None:
    from shared.jobs.service import fail_poisoned

    user = world.users[0]
    await daily.schedule_one(world.services, user.user_id, date(2026, 10, 25), FALL_BACK)
    [message] = await world.services.queue.receive(names.DAILY_MESSAGES)
    await fail_poisoned(world.services, message.body, queue=names.DAILY_MESSAGES)
    [job] = (await world.services.store.query(AI, _jobs_of(user))).items
    assert job["status"] == "failed" and job["kind"] == "daily_message"
    await world.services.store.patch(
        AI, user.user_id, "daily:2026-10-25", [PatchOp("set", "enqueued_at", "2000-01-01T00:00:00+00:00")]
    )
    assert await daily.schedule_one(world.services, user.user_id, date(2026, 10, 25), FALL_BACK)  # tried again


def _all_jobs() -> Any:
    from shared.store.port import Query

    return Query(filters=(Filter("type", "eq", "job"),))


def _jobs_of(user: User) -> Any:
    from shared.store.port import Query

    return Query(filters=(Filter("type", "eq", "job"),), partition_key=user.user_id)
