"""A logged session as the API takes it (POST /api/workouts/{id}/log, PUT /api/workouts/sessions/{id}).

Human ranges: at most 100 reps and 500 kg a set, RPE 1-10 in half steps, 1-600 minutes, energy 1-5;
started in the years 2000-2100 (shared.dates) with a UTC offset, and not in the future.
Weights are kilograms (the profile's units only change display); a blank weight is None, never 0.

Set types (docs/training-science.md, "Set types"): `warmup` counts toward nothing (not volume, hard
sets, records, e1RM or targets); `normal` and `failure` count toward everything; `drop` counts toward
volume and hard sets but sets no record, e1RM or target (taken without rest, after a heavier set).
The older `role` field stays: `role: "warmup"` and `set_type: "warmup"` mean the same and each
implies the other (stored sessions with only `role` read as before); any other role with
`set_type: "warmup"`, or `role: "warmup"` with a drop or failure set, is a 422 naming `role`.

Supersets: exercises sharing a `superset` label ("A") were done alternately; a label names 2+ exercises
(checked with the exercises, `shared.workouts.sessions.check_exercises`, so the 422 names the field).
Sets are stored as sent, missed ones (`completed: false`) included: the API never adds nor drops a set.
Timed and distance sets carry `duration_seconds` / `distance_m`; one with either counts as one bout even at 0 reps.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationInfo, field_validator, model_validator

from shared.dates import Instant
from shared.plans.schema import SetRole

MAX_FUTURE = timedelta(days=1)
SetType = Literal["warmup", "normal", "drop", "failure"]
SUPERSET_LABEL = "^[A-J]$"  # as plans label theirs (shared.plans.schema.PlanExercise.superset)


def _half_step(value: float | None) -> float | None:
    if value is not None and (value * 2) != int(value * 2):
        raise ValueError("must be in half steps (7, 7.5, 8 ...)")
    return value


class LoggedSet(BaseModel):
    """One set: reps done, load, effort (RPE), whether it was completed, its type and optionally its plan role.

    `weight_kg` None: no weight given (a bodyweight set, or left blank); never read as 0 kg on a loaded
    lift. For assisted exercises `weight_kg` is the assistance (less is progress). Sets with 0 reps or
    not completed are kept (an honest log of a missed set) but never count toward volume, hard sets,
    records, e1RM or targets; see the module docstring for `set_type` and `role`."""

    model_config = ConfigDict(extra="forbid")

    reps: int = Field(ge=0, le=100, strict=True)
    weight_kg: float | None = Field(None, ge=0, le=500, strict=True)
    rpe: float | None = Field(None, ge=1, le=10, multiple_of=0.5, strict=True)
    completed: StrictBool = True
    set_type: SetType = "normal"
    role: SetRole | None = None
    # Timed and distance work (a plank, a row, a carry): what was done, kept as logged (imports carry them);
    # such a set counts as one bout even at 0 reps.
    duration_seconds: int | None = Field(None, ge=1, le=86_400, strict=True)
    distance_m: float | None = Field(None, gt=0, le=1_000_000, strict=True)

    @field_validator("role")
    @classmethod
    def _role_fits_type(cls, value: SetRole | None, info: ValidationInfo) -> SetRole | None:
        kind = info.data.get("set_type", "normal")
        if value == "warmup" and kind not in ("warmup", "normal"):
            raise ValueError(f"a warm-up set cannot be a {kind} set: leave out role or set_type")
        if kind == "warmup" and value not in (None, "warmup"):
            raise ValueError(f"a warm-up set (set_type) cannot have the plan role '{value}'")
        return value

    @model_validator(mode="after")
    def _warmup_both_ways(self) -> LoggedSet:
        # Older clients send only `role`, older readers (and stored statistics) look only at it.
        if self.role == "warmup" or self.set_type == "warmup":
            self.role, self.set_type = "warmup", "warmup"
        return self


class LoggedExercise(BaseModel):
    """An exercise done: a catalog id, or `custom:<slug>` with a name."""

    model_config = ConfigDict(extra="forbid")

    exercise_id: str = Field(min_length=1, max_length=80)
    name: str | None = Field(None, max_length=80)
    sets: list[LoggedSet] = Field(min_length=1, max_length=30)
    notes: str = Field("", max_length=500)
    superset: str | None = Field(None, pattern=SUPERSET_LABEL, description="same label = done as one superset")


MAX_SESSION_NAME = 100


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
    name: str | None = Field(
        None, max_length=MAX_SESSION_NAME, description="the workout's name ('Upper A'); imports keep the other app's"
    )

    @field_validator("name")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return (value or "").strip() or None

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
