"""Push reminders by send slot: the hourly run reads only the users whose next push is due this UTC hour, and
every user still gets exactly one workout-day reminder per training day, never on a day they trained, never in
quiet hours, across clock changes, odd offsets and a missed run."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from shared.bootstrap import Services, close_services, get_services
from shared.identity.profiles import save_profile
from shared.notifications import reminder_slots, subscriptions
from shared.notifications.preferences import (
    DOC_ID,
    NotificationPreferences,
    QuietHours,
    push_slot_for,
    save_preferences,
)
from shared.notifications.timing import is_due, send_hour
from shared.plans.schema import PlanDraft
from shared.profile.message_slot import message_instant
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.store import containers
from shared.workouts.model import LoggedSession
from shared.workouts.plans import create_plan
from shared.workouts.sessions import log_session
from tests.support import store_backends
from tests.support.fake_push import FakeBrowser
from tests.support.workout_fixtures import plan_body, session_body
from tests.unit.test_daily_slots import ZONES

USERS = containers.USERS.name
QUIETS = (None, QuietHours(start_hour=22, end_hour=7), QuietHours(start_hour=0, end_hour=9),
          QuietHours(start_hour=12, end_hour=14))  # fmt: skip


def _run_after(instant: datetime) -> datetime:
    """The push timer's run (ten past each UTC hour) at or after `instant`."""
    run = instant.astimezone(UTC).replace(minute=10, second=0, microsecond=0)
    return run if run >= instant else run + timedelta(hours=1)


@settings(max_examples=400, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
    quiet=st.sampled_from(QUIETS),
    now=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)),
)
def test_the_slots_run_is_the_first_after_the_next_reminder_and_finds_it_due(
    zone: str, hour: int, quiet: QuietHours | None, now: datetime
) -> None:
    prefs = NotificationPreferences(workout_reminders=True, reminder_hour=hour, quiet_hours=quiet)
    slot = push_slot_for(prefs, FitnessProfile(timezone=zone), now)
    start = send_hour(hour, quiet)
    if start is None:  # quiet from the reminder's hour to midnight: never due, never read
        assert slot is None
        return
    local = now.astimezone(ZoneInfo(zone))
    day = local.date() if local.hour < start else local.date() + timedelta(days=1)
    run = _run_after(message_instant(zone, start, day))
    assert slot == run.hour
    at = run.astimezone(ZoneInfo(zone))
    # Only a spring-forward gap can push the reminder's hour into quiet hours (02:00 does not exist, 03:00 is quiet).
    assume(quiet is None or not quiet.contains(at.hour))
    assert is_due(at, hour, quiet) and at.date() == day


def test_slots_follow_the_clock_changes_the_odd_offsets_and_quiet_hours() -> None:
    berlin = FitnessProfile(timezone="Europe/Berlin")
    prefs = NotificationPreferences(workout_reminders=True, reminder_hour=8, quiet_hours=None)
    assert push_slot_for(prefs, berlin, datetime(2026, 1, 15, 12, tzinfo=UTC)) == 7  # 08:00 CET
    assert push_slot_for(prefs, berlin, datetime(2026, 7, 15, 12, tzinfo=UTC)) == 6  # 08:00 CEST
    # The evening before the autumn change, the next reminder is already the winter one.
    assert push_slot_for(prefs, berlin, datetime(2026, 10, 24, 20, tzinfo=UTC)) == 7
    kathmandu = FitnessProfile(timezone="Asia/Kathmandu")  # 08:00 at UTC+5:45 is 02:15 UTC: the 03:10 run
    assert push_slot_for(prefs, kathmandu, datetime(2026, 7, 15, 12, tzinfo=UTC)) == 3
    late = NotificationPreferences(workout_reminders=True, reminder_hour=6)  # quiet 22-07: goes out at 07:00
    assert push_slot_for(late, berlin, datetime(2026, 1, 15, 12, tzinfo=UTC)) == 6
    never = NotificationPreferences(workout_reminders=True, reminder_hour=23)  # quiet from 22 to midnight
    assert push_slot_for(never, berlin, datetime(2026, 1, 15, 12, tzinfo=UTC)) is None
    # A daily message at 06:00 is pushed when the quiet hours end (07:00 CET, 06:00 UTC); one at 09:00 is pushed by
    # its own job as soon as it is written, so it gives no slot.
    assert push_slot_for(NotificationPreferences(daily_message=True), FitnessProfile(timezone="Europe/Berlin",
                         daily_message_hour=6), datetime(2026, 1, 15, 12, tzinfo=UTC)) == 6  # fmt: skip
    assert push_slot_for(NotificationPreferences(daily_message=True), berlin, datetime(2026, 1, 15, tzinfo=UTC)) is None
    # Saved at 07:30 with the reminder at 07:00: today's reminder is still due, so the next run (06:10 UTC) has it.
    saved = datetime(2026, 1, 15, 6, 30, tzinfo=UTC)
    seven = NotificationPreferences(workout_reminders=True, reminder_hour=7, quiet_hours=None)
    assert push_slot_for(seven, berlin, saved, open_window=True) == 7
    assert push_slot_for(seven, berlin, saved) == 6  # a run that handled it: tomorrow's


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    built = await get_services()
    yield built
    await close_services()


