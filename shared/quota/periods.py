"""Calendar periods in UTC: the keys quota and budget counters are stored under, and when each resets.

Day `2026-11-26`, ISO week `2026-W48` (weeks start on Monday; the ISO year may differ from the
calendar year around New Year), month `2026-11`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

Period = Literal["day", "week", "month"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")


def utc(now: datetime | None = None) -> datetime:
    """`now` as an aware UTC datetime (the current time when None)."""
    if now is None:
        return datetime.now(UTC)
    return now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)


def period_key(period: Period, now: datetime | None = None) -> str:
    """The key of the period containing `now`."""
    moment = utc(now)
    if period == "day":
        return moment.strftime("%Y-%m-%d")
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    return moment.strftime("%Y-%m")


def period_start(period: Period, now: datetime | None = None) -> datetime:
    """Midnight UTC at the start of the period containing `now`."""
    moment = utc(now)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def period_end(period: Period, now: datetime | None = None) -> datetime:
    """The instant the period containing `now` resets (the next period's start)."""
    start = period_start(period, now)
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    return (start + timedelta(days=32)).replace(day=1)


def seconds_until_reset(period: Period, now: datetime | None = None) -> float:
    """Seconds from `now` until the period resets (always > 0)."""
    moment = utc(now)
    return (period_end(period, moment) - moment).total_seconds()


def period_keys(now: datetime | None = None) -> dict[Period, str]:
    """The day, week and month keys for `now`."""
    moment = utc(now)
    return {period: period_key(period, moment) for period in PERIODS}
