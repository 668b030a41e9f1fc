"""A bands-only week's squat lead and its core and calf work (review 25: a bands beginner's week led with push-ups
or a skater squat, had no core and no calf work, and used 32-47 of 60 minutes).

    band_only(request) -> bool
    squat_leads(request, day) -> bool                   the band squat first, as the day's lower-body main lift
    add_squat(request, day, pool, room) -> item or None  a band squat for a day of straight sets without one
    core_and_calves(request, day, pool, room) -> list   the items added (core, calves) where the minutes allow

A band squat is the loadable squat of a bands-only week (a shorter band or a second band makes it harder), so it leads
the day as a barbell squat would (NSCA: multi-joint lower-body lifts first while fresh). Core and calves get their own
two sets when the day has minutes left over (ACSM 2009: all major muscle groups; anti-rotation work such as the Pallof
press loads the trunk without a machine).
"""

from __future__ import annotations

from collections.abc import Callable

from shared.exercises.model import Exercise
from shared.plans.cues import exercise_note
from shared.plans.rules import LOADED_EQUIPMENT, Request, prescribe
from shared.plans.schema import PlanDay, PlanExercise

BAND_SQUATS = ("band-squat", "band-split-squat")  # the loadable band squats a day may lead with, best first
CORE_CHOICES = ("band-pallof-press", "dead-bug", "plank", "side-plank")
CALF_CHOICES = ("band-calf-press", "standing-calf-raise")
ADDED_SETS = 2
_LIFTS = ("main", "secondary", "accessory")


def band_only(request: Request) -> bool:
    """Bands and no loaded kit (an older adult's band days keep their own shape: power and balance drills)."""
    return "resistance_bands" in request.equipment and not request.equipment & LOADED_EQUIPMENT and not request.older


def squat_leads(request: Request, day: PlanDay, exercise_of: Callable[[str], Exercise | None]) -> bool:
    """Put the day's band squat first, as its lower-body main lift (another lower-body main lift becomes secondary);
    True when the day changed."""
    if not band_only(request):
        return False
    lifts = [i for i in day.exercises if i.role in _LIFTS]
    squat = next((i for sid in BAND_SQUATS for i in lifts if i.exercise_id == sid), None)
    if squat is None or squat.superset or (lifts and lifts[0] is squat and squat.role == "main"):
        return False
    for item in lifts:
        exercise = exercise_of(item.exercise_id)
        lower = exercise is not None and exercise.pattern in ("squat", "lunge", "hinge")
        if item is not squat and item.role == "main" and lower:
            item.role = "secondary"
    squat.role = "main"
    day.exercises.remove(squat)
    first = next((n for n, i in enumerate(day.exercises) if i.role in _LIFTS), 0)
    day.exercises.insert(first, squat)
    return True


def add_squat(
    request: Request, day: PlanDay, pool: tuple[Exercise, ...], room: Callable[[PlanExercise, Exercise], bool]
) -> tuple[PlanExercise, Exercise] | None:
    """A band squat leading a bands-only lifting day of straight sets that has no squat, when it fits `room`."""
    lifts = [i for i in day.exercises if i.role in _LIFTS]
    if not band_only(request) or not lifts or any(i.superset for i in lifts):
        return None
    if any(i.exercise_id in BAND_SQUATS for i in lifts):
        return None
    exercise = next((e for sid in BAND_SQUATS for e in pool if e.id == sid), None)
    if exercise is None:
        return None
    item = _item(exercise, request).model_copy(update={"role": "main"})
    day.exercises.insert(day.exercises.index(lifts[0]), item)
    if room(item, exercise):
        return item, exercise
    day.exercises.remove(item)
    return None


def _item(exercise: Exercise, request: Request) -> PlanExercise:
    rx = prescribe(request, exercise, alone=True)
    note = exercise_note(exercise, rx, role="accessory", sets=ADDED_SETS, method="double_progression",
                         request=request, top_sets=False)  # fmt: skip
    return PlanExercise(
        exercise_id=exercise.id, name=exercise.name, sets=ADDED_SETS, reps_min=rx.reps_min, reps_max=rx.reps_max,
        target_rpe=rx.target_rpe, rest_seconds=rx.rest_seconds, duration_seconds=rx.duration_seconds, notes=note,
        role="accessory", progression="double_progression",
    )  # fmt: skip


def core_and_calves(
    request: Request, day: PlanDay, pool: tuple[Exercise, ...], room: Callable[[PlanExercise, Exercise], bool]
) -> list[tuple[PlanExercise, Exercise]]:
    """Two sets of core and two of calf work added to a bands-only lifting day that has neither, each only when
    `room(item, exercise)` (the day's minutes, the session's and the week's ceilings) says it fits."""
    if not band_only(request) or not any(i.role in _LIFTS for i in day.exercises):
        return []
    by_id = {e.id: e for e in pool}
    held = {i.exercise_id for i in day.exercises}
    added = []
    for choices, trains in ((CORE_CHOICES, lambda e: e.pattern == "core"), (CALF_CHOICES, lambda e: "calves" in
                                                                              e.primary_muscles)):  # fmt: skip
        if any((e := by_id.get(i.exercise_id)) is not None and trains(e) and e.hard_sets for i in day.exercises):
            continue
        exercise = next((by_id[c] for c in choices if c in by_id and c not in held), None)
        if exercise is None:
            continue
        item = _item(exercise, request)
        # after the day's lifts, before its conditioning block or mobility
        at = max((n + 1 for n, i in enumerate(day.exercises) if i.role in _LIFTS), default=len(day.exercises))
        day.exercises.insert(at, item)
        if room(item, exercise):
            added.append((item, exercise))
        else:
            day.exercises.remove(item)
    return added
