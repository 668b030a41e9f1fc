"""Training rules shared by the engine and the validator: volume bands, prescriptions and timings.

Volume bands are weekly hard sets per muscle (a set taken within about 0-4 reps of failure;
secondary muscles count half). See docs/decisions.md, "Plan engine", for the sources.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from shared.exercises.model import Exercise
from shared.profile.model import GOALS, FitnessProfile, Goal, Level, Muscle, Severity

# Muscles whose band floor is enforced: the big movers every plan must train directly. The rest
# (arms, delts, calves, core, forearms, adductors) only have the band's top, and get indirect work.
FLOOR_MUSCLES: tuple[Muscle, ...] = ("chest", "lats", "upper_back", "quads", "hamstrings", "glutes")

BANDS: dict[Goal, dict[Level, tuple[int, int]]] = {
    "hypertrophy": {"beginner": (6, 12), "intermediate": (10, 20), "advanced": (12, 22)},
    "strength": {"beginner": (4, 10), "intermediate": (6, 15), "advanced": (8, 18)},
    "general_fitness": {"beginner": (4, 10), "intermediate": (6, 14), "advanced": (8, 16)},
    "fat_loss": {"beginner": (4, 10), "intermediate": (6, 14), "advanced": (8, 16)},
    "endurance": {"beginner": (3, 8), "intermediate": (4, 12), "advanced": (6, 14)},
    "mobility": {"beginner": (2, 6), "intermediate": (3, 8), "advanced": (4, 10)},
}

# (reps_min, reps_max, target RPE, rest seconds) for compound and isolation work.
_RX: dict[Goal, tuple[tuple[int, int, float, int], tuple[int, int, float, int]]] = {
    "strength": ((3, 6, 8.0, 180), (6, 10, 8.0, 90)),
    "hypertrophy": ((6, 10, 8.0, 120), (10, 15, 8.5, 75)),
    "endurance": ((12, 20, 7.0, 60), (15, 20, 7.0, 45)),
    "fat_loss": ((8, 12, 7.5, 75), (12, 15, 8.0, 60)),
    "general_fitness": ((8, 12, 7.0, 90), (10, 15, 7.5, 60)),
    "mobility": ((8, 12, 6.5, 75), (10, 15, 6.5, 60)),
}
REP_SECONDS = 3  # one controlled repetition
SETUP_SECONDS = 10  # getting into position for each set
TIMED_SET_SECONDS = 30  # a timed hard set (plank, carry, wall sit)
MAX_SETS = {"beginner": 3, "intermediate": 4, "advanced": 5}
MAX_SETS_ANY = 8  # the validator's limit for one exercise in one session
RPE_CAP_BEGINNER = 8.5
RPE_CAP_PAR_Q = 7.0
DELOAD_EVERY = {"beginner": 6, "intermediate": 5, "advanced": 4}
LEVEL_RANK = {"beginner": 0, "intermediate": 1, "advanced": 2}


class PlanOverrides(BaseModel):
    """What the user asked for this time (POST /api/ai/generate-workout), over their profile."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    focus: Goal | None = None
    days_per_week: int | None = Field(default=None, ge=1, le=7)
    session_minutes: int | None = Field(default=None, ge=15, le=180)

    @classmethod
    def coerce(cls, value: object) -> PlanOverrides:
        """Accept PlanOverrides, a dict, or any object with these attributes (e.g. the API's request body).

        A free-text focus that is not a goal is left to the LLM writers; the engine ignores it.
        """
        if isinstance(value, PlanOverrides):
            return value
        if value is None:
            return cls()
        get = value.get if isinstance(value, dict) else lambda key: getattr(value, key, None)
        focus = get("focus")
        return cls(
            focus=focus if focus in GOALS else None,
            days_per_week=get("days_per_week"),
            session_minutes=get("session_minutes"),
        )


