"""Work that must not grow with the user base: the hourly daily-message run at a small and a large user count.

Run: `.venv/bin/python -m benchmarks.bench_scale [--quick]`.

Seeds the embedded store directly with profiles spread over 14 time zones (whole, half and 45-minute
offsets, northern and southern daylight saving time) and every message hour, then runs the hourly timer
three times in a row (with its batches, as the queue delivers them) and counts every store operation
and every document the operations return. Per due user those counts must stay flat from the small to
the large user count (`daily_reads_per_due_user_ratio`, target at most 1.2); every user due in the
window must have exactly one message scheduled for their local date (`daily_missed_or_duplicated`, 0).

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
    small = asyncio.run(_measure(small_n))
    large = asyncio.run(_measure(large_n))
    ratio = max(large["ops_per_due"] / small["ops_per_due"], large["docs_per_due"] / small["docs_per_due"])
    stats_small, stats_large = asyncio.run(_usage_stats(usage_n)), asyncio.run(_usage_stats(10 * usage_n))
    stats_ratio = stats_large["docs"] / max(1, stats_small["docs"])
    result = {"daily_reads_per_due_user_ratio": round(ratio, 3),
              "daily_missed_or_duplicated": int(small["wrong"] + large["wrong"]),
              "usage_stats_cost_ratio": round(stats_ratio, 3)}  # fmt: skip
    stats_rows = "\n".join(
        f"| {r['records']:,} | {r['ops']:,} | {r['docs']:,} | {r['seconds'] * 1000:.1f} ms |"
        for r in (stats_small, stats_large)
    )
    rows = "\n".join(
        f"| {r['users']:,} | {r['due']:,} | {r['ops']:,} | {r['ops_per_due']:.2f} | {r['docs']:,} | "
        f"{r['docs_per_due']:.2f} | {r['seconds']:.1f} s | {r['wrong']} |"
        for r in (small, large)
    )
    write_section(
        "scale",
        f"""## Daily messages at scale (`benchmarks/bench_scale.py{" --quick" if args.quick else ""}`)

{machine()}

Three hourly runs of the daily-message timer (with their batches) over profiles in 14 time zones and every
message hour, on the embedded store. Store operations and documents returned, per user due in the window:

| profiles | due | store operations | per due user | documents read | per due user | time | missed or duplicated |
|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

Large over small, per due user: **{ratio:.2f}x** (target at most 1.2). Before send slots the run read every
profile each hour: {large_n:,} profile documents per run at {large_n:,} users, whoever was due.

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
