"""Daily messages by send slot: the hourly run reads only the users due now, and every user still gets
exactly one message per local day, on time, across clock changes, odd offsets and missed runs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.bootstrap import Services, close_services, get_services
from shared.coach import daily_schedule
from shared.identity.profiles import save_profile
from shared.identity.records import PROFILE_ID, USERS
from shared.profile.message_slot import due_date, message_instant, slot_for_day, slot_of
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.store import containers
from shared.store.port import Filter, Query

AI = containers.AI.name
# Whole-hour, half-hour and 45-minute offsets, northern and southern daylight saving time, Lord Howe's
# 30-minute one, and zones without any.
ZONES = ("Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Asia/Kathmandu",
         "Pacific/Auckland", "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Tehran",
         "America/Sao_Paulo", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago")  # fmt: skip


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    built = await get_services()
    yield built
    await close_services()


def _run_at(day: date, slot: int, instant: datetime) -> datetime:
    """The timer run (five past `slot` UTC) at or after `instant`."""
    run = instant.replace(minute=5, second=0, microsecond=0)
    return run if run >= instant else run + timedelta(hours=1)


@settings(max_examples=400, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
)
def test_the_slots_run_is_the_first_after_the_local_hour_and_finds_the_day_due(zone: str, hour: int, day: date) -> None:
    instant = message_instant(zone, hour, day)
    slot = slot_for_day(zone, hour, day)
    run = _run_at(day, slot, instant)
    assert run.hour == slot and timedelta(0) <= run - instant < timedelta(hours=1)
    assert due_date(zone, hour, run) == day  # that run finds today's message due, on the user's date


def test_slots_follow_the_clock_changes_and_the_odd_offsets() -> None:
    assert slot_for_day("Europe/Berlin", 8, date(2026, 1, 15)) == 7  # 08:00 CET = 07:00 UTC
    assert slot_for_day("Europe/Berlin", 8, date(2026, 7, 15)) == 6  # 08:00 CEST = 06:00 UTC
    assert slot_for_day("Asia/Kolkata", 8, date(2026, 7, 15)) == 3  # 02:30 UTC: the 03:05 run
    assert slot_for_day("Europe/Berlin", 2, date(2026, 3, 29)) == 1  # 02:00 does not exist: 03:00 CEST, 01:00 UTC
    assert slot_of(datetime(2026, 1, 1, 6, 5, tzinfo=UTC)) == 6 and slot_of(datetime(2026, 1, 1, 6, 6, tzinfo=UTC)) == 7


async def _tick(services: Services, now: datetime) -> dict[str, int]:
    counts = {"users": 0, "due": 0, "scheduled": 0}
    counts["users"] = (await daily_schedule.schedule_due(services, now))["users"]
    while batch := await services.queue.receive(names.DAILY_BATCHES, max_messages=32, visibility_timeout=60):
        for message in batch:
            done = await daily_schedule.run_batch(services, message.body)
            counts["due"] += done["due"]
            counts["scheduled"] += done["scheduled"]
            await services.queue.delete(names.DAILY_BATCHES, message.id, message.pop_receipt)
    return counts


async def _markers(services: Services) -> list[dict[str, object]]:
    found, token = [], None
    while True:
        page = await services.store.query(
            AI, Query(filters=(Filter("type", "eq", "daily_marker"),), limit=1000, continuation=token)
        )
        found += page.items
        if (token := page.continuation) is None:
            return found


async def test_twelve_days_of_hourly_runs_send_each_user_one_message_a_local_day_within_the_hour(
    services: Services,
) -> None:
    # 2026-10-20 to 11-01: Europe and Lord Howe change their clocks, the US falls back on 11-01.
    start = datetime(2026, 10, 20, 0, 5, tzinfo=UTC)
    users, saved = {}, start - timedelta(hours=1)
    for i, zone in enumerate(ZONES):
        for hour in (0, 7, 8, 23) if i % 2 else (2, 6, 12, 21):
            user_id = f"u-{i}-{hour}"
            users[user_id] = (zone, hour)
            profile = FitnessProfile(timezone=zone, daily_message_hour=hour)
            await save_profile(services.store, user_id, profile, None, saved)
            await daily_schedule.catch_up(services, user_id, zone, hour, saved)  # as the profile route does
    runs = 12 * 24
    read_per_run = []
    for n in range(runs):
        if n == 100:  # the timer missed three hours (an outage): the next run catches up
            continue
        if n in (101, 102):
            continue
        counts = await _tick(services, start + timedelta(hours=n))
        read_per_run.append(counts["users"])
        while batch := await services.queue.receive(names.DAILY_MESSAGES, max_messages=32):
            for message in batch:  # the jobs are not run here: the markers are what the timer decides
                await services.queue.delete(names.DAILY_MESSAGES, message.id, message.pop_receipt)
    end, catch_up = start + timedelta(hours=runs - 1), start + timedelta(hours=103)
    by_user: dict[str, list[tuple[str, datetime]]] = {}
    for marker in await _markers(services):
        by_user.setdefault(str(marker["userId"]), []).append(
            (str(marker["date"]), datetime.fromisoformat(str(marker["enqueued_at"])))
        )
    for user_id, (zone, hour) in users.items():
        day = saved.astimezone(ZoneInfo(zone)).date()
        expected = [day.isoformat()] if due_date(zone, hour, saved) else []  # today's, sent when the profile was saved
        while (instant := message_instant(zone, hour, day)) <= end:
            missed = start + timedelta(hours=99) < instant <= catch_up
            if missed and due_date(zone, hour, catch_up) != day:
                pass  # due in the outage, and the user's day was over when the timer ran again: no stale message
            elif instant > saved:
                expected.append(day.isoformat())
            day += timedelta(days=1)
        got = sorted(by_user.get(user_id, []))
        assert [d for d, _ in got] == expected, (user_id, zone, hour)
        for day_text, sent in got:
            if sent == saved:
                continue
            late = sent - message_instant(zone, hour, date.fromisoformat(day_text))
            outage = start + timedelta(hours=100) <= sent <= start + timedelta(hours=103)
            assert timedelta(0) <= late < (timedelta(hours=4, minutes=5) if outage else timedelta(hours=1)), (
                user_id, zone, hour, day_text, late,
            )  # fmt: skip
    # Each run reads the users of two slots (its own and the hour before), not all of them.
    assert max(read_per_run) < len(users) / 4, read_per_run


async def test_a_profile_stored_before_slots_is_given_one_and_its_message_by_the_hourly_run(
    services: Services,
) -> None:
    old = {"id": PROFILE_ID, "userId": "old", "type": "profile", "schema_version": 1,
           "profile": FitnessProfile(timezone="Asia/Tokyo", daily_message_hour=9).model_dump(mode="json")}  # fmt: skip
    await services.store.upsert(USERS, old)
    now = datetime(2026, 6, 1, 0, 5, tzinfo=UTC)  # 09:05 in Tokyo
    assert (await _tick(services, now)) == {"users": 1, "due": 1, "scheduled": 1}
    stored = await services.store.read(USERS, "old", PROFILE_ID)
    assert stored["daily_slot"] == 0 and stored["schema_version"] == 2
