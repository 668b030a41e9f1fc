"""Property-based tests of the quota logic: period keys, reset times, reservation/settlement invariants."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared.errors import LimitExceeded
from shared.quota import periods, reservations
from shared.quota.tiers import TierLimits
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore

moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


@given(moments, st.sampled_from(periods.PERIODS))
def test_a_moment_lies_in_its_period_and_the_next_period_has_another_key(now: datetime, period: periods.Period) -> None:
    start, end = periods.period_start(period, now), periods.period_end(period, now)
    assert start <= now < end
    assert (
        periods.period_key(period, start)
        == periods.period_key(period, now)
        == periods.period_key(period, end - timedelta(microseconds=1))
    )
    assert periods.period_key(period, end) != periods.period_key(period, now)
    assert 0 < periods.seconds_until_reset(period, now) <= {"day": 1, "week": 7, "month": 31}[period] * 86400


@given(moments)
def test_keys_have_the_documented_shapes(now: datetime) -> None:
    keys = periods.period_keys(now)
    year, week, _ = now.isocalendar()
    assert keys["day"] == now.date().isoformat()
    assert keys["week"] == f"{year}-W{week:02d}" and keys["month"] == now.strftime("%Y-%m")
    assert periods.period_start("week", now).weekday() == 0


def test_documented_examples() -> None:
    now = datetime(2026, 11, 26, 15, 30, tzinfo=UTC)
    assert periods.period_keys(now) == {"day": "2026-11-26", "week": "2026-W48", "month": "2026-11"}
    assert periods.seconds_until_reset("day", now) == 8.5 * 3600
    assert periods.period_key("week", datetime(2027, 1, 1, tzinfo=UTC)) == "2026-W53"


ops = st.lists(st.tuples(st.sampled_from(["reserve", "settle", "release"]), st.integers(0, 50_000)), max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(limit=st.integers(0, 6), steps=ops)
def test_reservations_never_exceed_limits_and_counts_match(limit: int, steps: list[tuple[str, int]]) -> None:
    """Counters equal kept + open reservations; never more than the limit are held; dollars add up."""
    limits = TierLimits(tier="free", requests_per_day=limit, requests_per_week=limit + 1,
                        requests_per_month=limit + 2, monthly_budget_usd=1.0)  # fmt: skip
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)

    async def scenario(path: Path) -> None:
        store = SqliteDocumentStore(path, containers.ALL, synchronous="NORMAL")
        await store.initialize()
        open_: list[reservations.Reservation] = []
        kept, spent_micro = 0, 0
        for op, micro in steps:
            if op == "reserve":
                try:
                    open_.append(await reservations.reserve(store, "u", limits, 0.01, now))
                except LimitExceeded as exc:
                    assert exc.limit == "requests_per_day" and kept + len(open_) >= limit
                    assert exc.retry_after == 12 * 3600
            elif open_ and op == "settle":
                await reservations.settle(store, open_.pop(0), micro / 1_000_000)
                kept, spent_micro = kept + 1, spent_micro + micro
            elif open_:
                await reservations.release(store, open_.pop())
            counts, spent = await reservations.usage(store, "u", now)
            assert counts["day"] == kept + len(open_) <= limit
            assert round(spent * 1_000_000) == spent_micro + 10_000 * len(open_)
        await store.close()

    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(scenario(Path(tmp) / "s.sqlite3"))


holds = st.lists(st.tuples(st.sampled_from(["run", "fail", "top_up"]), st.integers(0, 300_000)), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(door_micro=st.integers(0, 500_000), runs=holds, given_back=st.booleans())
def test_a_keyed_hold_charges_one_request_and_every_settled_cost(
    door_micro: int, runs: list[tuple[str, int]], given_back: bool
) -> None:
    """A hold taken at the door under a key, then adopted by any number of runs (each settling its cost,
    failing, or topping up first): one request counted, dollars = settled costs + what is still held;
    `release_hold` gives back the request and what is held, once, never the dollars already spent."""
    limits = TierLimits(tier="free", requests_per_day=1, requests_per_week=1, requests_per_month=1,
                        monthly_budget_usd=1.0)  # fmt: skip
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)

    async def scenario(path: Path) -> None:
        store = SqliteDocumentStore(path, containers.ALL, synchronous="NORMAL")
        await store.initialize()
        door = await reservations.reserve(store, "u", limits, door_micro / 1e6, now, idempotency_key="job-1")
        assert not door.adopted and door.micro_usd == door_micro
        settled, held = 0, door_micro
        for op, micro in runs:
            again = await reservations.reserve(store, "u", limits, 0.02, now, idempotency_key="job-1")
            assert again.adopted and again.micro_usd == held
            if op == "top_up":
                fits = micro <= held or settled + micro <= 1_000_000  # the month's spend after raising it
                assert await reservations.top_up(store, again, limits, micro / 1e6) == fits
                assert again.micro_usd == (max(held, micro) if fits else held)
            if op == "fail":
                await reservations.release(store, again)  # an adopted hold outlives a failed run
            else:
                await reservations.settle(store, again, micro / 1e6)
                settled, held = settled + micro, 0
            counts, spent = await reservations.usage(store, "u", now)
            assert counts["day"] == 1 and round(spent * 1e6) == settled + held
        if given_back:
            assert await reservations.release_hold(store, "u", "job-1")
            assert not await reservations.release_hold(store, "u", "job-1")  # once
            counts, spent = await reservations.usage(store, "u", now)
            assert counts["day"] == 0 and round(spent * 1e6) == settled
        await store.close()

    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(scenario(Path(tmp) / "s.sqlite3"))
