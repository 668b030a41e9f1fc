"""Heavy bar lifts stand alone, rest fully and never start cold (issue 13, review 27 defects 2 and 5; hBC).

Review 27 found heavy barbell lifts inside supersets and tri-sets at 60-90 s (an advanced 3 x 15 week's 5/3/1 squat in
a tri-set; an endurance week's deadlift 3 x 3-6 @ 8 in a tri-set at 90 s; a beginner's deadlift 2 x 5 in a superset)
and a 1955-born beginner's deadlift 2 x 8 at the end of the day with no ramp-up set. A heavy multi-joint set needs 2-5
minutes before the next one (NSCA, Haff & Triplett 2016, ch. 17; ACSM 2009: 2-3 min; Schoenfeld et al. 2016: at least
2 min), and a partner's set in between is neither rest nor safe with a loaded bar in the rack. A barbell squat,
deadlift or press that is the day's first of its pattern climbs to its working load in lighter sets (NSCA ch. 14, the
RAMP warm-up's potentiation), whatever its role.

heavy_bar_lift(item, exercise) -> bool   never paired (`supersets.pair`), rests `HEAVY_REST` s at least
ramped_bar_lift(exercise) -> bool        the first of its pattern on a day has a ramp-up set at least
settle(request, days, week, seconds, retime) -> None
    each day's heavy bar lifts out of any group, resting `HEAVY_REST` s at least, and its first bar lift of each
    pattern with a ramp-up set; the minutes come from third sets (accessories first, every floor kept), then an
    isolation accessory (beside a short session's balance drill only one whose muscles keep their floors), then that
    drill (its stand goes back to the warm-up: the drill never costs a main lift a set nor a floor; hBF), then third
    sets of any lift; a day that still cannot fit keeps its earlier rests and ramps
    (and its dose rests so on every day).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.ramp_cap import older_ramp_sets, ramp_cap
from shared.plans.rests import HEAVY_LOWER_BARBELL
from shared.plans.rules import FLOOR_MUSCLES, Request
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.templates import BALANCE_SHORT_MINUTES

if TYPE_CHECKING:
    from shared.plans.allocator import Week

BAR_KIT = frozenset({"barbell", "trap_bar", "safety_squat_bar"})
# Every barbell squat and deadlift variant loads the spine with the whole bar (a landmine squat is held at the chest,
# light, and is not one of them); so do the split squat, reverse lunge and good morning, the bar on the back and
# unracked for every set (rc28: a barbell split squat at 60 s in a superset; hBH).
SQUAT_DEADLIFT = (
    HEAVY_LOWER_BARBELL
    | {"barbell-box-squat", "zercher-squat", "barbell-sumo-deadlift"}
    | {"barbell-split-squat", "barbell-reverse-lunge", "good-morning-barbell"}
)
HEAVY_REPS = 6  # at most: a strength load (NSCA: 6 or fewer reps, 2-5 min rests)
HEAVY_RPE = 8.0  # at least
HEAVY_REST = 120  # seconds, the least after a heavy multi-joint set (NSCA 2-5 min; ACSM 2009 2-3 min)
PRESSES = frozenset({"horizontal_push", "vertical_push"})
LIFT_ROLES = ("main", "secondary", "accessory")
ROUNDING = 29  # seconds a day may run over and still show its asked minutes


def bar_lift(exercise: Exercise) -> bool:
    """A multi-joint lift on a barbell, trap bar or safety-squat bar."""
    return exercise.compound and exercise.hard_sets and bool(BAR_KIT & set(exercise.equipment))


def heavy_bar_lift(item: PlanExercise, exercise: Exercise) -> bool:
    """A training-max wave (its AMRAP set), any barbell squat or deadlift variant, or a bar lift at `HEAVY_REPS` or
    fewer at RPE `HEAVY_RPE` or more: done in straight sets, never alternated with another lift."""
    if item.role not in LIFT_ROLES or item.duration_seconds is not None:
        return False
    if item.progression == "training_max_wave":
        return True
    if not bar_lift(exercise):
        return False
    return exercise.id in SQUAT_DEADLIFT or (item.reps_max <= HEAVY_REPS and item.target_rpe >= HEAVY_RPE)


def ramped_bar_lift(exercise: Exercise) -> bool:
    """A barbell squat, deadlift or press: the day's first of its pattern is ramped up to."""
    return bar_lift(exercise) and (exercise.id in SQUAT_DEADLIFT or exercise.pattern in PRESSES)


