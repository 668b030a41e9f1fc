"""How many ramp-up sets a lift keeps once a pass takes its working sets (issue 13, hBF).

Never more ramp-up sets than working sets less one, at least one (`engine._ramp_up`); past 65 the day's first ramped
main lift keeps `OLDER_RAMP_SETS` however few its working sets (Fragala et al. 2019, NSCA position statement on older
adults; ACSM 2009: a longer, more gradual warm-up). Every pass that trims sets after `engine._older_ramp` uses this, so
a trim never takes an older lifter's second ramp-up set (hR: the balance-drill property saw a 2-set squat at 2 ramp-up
sets in one plan and 1 in the other, the heavy-lift pass's trim having its own rule).

ramp_cap(item, day, older) -> int   the most ramp-up sets `item` (a lift of `day`) keeps
"""

from __future__ import annotations

from shared.plans.schema import PlanDay, PlanExercise

OLDER_RAMP_SETS = 2  # at least, before an older lifter's first loaded main lift (review 25; rc24 and rc25 read 1)


def ramp_cap(item: PlanExercise, day: PlanDay, older: bool) -> int:
    """The most ramp-up sets `item` keeps at its working sets: its sets less one (one at least), and for an `older`
    lifter's first ramped main lift of `day` `OLDER_RAMP_SETS` at least."""
    first = next((i for i in day.exercises if i.role == "main" and i.warmup_sets), None) if older else None
    return max(OLDER_RAMP_SETS if item is first else 1, item.sets - 1)
