"""No lift of a day has more working sets than its main lifts, last of all (issue 13, rc28 defect 2; hBH).

Review 28, defect 2 (26 of 339 grid profiles): an advanced strength+hypertrophy push day's bench-press wave had 3
sets beside a 5 x 6-10 landmine press; a hip thrust 4 beside a squat wave 3; an RDL 4 beside a squat 3; a 20-minute
endurance day's close-grip push-up 3 beside a squat 2. `main_sets` and `engine._mains_not_outdosed` give a main lift
its sets, but they skip waves (their sets were the wave's) and later passes (the floors, a runner's legs, the light
days, the heavy lifts' minutes) move sets after them. A day's main lift is its priority and carries its most work
(NSCA, Haff & Triplett 2016, ch. 17: the core lift first, with the most sets); a 5/3/1 wave's First Set Last back-off
sets are the main lift's work too (Wendler 2013, 5/3/1 Forever), so a wave grows by back-off sets.

settle(request, days, week, seconds) -> None
    on each day, while a secondary or accessory has more working sets than a main lift (a one-set main, a novice's
    1 x 5 deadlift, is its programme's and not counted), or a wave has fewer sets than another wave of the day: the
    shortest main lift gets a set from the day's spare minutes (its cap, the band's top and the session's ceilings
    kept; a novice's linear lift up to its programme's 3 sets), else a set moved across from the biggest such lift,
    else that lift gives a set where every floor it holds keeps its floor, else a secondary compound holding a
    floor becomes a main lift beside it (a barbell-only push day's floor press, its only chest lift, 5 sets beside
    a 3-set press wave), else, last, a lift gives a set and a floor gives: the rule holds on every day. Run after
    every pass that moves sets or rests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.heavy_lifts import keeps_floors
from shared.plans.main_sets import room
from shared.plans.progression import choose_method
from shared.plans.ramp_cap import ramp_cap
from shared.plans.rules import PULL_PATTERNS, Request, sets_cap
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.set_elsewhere import moved
from shared.plans.volume import days_at_ceiling, eligible_pool, excused_below_floor

if TYPE_CHECKING:
    from shared.plans.allocator import Week

LIFT_ROLES = ("main", "secondary", "accessory")
LINEAR_SETS = 3  # a novice's linear lift: 3 x 5 (Starting Strength, StrongLifts), never more
_MOVES = 24  # sets moved on a day at most: each move closes a gap by a set

Lift = tuple[PlanExercise, Exercise]


def _lifts(day: PlanDay) -> list[Lift]:
    return [
        (item, exercise) for item in day.exercises
        if item.role in LIFT_ROLES and item.duration_seconds is None
        and (exercise := find_exercise(item.exercise_id)) is not None and exercise.hard_sets
    ]  # fmt: skip


def _mains(lifts: list[Lift]) -> list[Lift]:
    """The day's main lifts the rule reads: not a one-set programme lift."""
    return [(i, e) for i, e in lifts if i.role == "main" and i.sets >= 2]


def _rival(item: PlanExercise, exercise: Exercise) -> bool:
    """A lift that may not outdose the day's main lifts: a compound that is not one of them. An isolation lift at
    10-15 reps (a pull day's 4 sets of straight-arm pulldowns beside a 3-set row) is lighter, shorter work and a
    hypertrophy staple (Schoenfeld et al. 2017 count its sets toward the muscle, not toward the day's lead): review
    28's cases were all compounds (a landmine press, a hip thrust, an RDL, a push-up, a dumbbell bench)."""
    return item.role != "main" and exercise.compound and not exercise.isolation


def _target(item: PlanExercise, lifts: list[Lift]) -> int:
    """The sets `item` (a main lift) is to have at least: every rival's (`_rival`), and every other wave's if a
    wave."""
    most = max((i.sets for i, e in lifts if _rival(i, e)), default=0)
    if item.progression == "training_max_wave":
        most = max([most, *(i.sets for i, _ in lifts if i.progression == "training_max_wave")])
    return most


def _cap(request: Request, item: PlanExercise, exercise: Exercise) -> int:
    cap = sets_cap(request, exercise)
    return min(cap, LINEAR_SETS) if item.progression == "linear" else cap


def _grown(
    request: Request, week: Week, position: int, day: PlanDay, main: Lift, giver: Lift | None, fits: Callable[[], bool]
) -> bool:  # fmt: skip
    """A set more of `main`, from `giver`'s sets (or the day's spare minutes), where its cap, the band's top, the
    session's ceilings and the minutes allow."""
    item, exercise = main
    if item.sets + 1 > _cap(request, item, exercise) or not room(week, position, exercise, giver and giver[1]):
        return False
    item.sets += 1
    if giver is not None:
        giver[0].sets -= 1
    if not fits():
        item.sets -= 1
        if giver is not None:
            giver[0].sets += 1
        return False
    week.count_sets(position, exercise, 1)
    if giver is not None:
        _ramp_kept(request, day, giver[0])
        week.count_sets(position, giver[1], -1)
    return True


def _ramp_kept(request: Request, day: PlanDay, item: PlanExercise) -> None:
    item.warmup_sets = min(item.warmup_sets, ramp_cap(item, day, request.older))


def _given(request: Request, week: Week, position: int, day: PlanDay, giver: Lift, floors: bool) -> bool:
    """`giver` gives a set up, keeping its floors (`floors`) or not."""
    item, exercise = giver
    if floors and not keeps_floors(week, exercise, 1):
        return False
    item.sets -= 1
    _ramp_kept(request, day, item)
    week.count_sets(position, exercise, -1)
    return True


