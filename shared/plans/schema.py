"""The one plan schema: written by the engine and the LLM providers, checked by the validator, served by the API.

`PlanDraft` is what a writer (engine or LLM) produces; `Plan` adds identity, provenance and the
figures the validator derives. `plan_json_schema()` is the draft's schema in the subset OpenAI's
strict structured outputs accept; the numeric and length bounds stay in pydantic validation.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.profile.model import Goal, Muscle

Split = Literal["full_body", "upper_lower", "push_pull_legs", "custom"]
# How loads move forward (docs/training-science.md, "Progression"): linear adds a small step every
# session (novices), double progression climbs the rep range then adds load, RPE-based picks the
# day's load from a target RPE, a training-max wave cycles percentages of a training max with an
# AMRAP last set (5/3/1-style, advanced lifters).
ProgressionMethod = Literal["linear", "double_progression", "rpe", "training_max_wave"]
# A set's role: ramp-up warm-up sets before the first main lift, a heavy top set, back-off sets
# after it, or ordinary working sets.
SetRole = Literal["warmup", "top", "backoff", "work"]
# An exercise's place in a session: main lifts anchor it, secondary lifts and accessories follow.
# "power": an older adult's fast chair stands (rising fast for power, not a balance drill: the seventeenth review).
Role = Literal["main", "secondary", "accessory", "conditioning", "mobility", "balance", "power"]
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WaveSet(_Strict):
    """One set of a training-max wave's week: its share of the training max and its reps; `amrap`: the reps are
    the least to do, the set goes on for as many good reps as there are (5/3/1's "+" set)."""

    pct_training_max: float = Field(strict=True, ge=0.3, le=1.0)
    reps: int = Field(strict=True, ge=1, le=20)
    amrap: bool = False
    role: SetRole = "work"  # "top": the AMRAP set; "backoff": First Set Last fives after the wave


class WaveWeek(_Strict):
    """One week of a training-max wave (week 4 is the deload: lighter, no AMRAP, no back-off sets)."""

    week: int = Field(strict=True, ge=1, le=4)
    deload: bool = False
    sets: list[WaveSet] = Field(max_length=10)


class PlanExercise(_Strict):
    """One exercise of a day. With `duration_seconds`, each set is one timed bout (reps 1-1), both sides included."""

    exercise_id: str = Field(max_length=80)
    name: str = Field(max_length=80)
    sets: int = Field(strict=True, ge=1, le=20)
    reps_min: int = Field(strict=True, ge=1, le=100)
    reps_max: int = Field(strict=True, ge=1, le=100)
    target_rpe: float = Field(strict=True, ge=1, le=10)
    rest_seconds: int = Field(strict=True, ge=0, le=900)
    duration_seconds: int | None = Field(strict=True, default=None, ge=5, le=7200)
    notes: str = Field(default="", max_length=300)
    # Engine-filled extras (defaults keep stored plans and LLM drafts valid): the exercise's role in
    # the session, its own progression scheme, ramp-up sets before it, and metres for distance work.
    role: Role | None = None
    progression: ProgressionMethod | None = None
    warmup_sets: int = Field(strict=True, default=0, ge=0, le=6)
    distance_m: int | None = Field(strict=True, default=None, ge=5, le=10000)
    # Supersets in short sessions: items with the same letter are done alternately (A1, A2, A1, ...).
    superset: str | None = Field(default=None, pattern="^[A-J]$")
    # A training-max wave lift's week-by-week sets (review 24: the wave lived only in the notes while the item read
    # "5 x 3-6 @ RPE 8"); None for every other scheme. `sets` stays the weekly working sets of weeks 1-3.
    wave: list[WaveWeek] | None = Field(default=None, max_length=4)


class RoutineItem(_Strict):
    """A warm-up or cool-down step done at every session."""

    name: str = Field(max_length=80)
    duration_seconds: int = Field(strict=True, ge=0, le=1800)
    notes: str = Field(default="", max_length=200)


class PlanDay(_Strict):
    """One training day; `day_index` is the weekday, 0 = Monday."""

    day_index: int = Field(strict=True, ge=0, le=6)
    name: str = Field(max_length=60)
    focus: str = Field(max_length=120)
    estimated_minutes: int = Field(strict=True, ge=0, le=600)
    exercises: list[PlanExercise] = Field(max_length=30)
    # Why the session is shorter than asked, when the minutes could not be filled with useful work
    # (the validator accepts a shorter session only with a reason, never one over +10%).
    time_note: str = Field(default="", max_length=300)
    # The day's activation and mobility drills: the content of the plan's "Activate and mobilise"
    # warm-up step for this day's lifts and the person's injuries (its time is in `Plan.warmup`).
    warmup: list[RoutineItem] = Field(default_factory=list, max_length=6)


class Progression(_Strict):
    """How the plan moves forward week to week."""

    method: ProgressionMethod = "double_progression"
    summary: str = Field(max_length=600)
    load_step_pct_min: float = Field(strict=True, ge=0, le=10)
    load_step_pct_max: float = Field(strict=True, ge=0, le=10)
    deload_every_weeks: int = Field(strict=True, ge=3, le=8)
    deload_guidance: str = Field(max_length=400)


class PlanDraft(_Strict):
    """What a plan writer produces: everything except identity and provenance."""

    name: str = Field(max_length=100)
    goal: Goal
    split: Split
    days: list[PlanDay] = Field(min_length=1, max_length=7)
    warmup: list[RoutineItem] = Field(max_length=12)
    cooldown: list[RoutineItem] = Field(max_length=12)
    progression: Progression
    rationale: str = Field(max_length=2000)
    safety_notes: list[str] = Field(max_length=20)
    volume_note: str = Field(default="", max_length=800)
    template: str = Field(default="", max_length=80)  # the program template the plan instantiates


class PlanSource(_Strict):
    """Who wrote the plan."""

    provider: str = Field(max_length=40)
    model: str = Field(max_length=80)
    experiment: str = Field(default="", max_length=100, description="the A/B experiment arm it was made under")


class MuscleVolume(_Strict):
    """Weekly hard sets for one muscle (secondary muscles count half) against its evidence band."""

    muscle: Muscle
    hard_sets: float
    band_min: int
    band_max: int


class Plan(PlanDraft):
    """A stored, validated plan."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex, max_length=64)
    source: PlanSource
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    weekly_sets: list[MuscleVolume] = Field(default_factory=list)
    below_floor_muscles: list[Muscle] = Field(default_factory=list)

    @classmethod
    def from_draft(cls, draft: PlanDraft, source: PlanSource, **extra: Any) -> Plan:
        """Wrap a writer's draft with identity and provenance."""
        return cls(**draft.model_dump(), source=source, **extra)

    def warmup_seconds(self) -> int:
        """Seconds of warm-up at each session."""
        return sum(item.duration_seconds for item in self.warmup)

    def cooldown_seconds(self) -> int:
        """Seconds of cool-down at each session."""
        return sum(item.duration_seconds for item in self.cooldown)


_UNSUPPORTED = {
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
    "format",
    "default",
    "title",
}


def _strictify(node: Any) -> Any:
    if isinstance(node, list):
        return [_strictify(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs"):  # maps of names: keep every name, clean each schema
            out[key] = {name: _strictify(schema) for name, schema in value.items()}
        elif key == "const":
            out["enum"] = [value]
        elif key not in _UNSUPPORTED:
            out[key] = _strictify(value)
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


# Filled by Vigor, never asked of a provider: a training-max wave is rebuilt from the lift's sets by the validator
# (hV), so a model need not write it (and a strict schema would make every item carry one).
_ENGINE_ONLY = {"PlanExercise": ("wave",)}


def plan_json_schema() -> dict[str, Any]:
    """PlanDraft's JSON schema for strict structured output: every property required, no extras, no bounds, and
    without the engine-only fields (`_ENGINE_ONLY`)."""
    schema = dict(_strictify(PlanDraft.model_json_schema()))
    defs = schema.get("$defs", {})
    for model, fields in _ENGINE_ONLY.items():
        node = defs.get(model, {})
        for field in fields:
            node.get("properties", {}).pop(field, None)
        if "properties" in node:
            node["required"] = list(node["properties"])
    while unused := [name for name in defs if f'"#/$defs/{name}"' not in json.dumps(schema)]:
        for name in unused:  # a definition only the dropped fields used, and then the ones only it used
            del defs[name]
    return schema
