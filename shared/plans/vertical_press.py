"""A week that presses gets an overhead press when the kit and injuries allow one (issue 13, hBO; review 29, defect 2).

Review 29 read 28 of 120 uninjured kettlebell weeks with no overhead press (a floor press and close-grip push-ups on
both upper days), though the kettlebell press is a beginner's catalog lift and the staple of every kettlebell program
(Tsatsouline, Enter the Kettlebell; Dan John): 49 of 600 random weeks lacked a vertical push the kit allowed. The
vertical press trains the shoulders overhead, which a horizontal press does not (NSCA's Essentials, 4th ed.: a
vertical and a horizontal push and pull in a balanced program).

A week with a compound horizontal press and no compound vertical press takes the best vertical press of the pool
(loaded before bodyweight, grind before ballistic, the easiest canonical lift): as two sets of a new lift on the day
with the most spare minutes that has room in its minutes and ceilings, else in place of a secondary horizontal press
or a loaded carry (the sets kept, or two of its four or more), the old lift's floor muscles kept at their floors. The
pool holds only what the injuries allow (a mild shoulder keeps no overhead press), so nothing here overrides an
injury.

settle(request, days, week, pool, seconds, retime, new_item)
best_press(request, pool) -> Exercise | None
"""

from __future__ import annotations

from collections.abc import Callable

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.push_pull import under_top
from shared.plans.rules import FLOOR_MUSCLES, LEVEL_RANK, Request
from shared.plans.schema import PlanDay, PlanExercise

_LIFT_ROLES = ("main", "secondary", "accessory")


def _compound(item: PlanExercise, pattern: str) -> Exercise | None:
    exercise = find_exercise(item.exercise_id)
    ok = (item.role in _LIFT_ROLES and exercise is not None and exercise.compound and exercise.hard_sets
          and exercise.pattern == pattern)  # fmt: skip
    return exercise if ok else None


def best_press(request: Request, pool: tuple[Exercise, ...]) -> Exercise | None:
    """The vertical press of `pool` a coach would pick: loaded, a grind, at the person's level or below, simplest."""
    level = LEVEL_RANK[request.level]
    presses = [e for e in pool if e.pattern == "vertical_push" and e.compound and e.hard_sets
               and LEVEL_RANK[e.level] <= level]  # fmt: skip
    return min(
        presses,
        key=lambda e: (e.load_type != "weight", e.intensity != "grind", not e.main_lift, e.skill, e.unilateral, e.id),
        default=None,
    )


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    pool: tuple[Exercise, ...],
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    new_item: Callable[[Exercise], PlanExercise],
) -> None:
    """An overhead press for a week that presses horizontally only, where the pool holds one (see the module)."""
    if request.hold or request.goal in ("mobility", "endurance"):
        return
    items = [i for d in days for i in d.exercises]
    if any(_compound(i, "vertical_push") for i in items) or not any(_compound(i, "horizontal_push") for i in items):
        return
    press = best_press(request, pool)
    if press is None:
        return
    pressing = [p for p, d in enumerate(days) if any(_compound(i, "horizontal_push") for i in d.exercises)]
    if not _added(request, days, week, press, pressing, seconds, retime, new_item):
        _swapped(request, days, week, press, pressing, seconds, retime, new_item)


def _added(
    request: Request,
    days: list[PlanDay],
    week: Week,
    press: Exercise,
    pressing: list[int],
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    new_item: Callable[[Exercise], PlanExercise],
) -> bool:
    """Two sets of `press` on a pressing day with the minutes and the room."""
    item = new_item(press)
    for position in sorted(pressing, key=lambda p: seconds(days[p])):
        day = days[position]
        if not (week.fits_session(position, press, item.sets) and under_top(request, days, press, item.sets)):
            continue
        at = 1 + max(n for n, i in enumerate(day.exercises) if _compound(i, "horizontal_push"))
        added = item.model_copy()
        day.exercises.insert(at, added)
        retime(day)
        if seconds(day) <= request.minutes * 60:
            week.count_sets(position, press, added.sets)
            return True
        day.exercises.remove(added)
        retime(day)
    return False


def _swapped(
    request: Request,
    days: list[PlanDay],
    week: Week,
    press: Exercise,
    pressing: list[int],
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    new_item: Callable[[Exercise], PlanExercise],
) -> bool:
    """`press` in place of a secondary horizontal press (on a day that presses twice first, bodyweight first), else
    of a loaded carry (`_replaced`)."""
    candidates = []
    for position, day in enumerate(days):
        presses = [(n, i, e) for n, i in enumerate(day.exercises) if (e := _compound(i, "horizontal_push"))]
        carries = [(n, i, e) for n, i in enumerate(day.exercises) if (e := _compound(i, "carry"))]
        for rank, (n, item, exercise) in enumerate(presses + carries):
            if item.role == "main" or item.progression == "training_max_wave":
                continue
            carry = rank >= len(presses)
            candidates.append(
                (carry, len(presses) < 2, exercise.load_type == "weight", -item.sets, position, n, exercise)
            )
    for *_, position, n, old in sorted(candidates, key=lambda c: c[:5]):
        if _replaced(request, days, position, n, old, press, week, seconds, retime, new_item):
            return True
    return False


def _replaced(
    request: Request,
    days: list[PlanDay],
    position: int,
    n: int,
    old: Exercise,
    press: Exercise,
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    new_item: Callable[[Exercise], PlanExercise],
) -> bool:
    """`press` in place of the `n`th item of day `position` (all its sets, or two of four or more where a floor
    muscle of `old` would fall short with all of them gone), the day inside its minutes, the press's muscles at or
    under the band's top."""
    day = days[position]
    item = day.exercises[n]
    # (a loaded carry's shoulder and upper-back credit is a stabiliser's, not a row's: no floor holds it)
    floors = [m for m in old.primary_muscles if m in FLOOR_MUSCLES and m not in press.primary_muscles]
    floors = [] if old.pattern == "carry" else floors
    for sets in (item.sets, 2):
        left = item.sets - sets
        if (0 < left < 2) or not all(week.credit[m] - sets >= week.floor for m in floors):
            continue
        made = new_item(press).model_copy(update={"sets": sets, "role": "secondary", "superset": item.superset,
                                                  "warmup_sets": 0})  # fmt: skip
        before = list(day.exercises)
        if left:
            day.exercises[n] = item.model_copy(update={"sets": left})
            day.exercises.insert(n + 1, made)
        else:
            day.exercises[n] = made.model_copy(update={"warmup_sets": min(item.warmup_sets, 1)})
        retime(day)
        if seconds(day) <= request.minutes * 60 and under_top(request, days, press, 0):
            week.count_sets(position, old, -sets)
            week.count_sets(position, press, sets)
            return True
        day.exercises[:] = before
        retime(day)
    return False
