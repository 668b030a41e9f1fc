"""An endurance plan's strength days serve the running: legs first, calves every day (issue 13, rc27 defect 8; hBE).

Review 27 (p04, a runner with bands and bodyweight, 4 x 45): 23 upper-body sets a week beside 12 for the legs and no
calf or soleus work. Strength training for runners is built on heavy lower-body and single-leg work, calf/soleus
work and plyometrics (Blagrove et al. 2018, Sports Med 48:1117; Rønnestad & Mujika 2014, Scand J Med Sci Sports
24:603): the upper body keeps its floors, the rest of its sets go to the legs.

settle(request, days, week, pool, seconds, retime, new_item) -> None
    for an endurance goal, on every lifting day that lifts:
    1. a calf raise (the pool's first hard-set calf lift, so the injuries and the kit have had their say), 2 sets,
       when the day has none, after the multi-joint lifts; made room for with upper-body sets (the upper lift with
       the most sets, down to 2 sets, a main lift to 3, and every floor kept) where the minutes need it;
    2. then, while the week's upper-body sets outnumber the lower body's, a set moves from that upper lift to the
       day's lower-body lift with the fewest sets, multi-joint first (its cap and the band's top holding), or a
       2-set upper isolation lift gives both, or the day's spare minutes hold another leg set, or a new leg lift.
`new_item(exercise)` is the engine's plan item for two sets of `exercise`, `new_lift(muscle, day)` places two sets of
a new lift for the muscle on that day (True when placed; the last resort of step 2); `days` change in place,
`week` stays true.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.rules import FLOOR_MUSCLES, Request, sets_cap
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.splits import region as body_region
from shared.profile.model import Muscle

LIFT_ROLES = ("main", "secondary", "accessory")
MAIN_KEEPS = 3  # a main lift gives sets down to this many (least_main_sets is 2 for endurance: this keeps it first)
LEG_MUSCLES: tuple[Muscle, ...] = ("quads", "hamstrings", "glutes")
CALF_SETS = 2  # Blagrove et al. 2018: 2-3 sets of calf/soleus work, each strength session
_EPS = 1e-6


def _region(exercise: Exercise) -> str:
    regions = {body_region(m) for m in exercise.primary_muscles}
    return regions.pop() if len(regions) == 1 else "both"


def _lifts(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    return [
        (i, e)
        for i in day.exercises
        if i.role in LIFT_ROLES and (e := find_exercise(i.exercise_id)) is not None and e.hard_sets
    ]


def week_sets(days: Sequence[PlanDay]) -> tuple[int, int]:
    """(lower-body, upper-body) working sets of the week's lifts, by the region their primary muscles are in."""
    lower = upper = 0
    for day in days:
        for item, exercise in _lifts(day):
            region = _region(exercise)
            lower += item.sets if region == "lower" else 0
            upper += item.sets if region == "upper" else 0
    return lower, upper


def _giver(request: Request, day: PlanDay, week: Week) -> tuple[PlanExercise, Exercise] | None:
    """The day's upper-body lift that can spare a set: 3 sets or more (a main lift 4 or more: it keeps the day's
    most), its floors kept."""
    floor, _ = request.band
    givers = [
        (i, e) for i, e in _lifts(day)
        if _region(e) == "upper" and i.sets >= (MAIN_KEEPS + 1 if i.role == "main" else 3)
        and i.progression != "training_max_wave"
        and all(week.credit[m] - 1 + _EPS >= floor for m in e.primary_muscles if m in FLOOR_MUSCLES)
    ]  # fmt: skip
    return max(givers, key=lambda g: g[0].sets, default=None)


