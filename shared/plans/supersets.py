"""Supersets for short sessions: pair lifts that do not compete (lower with upper, push with pull) so
each muscle rests while its partner works (`Request.paired`; rests from `rules.paired_rest`).

pair(items) -> items   the day's items, lifts grouped A1/A2, B1/B2 ... (a lift left alone joins the
                       last pair it fits as a tri-set), notes saying what to alternate with; other items after

A beginner (`novice`) does the day's main lift in straight sets and pairs only two lifts at adjacent stations
(`one_station`; review 25, defect 7: a 61-year-old beginner alternated leg press, dumbbell bench and a chest-supported
row across three stations of a commercial gym). A novice is still learning each lift: the first lift is practised
fresh with full rests, and a superset only saves time when both lifts are set up side by side (NSCA, Haff & Triplett
2016, on supersets and compound sets; ACSM 2009 novices: 1-3 sets of 8-12, rests of 1-2 minutes for the main lifts).
"""

from __future__ import annotations

from functools import cache

from shared.exercises.catalog import find_exercise
from shared.exercises.model import Exercise
from shared.exercises.posture import same_level
from shared.plans.heavy_lifts import heavy_bar_lift
from shared.plans.note_fit import fit_note
from shared.plans.rules import LOWER_PATTERNS as _LOWER
from shared.plans.rules import PULL_PATTERNS as _PULL
from shared.plans.rules import PUSH_PATTERNS as _PUSH
from shared.plans.schema import PlanExercise

_LIFT_ROLES = frozenset({"main", "secondary", "accessory"})


def _pairable(item: PlanExercise) -> Exercise | None:
    exercise = find_exercise(item.exercise_id)
    if (
        exercise is None
        or item.role not in _LIFT_ROLES
        or item.duration_seconds is not None
        or not exercise.hard_sets
        or exercise.intensity in ("plyometric", "ballistic")  # speed work is done fresh, on its own
    ):
        return None
    return exercise


# Kit a novice carries to a lift's station; a barbell, a machine or a cable is a station of its own.
_PORTABLE = frozenset({"dumbbells", "kettlebells", "resistance_bands", "bodyweight", "bench"})


def one_station(a: Exercise, b: Exercise) -> bool:
    """Two lifts a novice can alternate at adjacent stations: at most one of them needs a fixed station (a barbell, a
    machine, a cable), the other's kit (dumbbells, bells, a band, the body) is carried beside it (a barbell bench press
    with a dumbbell RDL; a dumbbell row with push-ups). Two fixed stations (leg press and a cable row) are a walk across
    the gym between sets (review 25, defect 7)."""
    fixed = [e for e in (a, b) if not set(e.equipment) <= _PORTABLE]
    return len(fixed) <= 1


def _fit(a: Exercise, b: Exercise, orthostatic: bool = False, novice: bool = False) -> int | None:
    """How well two lifts pair (lower is better); None when they load the same muscle, or, for a user whose
    blood pressure drops on standing up (`Request.orthostatic`), when one is done standing and the other lying or
    seated: alternating them stands the user up from a bench every minute (review 21, finding 2)."""
    if set(a.primary_muscles) & set(b.primary_muscles) or a.compound != b.compound:
        return None  # the same muscle twice, or an isolation lift among compounds (compounds come first)
    if orthostatic and not same_level(a, b):
        return None
    if novice and not one_station(a, b):
        return None
    if "barbell" in a.equipment and "barbell" in b.equipment:
        return None  # one bar and its plates: alternating two barbell lifts is a plate change every set (review 24)
    if {"lower_back"} <= {*a.primary_muscles, *a.secondary_muscles} & {*b.primary_muscles, *b.secondary_muscles}:
        return 3  # a bent-over row with a Romanian deadlift: the lower back never rests
    if (a.pattern in _LOWER) != (b.pattern in _LOWER):
        return 0  # a squat with a row: nothing shared
    if {a.pattern, b.pattern} & _PUSH and {a.pattern, b.pattern} & _PULL:
        return 1  # antagonists: bench with row
    return 2


_ALONE = 10  # the cost of a lift left without a partner


def _best_pairs(
    exercises: tuple[Exercise, ...], orthostatic: bool, novice: bool = False, sets: tuple[int, ...] = ()
) -> list[tuple[int, ...]]:
    """The pairing with the lowest total `_fit` (a lift alone costs `_ALONE`), groups in the order of
    their first lift: squat + bench and row + Romanian deadlift lose to squat + row and bench + RDL
    only when that is better overall. `sets` (a novice's, who has no tri-sets): a lift alone costs a point more per
    working set, so the one left in straight sets is the one whose rests cost the fewest minutes."""

    @cache
    def best(left: frozenset[int]) -> tuple[int, tuple[tuple[int, ...], ...]]:
        if not left:
            return 0, ()
        first = min(left)
        rest = left - {first}
        cost, groups = best(rest)
        options = [(cost + _ALONE + (sets[first] if sets else 0), ((first,), *groups))]
        for other in sorted(rest):
            fit = _fit(exercises[first], exercises[other], orthostatic, novice)
            if fit is not None:
                cost, groups = best(rest - {other})
                options.append((cost + fit, ((first, other), *groups)))
        return min(options)

    return sorted(best(frozenset(range(len(exercises))))[1])


