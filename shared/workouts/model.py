"""A logged session as the API takes it (POST /api/workouts/{id}/log, PUT /api/workouts/sessions/{id}).

Human ranges: at most 100 reps and 500 kg a set, RPE 1-10 in half steps, 1-600 minutes, energy 1-5;
started in the years 2000-2100 (shared.dates) with a UTC offset, and not in the future.
Weights are kilograms (the profile's units only change display).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from shared.dates import Instant
from shared.plans.schema import SetRole

MAX_FUTURE = timedelta(days=1)


def _half_step(value: float | None) -> float | None:
    if value is not None and (value * 2) != int(value * 2):
        raise ValueError("must be in half steps (7, 7.5, 8 ...)")
    return value


class LoggedSet(BaseModel):
    """One set: reps done, load, effort (RPE), whether it was completed as planned, and optionally its role.

    For assisted exercises `weight_kg` is the assistance (less is progress). Sets with 0 reps or not
    completed never count toward volume, records, e1RM or targets; warm-up sets (`role`) never set
    targets nor count as hard sets."""

    model_config = ConfigDict(extra="forbid")

    reps: int = Field(ge=0, le=100, strict=True)
    weight_kg: float = Field(0, ge=0, le=500, strict=True)
    rpe: float | None = Field(None, ge=1, le=10, multiple_of=0.5, strict=True)
    completed: StrictBool = True
    role: SetRole | None = None

    @field_validator("rpe")
    @classmethod
    def _rpe_steps(cls, value: float | None) -> float | None:
        return _half_step(value)


class LoggedExercise(BaseModel):
    """An exercise done: a catalog id, or `custom:<slug>` with a name."""

    model_config = ConfigDict(extra="forbid")

    exercise_id: str = Field(min_length=1, max_length=80)
    name: str | None = Field(None, max_length=80)
    sets: list[LoggedSet] = Field(min_length=1, max_length=30)
    notes: str = Field("", max_length=500)


class LoggedSession(BaseModel):
    """One training session as the user logs it."""

    model_config = ConfigDict(extra="forbid")

    day_index: int | None = Field(None, ge=0, le=6, strict=True)
    started_at: Instant
    duration_minutes: int = Field(ge=1, le=600, strict=True)
    exercises: list[LoggedExercise] = Field(min_length=1, max_length=40)
    session_rpe: float | None = Field(None, ge=1, le=10, multiple_of=0.5, strict=True)
    energy: int | None = Field(None, ge=1, le=5, strict=True)
    notes: str = Field("", max_length=2000)

    @field_validator("session_rpe")
    @classmethod
    def _rpe_steps(cls, value: float | None) -> float | None:
        return _half_step(value)

    @field_validator("started_at")
    @classmethod
    def _sane_start(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("must carry a UTC offset, e.g. 2026-01-05T18:30:00+01:00")
        if value > datetime.now(UTC) + MAX_FUTURE:
            raise ValueError("must not be in the future")
        return value