def _fixes(day: PlanDay, older: bool, minutes: int) -> bool:
    """Ungroup heavy bar lifts, give them `HEAVY_REST`, and a ramp-up set to each pattern's first bar lift; True when
    anything changed."""
    changed = False
    seen: set[str] = set()
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is None or item.role not in LIFT_ROLES:
            continue
        if heavy_bar_lift(item, exercise):
            if item.superset is not None:
                item.superset, changed = None, True
            if item.rest_seconds < HEAVY_REST:
                item.rest_seconds, changed = HEAVY_REST, True
        if ramped_bar_lift(exercise) and exercise.pattern not in seen:
            seen.add(exercise.pattern)
            if item.warmup_sets == 0:
                item.warmup_sets, changed = 1, True
    # (past 65 the day's first ramped main lift climbs in `OLDER_RAMP_SETS`, as `engine._older_ramp` gives it; hBH)
    first = next((i for i in day.exercises if i.role == "main" and i.warmup_sets), None) if older else None
    if first is not None and first.warmup_sets < (least := older_ramp_sets(first, minutes)):
        first.warmup_sets, changed = least, True  # (one in a compact session on a non-barbell lift: hBO)
    return changed


def keeps_floors(week: Week, exercise: Exercise, sets: int, *, short_too: bool = False) -> bool:
    """`sets` fewer of `exercise` leave every floor muscle it trains that reached its floor at or above it; `short_too`:
    and take nothing from one still under its floor."""
    loads = [*((m, 1.0) for m in exercise.primary_muscles), *((m, 0.5) for m in exercise.secondary_muscles)]
    return not any(
        m in FLOOR_MUSCLES and m not in week.untrainable and week.credit[m] - w * sets + 1e-9 < week.floor
        and (short_too or week.credit[m] >= week.floor)
        for m, w in loads
    )  # fmt: skip


