"""Fires timer functions on their NCRONTAB schedules (UTC), as the Functions host does.

The time comes from `clock` (the wall clock unless a test passes its own), so the schedule can be
tested without waiting on or depending on the real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from azure.functions.timer import TimerRequest
from croniter import croniter

from shared.localhost.triggers import TimerFunction

log = logging.getLogger("vigor.localhost.timer")
PAST_DUE_AFTER_S = 60


def utc_now() -> datetime:
    """The wall clock, in UTC: the default `clock`."""
    return datetime.now(UTC)


def next_fire(schedule: str, after: datetime) -> datetime:
    """The first time strictly after `after` that the NCRONTAB schedule names."""
    found: datetime = croniter(schedule, after, second_at_beginning=True).get_next(datetime)
    return found


async def fire(timer: TimerFunction, past_due: bool = False) -> bool:
    """Call the timer function once; log one line; never raise."""
    started = time.perf_counter()
    try:
        result = timer.fn(TimerRequest(past_due=past_due))
        if inspect.isawaitable(result):
            await result
        ok = True
    except Exception:  # one failed run must not stop the schedule
        log.exception("timer %s failed", timer.name)
        ok = False
    log.info("timer %s -> %s in %.1f ms", timer.name, "ok" if ok else "failed", (time.perf_counter() - started) * 1000)
    return ok


async def run_timer(timer: TimerFunction, stop: asyncio.Event, clock: Callable[[], datetime] = utc_now) -> None:
    """Sleep until each scheduled time (as `clock` tells it) and fire, until `stop` is set.

    A run that starts more than a minute after its scheduled time is marked past due.
    """
    if timer.run_on_startup:
        await fire(timer)
    while not stop.is_set():
        now = clock()
        due = next_fire(timer.schedule, now)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=(due - now).total_seconds())
            return
        await fire(timer, past_due=(clock() - due).total_seconds() > PAST_DUE_AFTER_S)
