"""Timer functions fire on their NCRONTAB schedules (seconds first, UTC) and never stop the host."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import azure.functions as func

from shared.localhost.scheduler import fire, next_fire, run_timer
from shared.localhost.triggers import TimerFunction
from tests.support.polling import eventually


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


class ScriptedClock:
    """Answers each read with the next scripted instant, so a test decides what time the scheduler sees."""

    def __init__(self, *readings: datetime) -> None:
        self.readings = list(readings)

    def __call__(self) -> datetime:
        assert self.readings, "the scheduler read the clock more often than scripted"
        return self.readings.pop(0)


def _at(day: int, hour: int, minute: int, second: int, ms: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, ms * 1000, tzinfo=UTC)


async def test_run_timer_fires_on_startup_then_at_each_scheduled_time_and_marks_late_runs_past_due() -> None:
    fired: list[tuple[bool, float]] = []
    stop = asyncio.Event()

    async def tick(timer: func.TimerRequest) -> None:
        fired.append((timer.past_due, time.monotonic()))
        if len(fired) == 3:
            stop.set()

    clock = ScriptedClock(
        _at(26, 3, 29, 59, 800),  # 200 ms before 03:30: it must wait those 200 ms, not a wall-clock day
        _at(26, 3, 30, 0, 1),  # woke on time: not past due
        _at(27, 3, 29, 59, 950),  # the next day's run, 50 ms ahead
        _at(27, 3, 32, 0),  # woke two minutes late (a suspended host): past due
    )
    timer = TimerFunction("daily", "0 30 3 * * *", True, tick)
    await asyncio.wait_for(run_timer(timer, stop, clock=clock), timeout=5)
    assert [past_due for past_due, _ in fired] == [False, False, True]
    assert fired[1][1] - fired[0][1] >= 0.19, "waits until the scheduled time the clock gives"
    assert clock.readings == []


async def test_run_timer_stops_promptly_in_the_middle_of_a_long_wait() -> None:
    fired: list[bool] = []

    async def tick(timer: func.TimerRequest) -> None:
        fired.append(timer.past_due)

    stop = asyncio.Event()
    clock = ScriptedClock(_at(26, 3, 30, 1))  # the next run is a day away
    task = asyncio.create_task(run_timer(TimerFunction("daily", "0 30 3 * * *", True, tick), stop, clock=clock))
    await eventually(lambda: fired == [False], what="the startup run")
    await eventually(lambda: clock.readings == [], what="the scheduler reading the clock")
    stop.set()
    await asyncio.wait_for(task, timeout=1)
    assert fired == [False]
