"""The fitness profile (GET/PUT /api/users/profile) and the vocabularies the whole domain shares.

The vocabularies are `Literal` types plus tuples of their values, so pydantic rejects unknown
values with a 422 and the OpenAPI schema lists them as enums.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, field_validator

Goal = Literal["strength", "hypertrophy", "fat_loss", "endurance", "general_fitness", "mobility"]
Level = Literal["beginner", "intermediate", "advanced"]
Equipment = Literal[
    "bodyweight",
    "dumbbells",
    "barbell",
    "kettlebells",
    "resistance_bands",
    "pull_up_bar",
    "bench",
    "cable_machine",
    "machines",
    "cardio_machine",
    # Specialty bars, loaded with a barbell's plates: a trap (hex) bar and a safety squat bar (review 25, defect 1).
    "trap_bar",
    "safety_squat_bar",
]
InjuryArea = Literal["shoulder", "elbow", "wrist", "neck", "upper_back", "lower_back", "hip", "knee", "ankle"]
Severity = Literal["mild", "moderate", "severe"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Muscle = Literal[
    "chest",
    "front_delts",
    "side_delts",
    "rear_delts",
    "lats",
    "upper_back",
    "biceps",
    "triceps",
    "forearms",
    "abs",
    "obliques",
    "lower_back",
    "glutes",
    "quads",
    "hamstrings",
    "adductors",
    "calves",
]
Pattern = Literal[
    "squat",
    "hinge",
    "lunge",
    "horizontal_push",
    "vertical_push",
    "horizontal_pull",
    "vertical_pull",
    "carry",
    "core",
    "conditioning",
    "mobility",
]
Units = Literal["metric", "imperial"]
Sex = Literal["female", "male", "other", "prefer_not_to_say"]
CoachTone = Literal["encouraging", "direct", "playful", "calm"]

GOALS: tuple[Goal, ...] = get_args(Goal)
# The goal that leads a plan (its template, rep ranges and volume band) whatever order the goals were ticked in
# (review 28 minor 7, hBI): fat loss's template already holds heavy lifts and conditioning; a lifting goal leads a
# conditioning or general one, whose dose then comes as a second goal's block (`shared.plans.templates`). The order
# keeps the dual-goal weeks earlier reviews signed (rc28 q03, rc18 p21, rc19, rc13).
GOAL_ORDER: tuple[Goal, ...] = ("fat_loss", "strength", "hypertrophy", "endurance", "mobility", "general_fitness")


def goal_order(goals: Iterable[Goal]) -> tuple[Goal, ...]:
    """`goals` without repeats, in `GOAL_ORDER`."""
    chosen = set(goals)
    return tuple(g for g in GOAL_ORDER if g in chosen)


LEVELS: tuple[Level, ...] = get_args(Level)
EQUIPMENT: tuple[Equipment, ...] = get_args(Equipment)
INJURY_AREAS: tuple[InjuryArea, ...] = get_args(InjuryArea)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)
MUSCLES: tuple[Muscle, ...] = get_args(Muscle)
PATTERNS: tuple[Pattern, ...] = get_args(Pattern)


def severity_rank(severity: Severity) -> int:
    """0 for mild, 1 for moderate, 2 for severe: compare severities with this."""
    return SEVERITIES.index(severity)


class Injury(BaseModel):
    """One injured or sensitive area; the plan avoids exercises contraindicated at this severity."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    area: InjuryArea
    severity: Severity = "mild"
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] = ""


