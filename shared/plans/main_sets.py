"""A day's main lifts carry its most work (issue 13, review 25 leftovers; hAS).

Review 25 (p05, a dumbbell hypertrophy week of 4 x 45 min): the day's "main" shoulder press had 2 sets at 60 s rest
while lifts after it had 5 and 4; a 7 x 90 strength week's main barbell row and chin-up had 2 sets beside 3-4 sets of
curls and leg curls. A main lift is the session's priority (NSCA, Haff & Triplett 2016, ch. 17: the core lift first,
with the most sets; 3-6 sets for strength and hypertrophy, ACSM 2009: 2-4 sets for general fitness) and rests fully
(2-5 min for heavy multi-joint sets).

settle(request, days, week, seconds, retime) -> None
    on every day, each main lift (not a training-max wave's, whose sets are the wave's) gets at least
    `least_main_sets(request)` working sets and no fewer than any accessory of the day (its rep-based, hard-set
    isolation or assistance work). Sets come, in order of preference: from the day's spare minutes; from the
    accessory with the most sets (a set moved across); by taking a set off an accessory that outdoses the main lift.
    A set moves only while the week's band top and the session's ceilings hold for the main lift and every floor
    muscle the giver trains keeps its floor. A straight-set main lift then gets its straight rest
    (`rules.prescribe(..., alone=True)`), taking accessory sets off where the minutes need it.
"""

from __future__ import annotations

from collections.abc import Callable

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.allocator import _bridge as bridge
from shared.plans.cues import has_top_set
from shared.plans.progression import choose_method
from shared.plans.rests import rest_seconds
from shared.plans.rules import (
    FLOOR_MUSCLES,
    MIN_MAIN_SETS,
    PULL_PATTERNS,
    SESSION_MUSCLE_SETS_MAX,
    Request,
    clamp_reps,
    prescribe,
    sets_cap,
)
from shared.plans.schema import PlanDay, PlanExercise

SHORT_SESSION_MINUTES = 20  # at or under, a main lift may have 2 sets: a 15-minute day cannot hold 3 of each
FEWER_SETS_GOALS = frozenset({"mobility", "endurance"})  # their lifts support other work: 2 sets (ACSM 2009)
REST_STEP = 15  # seconds: a rest the minutes cannot give in full is given in these steps

Lift = tuple[PlanExercise, Exercise]


def least_main_sets(request: Request) -> int:
    """The fewest working sets a main lift is written for: 3 (NSCA: 3-6 for a trained lifter; a novice's strength
    lifts 3 x 5, Starting Strength, StrongLifts). 2 for a novice outside a strength goal (ACSM 2009: 1-3 sets), an
    older adult (Fragala et al. 2019: 2-3 sets), a heart or blood-pressure answer's 1-2 sets (AACVPR), goals whose
    lifts support other work (mobility, endurance) and sessions of 20 minutes or less."""
    fewer = request.few_sets or request.older or request.minutes <= SHORT_SESSION_MINUTES
    fewer = fewer or request.goal in FEWER_SETS_GOALS or (request.level == "beginner" and request.goal != "strength")
    return min(2 if fewer else MIN_MAIN_SETS, request.max_sets)


def _lifts(day: PlanDay) -> list[Lift]:
    out = []
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is not None and item.role in ("main", "secondary", "accessory"):
            out.append((item, exercise))
    return out


def _rep_work(item: PlanExercise, exercise: Exercise) -> bool:
    return exercise.hard_sets and item.duration_seconds is None


# A training-max wave's sets are the wave's; a novice's linear lifts keep their programme's (3 x 5, a deadlift's 1 x 5:
# Starting Strength, StrongLifts).
_PROGRAMME_SETS = ("training_max_wave", "linear")


def _mains(lifts: list[Lift]) -> list[Lift]:
    return [
        (item, exercise) for item, exercise in lifts
        if item.role == "main" and item.progression not in _PROGRAMME_SETS and _rep_work(item, exercise)
    ]  # fmt: skip


def _linear_mains(lifts: list[Lift]) -> list[Lift]:
    """A novice's linear main lifts of two sets or more: they keep their programme's sets as the least, but never
    fewer than a secondary or accessory beside them (review 27, defect 4: a beginner's squat, press and incline 2 x 5
    beside a 3 x 8-12 dumbbell RDL). A one-set linear deadlift is its programme's (Starting Strength 1 x 5)."""
    return [
        (item, exercise) for item, exercise in lifts
        if item.role == "main" and item.progression == "linear" and item.sets >= 2 and _rep_work(item, exercise)
    ]  # fmt: skip


def _accessories(lifts: list[Lift]) -> list[Lift]:
    return [(item, exercise) for item, exercise in lifts if item.role == "accessory" and _rep_work(item, exercise)]