def _takes(day: PlanDay, item: PlanExercise) -> bool:
    """One set more of `item` keeps `day` to the rule: a main lift may grow, another lift up to the day's mains."""
    mains = [i.sets for i, _ in _mains(_lifts(day))]
    return item.role == "main" or not mains or item.sets + 1 <= min(mains)


def _one_move(
    request: Request, week: Week, days: list[PlanDay], position: int, fits: Callable[[], bool],
    seconds: Callable[[PlanDay], int],
) -> bool:  # fmt: skip
    """One set closer to the rule on `days[position]`; False when the day keeps it already."""
    day = days[position]
    lifts = _lifts(day)
    short = [(m, _target(m[0], lifts)) for m in _mains(lifts) if m[0].sets < _target(m[0], lifts)]
    if not short:
        return False
    main, _ = min(short, key=lambda pair: pair[0][0].sets - pair[1])
    over = [(i, e) for i, e in lifts if _rival(i, e) and i.sets > main[0].sets]
    # (the biggest first; a wave short of another wave's back-off sets has no giver but the minutes; a pull gives
    # only to a pull, so the week's pulling keeps up with its pressing: NSCA, hAQ)
    givers = sorted(
        ((i, e) for i, e in over if e.pattern not in PULL_PATTERNS or main[1].pattern in PULL_PATTERNS),
        key=lambda pair: -pair[0].sets,
    )
    if _grown(request, week, position, day, main, None, fits):
        return True
    for giver in givers:  # (a set moved across leaves every floor the giver holds at its floor)
        if (
            giver[0].sets > 2
            and keeps_floors(week, giver[1], 1)
            and _grown(request, week, position, day, main, giver, fits)
        ):
            return True
    if not givers:
        return False
    for giver in givers:  # (an accessory keeps its sets: a pull day's curls fill its minutes, hi; hBH left)
        if giver[0].role == "secondary" and _given(request, week, position, day, giver, floors=True):
            _passed_on(week, position, day, giver, fits)
            return True
    for giver in givers:  # a compound that holds a floor at its sets carries the day beside the main lift
        if _promoted(request, giver):
            return True
    for giver in givers:  # else the floor's set is done on another day
        if moved(request, week, days, position, giver, seconds, _takes):
            _ramp_kept(request, day, giver[0])
            return True
    if _demoted(request, main, lifts):
        return True
    if not _floors_may_give(request, days):  # (the validator would refuse the week: the day stays as it is)
        return False
    for giver in givers:
        if _given(request, week, position, day, giver, floors=False):
            _passed_on(week, position, day, giver, fits)
            return True
    return False


def _passed_on(week: Week, position: int, day: PlanDay, giver: Lift, fits: Callable[[], bool]) -> None:
    """The set `giver` gave up goes to another lift of the day still under the day's main lifts' sets (an accessory
    first, the fewest sets first) where the band, the session's ceilings and the minutes allow: the day keeps its
    work (review 23: pull days that ended early; `main_sets._pass_on` does the same for accessories)."""
    lifts = _lifts(day)
    least = min((i.sets for i, _ in _mains(lifts)), default=0)
    others = [(i, e) for i, e in lifts if i.role != "main" and i is not giver[0] and e.id != giver[1].id]
    for item, exercise in sorted(others, key=lambda pair: (pair[0].role != "accessory", pair[0].sets)):
        if item.sets + 1 > least or not room(week, position, exercise, None):
            continue
        item.sets += 1
        if fits():
            week.count_sets(position, exercise, 1)
            return
        item.sets -= 1


def _demoted(request: Request, main: Lift, lifts: list[Lift]) -> bool:
    """`main` becomes a secondary lift where another main lift of the day carries the day's most work (a legs day's
    3-set hip thrust beside a 4-set front squat and 4 sets of leg curls: the squat carries the day)."""
    item, exercise = main
    most = max((i.sets for i, _ in lifts if i.role != "main"), default=0)
    if item.progression in ("training_max_wave", "linear") or not any(
        i is not item and i.role == "main" and i.sets >= most for i, _ in lifts
    ):
        return False
    item.role, item.progression = "secondary", choose_method(request, exercise, role="secondary")
    return True


def _floors_may_give(request: Request, days: list[PlanDay]) -> bool:
    """The week's floors are out of reach anyway (its minutes, or every day at its ceiling): the validator's
    excuse, `checks_volume.check_volume_floor`."""
    time_limited, _ = excused_below_floor(request, eligible_pool(request))
    pairs = [[(i.exercise_id, i.sets) for i in day.exercises] for day in days]
    return time_limited or days_at_ceiling(request, pairs)


def _promoted(request: Request, lift: Lift) -> bool:
    """`lift`, a secondary compound, becomes a main lift of its day (not where its main dosing would be a novice's
    linear fives or a wave: their sets and reps are a programme's)."""
    item, exercise = lift
    if item.role != "secondary" or not exercise.compound or exercise.isolation:
        return False
    method = choose_method(request, exercise, role="main")
    if method in ("linear", "training_max_wave"):
        return False
    item.role, item.progression = "main", method
    return True


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
) -> None:
    """Apply the module's rule to every day (`seconds`: a day's estimated seconds; `retime`: refresh its minutes)."""
    if request.hold or request.older or request.goal == "endurance":
        return  # (their weeks keep the legs at least level with the upper body first: hU, hBE; left open, hBH)
    budget = request.minutes * 60
    for position, day in enumerate(days):
        limit = max(budget, seconds(day))  # (a day over already gives no more than it had)

        def fits(day: PlanDay = day, limit: int = limit) -> bool:
            return seconds(day) <= limit

        changed = False
        for _ in range(_MOVES):
            if not _one_move(request, week, days, position, fits, seconds):
                break
            changed = True
        if changed:
            for each in days:  # (a set may have gone to another day)
                retime(each)
