"""Double progression: climb the rep range, then add a small load step; deload every few weeks.

Shared by the engine (the plan's `progression`) and the recommendations (next-session targets).
"""

from __future__ import annotations

import math

from shared.exercises.model import Exercise
from shared.plans.rules import DELOAD_EVERY, Request
from shared.plans.schema import Progression

LOAD_STEP_MIN_PCT = 2.5  # upper-body and isolation lifts
LOAD_STEP_MAX_PCT = 5.0  # lower-body compound lifts
_LOWER = frozenset({"quads", "glutes", "hamstrings", "adductors", "calves"})


def deload_every(request: Request) -> int:
    """Weeks between deloads: 6 for beginners, 5 intermediate, 4 advanced or PAR-Q flagged."""
    return 4 if request.par_q else DELOAD_EVERY[request.level]


def plan_progression(request: Request) -> Progression:
    """The plan's progression section, in plain words."""
    weeks = deload_every(request)
    start = (
        "Start with loads you could lift for 3-4 more reps than asked; the first two weeks are for technique. "
        if request.level == "beginner" or request.par_q
        else ""
    )
    return Progression(
        method="double_progression",
        summary=(
            f"{start}Work inside each exercise's rep range. When every set reaches the top of the range at or "
            "below the target RPE, add load next time (about 5% on lower-body lifts, 2.5% on upper-body and "
            "small lifts, rounded to the plates you have) and start again at the bottom of the range. If you "
            "miss the bottom of the range or the RPE runs 1 or more above target twice, keep the load."
        ),
        load_step_pct_min=LOAD_STEP_MIN_PCT,
        load_step_pct_max=LOAD_STEP_MAX_PCT,
        deload_every_weeks=weeks,
        deload_guidance=(
            f"Every {weeks}th week, deload: do half the sets at about 90% of your loads and stop 3-4 reps short "
            "of failure, then resume where you left off."
        ),
    )


def load_step_pct(exercise: Exercise | None) -> float:
    """5% for lower-body compound lifts, 2.5% for everything else."""
    if exercise is not None and not exercise.isolation and exercise.primary_muscles[0] in _LOWER:
        return LOAD_STEP_MAX_PCT
    return LOAD_STEP_MIN_PCT


def plate_increment(exercise: Exercise | None) -> float:
    """The smallest practical load jump in kg for this kind of equipment."""
    equipment = set(exercise.equipment) if exercise is not None else set()
    if "barbell" in equipment:
        return 2.5
    if "kettlebells" in equipment:
        return 4.0
    if "dumbbells" in equipment:
        return 2.0
    if equipment & {"machines", "cable_machine"}:
        return 2.5
    return 1.0


def round_to(load: float, increment: float, *, up: bool) -> float:
    """Round a load to the equipment's increment (up when progressing, down when backing off)."""
    steps = load / increment
    steps = math.ceil(steps - 1e-9) if up else math.floor(steps + 1e-9)
    return round(steps * increment, 2)


def next_load(current: float, exercise: Exercise | None) -> float:
    """The next load up: one load step, rounded up to at least one plate increment."""
    increment = plate_increment(exercise)
    target = current * (1 + load_step_pct(exercise) / 100)
    if current <= 0:
        return current
    rounded = round_to(target, increment, up=True)
    return rounded if rounded > current else round(current + increment, 2)