def _move(week: Week, position: int, giver: tuple[PlanExercise, Exercise], sets: int) -> None:
    giver[0].sets -= sets
    week.count_sets(position, giver[1], -sets)


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    pool: Sequence[Exercise],
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    new_item: Callable[[Exercise], PlanExercise],
    new_lift: Callable[[Muscle, int], bool],
) -> None:
    """Calves on every strength day and legs at least level with the upper body, for an endurance goal."""
    if request.goal != "endurance" or request.hold:
        return
    calf = next((e for e in pool if "calves" in e.primary_muscles and e.hard_sets and not e.impact), None)
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting" or not _lifts(day):
            continue
        if calf is not None and not any("calves" in e.primary_muscles for _, e in _lifts(day)):
            _add_calves(request, position, day, week, calf, seconds, new_item)
        retime(day)
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for _ in range(len(day.exercises) * 6):  # bounded: each move adds a leg set
            lower, upper = week_sets(days)
            if lower >= upper:
                break
            if not (
                _one_set_down(request, position, day, week, seconds)
                or _isolation_down(request, position, day, week, seconds)
                or _leg_set_from_spare(request, position, day, week, seconds)
                or any(new_lift(m, position) for m in sorted(LEG_MUSCLES, key=lambda m: week.credit[m]))
                or _upper_lift_for_legs(request, position, day, week, new_lift)
            ):
                break
        retime(day)


def _add_calves(
    request: Request, position: int, day: PlanDay, week: Week, calf: Exercise,
    seconds: Callable[[PlanDay], int], new_item: Callable[[Exercise], PlanExercise],
) -> bool:  # fmt: skip
    """Two sets of calf raises after the day's last leg lift, upper-body sets giving way while the minutes need it."""
    item = new_item(calf).model_copy(update={"sets": CALF_SETS})
    # After the day's multi-joint lifts (compound work before isolation, NSCA), before its other isolation work.
    last = max((day.exercises.index(i) for i, e in _lifts(day) if not e.isolation), default=-1)
    day.exercises.insert(last + 1, item)
    week.count_sets(position, calf, CALF_SETS)
    taken: list[tuple[PlanExercise, Exercise]] = []
    while seconds(day) > request.minutes * 60 or week.day_sets[position] > week.session_max:
        giver = _giver(request, day, week)
        if giver is None:
            break
        _move(week, position, giver, 1)
        taken.append(giver)
    if seconds(day) > request.minutes * 60 or week.day_sets[position] > week.session_max:
        day.exercises.remove(item)  # no room: the day stays as it was
        week.count_sets(position, calf, -CALF_SETS)
        for giver in taken:
            _move(week, position, giver, -1)
        return False
    return True


def _one_set_down(request: Request, position: int, day: PlanDay, week: Week, seconds: Callable[[PlanDay], int]) -> bool:
    """A set from the day's upper lift to its lower-body lift with the fewest sets, where the minutes still hold."""
    giver = _giver(request, day, week)
    return giver is not None and _one_set_to_legs(request, position, day, week, seconds, giver) is not None


def _one_set_to_legs(
    request: Request, position: int, day: PlanDay, week: Week, seconds: Callable[[PlanDay], int],
    giver: tuple[PlanExercise, Exercise],
) -> tuple[PlanExercise, Exercise] | None:  # fmt: skip
    """One set of `giver` moves to the day's lower-body lift with the fewest sets, multi-joint first (its cap, the
    band's top and the session's minutes holding); the lift that took it."""
    takers = [
        (i, e) for i, e in _lifts(day)
        if _region(e) == "lower" and i.sets < sets_cap(request, e) and not i.superset
    ]  # fmt: skip
    for item, exercise in sorted(takers, key=lambda t: (t[1].isolation, t[0].sets)):
        _move(week, position, giver, 1)
        if week.fits_sets(exercise, 1):
            item.sets += 1
            week.count_sets(position, exercise, 1)
            if seconds(day) <= request.minutes * 60:
                return item, exercise
            item.sets -= 1
            week.count_sets(position, exercise, -1)
        _move(week, position, giver, -1)
    return None