class ParQ(BaseModel):
    """The PAR-Q+ screening questions; any yes means: see a doctor first, train conservatively."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    heart_condition: StrictBool = False
    chest_pain_activity: StrictBool = False
    chest_pain_rest: StrictBool = False
    dizziness: StrictBool = False
    bone_joint_problem: StrictBool = False
    blood_pressure_medication: StrictBool = False
    other_reason: StrictBool = False
    # Asked once any answer is yes: a physician has cleared this person to exercise. It lifts the
    # "clearance first" hold on red-flag answers; the plan still stays conservative.
    medical_clearance: StrictBool = False

    @property
    def flagged(self) -> bool:
        """True when any of the seven questions is answered yes."""
        return any(getattr(self, name) for name in PAR_Q_QUESTIONS)

    @property
    def red_flags(self) -> list[str]:
        """Yes answers that mean no training before a physician's clearance (ACSM pre-participation
        screening, 2015: signs or symptoms of cardiovascular disease, or known disease)."""
        return [name for name in PAR_Q_RED_FLAGS if getattr(self, name)]

    @property
    def clearance_first(self) -> bool:
        """A red flag with no clearance yet: Vigor gives light, everyday-level movement only."""
        return bool(self.red_flags) and not self.medical_clearance


PAR_Q_QUESTIONS = (
    "heart_condition",
    "chest_pain_activity",
    "chest_pain_rest",
    "dizziness",
    "bone_joint_problem",
    "blood_pressure_medication",
    "other_reason",
)
PAR_Q_RED_FLAGS = ("heart_condition", "chest_pain_activity", "chest_pain_rest", "dizziness")


def _default_goals() -> list[Goal]:
    return ["general_fitness"]


def _default_equipment() -> list[Equipment]:
    return ["bodyweight"]


ADULT_AGE = 18  # years; younger people get the minors' rules (supervision, no maximal efforts, no dieting)


def _minimum_age() -> int:
    """MINIMUM_AGE (16 by default: the GDPR's age of digital consent, Art. 8), read when a profile is checked."""
    from shared.config import get_settings  # the profile model is imported before any settings are read

    return get_settings().minimum_age


def _max_birth_year() -> int:
    """The latest birth year accepted: people who reach the minimum age this year (a year cannot tell more)."""
    return datetime.now(UTC).year - _minimum_age()


class FitnessProfile(BaseModel):
    """Everything the coach and the plan engine know about the user's body, goals and schedule."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    display_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] = ""
    birth_year: int | None = Field(None, ge=1900, strict=True)
    sex: Sex | None = None
    height_cm: float | None = Field(None, ge=100, le=250, strict=True)
    weight_kg: float | None = Field(None, ge=30, le=300, strict=True)
    units: Units = "metric"
    fitness_level: Level = "beginner"
    goals: list[Goal] = Field(
        default_factory=_default_goals, min_length=1, max_length=3, json_schema_extra={"uniqueItems": True}
    )
    equipment: list[Equipment] = Field(
        default_factory=_default_equipment, max_length=len(EQUIPMENT), json_schema_extra={"uniqueItems": True}
    )
    injuries: list[Injury] = Field(default_factory=list, max_length=9)
    days_per_week: int = Field(3, ge=1, le=7, strict=True)
    session_minutes: int = Field(45, ge=15, le=180, strict=True)
    preferred_days: list[Weekday] = Field(default_factory=list, max_length=7, json_schema_extra={"uniqueItems": True})
    timezone: str = Field("UTC", max_length=64)
    daily_message_hour: int = Field(8, ge=0, le=23, strict=True)
    coach_tone: CoachTone = "encouraging"
    par_q: ParQ = Field(default_factory=ParQ)

    @field_validator("birth_year")
    @classmethod
    def _not_too_young(cls, value: int | None) -> int | None:
        if value is not None and value > _max_birth_year():
            raise ValueError(f"must be {_max_birth_year()} or earlier (Vigor is for people {_minimum_age()} and over)")
        return value

    def may_be_minor(self, year: int) -> bool:
        """Possibly under 18 in `year`: a birth year cannot tell a 17-year-old from an 18-year-old, so anyone
        who turns 18 this year is read the safer way (the twelfth review: born 2008, no under-18 note in 2026)."""
        return self.birth_year is not None and year - self.birth_year <= ADULT_AGE

    @field_validator("goals", "equipment", "preferred_days")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("items must be unique")
        return value

    @field_validator("injuries")
    @classmethod
    def _one_per_area(cls, value: list[Injury]) -> list[Injury]:
        areas = [injury.area for injury in value]
        if len(set(areas)) != len(areas):
            raise ValueError("one injury per area")
        return value

    @field_validator("timezone")
    @classmethod
    def _real_zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
            raise ValueError("must be an IANA time zone such as Europe/Berlin") from exc
        return value

    @property
    def par_q_flagged(self) -> bool:
        """True when any PAR-Q answer is yes."""
        return self.par_q.flagged

    @property
    def awaiting_clearance(self) -> bool:
        """A yes on the PAR-Q that a physician has not cleared yet (shown as "talk to a doctor first")."""
        return self.par_q.flagged and not self.par_q.medical_clearance

    @property
    def primary_goal(self) -> Goal:
        """The most specific goal (`GOAL_ORDER`) drives the template, the rep ranges and the volume band, whatever
        order the goals were given in."""
        return goal_order(self.goals)[0]

    def injury_severity(self, area: InjuryArea) -> Severity | None:
        """The severity recorded for `area`, or None when the area is fine."""
        for injury in self.injuries:
            if injury.area == area:
                return injury.severity
        return None


class ProfileInput(FitnessProfile):
    """A profile as saved (`PUT /api/users/profile`, the only way one is created or replaced): the birth year is
    required there, so the minimum age (`MINIMUM_AGE`) is always checked (the attacker review of issue 17: leaving it
    out skipped the check). A stored profile from before may lack it and still loads as `FitnessProfile`; its next
    save must give it."""

    birth_year: int = Field(
        ge=1900,
        strict=True,
        description="Required: Vigor is for people of the minimum age (16 by default) and over",
    )
