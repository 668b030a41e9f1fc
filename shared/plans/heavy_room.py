"""Room for the heavy bar lifts' rests: fewer sets, then fewer exercises, never a shorter rest (issue 13, rc28; hBH).

Review 28, defect 1: in 20-30 minute sessions a heavy bar lift rested 90 s or 60 s (46 of 339 grid profiles: an
advanced 2 x 30 week's 5/3/1 deadlift and overhead-press waves at RPE 9, a beginner's 3 x 5 squat and deadlift).
`heavy_lifts.settle` gave each such lift `HEAVY_REST` and paid for it with third sets and isolation accessories
while every floor held; a day that still ran over went back to its earlier rests, and that short rest then spread to
the dose on every day. A heavy multi-joint set needs 2-5 minutes (NSCA, Haff & Triplett 2016, ch. 17; ACSM 2009:
2-3 min; Schoenfeld et al. 2016: at least 2 min): a session short of minutes does less, not the same work faster.

freed(request, week, position, day) -> bool
    one step more of the day's minutes once `heavy_lifts`' own steps are spent, in this order: a third set of an
    accessory, then of a secondary (neither a heavy bar lift; floors may give now); the day's last accessory; a
    ramp-up set above the lift's least; the day's last secondary that is not a heavy bar lift; a wave's back-off
    set; a third set of a main or heavy lift that keeps every other lift's sets; the last heavy secondary; the last
    main lift but the one the day opens with. False when nothing is left to give.
long_rests(request, days, week, seconds, retime) -> None
    a training-max wave, or a heavy bar lift at 5 reps or fewer and RPE 8.5 or more, rests `LONG_REST` s where the
    minutes allow (NSCA: 3-5 min for 1-5 RM loads), taken from third sets and isolation accessories with every floor
    kept; one dose (lift, reps, RPE) at a time on all its days, so it rests the same on each (review 7).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.coverage import day_kind
from shared.plans.heavy_lifts import ROUNDING, heavy_bar_lift, keeps_floors
from shared.plans.ramp_cap import OLDER_RAMP_SETS, ramp_cap
from shared.plans.rules import Request
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.volume import eligible_pool, excused_below_floor

if TYPE_CHECKING:
    from shared.plans.allocator import Week

LIFT_ROLES = ("main", "secondary", "accessory")
_KINDS = ("press", "pull", "legs")
LONG_REST = 180  # seconds after a wave's or a <= 5-rep set at RPE >= 8.5 (NSCA: 3-5 min for 1-5 RM loads)
LONG_REST_RPE = 8.5
LONG_REST_REPS = 5
WAVE_SETS = 3  # a 5/3/1 wave's own sets; more are its First Set Last back-off sets


def _lifts(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    """The day's lifts (rep or timed) with their catalog entries."""
    return [
        (item, exercise) for item in day.exercises
        if item.role in LIFT_ROLES and (exercise := find_exercise(item.exercise_id)) is not None
    ]  # fmt: skip


def _keeps(week: Week, exercise: Exercise, sets: int, floors: bool) -> bool:
    """`sets` fewer of `exercise` keep every floor it holds, or (`floors` False) the floors may give."""
    return not floors or keeps_floors(week, exercise, sets)


def _take_set(week: Week, position: int, day: PlanDay, item: PlanExercise, exercise: Exercise, older: bool) -> None:
    item.sets -= 1
    item.warmup_sets = min(item.warmup_sets, ramp_cap(item, day, older))  # (an older lifter's first main keeps 2)
    week.count_sets(position, exercise, -1)


def _kept_kind(day: PlanDay, item: PlanExercise, exercise: Exercise) -> bool:
    """The day keeps another lift of `exercise`'s kind (a press, a pull, the legs) without `item`: a short day keeps
    its press, pull and leg lift (review 25, hT; ACSM 2009: each major muscle group)."""
    kind = day_kind(exercise)
    if kind not in _KINDS:
        return True
    return any(i is not item and day_kind(e) == kind for i, e in _lifts(day))


