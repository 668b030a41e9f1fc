"""A novice barbell strength week's deadlift (review 25, defect 6; review 24 noted it too): on the trap bar when
there is one (review 27, defect 3), else the conventional deadlift.

novice_deadlift(request, days, pool) -> the day positions it changed

Starting Strength and StrongLifts 5x5 put a conventional deadlift in every novice week (1 x 5 or 2 x 5 on
alternate days: Rippetoe, *Starting Strength*, 3rd ed.; StrongLifts 5x5): the hinge a novice loads most and
progresses longest. The allocator picks the week's hinge among several; when a novice with a barbell ends up with
a Romanian deadlift (or another loaded hinge) and no deadlift, and no injury or screening rules the deadlift out
(`pool`: the person's eligible exercises), the first such hinge becomes the deadlift: the same sets and place, the
deadlift's dose (the bar's fives on linear progression), led by the day's other main lifts.
"""

from __future__ import annotations

from shared.exercises.catalog import get_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.rules import Request
from shared.plans.schema import PlanDay
from shared.plans.substitutes import replaced
from shared.plans.volume import TRAP_BAR_DEADLIFT

DEADLIFT = "barbell-deadlift"
DEADLIFTS = frozenset({DEADLIFT, TRAP_BAR_DEADLIFT})
NOVICE_DEADLIFT_SETS = 2  # 1-2 sets of 5: the deadlift's fatigue is the week's largest (Rippetoe)


def wants_deadlift(request: Request, pool: tuple[Exercise, ...]) -> bool:
    """A novice strength week with a barbell whose eligible pool holds the conventional or trap-bar deadlift."""
    return (
        request.level == "beginner" and request.goal == "strength" and "barbell" in request.equipment
        and not request.older and not request.par_q and any(e.id in DEADLIFTS for e in pool)
    )  # fmt: skip


def _loaded_hinge(exercise_id: str) -> bool:
    exercise = get_exercise(exercise_id)
    return exercise.pattern == "hinge" and exercise.load_type == "weight" and exercise.compound


def novice_deadlift(request: Request, days: list[PlanDay], pool: tuple[Exercise, ...], week: Week) -> list[int]:
    """Turn the week's first loaded hinge into the conventional deadlift when a novice has none (module docstring),
    within the band's weekly top for every muscle it trains (`week`: the sets counted so far); returns the positions
    of the days changed (empty when nothing was)."""
    if not wants_deadlift(request, pool):
        return []
    if any(item.exercise_id in DEADLIFTS for day in days for item in day.exercises):
        return []
    # With a trap bar, the novice learns the deadlift on it (`volume.trap_bar_for_novices`; review 27, defect 3)
    trap = any(e.id == TRAP_BAR_DEADLIFT for e in pool)
    deadlift = get_exercise(TRAP_BAR_DEADLIFT if trap else DEADLIFT)
    for position, day in enumerate(days):
        for n, item in enumerate(day.exercises):
            if item.superset or not _loaded_hinge(item.exercise_id):
                continue
            new = replaced(item.model_copy(update={"role": "main"}), deadlift, request)
            if new.progression == "linear":  # the bar's fives, not a range (`engine._entry_item`)
                new = new.model_copy(update={"reps_max": new.reps_min})
            sets = min(item.sets, NOVICE_DEADLIFT_SETS)
            hinge = get_exercise(item.exercise_id)
            week.count_sets(position, hinge, -item.sets)
            while sets > 1 and not week.fits_sets(deadlift, sets):
                sets -= 1
            if not week.fits_sets(deadlift, sets):
                week.count_sets(position, hinge, item.sets)
                continue
            week.count_sets(position, deadlift, sets)
            # a heavy set never comes cold (`engine._ramp_up`)
            new = new.model_copy(update={"sets": sets, "warmup_sets": max(1, min(item.warmup_sets, sets - 1))})
            del day.exercises[n]
            after = sum(1 for other in day.exercises if other.role == "main")  # after the day's other main lifts
            day.exercises.insert(after, new)
            return [position]
    return []