cosmos_endpoint = store_backends.cosmos_endpoint
app = store_backends.app


@pytest.fixture
async def either_store(app: FastAPI) -> Services:
    """The services on the embedded store or on the Cosmos DB protocol server (the slot queries, the backfill's
    `NOT IS_DEFINED`, the ETag-guarded reslot)."""
    return await get_services()


async def _tick(services: Services, now: datetime) -> tuple[int, list[dict[str, object]]]:
    """One hourly run with its batches, as the queue delivers them: users read, and the pushes it queued."""
    read = (await reminder_slots.schedule_due_pushes(services, now))["users"]
    while batch := await services.queue.receive(names.PUSH_BATCHES, max_messages=32, visibility_timeout=60):
        for message in batch:
            await reminder_slots.run_batch(services, message.body)
            await services.queue.delete(names.PUSH_BATCHES, message.id, message.pop_receipt)
    pushes = []
    while batch := await services.queue.receive(names.PUSH_NOTIFICATIONS, max_messages=32):
        for message in batch:  # delivery is tests/integration/test_push_delivery.py's: here what the timer queued
            pushes.append(json.loads(message.body))
            await services.queue.delete(names.PUSH_NOTIFICATIONS, message.id, message.pop_receipt)
    return read, pushes


async def _user(services: Services, user_id: str, zone: str, prefs: NotificationPreferences, days: tuple[int, ...],
                saved: datetime) -> None:  # fmt: skip
    await save_profile(services.store, user_id, FitnessProfile(timezone=zone), None, saved)
    await create_plan(services.store, user_id, PlanDraft.model_validate(plan_body(days=days)))
    body = subscriptions.PushSubscriptionIn.model_validate(
        FakeBrowser().subscription(f"https://push.example/{user_id}")
    )
    await subscriptions.subscribe(services.store, user_id, body)
    await save_preferences(services.store, user_id, prefs, saved)