def _drop(week: Week, position: int, day: PlanDay, item: PlanExercise, exercise: Exercise) -> None:
    day.exercises.remove(item)
    week.count_sets(position, exercise, -item.sets)


def _third_set(week: Week, position: int, day: PlanDay, floors: bool, older: bool) -> bool:
    """A set off the accessory, else the secondary, with the most sets (three or more) that is not a heavy bar
    lift."""
    roles = ("accessory", "secondary")
    givers = [
        (item, exercise) for item, exercise in _lifts(day)
        if item.role in roles and item.sets >= 3 and not heavy_bar_lift(item, exercise)
        and item.progression != "training_max_wave" and _keeps(week, exercise, 1, floors)
    ]  # fmt: skip
    if not givers:
        return False
    item, exercise = min(givers, key=lambda p: (roles.index(p[0].role or ""), -p[0].sets))
    _take_set(week, position, day, item, exercise, older)
    return True


def _last_dropped(week: Week, position: int, day: PlanDay, role: str, *, heavy: bool, floors: bool) -> bool:
    """The day's last lift of `role` that is (`heavy`) or is not a heavy bar lift goes, with its sets."""
    for item, exercise in reversed(_lifts(day)):
        if (
            item.role == role
            and heavy_bar_lift(item, exercise) == heavy
            and _keeps(week, exercise, item.sets, floors)
            and _kept_kind(day, item, exercise)
        ):
            _drop(week, position, day, item, exercise)
            return True
    return False


def _least_ramp(item: PlanExercise, day: PlanDay, older: bool) -> int:
    """Ramp-up sets a lift keeps however short the day: an older lifter's first ramped main lift its
    `OLDER_RAMP_SETS` (or what it has), any other lift that has one keeps one (it never starts cold)."""
    first = next((i for i in day.exercises if i.role == "main" and i.warmup_sets), None) if older else None
    return min(item.warmup_sets, OLDER_RAMP_SETS if item is first else 1)


def _ramp_trimmed(day: PlanDay, older: bool) -> bool:
    """A ramp-up set off the lift with the most above its least."""
    spare = [(item.warmup_sets - _least_ramp(item, day, older), item) for item, _ in _lifts(day)]
    most, item = max(spare, key=lambda pair: pair[0], default=(0, None))
    if item is None or most <= 0:
        return False
    item.warmup_sets -= 1
    return True


def _back_off_set(week: Week, position: int, day: PlanDay, floors: bool, older: bool) -> bool:
    """A back-off set off the wave with the most."""
    waves = [
        (i, e) for i, e in _lifts(day)
        if i.progression == "training_max_wave" and i.sets > WAVE_SETS and _keeps(week, e, 1, floors)
    ]  # fmt: skip
    if not waves:
        return False
    item, exercise = max(waves, key=lambda pair: pair[0].sets)
    _take_set(week, position, day, item, exercise, older)
    return True


def _main_set(week: Week, position: int, day: PlanDay, floors: bool, older: bool) -> bool:
    """A set off the main or heavy lift with the most sets (three or more, not a wave) that keeps every other lift's
    sets."""
    lifts = _lifts(day)
    givers = [
        (item, exercise) for item, exercise in lifts
        if item.sets >= 3 and item.progression != "training_max_wave" and _keeps(week, exercise, 1, floors)
        and item.sets - 1 >= max((i.sets for i, _ in lifts if i is not item and i.role != "main"), default=0)
    ]  # fmt: skip
    if not givers:
        return False
    item, exercise = max(givers, key=lambda pair: pair[0].sets)
    _take_set(week, position, day, item, exercise, older)
    return True


