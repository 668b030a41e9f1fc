"""Session time beyond the hard sets: easy conditioning and mobility, which add no hard sets.

Used by the engine to bring each session to the minutes asked for, and by the validator to
repair a session that came out too short.
"""

from __future__ import annotations

from shared.exercises.model import Exercise
from shared.plans.rules import SETUP_SECONDS
from shared.plans.schema import PlanExercise
from shared.profile.model import Goal

_CONDITIONING_FIRST: frozenset[Goal] = frozenset({"endurance", "fat_loss", "general_fitness"})
CONDITIONING_CHUNK = 40 * 60
MOBILITY_CHUNK = 10 * 60
MIN_CHUNK = 30


def _item(exercise: Exercise, seconds: int, par_q: bool) -> PlanExercise:
    if exercise.pattern == "conditioning":
        rpe, note = (4.0 if par_q else 5.0), "Easy, steady pace: you can talk in full sentences."
    else:
        rpe, note = 3.0, "Gentle, pain-free range; breathe slowly and switch sides halfway."
    return PlanExercise(
        exercise_id=exercise.id,
        name=exercise.name,
        sets=1,
        reps_min=1,
        reps_max=1,
        target_rpe=rpe,
        rest_seconds=0,
        duration_seconds=seconds,
        notes=note,
    )


def _cost(items: list[PlanExercise]) -> int:
    return sum((item.duration_seconds or 0) + SETUP_SECONDS for item in items)


def _chunks(options: list[Exercise], seconds: int, chunk: int, par_q: bool) -> list[PlanExercise]:
    """Blocks of at most `chunk` seconds, cycling through the options (a long session may repeat one)."""
    items: list[PlanExercise] = []
    left, turn = seconds, 0
    while options and left >= MIN_CHUNK + SETUP_SECONDS:
        take = min(chunk, left) - SETUP_SECONDS
        if left - take - SETUP_SECONDS < MIN_CHUNK + SETUP_SECONDS:
            take = min(left - SETUP_SECONDS, 7200)  # absorb a remainder too short for its own block
        take -= take % 5
        items.append(_item(options[turn % len(options)], take, par_q))
        left -= take + SETUP_SECONDS
        turn += 1
    return items


_SORTED: dict[tuple[int, str], tuple[tuple[Exercise, ...], list[Exercise]]] = {}


def _by_pattern(pool: tuple[Exercise, ...], pattern: str) -> list[Exercise]:
    """The pool's exercises of one pattern by id; cached per pool object (pools are cached themselves)."""
    hit = _SORTED.get((id(pool), pattern))
    if hit is not None and hit[0] is pool:
        return hit[1]
    found = sorted((e for e in pool if e.pattern == pattern), key=lambda e: e.id)
    if len(_SORTED) > 4096:
        _SORTED.clear()
    _SORTED[(id(pool), pattern)] = (pool, found)
    return found


def fill_time(
    pool: tuple[Exercise, ...],
    goal: Goal,
    seconds: int,
    par_q: bool,
    rotate: int = 0,
    exclude: frozenset[str] = frozenset(),
) -> list[PlanExercise]:
    """Timed conditioning and mobility items adding up to about `seconds` (nothing under 30 s)."""
    if seconds < MIN_CHUNK + SETUP_SECONDS:
        return []

    def rotated(pattern: str) -> list[Exercise]:
        found = [e for e in _by_pattern(pool, pattern) if e.id not in exclude]
        if not found:
            return []
        shift = rotate % len(found)
        return found[shift:] + found[:shift]

    conditioning, mobility = rotated("conditioning"), rotated("mobility")
    if not conditioning and not mobility and exclude:
        return fill_time(pool, goal, seconds, par_q, rotate)
    if goal == "mobility" or not conditioning:
        mobility_seconds = seconds
    elif goal in _CONDITIONING_FIRST:
        mobility_seconds = min(MOBILITY_CHUNK, seconds // 4) if mobility else 0
    else:
        mobility_seconds = min(MOBILITY_CHUNK, seconds) if mobility else 0
    if not mobility:
        mobility_seconds = 0
    items = _chunks(mobility, mobility_seconds, MOBILITY_CHUNK, par_q)
    items += _chunks(conditioning, seconds - _cost(items), CONDITIONING_CHUNK, par_q)
    return items