def _rep_lifts(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    return [
        (item, exercise) for item in day.exercises
        if item.role in LIFT_ROLES and item.duration_seconds is None
        and (exercise := find_exercise(item.exercise_id)) is not None and exercise.hard_sets
    ]  # fmt: skip


def _set_given(week: Week, position: int, day: PlanDay, *, older: bool, loose: bool = False) -> bool:
    """A set off the lift with the most sets (three or more) that is not a wave; accessories before secondaries.
    Not a heavy bar lift's nor a main lift's and every reached floor kept, unless `loose` (the day's minutes come first
    then: the last resort; a main lift still keeps its secondaries' and accessories' sets)."""
    lifts = _rep_lifts(day)
    rank = {"accessory": 0, "secondary": 1, "main": 2}
    givers = [
        (item, exercise) for item, exercise in lifts
        if item.sets >= 3 and item.progression != "training_max_wave"
        and (loose or (not heavy_bar_lift(item, exercise) and keeps_floors(week, exercise, 1)))
        and (item.role != "main" or (loose and item.sets - 1 >= max((i.sets for i, _ in lifts if i.role != "main"),
                                                                   default=0)))
    ]  # fmt: skip
    if not givers:
        return False
    item, exercise = min(givers, key=lambda pair: (rank.get(pair[0].role or "", 0), -pair[0].sets))
    item.sets -= 1
    # (an older lifter's first main lift keeps its two ramp-up sets: `ramp_cap`)
    item.warmup_sets = min(item.warmup_sets, ramp_cap(item, day, older))
    week.count_sets(position, exercise, -1)
    return True


def _lift_dropped(week: Week, position: int, day: PlanDay, *, short_too: bool = False) -> bool:
    """The day's last isolation accessory goes, where every floor it holds is kept (never a multi-joint lift: the day
    keeps its press, pull and leg lift); `short_too`: `keeps_floors`'s."""
    for item, exercise in reversed(_rep_lifts(day)):
        if (
            item.role == "accessory"
            and exercise.isolation
            and keeps_floors(week, exercise, item.sets, short_too=short_too)
        ):
            day.exercises.remove(item)
            week.count_sets(position, exercise, -item.sets)
            return True
    return False


def _drilled(request: Request, day: PlanDay) -> bool:
    """A session of `BALANCE_SHORT_MINUTES` or less with an older adult's balance drill (`engine._balance_drills`)."""
    return request.minutes <= BALANCE_SHORT_MINUTES and any(item.role == "balance" for item in day.exercises)


def _drill_dropped(request: Request, day: PlanDay) -> bool:
    """A short session gives its balance drill before any main lift's set or a set a muscle's floor needs: the drill
    was fitted into the day's spare minutes (`engine._balance_drills`), and when the heavy lifts' rests and ramps need
    them its stand is done in the warm-up again (`warmup.day_warmup`), as when the drill never fitted (review 24: the
    drill never costs a main lift a working or a ramp-up set; hBF). No hard sets: nothing to count."""
    if not _drilled(request, day):
        return False
    day.exercises.remove(next(item for item in day.exercises if item.role == "balance"))
    return True


Dose = tuple[str, int, int, float]


def _dose(item: PlanExercise) -> Dose:
    return item.exercise_id, item.reps_min, item.reps_max, item.target_rpe


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
) -> None:
    """Apply the module's rules to every day (`seconds`: a day's estimated seconds; `retime`: refresh its minutes)."""
    from shared.plans import heavy_room  # (it reads this module's rule)
    from shared.plans.supersets import relabel  # (supersets imports this module's rule)

    kept: dict[Dose, int] = {}  # doses a full day kept at their earlier rest
    for position, day in enumerate(days):
        # (never over the asked minutes once rounded; a day already over keeps no more than it had)
        budget = max(request.minutes * 60 + ROUNDING, seconds(day))
        before = [item.model_copy() for item in day.exercises]
        credit = [(exercise, item.sets) for item, exercise in _rep_lifts(day)]
        if not _fixes(day, request.older, request.minutes):
            continue
        day.exercises = relabel(day.exercises)  # a partner left alone is done on its own
        retime(day)
        while seconds(day) > budget and (
            _set_given(week, position, day, older=request.older)
            # (beside a short session's drill, an accessory of a muscle under its floor stays: the drill goes first,
            # as the drill itself never takes a set a floor needs: `engine._balance_room`)
            or (_drilled(request, day) and _lift_dropped(week, position, day, short_too=True))
            or _drill_dropped(request, day) or _lift_dropped(week, position, day)
            # (then fewer sets and fewer exercises, never a shorter rest: `heavy_room`, hBH)
            or heavy_room.freed(request, week, position, day)
        ):  # fmt: skip
            day.exercises = relabel(day.exercises)
            retime(day)
        if seconds(day) > budget:  # nothing could make the minutes: the day stays as it was (its lifts ungrouped)
            for item, exercise in _rep_lifts(day):
                week.count_sets(position, exercise, -item.sets)
            for exercise, sets in credit:
                week.count_sets(position, exercise, sets)
            day.exercises = relabel(before)
            retime(day)
            for item, exercise in _rep_lifts(day):
                if not heavy_bar_lift(item, exercise):
                    continue
                kept[_dose(item)] = min(kept.get(_dose(item), item.rest_seconds), item.rest_seconds)
    # One dose rests the same on every day (review 7): a dose a full day kept short is that short on every day.
    for day in days:
        changed = False
        for item in day.exercises:
            if item.superset is None and _dose(item) in kept and item.rest_seconds > kept[_dose(item)]:
                item.rest_seconds, changed = kept[_dose(item)], True
        if changed:
            retime(day)

    def trimmed(position: int, day: PlanDay) -> bool:  # (every floor kept: a long rest is where time allows)
        gave = _set_given(week, position, day, older=request.older) or _lift_dropped(week, position, day)
        day.exercises = relabel(day.exercises) if gave else day.exercises
        return gave

    heavy_room.long_rests(request, days, week, seconds, retime, trimmed)
