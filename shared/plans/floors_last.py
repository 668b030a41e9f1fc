"""The week's floors and session ceilings, checked once more after every pass that moves sets (issue 13, rc27; hBE).

Review 27, defect 6: an advanced 7 x 15 strength week left the quads and hamstrings below their weekly minimum while
Friday and Sunday sat 2-3 minutes short, and a 4 x 90 dumbbell hypertrophy week gave the lats 8 of their 12 sets
while the lower-body days used 65 of 90 minutes; the validator refused the plan. A bands week ended one day at 23
hard sets, above the intermediate's ceiling of 22, and the validator's cut left the day short with no time note.
Many passes move sets after the allocator (legs, presses, main lifts' sets); this one runs after them all:

settle(request, days, week, seconds, retime) -> None
    1. no day above the level's hard sets (`rules.SESSION_HARD_SETS_MAX`), cut as the validator cuts: isolation
       before multi-joint lifts, the lift with the most sets, the last lift first;
    2. a floor muscle below its weekly minimum (`request.band`) gets a set more of a lift that trains it first, on a
       day with the minutes (`seconds(day)` <= the session), the session's and the lift's room and the band's top;
       else a set moved from an isolation lift of the same day for a muscle with no floor, or one above its floor
       (lateral raises, curls, calf raises: Schoenfeld et al. 2017, the dose-response is per muscle, so the floors
       of the big muscles come first; ACSM/AHA, every major muscle group).
Step 2 is not for older adults, whose weeks keep their own balance rules (review 25: legs before presses).
`days` are changed in place and `week`'s counts kept true; `retime(day)` rewrites a changed day's minutes.
"""

from __future__ import annotations

from collections.abc import Callable

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.rules import FLOOR_MUSCLES, SESSION_HARD_SETS_MAX, Request, sets_cap
from shared.plans.schema import PlanDay, PlanExercise
from shared.profile.model import Muscle

LIFT_ROLES = ("main", "secondary", "accessory")
_EPS = 1e-6
_MOVES = 12  # sets moved per muscle at most: bounded, each move closes a floor's gap by a set


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    new_lift: Callable[[Muscle, int], bool] | None = None,
) -> None:
    """Keep every session under its ceiling, then close floor gaps where minutes or isolation sets allow
    (`new_lift(muscle, day)`: the engine's two sets of a new lift for the muscle on that day, True when placed)."""
    if request.hold:
        return
    for position, day in enumerate(days):
        if _under_ceiling(request, position, day, week):
            retime(day)
    if request.older:
        return  # an older adult's week keeps its own balance rules (legs before presses, the drills' minutes: hU, hR)
    floor, _ = request.band
    for muscle in sorted(FLOOR_MUSCLES, key=lambda m: week.credit[m]):
        for _ in range(_MOVES):
            if week.credit[muscle] + _EPS >= floor:
                break
            moved = _from_spare(request, muscle, days, week, seconds)
            moved = moved if moved is not None else _from_isolation(request, muscle, days, week, seconds)
            if moved is None and new_lift is not None:
                moved = _new_from_isolation(request, muscle, days, week, new_lift)
            if moved is None:
                break
            retime(days[moved])


