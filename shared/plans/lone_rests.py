"""A lift left without a partner in a paired week rests as straight sets (issue 13, review 24 leftovers; hAD).

In a paired week (`Request.paired`) every lift is dosed with a superset's rest: the partner's set is part of the
muscle's rest, so about half (`rules.paired_rest`). A lift the pairing leaves alone (no partner that does not compete,
or a partner a later pass or an injury took off the day) has no partner's set in its rest, and a heavy barbell lift
kept at 60-90 s then starts each set before it has recovered (NSCA, Haff & Triplett 2016: 2-5 min between heavy
multi-joint sets; Schoenfeld et al. 2016, Grgic et al. 2017: at least 2 min for multi-joint sets).

straight_rests(request, days, seconds, retime) -> None
    every lone loaded multi-joint lift's rest (`rests.loaded_compound`: a barbell, dumbbell, kettlebell, machine or
    cable lift) becomes its straight-set rest (`rules.prescribe(..., alone=True)`), one dose at a time
    (exercise, reps, RPE) on all of its lone days together, so one dose still rests the same on every day it is done
    alone (review 7); a dose whose straight rest would take a day over its minutes keeps the paired rest.
"""

from __future__ import annotations

from collections.abc import Callable

from shared.exercises.catalog import find_exercise
from shared.plans.rests import loaded_compound
from shared.plans.rules import Request, prescribe
from shared.plans.schema import PlanDay, PlanExercise

LIFT_ROLES = ("main", "secondary", "accessory")
Dose = tuple[str, int, int, float]


def _lone_items(request: Request, days: list[PlanDay]) -> dict[Dose, list[tuple[PlanDay, PlanExercise, int]]]:
    """Lone lifts resting less than their straight-set rest, by dose: (day, item, straight rest in seconds)."""
    found: dict[Dose, list[tuple[PlanDay, PlanExercise, int]]] = {}
    for day in days:
        for item in day.exercises:
            if item.superset or item.role not in LIFT_ROLES or item.duration_seconds is not None:
                continue
            exercise = find_exercise(item.exercise_id)
            if exercise is None or not exercise.hard_sets or not loaded_compound(exercise):
                continue  # (bodyweight, band and isolation sets recover within a superset's rest: 30-90 s, NSCA)
            straight = prescribe(request, exercise, alone=True).rest_seconds
            # Only a rest the prescription's superset halving wrote: a light day's lower RPE or a wave's supplemental
            # reps have rests of their own, which this pass does not re-derive.
            if item.rest_seconds != prescribe(request, exercise).rest_seconds or item.rest_seconds >= straight:
                continue
            dose = (item.exercise_id, item.reps_min, item.reps_max, item.target_rpe)
            found.setdefault(dose, []).append((day, item, straight))
    return found


def straight_rests(
    request: Request, days: list[PlanDay], seconds: Callable[[PlanDay], int], retime: Callable[[PlanDay], None]
) -> None:
    """Give each lone lift of a paired week its straight-set rest where every day it is done alone keeps within the
    session's minutes (`seconds`: a day's estimated seconds; `retime`: refresh a day's minutes after a change)."""
    if not request.paired:
        return
    budget = request.minutes * 60
    # The heaviest sets first: a barbell lift's straight rest is worth more of the spare minutes than an accessory's.
    for group in sorted(_lone_items(request, days).values(), key=lambda g: -g[0][2]):
        touched = {id(day): day for day, _, _ in group}
        before = [(item, item.rest_seconds) for _, item, _ in group]
        for _, item, rest in group:
            item.rest_seconds = rest
        if any(seconds(day) > budget for day in touched.values()):
            for item, rest in before:
                item.rest_seconds = rest
        for day in touched.values():
            retime(day)
