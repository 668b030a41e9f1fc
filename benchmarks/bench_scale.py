"""Work that must not grow with the user base: the hourly daily-message and push-reminder runs at a small and a
large user count, and the admin usage statistics.

Run: `.venv/bin/python -m benchmarks.bench_scale [--quick]`.

Seeds the embedded store directly with profiles spread over 14 time zones (whole, half and 45-minute
offsets, northern and southern daylight saving time) and every message hour, then runs the hourly timer
three times in a row (with its batches, as the queue delivers them) and counts every store operation
and every document the operations return. Per due user those counts must stay flat from the small to
the large user count (`daily_reads_per_due_user_ratio`, target at most 1.2); every user due in the
window must have exactly one message scheduled for their local date (`daily_missed_or_duplicated`, 0).

Then the hourly push-reminder run (`shared/notifications/reminder_slots.py`) three times over the same users,
each opted into workout-day reminders at their message hour with one browser and a plan training every day: store
operations and documents per user due a reminder, large over small (`push_reads_per_due_user_ratio`, at most 1.2),
and reminders missed or sent twice (`push_missed_or_duplicated`, 0). 2,000 and 20,000 users (`--quick`) or 50,000.

Then the admin usage statistics over 30 days at N and 10 x N AI usage records (written as calls settle,
`shared/quota/usage.record`): documents read by the statistics, large over small (`usage_stats_cost_ratio`,
target at most 1.2), against the raw records a scan would read.

`--quick` uses 2,000 and 20,000 profiles and 2,000 and 20,000 usage records (a minute or two here); the
default 2,000 and 100,000 profiles and 5,000 and 50,000 records. The counters a window holds are bounded
by its days x the (provider, model, task, tier) combinations in use x 8 shards, whatever the calls.
Prints one `RESULT {...}` line and writes the `scale` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks.report import machine, write_section

ZONES = ("Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Asia/Kathmandu",
         "Pacific/Auckland", "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Tehran",
         "America/Sao_Paulo", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago")  # fmt: skip
START = datetime(2026, 10, 20, 6, 5, tzinfo=UTC)  # the first of the three runs
RUNS = 3


class Counted:
    """Counts a store's operations and the documents they return (reads) by wrapping its methods."""

    METHODS = ("read", "read_many", "query", "count", "create", "upsert", "replace", "patch", "patch_many", "batch",
               "delete")  # fmt: skip

    def __init__(self, store: Any) -> None:
        self.ops: Counter[str] = Counter()
        self.docs = 0
        for name in self.METHODS:
            setattr(store, name, self._wrap(name, getattr(store, name)))

    def _wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.ops[name] += 1
            result = await fn(*args, **kwargs)
            if name == "query":
                self.docs += len(result.items)
            elif name in ("read", "read_many"):
                self.docs += len(result) if isinstance(result, list) else 1
            return result

        return counted

    def reset(self) -> None:
        self.ops.clear()
        self.docs = 0


