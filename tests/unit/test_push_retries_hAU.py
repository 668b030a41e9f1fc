"""When a failed push is tried again (`shared.notifications.retries`) and how a push service's Retry-After is read
(`sender.retry_after_seconds`): never before the service asked, never hammering, always bounded (task hAU)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from hypothesis import given
from hypothesis import strategies as st

from shared.notifications import retries
from shared.notifications.sender import retry_after_seconds

attempts = st.integers(min_value=1, max_value=retries.MAX_ATTEMPTS - 1)
waits = st.none() | st.floats(min_value=0, max_value=retries.MAX_WAIT_S, allow_nan=False)


@given(attempts, waits, st.integers(min_value=0, max_value=2**32))
def test_a_retry_waits_for_the_backoff_and_never_less_than_the_service_asked(
    attempt: int, retry_after: float | None, seed: int
) -> None:
    wait = retries.next_delay(attempt, retry_after, random.Random(seed))
    base = retries.BACKOFF_S[attempt - 1]
    assert wait is not None
    assert wait >= base * (1 - retries.JITTER)  # no hammering: at least most of the backoff step
    assert wait <= max(base, retry_after or 0)  # and no longer than the step or the service's own wait
    if retry_after is not None:
        assert wait >= retry_after


@given(st.integers(min_value=retries.MAX_ATTEMPTS, max_value=100) | st.integers(max_value=0), waits)
def test_no_send_after_the_last_attempt(attempt: int, retry_after: float | None) -> None:
    assert retries.next_delay(attempt, retry_after) is None


@given(attempts, st.floats(min_value=retries.MAX_WAIT_S + 0.001, max_value=1e9, allow_nan=False))
def test_a_wait_past_the_push_lifetime_gives_up(attempt: int, retry_after: float) -> None:
    assert retries.next_delay(attempt, retry_after) is None


def test_every_send_happens_within_the_push_lifetime() -> None:
    total = sum(retries.BACKOFF_S[: retries.MAX_ATTEMPTS - 1])
    assert len(retries.BACKOFF_S) == retries.MAX_ATTEMPTS - 1 and total <= retries.MAX_WAIT_S


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    now = datetime(2026, 3, 30, 5, 10, tzinfo=UTC)
    assert retry_after_seconds("120", now.timestamp()) == 120
    assert retry_after_seconds(" 0 ", now.timestamp()) == 0
    later = format_datetime(now + timedelta(minutes=5), usegmt=True)  # "Mon, 30 Mar 2026 05:15:00 GMT"
    assert retry_after_seconds(later, now.timestamp()) == 300
    assert retry_after_seconds(format_datetime(now - timedelta(hours=1), usegmt=True), now.timestamp()) == 0
    for unreadable in (None, "", "soon", "-5", "1.5e3", "Mon, 99 Foo 2026"):
        assert retry_after_seconds(unreadable, now.timestamp()) is None
    assert retry_after_seconds("9" * 30, now.timestamp()) == 7 * 86400  # capped, never an overflow