@dataclass(frozen=True)
class Request:
    """A profile and its overrides resolved to what a plan must satisfy."""

    goal: Goal
    goals: tuple[Goal, ...]
    level: Level
    days: int
    minutes: int
    par_q: bool
    equipment: frozenset[str]
    injuries: frozenset[tuple[str, Severity]]

    @property
    def lifting_days(self) -> int:
        """A seventh day is always active recovery, so at most six days carry hard sets."""
        return min(self.days, 6)


def resolve(profile: FitnessProfile, overrides: object = None) -> Request:
    """Apply the overrides (see PlanOverrides.coerce) to the profile."""
    o = PlanOverrides.coerce(overrides)
    goal = o.focus or profile.primary_goal
    return Request(
        goal=goal,
        goals=tuple(dict.fromkeys((goal, *profile.goals))),
        level=profile.fitness_level,
        days=o.days_per_week or profile.days_per_week,
        minutes=o.session_minutes or profile.session_minutes,
        par_q=profile.par_q_flagged,
        equipment=frozenset(profile.equipment),
        injuries=frozenset((i.area, i.severity) for i in profile.injuries),
    )


@dataclass(frozen=True)
class Prescription:
    """Sets are decided by the volume allocator; this is the rest of an exercise's dose."""

    reps_min: int
    reps_max: int
    target_rpe: float
    rest_seconds: int
    duration_seconds: int | None


def prescription(goal: Goal, level: Level, par_q: bool, exercise: Exercise) -> Prescription:
    """Reps, RPE and rest for this exercise: by goal, made conservative for beginners and PAR-Q flags."""
    reps_min, reps_max, rpe, rest = _RX[goal][1 if exercise.isolation else 0]
    if level == "beginner":
        rpe = min(rpe, 7.0)
        if goal == "strength" and not exercise.isolation:
            reps_min, reps_max = 5, 8
    if par_q:
        rpe, rest = min(rpe, 6.0), rest + 30
    if exercise.load_type in ("time", "distance"):
        return Prescription(1, 1, rpe, rest, TIMED_SET_SECONDS * (2 if exercise.unilateral else 1))
    return Prescription(reps_min, reps_max, rpe, rest, None)


def set_seconds(reps_min: int, reps_max: int, rest: int, duration: int | None, unilateral: bool) -> int:
    """Seconds one set takes: the work (reps on both sides if unilateral), setting up, and the rest after it.

    A timed set's duration already covers both sides.
    """
    if duration is not None:
        return duration + SETUP_SECONDS + rest
    return (reps_min + reps_max) * REP_SECONDS // 2 * (2 if unilateral else 1) + SETUP_SECONDS + rest


def routine_seconds(session_minutes: int) -> tuple[int, int]:
    """Warm-up and cool-down seconds for a session of this length."""
    if session_minutes < 20:
        return 180, 120
    if session_minutes <= 30:
        return 300, 180
    if session_minutes <= 60:
        return 480, 300
    if session_minutes <= 90:
        return 600, 360
    return 720, 480


def volume_band(goal: Goal, level: Level) -> tuple[int, int]:
    """(floor, top) weekly hard sets per muscle."""
    return BANDS[goal][level]


def session_set_capacity(request: Request) -> int:
    """Hard sets one session fits at the standard compound dose for this goal and level."""
    rx = _RX[request.goal][0]
    rest = rx[3] + (30 if request.par_q else 0)
    reps = (5, 8) if request.level == "beginner" and request.goal == "strength" else rx[:2]
    per_set = set_seconds(reps[0], reps[1], rest, None, False)
    warmup, cooldown = routine_seconds(request.minutes)
    return max(0, request.minutes * 60 - warmup - cooldown) // per_set


def floor_fits(request: Request, trainable: list[Muscle]) -> bool:
    """Whether the week has room for every trainable floor muscle's floor as direct sets.

    Deliberately conservative (no credit for one lift training two muscles): when this is False
    the floor counts as impossible in the user's time, and the plan must say so.
    """
    floor, _ = volume_band(request.goal, request.level)
    return session_set_capacity(request) * request.lifting_days >= floor * len(trainable)