async def test_twelve_days_of_hourly_runs_remind_each_user_once_a_training_day_never_when_trained_or_quiet(
    services: Services,
) -> None:
    # 2026-10-20 to 11-01: Europe and Lord Howe change their clocks, the US falls back on 11-01.
    start = datetime(2026, 10, 20, 0, 10, tzinfo=UTC)
    saved = start - timedelta(hours=1)
    users: dict[str, tuple[str, NotificationPreferences, tuple[int, ...]]] = {}
    trained: set[tuple[str, str]] = set()
    for i, zone in enumerate(ZONES):
        for j, (hour, quiet) in enumerate(((7, None), (6, QUIETS[1]), (18, QUIETS[3]), (13, QUIETS[3]), (21, None))):
            days: tuple[int, ...] = (0, 2, 4) if (i + j) % 2 else (1, 3, 5, 6)
            user_id = f"u-{i}-{j}"
            prefs = NotificationPreferences(workout_reminders=True, reminder_hour=hour, quiet_hours=quiet)
            users[user_id] = (zone, prefs, days)
            await _user(services, user_id, zone, prefs, days, saved)
            # Trained early on the fourth local day (before any reminder hour): no reminder that day.
            day = saved.astimezone(ZoneInfo(zone)).date() + timedelta(days=3)
            started = message_instant(zone, 0, day) + timedelta(minutes=30)
            squat: list[tuple[str, int, float, float | None]] = [("barbell-back-squat", 5, 100.0, 8.0)]
            logged = LoggedSession.model_validate(session_body(started.isoformat(), squat))
            await log_session(services.store, user_id, None, logged)
            trained.add((user_id, day.isoformat()))
    runs, outage = 12 * 24, (100, 101)  # the timer missed two hours: the next run catches up
    read_per_run: list[int] = []
    got: Counter[tuple[str, str, str]] = Counter()
    late = 0
    for n in range(runs):
        if n in outage:
            continue
        now = start + timedelta(hours=n)
        read, pushes = await _tick(services, now)
        read_per_run.append(read)
        for push in pushes:
            user_id = str(push["user_id"])
            zone, prefs, _days = users[user_id]
            local = now.astimezone(ZoneInfo(zone))
            assert prefs.quiet_hours is None or not prefs.quiet_hours.contains(local.hour), (user_id, local)
            assert push["kind"] == "workout" and push["date"] == local.date().isoformat()
            got[(user_id, str(push["kind"]), str(push["date"]))] += 1
            pushed_hour = send_hour(prefs.reminder_hour, prefs.quiet_hours)
            assert pushed_hour is not None
            late += now - message_instant(zone, pushed_hour, local.date()) > timedelta(hours=1)  # caught up
    assert max(got.values()) == 1  # never two reminders a day (one subscription each)
    end, catch_up = start + timedelta(hours=runs - 1), start + timedelta(hours=outage[-1] + 1)
    for user_id, (zone, prefs, days) in users.items():
        start_hour = send_hour(prefs.reminder_hour, prefs.quiet_hours)
        assert start_hour is not None
        expected, day = [], saved.astimezone(ZoneInfo(zone)).date()
        while (instant := message_instant(zone, start_hour, day)) <= end:
            run = _run_after(instant)
            if run < saved or day.weekday() not in days or (user_id, day.isoformat()) in trained:
                pass
            elif start + timedelta(hours=outage[0]) <= run < catch_up:  # due in the outage: sent if still due at
                local = catch_up.astimezone(ZoneInfo(zone))  # the catch-up run, on the same local day
                if local.date() == day and is_due(local, prefs.reminder_hour, prefs.quiet_hours):
                    expected.append(day.isoformat())
            else:
                expected.append(day.isoformat())
            day += timedelta(days=1)
        sent = sorted(d for (u, _k, d) in got if u == user_id)
        assert sent == expected, (user_id, zone, prefs.reminder_hour, prefs.quiet_hours)
    assert late, "no reminder of the outage was caught up: the scenario tests nothing"
    # Each run reads the users of one slot (and, after the outage, the three it covers), never all of them.
    assert max(read_per_run) < len(users) / 4, read_per_run


async def test_preferences_stored_before_slots_are_given_one_and_their_reminder_by_the_hourly_run(
    either_store: Services,
) -> None:
    services = either_store
    now = datetime(2026, 6, 1, 23, 10, tzinfo=UTC)  # Tuesday 08:10 in Tokyo
    await _user(services, "old", "Asia/Tokyo", NotificationPreferences(workout_reminders=True), (1,),
                now - timedelta(days=1))  # fmt: skip
    doc = await services.store.read(USERS, "old", DOC_ID)
    doc.pop("push_slot")
    await services.store.upsert(USERS, doc)
    read, pushes = await _tick(services, now)
    assert (read, [(p["kind"], p["date"]) for p in pushes]) == (1, [("workout", "2026-06-02")])
    assert (await services.store.read(USERS, "old", DOC_ID))["push_slot"] == 23  # tomorrow's 08:00 JST