def _below(lifts: list[Lift]) -> list[Lift]:
    """The day's lifts a main lift outranks: its secondaries and accessories (review 27, defect 4: secondaries too)."""
    return [(i, e) for i, e in lifts if i.role in ("secondary", "accessory") and _rep_work(i, e)]


def _keeps_floors(week: Week, exercise: Exercise) -> bool:
    """One set less of `exercise` leaves every floor muscle it trains that is at its floor there (a muscle the week
    cannot bring to its floor, or already short of it, does not hold the set)."""
    loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
    return not any(
        m in FLOOR_MUSCLES and m not in week.untrainable and week.credit[m] - w + 1e-9 < week.floor <= week.credit[m]
        for m, w in loads
    )


def room(week: Week, position: int, exercise: Exercise, giver: Exercise | None) -> bool:
    """One more set of `exercise` on the day keeps the band's top (after `giver`'s set goes) and the session's
    ceilings: hard sets, and sets per muscle."""
    if giver is None and week.day_sets[position] + 1 > week.session_max:
        return False
    day_credit = week.day_credit[position]
    loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
    freed = (
        {}
        if giver is None
        else {m: 1.0 for m in giver.primary_muscles}
        | {m: 0.5 for m in giver.secondary_muscles if m not in giver.primary_muscles}
    )
    for m, w in loads:
        if day_credit[m] + w - freed.get(m, 0.0) > SESSION_MUSCLE_SETS_MAX + 1e-9:
            return False
        if not week.fits_sets_for(m, w - freed.get(m, 0.0), reserved=False):
            return False
    return True


def _short(item: PlanExercise, accessories: list[Lift], least: int) -> bool:
    most = max((a.sets for a, _ in accessories), default=0)
    return item.sets < least or item.sets < most


def _grow(
    request: Request, week: Week, position: int, day: PlanDay, main: Lift, least: int, spare: Callable[[], int]
) -> None:
    """Bring one main lift up to its least sets and to its accessories' sets, a set at a time."""
    item, exercise = main
    cap = sets_cap(request, exercise)
    for _ in range(12):  # a handful of sets at most; the bound only guards the loop
        accessories = _accessories(_lifts(day))
        if not _short(item, _below(_lifts(day)), least):
            return
        # (a secondary lift of the day gives a set too while it keeps 2: it is not the session's priority)
        # (and so does another main lift with sets to spare: 5 sets of bench press beside 2 of a push press)
        # (a pull gives only to a pull: the week's pulling keeps up with its pressing, NSCA; review 25 hAQ)
        seconds_ = [(i, e) for i, e in _lifts(day) if i.role == "secondary" and _rep_work(i, e) and i.sets > 2
                    and (e.pattern not in PULL_PATTERNS or exercise.pattern in PULL_PATTERNS)]  # fmt: skip
        spared = [(i, e) for i, e in _mains(_lifts(day)) if i is not item and i.sets - 1 > max(item.sets, least - 1)]
        givers = sorted(accessories + seconds_ + spared, key=lambda pair: -pair[0].sets)
        growing = item.sets < cap
        if growing and room(week, position, exercise, None):  # the day's spare minutes
            item.sets += 1
            if spare() >= 0:
                week.count_sets(position, exercise, 1)
                continue
            item.sets -= 1
        moved = False
        for giver, giver_ex in givers:
            if giver.sets <= 2 or not _keeps_floors(week, giver_ex):  # (a lift keeps 2 sets: no lone sets)
                continue
            if growing and room(week, position, exercise, giver_ex):  # a set moved across
                giver.sets -= 1
                item.sets += 1
                if spare() >= 0:
                    week.count_sets(position, giver_ex, -1)
                    week.count_sets(position, exercise, 1)
                    moved = True
                    break
                giver.sets += 1
                item.sets -= 1
            # An accessory outdoing the main lift passes a set to another accessory of the day (the day keeps its
            # work: review 23's pull days that ended early).
            if giver.role in ("accessory", "secondary") and giver.sets > item.sets:
                giver.sets -= 1
                week.count_sets(position, giver_ex, -1)
                if _pass_on(week, position, day, giver_ex, item.sets, spare):
                    moved = True
                    break
                if giver.role == "secondary" and not growing and giver_ex.pattern not in PULL_PATTERNS:
                    # A main lift at its cap or the week's top: the secondary comes down to it instead (its floors
                    # kept above; review 27, defect 4); never a pull, which keeps the week's pulling at its pressing.
                    moved = True
                    break
                giver.sets += 1
                week.count_sets(position, giver_ex, 1)
        if not moved:
            return


