"""What GET /api/workouts/progress answers (see shared.workouts.progress for how it is computed)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class MuscleSets(BaseModel):
    """Hard sets of one muscle in one week against the target band (None without a plan or profile)."""

    hard_sets: float
    band_min: int | None = None
    band_max: int | None = None
    status: Literal["below", "within", "above"] | None = None


class WeekCardio(BaseModel):
    """Cardio in one of the user's weeks: completed timed and distance sets of cyclic conditioning (runs,
    rides, rows, walks; not holds or carries) and of the user's own exercises. `seconds` and `distance_m`
    are exact; `minutes` and `distance` (in `distance_unit`, km or mi by the profile's units) are for display."""

    seconds: int
    minutes: float
    distance_m: float
    distance: float
    distance_unit: Literal["km", "mi"]


class WeekProgress(BaseModel):
    """One of the user's weeks (Monday to Sunday in the profile's time zone), named by its ISO week and its
    Monday's date: the sessions started in it on the user's clock, whatever offset they were logged with."""

    week: str
    monday: str
    sessions: int
    target_sessions: int | None
    volume_kg: float
    hard_sets_by_muscle: dict[str, MuscleSets]
    cardio: WeekCardio


class E1rmPoint(BaseModel):
    """The week's best estimated 1RM and the day it was set (a date of the user's calendar)."""

    date: str
    e1rm_kg: float


class PersonalRecord(BaseModel):
    """An all-time best: `e1rm` (e1rm_kg), `heaviest_weight` (weight_kg x reps), `most_reps` (reps at weight_kg).

    When `assisted`, weight_kg is the assistance and `heaviest_weight` is the set with the least of it.
    `date` is the day the session started on the user's clock (their profile's time zone). `previous` is what the
    record beat, as the log response's `new_records` give it: kg for e1rm, [kg, reps] for heaviest_weight, reps for
    most_reps; null when there was none before (a first time is a baseline)."""

    exercise_id: str
    name: str
    kind: Literal["e1rm", "heaviest_weight", "most_reps"]
    e1rm_kg: float | None = None
    weight_kg: float | None = None
    reps: int | None = None
    date: str
    session_id: str
    assisted: bool = False
    previous: float | int | list[float] | None = None


class Adherence(BaseModel):
    """Planned vs done over the complete weeks of the window (since the plan was activated)."""

    days_per_week: int | None
    weeks: int
    planned: int
    done: int
    pct: float | None


class ProgressPublic(BaseModel):
    """Progress in the user's weeks, oldest first (the last is this week, still open). `streak_weeks`:
    consecutive local weeks with at least the target sessions, back from this week (or from last week
    while this one is short of it)."""

    weeks: list[WeekProgress]
    e1rm: dict[str, list[E1rmPoint]]
    personal_records: list[PersonalRecord]
    streak_weeks: int
    adherence: Adherence
    active_plan_id: str | None
