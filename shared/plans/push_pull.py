"""The week's pressing and pulling sets in proportion (issue 13, hBO; review 29, defect 3).

Weekly hard sets of compound pushing (horizontal and vertical presses) against compound pulling (rows, pulldowns,
pull-ups; curls and triceps extensions are arm work, not counted): at most
`PUSH_PER_PULL_MAX` presses for each pull, at most `PULL_PER_PUSH_MAX` pulls for each press. A lean to pulling is
allowed further than one to pushing: most people's posture and shoulders need the back more than the chest (NSCA's
Essentials, 4th ed.: balance agonists and antagonists; Kolber et al. 2009: a press-heavy program and shoulder pain in
lifters). Review 29 read a dumbbell novice at push 10 : pull 6 (rows as 2-set extras) and a machines novice at push
7 : pull 12.

The short side gains a set where the day has the minutes and the week the room (the band's top, a session's
ceilings), else takes one from a 3-set-or-more lift of the long side on the same day that is not a main lift nor a
training-max wave, the long side's muscles kept at their floors.

settle(request, days, week, seconds, retime)   weekly push and pull sets brought inside the band where they can be
tally(days) -> (push sets, pull sets)           a week's hard sets of each (main, secondary and accessory lifts)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.plans.allocator import Week
from shared.plans.rules import FLOOR_MUSCLES, Request, sets_cap
from shared.plans.schema import PlanDay, PlanExercise
from shared.plans.volume import weekly_hard_sets

PUSH = frozenset({"horizontal_push", "vertical_push"})
PULL = frozenset({"horizontal_pull", "vertical_pull"})
PUSH_PER_PULL_MAX = 1.25  # weekly press sets per pull set, at most
PULL_PER_PUSH_MAX = 1.5  # weekly pull sets per press set, at most
_MOVES = 12  # sets moved at most (a week of 6 days needs a few)
_LIFT_ROLES = ("main", "secondary", "accessory")


def _lifts(day: PlanDay, patterns: frozenset[str]) -> Iterator[tuple[PlanExercise, Exercise]]:
    for item in day.exercises:
        exercise = find_exercise(item.exercise_id)
        if (item.role in _LIFT_ROLES and exercise is not None and exercise.hard_sets and exercise.compound
                and exercise.pattern in patterns):  # fmt: skip
            yield item, exercise


def tally(days: list[PlanDay]) -> tuple[int, int]:
    """(push sets, pull sets): the week's hard sets of compound presses and of compound pulls."""
    return (
        sum(i.sets for d in days for i, _ in _lifts(d, PUSH)),
        sum(i.sets for d in days for i, _ in _lifts(d, PULL)),
    )


def _short_side(push: int, pull: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the side that needs sets, the side that may give them), or None when the week is in proportion."""
    if pull and push > PUSH_PER_PULL_MAX * pull:
        return PULL, PUSH
    if push and pull > PULL_PER_PUSH_MAX * push:
        return PUSH, PULL
    return None


def settle(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
) -> None:
    """Bring the week's push and pull sets inside the band (`PUSH_PER_PULL_MAX`, `PULL_PER_PUSH_MAX`) where the
    minutes and the week's ceilings allow; the days are retimed."""
    if request.hold:
        return
    for _ in range(_MOVES):
        sides = _short_side(*tally(days))
        if sides is None or not (_added(request, days, week, seconds, retime, sides[0])
                                 or _moved(request, days, week, seconds, retime, *sides)):  # fmt: skip
            return


def _room(request: Request, item: PlanExercise, exercise: Exercise, day: PlanDay) -> bool:
    """A set more of `item` (not a main lift, `main_sets` doses those; not a barbell lift) keeps it within its caps
    and at or under the day's main lifts' sets (a main lift never out-dosed by a secondary: review 25)."""
    mains = min((i.sets for i in day.exercises if i.role == "main"), default=request.max_sets)
    return (
        item.role != "main"
        and "barbell" not in exercise.equipment  # (a bar lift's sets, rests and ramps are `heavy_lifts`' to settle)
        and item.sets < min(request.max_sets, sets_cap(request, exercise), mains)
        and item.progression != "training_max_wave"
    )


def _added(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    side: frozenset[str],
) -> bool:
    """One set more of a lift of `side` on the day with the most spare minutes that has the room."""
    order = sorted(range(len(days)), key=lambda p: seconds(days[p]) - request.minutes * 60)
    for position in order:
        day = days[position]
        for item, exercise in sorted(_lifts(day, side), key=lambda pair: pair[0].sets):
            if not (_room(request, item, exercise, day) and week.fits_session(position, exercise)
                    and under_top(request, days, exercise, 1)):  # fmt: skip
                continue
            before = list(day.exercises)
            _own(day, item).sets += 1
            retime(day)
            if seconds(day) <= request.minutes * 60:
                week.count_sets(position, exercise, 1)
                return True
            day.exercises[:] = before
            retime(day)
    return False


def under_top(request: Request, days: list[PlanDay], exercise: Exercise, sets: int) -> bool:
    """`sets` more sets of `exercise` keep each muscle it trains at or under the band's top, counted on the plan's
    days as the validator counts them (`volume.weekly_hard_sets`: primary 1, secondary a half)."""
    credit, top = weekly_hard_sets(days), request.band[1]
    loads = [(m, 1.0) for m in exercise.primary_muscles] + [(m, 0.5) for m in exercise.secondary_muscles]
    return all(credit.get(m, 0.0) + weight * sets <= top + 1e-6 for m, weight in loads)


def _own(day: PlanDay, item: PlanExercise) -> PlanExercise:
    """`item`'s copy in its place in `day`: an item may be shared between days (`engine._new_item` memoises them),
    and a change to one day's sets must not change another's."""
    copy = item.model_copy()
    day.exercises[next(n for n, i in enumerate(day.exercises) if i is item)] = copy
    return copy


def _may_give(week: Week, item: PlanExercise, exercise: Exercise) -> bool:
    """A set of `item` may go: 3 sets or more, not a main lift nor a wave, its floor muscles kept at their floors."""
    floors = [m for m in exercise.primary_muscles if m in FLOOR_MUSCLES]
    return (
        item.sets >= 3
        and item.role != "main"
        and item.progression != "training_max_wave"
        and all(week.credit[m] - 1 >= week.floor for m in floors)
    )


def _moved(
    request: Request,
    days: list[PlanDay],
    week: Week,
    seconds: Callable[[PlanDay], int],
    retime: Callable[[PlanDay], None],
    side: frozenset[str],
    other: frozenset[str],
) -> bool:
    """One set from a 3-set-or-more lift of `other` (not a main lift, its floor muscles kept) to a lift of `side` on
    the same day, the day inside its minutes."""
    for position, day in enumerate(days):
        takers = [(i, e) for i, e in _lifts(day, side) if _room(request, i, e, day) and under_top(request, days, e, 1)]
        givers = [(i, e) for i, e in _lifts(day, other) if _may_give(week, i, e)]
        if not takers or not givers:
            continue
        (taker, gets), (giver, gives) = min(takers, key=lambda p: p[0].sets), max(givers, key=lambda p: p[0].sets)
        before = list(day.exercises)
        taker, giver = _own(day, taker), _own(day, giver)
        taker.sets, giver.sets = taker.sets + 1, giver.sets - 1
        giver.warmup_sets = min(giver.warmup_sets, max(1, giver.sets - 1)) if giver.warmup_sets else 0
        retime(day)
        if seconds(day) <= request.minutes * 60:
            week.count_sets(position, gets, 1)
            week.count_sets(position, gives, -1)
            return True
        day.exercises[:] = before
        retime(day)
    return False