def pair(
    items: list[PlanExercise], orthostatic: bool = False, novice: bool = False, lead_alone: bool | None = None
) -> list[PlanExercise]:
    """Group the day's lifts into supersets (see the module docstring); items that are not lifts
    (holds, balance, power, conditioning) keep their order after the groups. `orthostatic`: partners share a
    posture (standing, or lying and seated), see `_fit`; `novice`: pairs at adjacent stations (`one_station`), and
    the first main lift alone unless `lead_alone` is False (`Request.lead_alone`)."""
    lifts = [(item, exercise) for item in items if (exercise := _pairable(item)) is not None]
    alone = novice if lead_alone is None else lead_alone
    lead = next((lift for lift in lifts if lift[0].role == "main"), None) if alone else None
    # A heavy bar lift (a wave, a barbell squat or deadlift, a bar lift at 6 reps or fewer at RPE 8+) is done in
    # straight sets at its full rest: the accessories around it pair (review 27, defect 2; `heavy_lifts`).
    heavy = [lift for lift in lifts if lift is not lead and heavy_bar_lift(*lift)]
    if lead is not None and heavy_bar_lift(*lead):
        heavy, lead = [lead, *heavy], None
    if lead is not None:
        lifts.remove(lead)
    for lift in heavy:
        lifts.remove(lift)
        lift[0].superset = None
    if len(lifts) < 2 and lead is not None:
        lead[0].superset = None
        for item, _ in lifts:
            item.superset = None
        rest = [item for item in items if item is not lead[0]]
        return relabel([lead[0], *sorted(rest, key=_kind)])
    if len(lifts) < 2:
        for item, _ in lifts:
            item.superset = None
        # A lift whose partner a later pass took off the day is done alone, and its note no longer names the partner
        # (review 23: "alternate with Inverted row" on a day the row had rotated off; a lone superset label).
        return relabel(items)
    sets = tuple(item.sets for item, _ in lifts) if novice else ()
    exercises = tuple(e for _, e in lifts)
    groups = [[lifts[i] for i in group] for group in _best_pairs(exercises, orthostatic, novice, sets)]
    for lone in [g for g in groups if len(g) == 1 and not novice]:
        # A tri-set beats a lift done alone with a superset's short rest: a lone lift joins the last pair it fits.
        fits = [
            g for g in groups if len(g) == 2 and all(_fit(lone[0][1], other, orthostatic) is not None for _, other in g)
        ]
        if fits:
            fits[-1].append(lone[0])
            groups.remove(lone)
    if heavy:  # each heavy lift alone, where the day had it (groups in the order of their first lift)
        place = {id(item): n for n, item in enumerate(items)}
        groups = sorted([*groups, *([lift] for lift in heavy)], key=lambda g: min(place[id(i)] for i, _ in g))
    if lead is not None:
        groups.insert(0, [lead])
    ordered: list[PlanExercise] = []
    letters = iter("ABCDEFGHIJ")  # only groups of two or more get a letter: A, B, C with no gaps
    for group in groups:
        label = next(letters) if len(group) > 1 else None
        for item, _ in group:
            item.superset = label
            ordered.append(item)
    grouped = {id(item) for item in ordered}
    # Multi-joint work before isolation, as everywhere (groups are of one kind, so they stay together).
    merged = sorted(ordered + [item for item in items if id(item) not in grouped], key=_kind)
    return relabel(merged)


def _kind(item: PlanExercise) -> int:
    exercise = find_exercise(item.exercise_id)
    if exercise is None or not exercise.hard_sets:
        return 2
    return 1 if exercise.isolation else 0


def relabel(items: list[PlanExercise]) -> list[PlanExercise]:
    """Each superset item's note starts by naming its partners (rewritten after a swap); returns new
    items, the input is not changed."""
    out: list[PlanExercise] = []
    for item in items:
        note = item.notes.split(_END, 1)[1].lstrip() if item.notes.startswith("Superset ") and _END in item.notes \
            else item.notes  # fmt: skip
        group = [other for other in items if item.superset and other.superset == item.superset]
        if len(group) < 2:  # alone (a partner was removed): done on its own
            out.append(item.model_copy(update={"notes": fit_note(note), "superset": None}))
            continue
        if item.superset:
            partners = [other.name for other in group if other is not item]
            position = next(n for n, other in enumerate(group) if other is item) + 1
            lead = (f"Superset {item.superset}{position}: alternate with {' and '.join(partners)}, resting "
                    f"{item.rest_seconds} s{_END}")  # fmt: skip
            note = f"{lead} {note}"
        out.append(item.model_copy(update={"notes": fit_note(note)}))
    return out


_END = " after each set."