def _isolation_down(
    request: Request, position: int, day: PlanDay, week: Week, seconds: Callable[[PlanDay], int]
) -> bool:
    """An upper-body isolation accessory of 2 sets (a fly, a curl) gives both to the day's leg lifts, or none: no lone
    set is left (the endurance-first 2 x 180 week held a 2-set fly while its legs trailed the upper body)."""
    floor, _ = request.band
    for item, exercise in _lifts(day):
        if _region(exercise) != "upper" or not exercise.isolation or item.role != "accessory" or item.sets != 2:
            continue
        if any(week.credit[m] - 2 + _EPS < floor for m in exercise.primary_muscles if m in FLOOR_MUSCLES):
            continue
        takers: list[tuple[PlanExercise, Exercise]] = []
        while len(takers) < 2 and (taker := _one_set_to_legs(request, position, day, week, seconds, (item, exercise))):
            takers.append(taker)
        if len(takers) == 2:
            day.exercises.remove(item)
            return True
        for taker in takers:  # (the first set moved but not the second: the day stays as it was)
            taker[0].sets -= 1
            week.count_sets(position, taker[1], -1)
            _move(week, position, (item, exercise), -1)
    return False


def _leg_set_from_spare(
    request: Request, position: int, day: PlanDay, week: Week, seconds: Callable[[PlanDay], int]
) -> bool:
    """A set more of the day's leg lift with the fewest sets, from the day's spare minutes (the upper body keeping
    its floors and sets)."""
    if week.day_sets[position] >= week.session_max:
        return False
    takers = [
        (i, e) for i, e in _lifts(day)
        if _region(e) == "lower" and i.sets < sets_cap(request, e) and not i.superset and week.fits_sets(e, 1)
    ]  # fmt: skip
    for item, exercise in sorted(takers, key=lambda t: (t[1].isolation, t[0].sets)):
        item.sets += 1
        if seconds(day) <= request.minutes * 60:
            week.count_sets(position, exercise, 1)
            return True
        item.sets -= 1
    return False


def _spare_upper(request: Request, day: PlanDay, week: Week) -> tuple[PlanExercise, Exercise] | None:
    """The day's upper-body lift that may make way whole for leg work: not its only upper lift's kind of main lift
    (a main lift goes only where the day has another upper main lift), every floor muscle keeping its floor (or, in
    a week short of the legs' floors, what the least trained leg muscle has), the fewest sets first (a short
    endurance day of bench 2 + row 2 + a long ride, no leg work)."""
    floor, _ = request.band
    legs = min(week.credit[m] for m in LEG_MUSCLES)
    upper = [(i, e) for i, e in _lifts(day) if _region(e) == "upper" and i.progression != "training_max_wave"]
    mains = sum(1 for i, _ in upper if i.role == "main")
    # In a week short of the legs' floors an upper muscle may give down to what the least trained leg muscle has.
    spare = [
        (i, e) for i, e in upper
        if (i.role != "main" or mains > 1)
        and all(week.credit[m] - i.sets + _EPS >= min(floor, legs)
                for m in e.primary_muscles if m in FLOOR_MUSCLES)
    ]  # fmt: skip
    return min(spare, key=lambda g: (g[0].role == "main", g[0].sets, -day.exercises.index(g[0])), default=None)


def _drop(week: Week, position: int, day: PlanDay, lift: tuple[PlanExercise, Exercise]) -> None:
    day.exercises.remove(lift[0])
    week.count_sets(position, lift[1], -lift[0].sets)


def _upper_lift_for_legs(
    request: Request, position: int, day: PlanDay, week: Week, new_lift: Callable[[Muscle, int], bool]
) -> bool:
    """An upper-body lift makes way whole for a new leg lift (its minutes and its place in the session), where no
    set can move: the least trained leg muscle first."""
    spare = _spare_upper(request, day, week)
    if spare is None:
        return False
    index = day.exercises.index(spare[0])
    _drop(week, position, day, spare)
    if any(new_lift(m, position) for m in sorted(LEG_MUSCLES, key=lambda m: week.credit[m])):
        return True
    day.exercises.insert(index, spare[0])
    week.count_sets(position, spare[1], spare[0].sets)
    return False
