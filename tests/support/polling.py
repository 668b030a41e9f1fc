"""Waiting for state with a deadline, never for a fixed time.

`await eventually(lambda: count() == 3)` polls the predicate (a plain or an async function) until it
returns something truthy and returns that value; at the deadline it raises AssertionError naming
what it waited for and the last value seen. `wait_until` is the same for synchronous tests.
A wait that can only be "nothing happened" is not a wait: first wait for a positive sign that the
work is over (the queue drained, the job finished), then assert what it did or did not do. In one
event loop the sign can be the loop itself: `callbacks_run()` returns once every callback already
scheduled (a woken waiter, a finished future) has run, without reading the clock.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar, overload

T = TypeVar("T")


def _timed_out(what: str, timeout: float, last: object) -> AssertionError:
    return AssertionError(f"{what} did not happen within {timeout:g} s (last value: {last!r})")


# A predicate returning `X | None` gives `X`: None is never the truthy value returned. The async
# overload comes first; when the predicate's type holds `Any` (say `dict[str, Any] | None`) mypy finds
# both overloads apply and types the result `Any`, so annotate the variable receiving it.
@overload
async def eventually(
    predicate: Callable[[], Awaitable[T | None]], timeout: float = 5, interval: float = 0.02, what: str = ""
) -> T: ...


@overload
async def eventually(
    predicate: Callable[[], T | None], timeout: float = 5, interval: float = 0.02, what: str = ""
) -> T: ...


async def eventually(
    predicate: Callable[[], T | Awaitable[T | None] | None], timeout: float = 5, interval: float = 0.02, what: str = ""
) -> T:
    """The first truthy value of `predicate`, polled every `interval` s; AssertionError after `timeout` s."""
    what = what or getattr(predicate, "__name__", "the condition")
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        last = await value if inspect.isawaitable(value) else value
        if last:
            return last
        if time.monotonic() >= deadline:
            raise _timed_out(what, timeout, last)
        await asyncio.sleep(interval)


def wait_until(predicate: Callable[[], T | None], timeout: float = 5, interval: float = 0.02, what: str = "") -> T:
    """`eventually` for synchronous tests: blocks this thread between polls."""
    what = what or getattr(predicate, "__name__", "the condition")
    deadline = time.monotonic() + timeout
    while True:
        last = predicate()
        if last:
            return last
        if time.monotonic() >= deadline:
            raise _timed_out(what, timeout, last)
        time.sleep(interval)


async def callbacks_run(turns: int = 5) -> None:
    """Let the event loop run what is already scheduled: `turns` passes, no wall-clock time involved.

    An `asyncio.Event.set()` or a future's result wakes its waiter on the next pass, so after this a
    woken task has finished; anything still pending was not woken.
    """
    for _ in range(turns):
        await asyncio.sleep(0)
