"""Local weeks over the UTC-keyed week aggregates: counts and streaks equal a count over the sessions."""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from shared.coach import weeks
from shared.store import containers
from shared.store.sqlite import SqliteDocumentStore
from shared.workouts.aggregates import apply_change
from shared.workouts.contributions import contribution
from shared.workouts.keys import iso_week

NOW = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
ZONES = ["America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "Pacific/Kiritimati", "Europe/Berlin", "UTC"]


def _session(started: datetime) -> dict[str, object]:
    squat = {"exercise_id": "barbell-back-squat", "sets": [{"reps": 5, "weight_kg": 100.0, "completed": True}]}
    return {"started_at": started.isoformat(), "exercises": [squat]}


def brute_streak(days: list[date], today: date, target: int) -> int:
    counts: dict[date, int] = {}
    for d in days:
        counts[weeks.week_start(d)] = counts.get(weeks.week_start(d), 0) + 1
    monday = weeks.week_start(today)
    if counts.get(monday, 0) < target:
        monday -= timedelta(weeks=1)
    run = 0
    while counts.get(monday, 0) >= target and run < weeks.MAX_STREAK_WEEKS:
        run, monday = run + 1, monday - timedelta(weeks=1)
    return run


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hours_ago=st.lists(st.integers(0, 24 * 7 * 30), min_size=0, max_size=60),
    zone=st.sampled_from(ZONES),
    target=st.integers(1, 3),
    hint=st.integers(0, 30),
    loaded=st.integers(0, 60),
)
@example(hours_ago=[24 * 7 * i + 30 for i in range(40)], zone="Europe/Berlin", target=1, hint=0, loaded=0)  # 4 reads
def test_local_week_counts_and_streaks_match_a_count_over_the_sessions(
    hours_ago: list[int], zone: str, target: int, hint: int, loaded: int
) -> None:
    """`loaded` sessions (the newest) are already at hand, as the coach's context has them: the streak counts
    their weeks without reading and reads the week documents only for older weeks."""
    tz = ZoneInfo(zone)
    starts = [NOW - timedelta(hours=h, minutes=7) for h in hours_ago]
    today = NOW.astimezone(tz).date()

    async def scenario(path: Path) -> tuple[list[weeks.LocalWeek], int]:
        store = SqliteDocumentStore(path, containers.ALL, synchronous="NORMAL")
        await store.initialize()
        for i, started in enumerate(starts):
            await apply_change(store, "u", f"s{i}", None, (iso_week(started), contribution(_session(started))))
        found = await weeks.local_weeks(store, "u", tz, today - timedelta(weeks=5), today)
        newest = sorted(starts, reverse=True)[:loaded]
        known = weeks.known_weeks(newest, tz, complete=loaded >= len(starts))
        return found, await weeks.local_streak(store, "u", tz, today, target, hint, known)

    with tempfile.TemporaryDirectory() as folder:
        found, streak = asyncio.run(scenario(Path(folder) / "store.db"))
    local_days = [s.astimezone(tz).date() for s in starts]
    for week in found:
        mine = [d for d in local_days if weeks.week_start(d) == week.monday]
        assert week.sessions == len(mine) and week.volume_kg == 500 * len(mine)
    assert [w.monday for w in found] == [weeks.week_start(today) - timedelta(weeks=5 - i) for i in range(6)]
    assert streak == brute_streak(local_days, today, target)
