"""Timer functions fire on their NCRONTAB schedules (seconds first, UTC) and never stop the host."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import azure.functions as func

from shared.localhost.scheduler import fire, next_fire, run_timer
from shared.localhost.triggers import TimerFunction


def test_next_fire_reads_seconds_first() -> None:
    start = datetime(2026, 11, 26, 3, 0, 0, tzinfo=UTC)
    assert next_fire("0 30 3 * * *", start) == datetime(2026, 11, 26, 3, 30, 0, tzinfo=UTC)
    assert next_fire("0 30 3 * * *", datetime(2026, 11, 26, 3, 30, 0, tzinfo=UTC)).day == 27
    assert next_fire("0 0 * * * *", start) == datetime(2026, 11, 26, 4, 0, 0, tzinfo=UTC)
    assert next_fire("*/15 * * * * *", start) == datetime(2026, 11, 26, 3, 0, 15, tzinfo=UTC)


async def test_fire_calls_sync_and_async_functions_with_a_timer_request() -> None:
    seen: list[object] = []

    def sync_fn(timer: func.TimerRequest) -> None:
        seen.append(timer)

    async def async_fn(timer: func.TimerRequest) -> None:
        seen.append(timer.past_due)

    assert await fire(TimerFunction("s", "0 0 * * * *", False, sync_fn))
    assert await fire(TimerFunction("a", "0 0 * * * *", False, async_fn), past_due=True)
    assert isinstance(seen[0], func.TimerRequest) and seen[1] is True


async def test_a_failing_timer_is_logged_not_raised() -> None:
    def broken(timer: func.TimerRequest) -> None:
        raise RuntimeError("boom")

    assert await fire(TimerFunction("broken", "0 0 * * * *", False, broken)) is False


async def test_run_timer_fires_on_schedule_and_on_startup_then_stops() -> None:
    calls: list[datetime] = []

    async def tick(timer: func.TimerRequest) -> None:
        calls.append(datetime.now(UTC))

    stop = asyncio.Event()
    task = asyncio.create_task(run_timer(TimerFunction("tick", "* * * * * *", True, tick), stop))
    await asyncio.sleep(2.3)
    stop.set()
    await asyncio.wait_for(task, timeout=2)
    assert len(calls) >= 3  # once on startup, then every second
    fired_after_start = calls[1:]
    assert all(c.microsecond < 300_000 for c in fired_after_start), "fires at the top of each second"