def _pass_on(
    week: Week, position: int, day: PlanDay, giver: Exercise, most: int, spare: Callable[[], int]
) -> bool:  # fmt: skip
    """The set an accessory gave up goes to another accessory of the day still under the main lift's `most` sets,
    where the band, the session's ceilings and the minutes allow: the day keeps its work (a pull day's fourth set of
    curls becomes a third set of hammer curls; review 23: pull days that end early). False when none can take it."""
    for item, exercise in sorted(_accessories(_lifts(day)), key=lambda pair: pair[0].sets):
        if exercise.id == giver.id or item.sets + 1 > most or not room(week, position, exercise, None):
            continue
        item.sets += 1
        if spare() >= 0:
            week.count_sets(position, exercise, 1)
            return True
        item.sets -= 1
    return False


HEAVY_MAX_REPS = 8  # a strength day's heavy lift: at most 8 reps (review 22, D14: every such day keeps one)


def heavy_main(item: PlanExercise) -> bool:
    """A main lift the day is heavy around (a top set, or sets of at most 8 reps): it keeps its role."""
    return has_top_set(item.notes) or item.reps_max <= HEAVY_MAX_REPS


def _demote_short(request: Request, day: PlanDay, least: int) -> None:
    """A main lift the week's top, the session's ceilings or the minutes kept short is written as what it is, a
    secondary lift (the label then names the lifts that carry the day); the lift the day opens with stays main."""
    accessories = _below(_lifts(day))
    lead = next((item for item, exercise in _lifts(day) if _rep_work(item, exercise)), None)
    for item, exercise in _mains(_lifts(day)):
        # (the lift the day opens with stays its main lift: the day is built around it, `engine._order`)
        if item is not lead and _short(item, accessories, least) and not heavy_main(item):
            item.role, item.progression = "secondary", choose_method(request, exercise, role="secondary")


BRIDGE_REPS = (10, 15)  # a glute bridge or hip thrust as assistance work (NSCA: 10-15 for assistance lifts)


def _bridge_reps(request: Request, day: PlanDay) -> None:
    """A glute bridge or hip thrust that is not the day's main lift is assistance work at 10-15 reps with an
    assistance rest (review 25, p05: a glute bridge at 2 x 6-10; a strength week's hip thrust beside the deadlift at
    5-8 with 3 minutes' rest)."""
    for item, exercise in _lifts(day):
        if item.role == "main" or not bridge(exercise) or not _rep_work(item, exercise):
            continue
        if item.reps_min >= BRIDGE_REPS[0]:
            continue
        item.reps_min, item.reps_max = clamp_reps(*BRIDGE_REPS, exercise)
        if not item.superset:
            rest = rest_seconds(
                exercise, item.reps_min, item.reps_max, item.target_rpe, trained=request.level != "beginner"
            )
            item.rest_seconds = min(item.rest_seconds, rest)


def _full_rest(request: Request, week: Week, position: int, day: PlanDay, main: Lift, spare: Callable[[], int]) -> None:
    """A straight-set main lift rests as its straight dose says, accessory sets making the minutes where needed; a rest
    the day cannot give in full is raised in 15 s steps as far as it can."""
    item, exercise = main
    if item.superset or request.paired:  # (a paired week's lone lifts rest by dose on all days: `lone_rests`)
        return
    rest = prescribe(request, exercise, alone=True).rest_seconds
    while item.rest_seconds < rest:
        before = item.rest_seconds
        item.rest_seconds = min(rest, before + REST_STEP)
        if spare() >= 0:
            continue
        mains = {id(m) for m, _ in _mains(_lifts(day))}
        givers = sorted(_accessories(_lifts(day)), key=lambda pair: -pair[0].sets)
        for giver, giver_ex in givers:
            if id(giver) in mains or giver.sets <= 2 or not _keeps_floors(week, giver_ex):
                continue
            giver.sets -= 1
            if spare() >= 0:
                week.count_sets(position, giver_ex, -1)
                break
            giver.sets += 1
        else:
            item.rest_seconds = before
            return


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
) -> None:
    """Give each day's main lifts their least sets, no fewer sets than the day's accessories, and their straight
    rest (`seconds`: a day's estimated seconds; `retime`: refresh a day's minutes after a change)."""
    if request.hold:
        return
    least = least_main_sets(request)
    budget = request.minutes * 60
    for position, day in enumerate(days):
        _bridge_reps(request, day)

        def spare(day: PlanDay = day) -> int:
            return budget - seconds(day)

        for main in sorted(_mains(_lifts(day)), key=lambda pair: pair[0].sets):
            _grow(request, week, position, day, main, least, spare)
        for main in _linear_mains(_lifts(day)):  # (their programme's sets are their least)
            _grow(request, week, position, day, main, min(least, main[0].sets), spare)
        _demote_short(request, day, least)
        for main in _mains(_lifts(day)):
            _full_rest(request, week, position, day, main, spare)
        retime(day)
