"""A compact summary of recent training, for a plan writer: what each exercise reached, and adherence.

Read from the week aggregates (the per-session contributions of the UTC weeks that overlap the last
local weeks, `local_time.contributions`) and `progress.progress_data` for adherence, never from the
sessions themselves. Nothing finer than a week and no session ids: weeks are the user's local weeks,
counted back from this one.

    {"weeks": 6, "sessions_by_week": [2, 3, 0, 3, 3, 1], "adherence": {"planned": 15, "done": 11, "pct": 73.3},
     "exercises": [{"id": "barbell-back-squat", "name": "Barbell back squat", "sessions": 9,
                    "heaviest_set": "100 kg x 5", "e1rm_kg_by_week": [105.0, null, 110.0, ...]}]}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from shared.exercises.catalog import find_exercise
from shared.plans.recommendations import epley
from shared.store.port import DocumentStore
from shared.workouts.local_time import contributions, local_date, local_midnight, local_now, user_zone, week_start
from shared.workouts.progress import progress_data

WEEKS = 6
MAX_EXERCISES = 15


@dataclass
class _Exercise:
    sessions: int = 0
    top: tuple[float, int] | None = None  # the heaviest counted set's (kg, reps), by e1RM
    bodyweight_reps: int = 0
    e1rm: dict[int, float] = field(default_factory=dict)  # week position -> best e1RM


def _kg(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _fold(found: dict[str, _Exercise], position: int, contribution: dict[str, Any]) -> None:
    for exercise_id, entry in contribution.get("ex", {}).items():
        if find_exercise(exercise_id) is None:
            continue  # custom exercises: their names are the user's own words
        mine = found.setdefault(exercise_id, _Exercise())
        mine.sessions += 1
        top = entry.get("top")
        if top is not None and not entry.get("assisted"):
            kg, reps = float(top[0]), int(top[1])
            if mine.top is None or epley(kg, reps) > epley(*mine.top):
                mine.top = (kg, reps)
        mine.bodyweight_reps = max(mine.bodyweight_reps, int(entry.get("reps", {}).get("0", 0)))
        if entry.get("e1rm") is not None:
            mine.e1rm[position] = max(float(entry["e1rm"]), mine.e1rm.get(position, 0.0))


def _row(exercise_id: str, mine: _Exercise, weeks: int) -> dict[str, Any]:
    exercise = find_exercise(exercise_id)
    row: dict[str, Any] = {"id": exercise_id, "name": exercise.name if exercise else exercise_id,
                           "sessions": mine.sessions}  # fmt: skip
    if mine.top is not None:
        row["heaviest_set"] = f"{_kg(mine.top[0])} kg x {mine.top[1]}"
    elif mine.bodyweight_reps:
        row["best_bodyweight_reps"] = mine.bodyweight_reps
    if mine.e1rm:
        row["e1rm_kg_by_week"] = [mine.e1rm.get(i) for i in range(weeks)]
    return row


async def recent_training(
    store: DocumentStore, user_id: str, weeks: int = WEEKS, today: date | None = None
) -> dict[str, Any] | None:
    """The last `weeks` local ISO weeks (this one included), oldest first; None when nothing was logged
    in them. `today` is the user's local date (by default, now in their time zone)."""
    tz = await user_zone(store, user_id)
    today = today or local_now(tz).date()
    first = week_start(today) - timedelta(weeks=weeks - 1)
    end = local_midnight(week_start(today) + timedelta(days=7), tz)
    logged = await contributions(store, user_id, local_midnight(first, tz), end)
    if not logged:
        return None
    found: dict[str, _Exercise] = {}
    for contribution in logged:
        _fold(found, (week_start(local_date(contribution["started"], tz)) - first).days // 7, contribution)
    progress = await progress_data(store, user_id, weeks, today)
    adherence = progress["adherence"]
    busiest = sorted(found.items(), key=lambda kv: (-kv[1].sessions, kv[0]))[:MAX_EXERCISES]
    return {
        "weeks": weeks,
        "weeks_order": "oldest first; the last is this (unfinished) week",
        "sessions_by_week": [row["sessions"] for row in progress["weeks"]],
        "planned_sessions_per_week": adherence["days_per_week"],
        "adherence": {k: adherence[k] for k in ("weeks", "planned", "done", "pct")},
        "exercises": [_row(ident, mine, weeks) for ident, mine in busiest],
    }