def _main_dropped(week: Week, position: int, day: PlanDay, floors: bool) -> bool:
    """The day's last main lift but the one it opens with (non-heavy first) goes."""
    mains = [(i, e) for i, e in _lifts(day) if i.role == "main"][1:]
    for heavy in (False, True):
        for item, exercise in reversed(mains):
            if (
                heavy_bar_lift(item, exercise) == heavy
                and _keeps(week, exercise, item.sets, floors)
                and _kept_kind(day, item, exercise)
            ):
                _drop(week, position, day, item, exercise)
                return True
    return False


def _step(request: Request, week: Week, position: int, day: PlanDay, floors: bool) -> bool:
    return (
        _third_set(week, position, day, floors, request.older)
        or _last_dropped(week, position, day, "accessory", heavy=False, floors=floors)
        or _last_dropped(week, position, day, "accessory", heavy=True, floors=floors)
        or _ramp_trimmed(day, request.older)
        or _last_dropped(week, position, day, "secondary", heavy=False, floors=floors)
        or _back_off_set(week, position, day, floors, request.older)
        or _main_set(week, position, day, floors, request.older)
        or _last_dropped(week, position, day, "secondary", heavy=True, floors=floors)
        or _main_dropped(week, position, day, floors)
    )


def freed(request: Request, week: Week, position: int, day: PlanDay) -> bool:
    """One step of the module docstring's order, every floor kept while any step can keep them; True when the day
    gave something. A floor gives only where the validator excuses it (the week's minutes cannot reach the floors,
    `volume.excused_below_floor`): else the day keeps its lift and the heavy lift its shorter rest (a beginner's
    6 x 20 full-body week lost its only hinge, the dumbbell RDL, and failed the hamstrings' floor)."""
    if _step(request, week, position, day, True):
        return True
    time_limited, _ = excused_below_floor(request, eligible_pool(request))
    return time_limited and _step(request, week, position, day, False)


def long_dose(item: PlanExercise, exercise: Exercise) -> bool:
    """A set that earns `LONG_REST`: a wave's, or a heavy bar lift's at 5 reps or fewer and RPE 8.5 or more."""
    if not heavy_bar_lift(item, exercise):
        return False
    return item.progression == "training_max_wave" or (
        item.reps_max <= LONG_REST_REPS and item.target_rpe >= LONG_REST_RPE
    )


Dose = tuple[str, int, int, float]


def long_rests(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    trimmed: Callable[[int, PlanDay], bool],
) -> None:
    """`LONG_REST` for each long dose resting less, on all its days or on none (`trimmed(position, day)`: one strict
    step of `heavy_lifts`' minutes, every floor kept; True when the day gave something)."""
    budget = request.minutes * 60 + ROUNDING
    doses: dict[Dose, list[int]] = {}
    for position, day in enumerate(days):
        for item, exercise in _lifts(day):
            if long_dose(item, exercise) and item.rest_seconds < LONG_REST and item.superset is None:
                dose = (item.exercise_id, item.reps_min, item.reps_max, item.target_rpe)
                doses.setdefault(dose, []).append(position)
    for dose, positions in doses.items():
        touched = sorted(set(positions))
        before = {p: [i.model_copy() for i in days[p].exercises] for p in touched}
        credit = {p: [(e, i.sets) for i, e in _lifts(days[p])] for p in touched}
        fits = True
        for position in touched:
            day = days[position]
            for item in day.exercises:
                if (item.exercise_id, item.reps_min, item.reps_max, item.target_rpe) == dose and item.superset is None:
                    item.rest_seconds = max(item.rest_seconds, LONG_REST)
            retime(day)
            while seconds(day) > budget and trimmed(position, day):
                retime(day)
            if seconds(day) > budget:
                fits = False
                break
        if fits:
            continue
        for position in touched:  # the dose keeps its rest on every day: each day as it was
            for item, exercise in _lifts(days[position]):
                week.count_sets(position, exercise, -item.sets)
            for exercise, sets in credit[position]:
                week.count_sets(position, exercise, sets)
            days[position].exercises = before[position]
            retime(days[position])
