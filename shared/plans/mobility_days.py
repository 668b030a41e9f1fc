"""A mobility program's strength work is never a single lift (issue 13, review 25 defect 8; hAS).

Review 25 (p10, a 71-year-old's mobility goal with a severe knee): day A's strength work was one dumbbell row of 2 sets
beside five stretches. The mobility goal's sessions are mostly a mobility program with light strength work through
full ranges (ACSM, Garber et al. 2011: resistance work for the major muscle groups 2-3 days a week beside the
flexibility work; `templates.Template.mobility_program`); one lift is a fragment of that, training one region.

two_lifts(request, days, week, seconds, retime) -> None
    a mobility program's day with exactly one hard-set lift gets a second: a lift the week already does on another
    day (so one the week's choice of equipment, level, age and injuries allows) for another region (the legs beside an
    upper-body lift, a press or pull beside a leg lift), at that day's dose and at most 2 sets. Its minutes come from
    the day's spare minutes, then from the last mobility drills while at least `KEPT_DRILLS` stay; its sets keep the
    week's band top. A day where neither holds keeps its one lift.
"""

from __future__ import annotations

from collections.abc import Callable

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.rules import LEVEL_RANK, Request
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.substitutes import replaced

KEPT_DRILLS = 3  # a mobility day keeps at least this many drills (hips, spine, one more region)
SECOND_LIFT_SETS = 2
LOWER = frozenset({"squat", "hinge", "lunge"})


def _hard_lifts(day: PlanDay) -> list[tuple[PlanExercise, Exercise]]:
    out = []
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if exercise is not None and exercise.hard_sets and item.role in ("main", "secondary", "accessory"):
            out.append((item, exercise))
    return out


def _lower(exercise: Exercise) -> bool:
    return exercise.pattern in LOWER


def _kind(exercise: Exercise) -> str:
    """A knee-led leg lift (squats, lunges), a hip-led one (hinges, bridges), a press, a pull, or the trunk."""
    if _lower(exercise):
        return "hip" if exercise.pattern == "hinge" else "knee"
    return "push" if "push" in exercise.pattern else "pull" if "pull" in exercise.pattern else "trunk"


def _fits_as_second(request: Request, exercise: Exercise, only: Exercise) -> bool:
    """A plain multi-joint lift of another kind than the day's one, without impact, at the person's level or below."""
    return (
        exercise.hard_sets and exercise.compound and not exercise.impact and not exercise.rehab
        and exercise.load_type in ("weight", "bodyweight") and _kind(exercise) != _kind(only)
        and LEVEL_RANK[exercise.level] <= LEVEL_RANK[request.level] and exercise.skill <= 2
    )  # fmt: skip


def two_lifts(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
) -> None:
    """Give each mobility-program day with one lift a second lift from the week's other days (see the module)."""
    budget = request.minutes * 60
    week_lifts = [pair for day in days for pair in _hard_lifts(day)]
    for position, day in enumerate(days):
        lifts = _hard_lifts(day)
        if len(lifts) != 1 or not any(item.role == "mobility" for item in day.exercises):
            continue
        only = lifts[0][1]
        seen: set[str] = set()
        options = []
        for item, exercise in week_lifts:  # the week's order: its first days' lifts first
            if exercise.id in seen or exercise.id == only.id or _kind(exercise) == _kind(only):
                continue
            seen.add(exercise.id)
            options.append((item, exercise))
        # (the other region first: the legs beside an upper-body lift; another kind of upper-body lift when the legs
        # are out, a severe hip's week; a bridge beside a squat when the arms are)
        options.sort(key=lambda pair: _lower(pair[1]) == _lower(only))
        if not options:  # a week of one kind of lift (one day, or injuries): the pool's simplest lift of another kind
            base = lifts[0][0].model_copy(update={"sets": SECOND_LIFT_SETS, "superset": None, "role": "secondary",
                                                  "warmup_sets": 0, "notes": ""})  # fmt: skip
            fresh = sorted(
                (e for e in week.pool if _fits_as_second(request, e, only)),
                key=lambda e: (_lower(e) == _lower(only), not e.main_lift, e.skill, e.level != request.level, e.id),
            )
            options = [(replaced(base, e, request), e) for e in fresh[:3]]
        for source, exercise in options:
            sets = min(SECOND_LIFT_SETS, source.sets)
            if not week.fits_sets(exercise, sets):
                continue
            added = source.model_copy(update={"sets": sets, "superset": None, "role": "secondary", "warmup_sets": 0})
            at = day.exercises.index(lifts[0][0]) + 1
            if exercise.compound and lifts[0][1].isolation:  # compound work first (a rehab basic's band pull-apart)
                at -= 1
            day.exercises.insert(at, added)
            dropped: list[tuple[int, PlanExercise]] = []
            while seconds(day) > budget:
                drills = [i for i in day.exercises if i.role == "mobility"]
                if len(drills) <= KEPT_DRILLS:
                    break
                last = drills[-1]
                dropped.append((day.exercises.index(last), last))
                day.exercises.remove(last)
            if seconds(day) <= budget:
                week.count_sets(position, exercise, sets)
                retime(day)
                break
            day.exercises.remove(added)
            for index, item in reversed(dropped):
                day.exercises.insert(index, item)
