"""The user's local calendar over the weekly aggregates, as the coach uses it.

The code lives in `shared.workouts.local_time`, where progress, the session history and the plan
writer's summary use it too; this module keeps the coach's name for it.
"""

from __future__ import annotations

from shared.workouts.local_time import (
    MAX_STREAK_WEEKS,
    KnownWeeks,
    LocalWeek,
    contributions,
    known_weeks,
    local_date,
    local_midnight,
    local_streak,
    local_weeks,
    week_start,
)

__all__ = [
    "MAX_STREAK_WEEKS",
    "KnownWeeks",
    "LocalWeek",
    "contributions",
    "known_weeks",
    "local_date",
    "local_midnight",
    "local_streak",
    "local_weeks",
    "week_start",
]
