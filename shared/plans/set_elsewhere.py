"""A set a day must give up goes to another day of the week when a floor needs it (issue 13, rc28; hBH).

A day's rule may take a set from a lift that holds a weekly floor (`main_dose`: a 20-minute day's 3 sets of leg curls
beside a 2-set main row, the week's hamstrings at their floor of 4). The weekly dose is what the floor counts
(Schoenfeld et al. 2017: the weekly sets per muscle), so a coach moves that set to another day that trains the muscle
and has the minutes, rather than letting the week fall below its floor.

moved(request, week, days, position, lift, seconds, takes) -> bool
    one set of `lift` (on day `position`) goes, and one set more of a lift for the same floor muscles goes to another
    lifting day, where the lift's cap, the band's top, the session's ceilings, the day's minutes and `takes(day,
    item)` (the caller's own rule for that day) allow, and every floor the set held is met again; False (nothing
    changed) when no day can take it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.rules import FLOOR_MUSCLES, SESSION_HARD_SETS_MAX, Request, sets_cap
from shared.plans.schema import PlanDay, PlanExercise
from shared.profile.model import Muscle

if TYPE_CHECKING:
    from shared.plans.allocator import Week

LIFT_ROLES = ("main", "secondary", "accessory")
_EPS = 1e-9


def _held(week: Week, exercise: Exercise) -> list[Muscle]:
    """The floor muscles one set less of `exercise` would take below their floor."""
    loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
    return [
        m for m, w in loads
        if m in FLOOR_MUSCLES and m not in week.untrainable and week.credit[m] - w + _EPS < week.floor
    ]  # fmt: skip


def _fits(request: Request, week: Week, position: int, item: PlanExercise, exercise: Exercise) -> bool:
    return (
        item.sets < sets_cap(request, exercise)
        and week.day_sets[position] + 1 <= min(week.session_max, SESSION_HARD_SETS_MAX[request.level])
        and week.fits_sets(exercise, 1)
    )


def moved(
    request: Request,
    week: Week,
    days: list[PlanDay],
    position: int,
    lift: tuple[PlanExercise, Exercise],
    seconds: Callable[[PlanDay], int],
    takes: Callable[[PlanDay, PlanExercise], bool],
) -> bool:
    """See the module docstring."""
    item, exercise = lift
    held = _held(week, exercise)
    if not held:
        return False
    item.sets -= 1
    week.count_sets(position, exercise, -1)
    for other, day in enumerate(days):
        if other == position or week.templates[other].kind != "lifting":
            continue
        for taker in day.exercises:
            found = find_exercise(taker.exercise_id)
            if found is None or taker.role not in LIFT_ROLES or taker.duration_seconds is not None:
                continue
            if not found.hard_sets or not set(held) <= set(found.primary_muscles):
                continue
            if not _fits(request, week, other, taker, found) or not takes(day, taker):
                continue
            taker.sets += 1
            if seconds(day) <= request.minutes * 60:
                week.count_sets(other, found, 1)
                if all(week.credit[m] + _EPS >= week.floor for m in held):
                    return True
                week.count_sets(other, found, -1)
            taker.sets -= 1
    item.sets += 1
    week.count_sets(position, exercise, 1)
    return False