async def _seed(services: Any, users: int) -> dict[str, tuple[str, int]]:
    from shared.identity.records import PROFILE_ID, USERS
    from shared.migrations import CURRENT
    from shared.profile.message_slot import next_slot
    from shared.profile.model import FitnessProfile

    saved = START - timedelta(hours=1)
    seeded: dict[str, tuple[str, int]] = {}
    for i in range(users):
        zone, hour = ZONES[i % len(ZONES)], (i // len(ZONES)) % 24
        user_id = f"user-{i:07d}"
        doc = {"id": PROFILE_ID, "userId": user_id, "type": "profile", "schema_version": CURRENT["profile"],
               "profile": FitnessProfile(timezone=zone, daily_message_hour=hour).model_dump(mode="json"),
               "daily_slot": next_slot(zone, hour, saved)}  # fmt: skip
        await services.store.upsert(USERS, doc)
        seeded[user_id] = (zone, hour)
    return seeded


async def _run(services: Any, now: datetime) -> None:
    from shared.coach import daily_schedule
    from shared.queue import names

    await daily_schedule.schedule_due(services, now)
    while batch := await services.queue.receive(names.DAILY_BATCHES, max_messages=32, visibility_timeout=300):
        for message in batch:
            await daily_schedule.run_batch(services, message.body)
            await services.queue.delete(names.DAILY_BATCHES, message.id, message.pop_receipt)
    while batch := await services.queue.receive(names.DAILY_MESSAGES, max_messages=32, visibility_timeout=300):
        for message in batch:  # the message jobs themselves are the same per user: not run here
            await services.queue.delete(names.DAILY_MESSAGES, message.id, message.pop_receipt)


async def _check(services: Any, seeded: dict[str, tuple[str, int]]) -> int:
    """Users due in the window without exactly one marker for their local date, plus extra markers."""
    from shared.profile.message_slot import due_date, message_instant
    from shared.store import containers
    from shared.store.port import Filter, Query

    saved, last = START - timedelta(hours=1), START + timedelta(hours=RUNS - 1)
    markers: Counter[tuple[str, str]] = Counter()
    token = None
    while True:
        query = Query(filters=(Filter("type", "eq", "daily_marker"),), limit=1000, continuation=token)
        page = await services.store.query(containers.AI.name, query)
        markers.update((str(m["userId"]), str(m["date"])) for m in page.items)
        if (token := page.continuation) is None:
            break
    wrong = sum(n - 1 for n in markers.values() if n > 1)
    for user_id, (zone, hour) in seeded.items():
        day = due_date(zone, hour, last)
        if day is not None and message_instant(zone, hour, day) > saved and markers[(user_id, str(day))] != 1:
            wrong += 1
    return wrong


async def _measure(users: int) -> dict[str, float]:
    from shared.bootstrap import close_services, get_services
    from shared.config import get_settings

    with tempfile.TemporaryDirectory() as data:
        os.environ["VIGOR_DATA_DIR"] = data
        get_settings.cache_clear()
        services = await get_services()
        try:
            began = time.perf_counter()
            seeded = await _seed(services, users)
            seed_s = time.perf_counter() - began
            counted = Counted(services.store)
            began = time.perf_counter()
            for n in range(RUNS):
                await _run(services, START + timedelta(hours=n))
            run_s = time.perf_counter() - began
            ops, docs = sum(counted.ops.values()), counted.docs
            wrong = await _check(services, seeded)
        finally:
            await close_services()
            get_settings.cache_clear()
    due = max(1, _due_in_window(seeded))
    return {"users": users, "due": due, "ops": ops, "docs": docs, "ops_per_due": ops / due, "docs_per_due": docs / due,
            "seconds": run_s, "seed_seconds": seed_s, "wrong": wrong}  # fmt: skip


PUSH_START = START.replace(minute=10)  # the push-reminder runs are at ten past


async def _seed_push(services: Any, seeded: dict[str, tuple[str, int]]) -> None:
    """For every seeded user: workout reminders on at their message hour, one browser, a plan training every day."""
    from shared.identity.records import USERS
    from shared.notifications.preferences import DOC_ID, TYPE, NotificationPreferences, push_slot_for
    from shared.plans.schema import PlanDraft
    from shared.profile.model import FitnessProfile
    from shared.store import containers
    from shared.workouts.keys import ACTIVE_PLAN_ID
    from shared.workouts.plans import create_plan
    from tests.support.workout_fixtures import plan_body

    saved = START - timedelta(hours=1)
    stored = await create_plan(services.store, "template", PlanDraft.model_validate(plan_body(days=tuple(range(7)))))
    template = await services.store.read(containers.WORKOUTS.name, "template", f"plan:{stored.plan.id}")
    template = {k: v for k, v in template.items() if not k.startswith("_") and k != "etag"}
    for user_id, (zone, hour) in seeded.items():
        prefs = NotificationPreferences(workout_reminders=True, reminder_hour=hour, quiet_hours=None)
        slot = push_slot_for(prefs, FitnessProfile(timezone=zone, daily_message_hour=hour), saved)
        prefs_doc = {"id": DOC_ID, "userId": user_id, "type": TYPE, "push_opted_in": True,
                     "preferences": prefs.model_dump(mode="json"), "push_slot": slot}  # fmt: skip
        browser = {"id": f"push:{user_id}", "userId": user_id, "type": "push_subscription", "created_at": "2026-10-01",
                   "endpoint": f"https://push.example/{user_id}", "keys": {"p256dh": "x", "auth": "y"}}  # fmt: skip
        active = {"id": ACTIVE_PLAN_ID, "userId": user_id, "type": "active_plan", "plan_id": stored.plan.id}
        await services.store.upsert(USERS, prefs_doc)
        await services.store.upsert(USERS, browser)
        await services.store.upsert(containers.WORKOUTS.name, {**template, "userId": user_id})
        await services.store.upsert(containers.WORKOUTS.name, active)


async def _run_push(services: Any, now: datetime, pushes: Counter[tuple[str, str]]) -> None:
    from shared.notifications import reminder_slots
    from shared.queue import names

    await reminder_slots.schedule_due_pushes(services, now)
    while batch := await services.queue.receive(names.PUSH_BATCHES, max_messages=32, visibility_timeout=300):
        for message in batch:
            await reminder_slots.run_batch(services, message.body)
            await services.queue.delete(names.PUSH_BATCHES, message.id, message.pop_receipt)
    while batch := await services.queue.receive(names.PUSH_NOTIFICATIONS, max_messages=32, visibility_timeout=300):
        for message in batch:  # delivery is per push, the same at any size: not run here
            body = json.loads(message.body)
            pushes[(str(body["user_id"]), str(body["date"]))] += 1
            await services.queue.delete(names.PUSH_NOTIFICATIONS, message.id, message.pop_receipt)


def _push_due(seeded: dict[str, tuple[str, int]]) -> dict[str, str]:
    """The users whose reminder's run falls in the window, and its local date."""
    from shared.profile.message_slot import next_instant

    saved, last = START - timedelta(hours=1), PUSH_START + timedelta(hours=RUNS - 1)
    due = {}
    for user_id, (zone, hour) in seeded.items():
        instant = next_instant(zone, hour, saved)
        run = instant.replace(minute=10, second=0, microsecond=0)
        run = run if run >= instant else run + timedelta(hours=1)
        if run <= last:
            due[user_id] = instant.astimezone(ZoneInfo(zone)).date().isoformat()
    return due


async def _measure_push(users: int) -> dict[str, float]:
    """Three hourly push-reminder runs (with their batches): store work per user due a reminder."""
    from shared.bootstrap import close_services, get_services
    from shared.config import get_settings

    with tempfile.TemporaryDirectory() as data:
        os.environ["VIGOR_DATA_DIR"] = data
        get_settings.cache_clear()
        services = await get_services()
        try:
            seeded = await _seed(services, users)
            await _seed_push(services, seeded)
            counted = Counted(services.store)
            pushes: Counter[tuple[str, str]] = Counter()
            began = time.perf_counter()
            for n in range(RUNS):
                await _run_push(services, PUSH_START + timedelta(hours=n), pushes)
            run_s = time.perf_counter() - began
            ops, docs = sum(counted.ops.values()), counted.docs
        finally:
            await close_services()
            get_settings.cache_clear()
    expected = _push_due(seeded)
    wrong = sum(abs(pushes[(u, d)] - 1) for u, d in expected.items())
    wrong += sum(n for (u, d), n in pushes.items() if expected.get(u) != d)  # pushed when not due
    due = max(1, len(expected))
    return {"users": users, "due": due, "ops": ops, "docs": docs, "ops_per_due": ops / due, "docs_per_due": docs / due,
            "seconds": run_s, "wrong": wrong}  # fmt: skip


async def _usage_stats(records: int) -> dict[str, float]:
    """Documents the admin statistics read over 30 days, after `records` calls spread over them."""
    from shared.bootstrap import close_services, get_services
    from shared.config import get_settings
    from shared.quota import usage, usage_counters

    with tempfile.TemporaryDirectory() as data:
        os.environ["VIGOR_DATA_DIR"] = data
        get_settings.cache_clear()
        services = await get_services()
        try:
            now = datetime.now(UTC)
            for i in range(records):
                rec = usage.UsageRecord(
                    user_id=f"user-{i % 997}", tier=("free", "premium", "unlimited")[i % 3],
                    task=("chat", "plan", "daily_message", "analysis")[i % 4], provider=("openai", "gemini")[i % 2],
                    model=("gpt-x", "gemini-y", "gpt-mini")[i % 3], tokens_in=400, tokens_out=200, cost_usd=0.0004,
                    at=now - timedelta(days=i % 30, minutes=i % 600),
                )  # fmt: skip
                await usage.record(services.store, rec)
            counted = Counted(services.store)
            began = time.perf_counter()
            rows = await usage_counters.rows_since(services.store, 30)
            for dimension in usage.DIMENSIONS:
                usage.aggregate(rows, dimension)
            seconds = time.perf_counter() - began
            return {"records": records, "docs": counted.docs, "ops": sum(counted.ops.values()), "seconds": seconds}
        finally:
            await close_services()
            get_settings.cache_clear()


def _due_in_window(seeded: dict[str, tuple[str, int]]) -> int:
    from shared.profile.message_slot import due_date, message_instant

    saved, last = START - timedelta(hours=1), START + timedelta(hours=RUNS - 1)
    due = 0
    for zone, hour in seeded.values():
        day = due_date(zone, hour, last)
        due += day is not None and message_instant(zone, hour, day) > saved
    return due


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 and 20,000 profiles")
    args = parser.parse_args()
    small_n, large_n = (2_000, 20_000) if args.quick else (2_000, 100_000)
    usage_n = 2_000 if args.quick else 5_000
    push_n = 20_000 if args.quick else 50_000  # five documents a user to seed: half the daily run's large count
    small = asyncio.run(_measure(small_n))
    large = asyncio.run(_measure(large_n))
    ratio = max(large["ops_per_due"] / small["ops_per_due"], large["docs_per_due"] / small["docs_per_due"])
    push_small, push_large = asyncio.run(_measure_push(small_n)), asyncio.run(_measure_push(push_n))
    push_ratio = max(push_large["ops_per_due"] / push_small["ops_per_due"],
                     push_large["docs_per_due"] / push_small["docs_per_due"])  # fmt: skip
    stats_small, stats_large = asyncio.run(_usage_stats(usage_n)), asyncio.run(_usage_stats(10 * usage_n))
    stats_ratio = stats_large["docs"] / max(1, stats_small["docs"])
    result = {"daily_reads_per_due_user_ratio": round(ratio, 3),
              "daily_missed_or_duplicated": int(small["wrong"] + large["wrong"]),
              "usage_stats_cost_ratio": round(stats_ratio, 3),
              "push_reads_per_due_user_ratio": round(push_ratio, 3),
              "push_missed_or_duplicated": int(push_small["wrong"] + push_large["wrong"])}  # fmt: skip
    stats_rows = "\n".join(
        f"| {r['records']:,} | {r['ops']:,} | {r['docs']:,} | {r['seconds'] * 1000:.1f} ms |"
        for r in (stats_small, stats_large)
    )
    rows = "\n".join(
        f"| {r['users']:,} | {r['due']:,} | {r['ops']:,} | {r['ops_per_due']:.2f} | {r['docs']:,} | "
        f"{r['docs_per_due']:.2f} | {r['seconds']:.1f} s | {r['wrong']} |"
        for r in (small, large)
    )
    push_rows = "\n".join(
        f"| {r['users']:,} | {r['due']:,} | {r['ops']:,} | {r['ops_per_due']:.2f} | {r['docs']:,} | "
        f"{r['docs_per_due']:.2f} | {r['seconds']:.1f} s | {r['wrong']} |"
        for r in (push_small, push_large)
    )
    quick = " --quick" if args.quick else ""
    write_section(
        "scale",
        f"""## Daily messages and push reminders at scale (`benchmarks/bench_scale.py{quick}`)

{machine()}

Three hourly runs of the daily-message timer (with their batches) over profiles in 14 time zones and every
message hour, on the embedded store. Store operations and documents returned, per user due in the window:

| profiles | due | store operations | per due user | documents read | per due user | time | missed or duplicated |
|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

Large over small, per due user: **{ratio:.2f}x** (target at most 1.2). Before send slots the run read every
profile each hour: {large_n:,} profile documents per run at {large_n:,} users, whoever was due.

Three hourly runs of the push-reminder timer (ten past; with their `push-batches`), every user opted into
workout-day reminders at their message hour with one browser and a plan training every day. Store operations
and documents returned per user due a reminder in the window, and reminders missed or sent twice:

| opted-in users | due | store operations | per due user | documents read | per due user | time | missed or duplicated |
|---:|---:|---:|---:|---:|---:|---:|---:|
{push_rows}

Large over small, per due user: **{push_ratio:.2f}x** (target at most 1.2). Before push slots each run read every
opted-in user's preferences, profile, subscriptions and plan: {push_n:,} users' worth per run, whoever was due.

Admin usage statistics over 30 days (totals and the five breakdowns), from the per-day counters:

| usage records | store operations | documents read | time |
|---:|---:|---:|---:|
{stats_rows}

Ten times the calls, **{stats_ratio:.2f}x** the documents read (target at most 1.2). Before the counters the
statistics read every usage record of the window: {10 * usage_n:,} documents at {10 * usage_n:,} records.
""",
    )
    print("RESULT " + json.dumps(result))


if __name__ == "__main__":
    main()
