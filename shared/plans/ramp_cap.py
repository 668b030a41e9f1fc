"""How many ramp-up sets a lift keeps once a pass takes its working sets (issue 13, hBF).

Never more ramp-up sets than working sets less one, at least one (`engine._ramp_up`); past 65 the day's first ramped
main lift keeps `OLDER_RAMP_SETS` however few its working sets (Fragala et al. 2019, NSCA position statement on older
adults; ACSM 2009: a longer, more gradual warm-up). Every pass that trims sets after `engine._older_ramp` uses this, so
a trim never takes an older lifter's second ramp-up set (hR: the balance-drill property saw a 2-set squat at 2 ramp-up
sets in one plan and 1 in the other, the heavy-lift pass's trim having its own rule).

Under `COMPACT_WARMUP_MINUTES` (hBO; review 29, defect 1) an older lifter's first lift that is not a barbell lift keeps
one ramp-up set: a light dumbbell, kettlebell, band or machine lift's first lighter set is the graded warm-up, and two
of them beside two working sets made a 15-minute session one lift long. A barbell lift keeps two: its loads jump.

ramp_cap(item, day, older, minutes) -> int   the most ramp-up sets `item` (a lift of `day`) keeps
older_ramp_sets(item, minutes) -> int        the ramp-up sets an older lifter's first main lift climbs in
"""

from __future__ import annotations

from shared.exercises.catalog import find_exercise
from shared.plans.rules import COMPACT_WARMUP_MINUTES
from shared.plans.schema import PlanDay, PlanExercise

OLDER_RAMP_SETS = 2  # at least, before an older lifter's first loaded main lift (review 25; rc24 and rc25 read 1)


def older_ramp_sets(item: PlanExercise, minutes: int = COMPACT_WARMUP_MINUTES) -> int:
    """Ramp-up sets an older lifter's first main lift climbs in, in a session of `minutes`: `OLDER_RAMP_SETS`, or
    one in a session under `COMPACT_WARMUP_MINUTES` for a lift with no barbell."""
    exercise = find_exercise(item.exercise_id)
    bar = exercise is None or "barbell" in exercise.equipment
    return OLDER_RAMP_SETS if minutes >= COMPACT_WARMUP_MINUTES or bar else 1


def ramp_cap(item: PlanExercise, day: PlanDay, older: bool, minutes: int = COMPACT_WARMUP_MINUTES) -> int:
    """The most ramp-up sets `item` keeps at its working sets: its sets less one (one at least), and for an `older`
    lifter's first ramped main lift of `day` (a session of `minutes`) `older_ramp_sets` at least."""
    first = next((i for i in day.exercises if i.role == "main" and i.warmup_sets), None) if older else None
    return max(older_ramp_sets(item, minutes) if item is first else 1, item.sets - 1)