def _hard(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    return [(i, e) for i in day.exercises if (e := find_exercise(i.exercise_id)) is not None and e.hard_sets]


def _under_ceiling(request: Request, position: int, day: PlanDay, week: Week) -> bool:
    """Cut the day to the level's ceiling the way the validator does; True when something was cut."""
    hard = _hard(day)
    total = sum(i.sets for i, _ in hard)
    cut = False
    while total > SESSION_HARD_SETS_MAX[request.level]:
        left = [n for n in range(len(hard)) if hard[n][0].sets > 1 and hard[n][0].progression != "training_max_wave"]
        if not left:
            break
        n = max(left, key=lambda k: (hard[k][1].isolation, hard[k][0].sets, k))
        hard[n][0].sets -= 1
        week.count_sets(position, hard[n][1], -1)
        total, cut = total - 1, True
    return cut


def _room(request: Request, position: int, item: PlanExercise, exercise: Exercise, week: Week) -> bool:
    """One set more keeps the lift's cap, the session's ceiling and the band's top."""
    return (
        item.role in LIFT_ROLES
        and item.sets < sets_cap(request, exercise)
        and week.day_sets[position] + 1 <= min(week.session_max, SESSION_HARD_SETS_MAX[request.level])
        and week.fits_sets(exercise, 1)
    )


def _one_set(item: PlanExercise, seconds: Callable[[PlanDay], int], day: PlanDay) -> int:
    """Seconds one more set of `item` adds to `day`."""
    before = seconds(day)
    item.sets += 1
    after = seconds(day)
    item.sets -= 1
    return after - before


def _direct(day: PlanDay, muscle: Muscle) -> list[tuple[PlanExercise, Exercise]]:
    return [(i, e) for i, e in _hard(day) if i.role in LIFT_ROLES and muscle in e.primary_muscles]


def _from_spare(
    request: Request, muscle: Muscle, days: list[PlanDay], week: Week, seconds: Callable[[PlanDay], int]
) -> int | None:
    """A set more of a lift for `muscle` on the day with the most spare minutes that holds it (the day's position)."""
    best: tuple[int, int, PlanExercise, Exercise] | None = None
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        spare = request.minutes * 60 - seconds(day)
        for item, exercise in _direct(day, muscle):
            if _room(request, position, item, exercise, week) and _one_set(item, seconds, day) <= spare:
                if best is None or (spare, -item.sets) > (best[0], -best[2].sets):
                    best = (spare, position, item, exercise)
    if best is None:
        return None
    _, position, item, exercise = best
    item.sets += 1
    week.count_sets(position, exercise, 1)
    return position


def _donor(request: Request, day: PlanDay, muscle: Muscle, week: Week) -> tuple[PlanExercise, Exercise] | None:
    """The day's isolation lift with 3 sets or more that does not train `muscle` and whose floor muscles keep their
    floors with a set less (the most sets first)."""
    floor, _ = request.band
    givers = [
        (i, e) for i, e in _hard(day)
        if i.role == "accessory" and e.isolation and i.sets >= 3 and not i.superset
        and muscle not in (*e.primary_muscles, *e.secondary_muscles)
        and all(week.credit[m] - 1 + _EPS >= floor for m in e.primary_muscles if m in FLOOR_MUSCLES)
    ]  # fmt: skip
    return max(givers, key=lambda g: g[0].sets, default=None)


def _from_isolation(
    request: Request, muscle: Muscle, days: list[PlanDay], week: Week, seconds: Callable[[PlanDay], int]
) -> int | None:
    """A set moved from an isolation lift to a lift for `muscle` on the same day, where the minutes still hold."""
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        for item, exercise in _direct(day, muscle):
            donor = _donor(request, day, muscle, week)
            if donor is None or item.sets >= sets_cap(request, exercise):
                continue
            giver, given = donor
            giver.sets -= 1
            week.count_sets(position, given, -1)
            if week.fits_sets(exercise, 1) and seconds(day) + _one_set(item, seconds, day) <= request.minutes * 60:
                item.sets += 1
                week.count_sets(position, exercise, 1)
                return position
            giver.sets += 1
            week.count_sets(position, given, 1)
    return None


def _new_from_isolation(
    request: Request, muscle: Muscle, days: list[PlanDay], week: Week, new_lift: Callable[[Muscle, int], bool]
) -> int | None:
    """Two isolation sets of a day (`_donor`, one set each time) give way to two sets of a new lift for `muscle`
    there, when the day's template takes one (a 4 x 90 dumbbell upper day at its 26 sets, lats 8 of 12: a lateral
    raise and a fly set for a second row)."""
    for position, day in enumerate(days):
        if week.templates[position].kind != "lifting":
            continue
        taken: list[tuple[PlanExercise, Exercise]] = []
        for _ in range(2):
            donor = _donor(request, day, muscle, week)
            if donor is None:
                break
            donor[0].sets -= 1
            week.count_sets(position, donor[1], -1)
            taken.append(donor)
        if len(taken) == 2 and new_lift(muscle, position):
            return position
        for item, exercise in taken:
            item.sets += 1
            week.count_sets(position, exercise, 1)
    return None