async def test_a_new_time_zone_moves_the_slot_and_a_run_of_the_old_slot_sends_nothing(either_store: Services) -> None:
    services = either_store
    saved = datetime(2026, 6, 1, 12, tzinfo=UTC)
    prefs = NotificationPreferences(workout_reminders=True, reminder_hour=8, quiet_hours=None)
    await _user(services, "mover", "Europe/Berlin", prefs, (0, 1, 2, 3, 4, 5, 6), saved)
    assert (await services.store.read(USERS, "mover", DOC_ID))["push_slot"] == 6
    profile = FitnessProfile(timezone="America/New_York")
    await save_profile(services.store, "mover", profile, None, saved)
    assert await reminder_slots.refresh(services.store, "mover", profile, saved)
    assert (await services.store.read(USERS, "mover", DOC_ID))["push_slot"] == 12  # 08:00 EDT
    assert await _tick(services, datetime(2026, 6, 2, 6, 10, tzinfo=UTC)) == (0, [])
    read, pushes = await _tick(services, datetime(2026, 6, 2, 12, 10, tzinfo=UTC))
    assert (read, [p["date"] for p in pushes]) == (1, ["2026-06-02"])


async def test_a_daily_message_held_by_quiet_hours_is_pushed_when_they_end(services: Services) -> None:
    from shared.coach.messages import DAILY_CONVERSATION, add_message

    saved = datetime(2026, 1, 14, 12, tzinfo=UTC)
    await save_profile(services.store, "early", FitnessProfile(timezone="Europe/Berlin", daily_message_hour=6), None,
                       saved)  # fmt: skip
    body = subscriptions.PushSubscriptionIn.model_validate(FakeBrowser().subscription("https://push.example/early"))
    await subscriptions.subscribe(services.store, "early", body)
    await save_preferences(services.store, "early", NotificationPreferences(daily_message=True), saved)
    await add_message(services.store, "early", DAILY_CONVERSATION, "daily", "Good morning.", provider="engine",
                      model="vigor-engine", message_id="daily-2026-01-15")  # fmt: skip
    assert await _tick(services, datetime(2026, 1, 15, 5, 10, tzinfo=UTC)) == (0, [])  # 06:10 CET: quiet until 07
    read, pushes = await _tick(services, datetime(2026, 1, 15, 6, 10, tzinfo=UTC))
    assert (read, [(p["kind"], p["date"]) for p in pushes]) == (1, [("daily", "2026-01-15")])


def test_a_malformed_batch_is_dropped() -> None:
    with pytest.raises(ValueError):
        reminder_slots.parse_batch('{"at": "2026-01-01T00:00:00", "users": []}')
    with pytest.raises(ValueError):
        reminder_slots.parse_batch('{"at": "2026-01-01T00:00:00+00:00", "users": [["u", 1, null, {"x": 1}]]}')
    assert reminder_slots.parse_batch('{"at": "2026-01-01T00:00:00+00:00", "users": []}')[1] == []


async def test_the_migrate_command_gives_old_preferences_their_slot(capsys: pytest.CaptureFixture[str]) -> None:
    from shared.cli import main as cli_main

    services = await get_services()
    saved = datetime(2026, 6, 1, 12, tzinfo=UTC)
    await _user(services, "old", "Europe/Berlin", NotificationPreferences(workout_reminders=True), (0,), saved)
    doc = await services.store.read(USERS, "old", DOC_ID)
    doc.pop("push_slot")
    await services.store.upsert(USERS, doc)
    await close_services()
    assert await asyncio.to_thread(cli_main, ["migrate"]) == 0
    assert "1 notification_prefs document(s)" in capsys.readouterr().out
    services = await get_services()
    assert type((await services.store.read(USERS, "old", DOC_ID))["push_slot"]) is int  # 08:00 Berlin
    await close_services()
