"""Fires timer functions on their NCRONTAB schedules (UTC), as the Functions host does."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from datetime import UTC, datetime

from azure.functions.timer import TimerRequest
from croniter import croniter

from shared.localhost.triggers import TimerFunction

log = logging.getLogger("vigor.localhost.timer")


def next_fire(schedule: str, after: datetime) -> datetime:
    """The first time strictly after `after` that the NCRONTAB schedule names."""
    return croniter(schedule, after, second_at_beginning=True).get_next(datetime)


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


async def run_timer(timer: TimerFunction, stop: asyncio.Event) -> None:
    """Sleep until each scheduled time and fire, until `stop` is set."""
    if timer.run_on_startup:
        await fire(timer)
    while not stop.is_set():
        now = datetime.now(UTC)
        due = next_fire(timer.schedule, now)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=(due - now).total_seconds())
            return
        await fire(timer, past_due=(datetime.now(UTC) - due).total_seconds() > 60)
