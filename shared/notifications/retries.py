"""When a push that failed for a passing reason is tried again (pure functions: the property tests drive them).

A push service that answers 429 or 5xx, or does not answer in time, is asked again later, at most `MAX_ATTEMPTS`
sends in all: after `BACKOFF_S[n]` seconds (with up to a fifth less, at random, so browsers of one batch do not
come back together), and never before the service's own `Retry-After` (RFC 8030 section 8.4 lets a push service
ask for it; RFC 9110 section 10.2.3). A wait that would end past `MAX_WAIT_S` gives up instead: the push's own
TTL (`sender.TTL_S`) is over by then, and a reminder that late is no reminder. Delivery sends the retry as a new
queue message with that delay (`delivery`): the Functions host's own redelivery waits the same 10 s every time
(host.json `visibilityTimeout`), which would spend five attempts in under a minute of an outage.
"""

from __future__ import annotations

import random

MAX_ATTEMPTS = 5  # sends of one push, the first included
BACKOFF_S = (30.0, 120.0, 600.0, 1800.0)  # before the 2nd, 3rd, 4th and 5th send
MAX_WAIT_S = 4 * 3600.0  # the push's TTL: later than this it is dropped, not sent
JITTER = 0.2  # a wait is shortened by up to this share, at random


def next_delay(attempt: int, retry_after_s: float | None = None, rng: random.Random | None = None) -> float | None:
    """Seconds to wait before send number `attempt + 1`, after send number `attempt` (1 for the first) failed for a
    passing reason; None when no send is left or the service asked for a wait beyond `MAX_WAIT_S`."""
    if attempt >= MAX_ATTEMPTS or attempt < 1:
        return None
    base = BACKOFF_S[min(attempt, len(BACKOFF_S)) - 1]
    wait = base * (1 - JITTER * (rng or random).random())
    if retry_after_s is not None:
        if retry_after_s > MAX_WAIT_S:
            return None
        wait = max(wait, retry_after_s)
    return wait
