"""A severely injured leg's lower-body day still has a main lift (issue 13, review 28 q07; hBJ).

Review 28 (q07, a severe ankle, dumbbells and a bench, hypertrophy 4 x 60): the lower days had no main lift, only a
dumbbell hip thrust or glute bridge 5 x 10-14 as "secondary" beside straight-leg raises and crunches. A severe knee,
ankle or hip takes the standing squats, lunges and deadlifts (the catalog's main lifts) until the go-ahead; the loaded
lifts that spare it are lying or seated: hip thrusts and glute bridges (the back on a bench or the floor, the feet flat
and still, the ankle neither loaded to an end range nor turned), leg extensions and leg curls on a machine (isolation
work, never a main). A coach makes the loaded hip thrust or bridge the day's priority, first and progressed on
load (NSCA, Haff & Triplett 2016, ch. 17: the core lift first; Contreras et al. 2015: the hip thrust as a primary
hip-extension lift). A leg press is not given: at the bottom of each rep the ankle is bent towards full dorsiflexion
under more than the body's weight (the catalog's deep-knee-bend rule), which a physiotherapist would not allow before
the go-ahead; a seated good morning loads the spine, not the legs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from shared.exercises.model import Exercise
from shared.plans.rules import LOWER_PATTERNS, Request


class _Entry(Protocol):
    exercise: Exercise
    sets: int


def spared_lower_lead(request: Request, entries: Sequence[_Entry], roles: Sequence[str]) -> int | None:
    """The index of the day's first loaded lower-body compound of two sets or more (a hip thrust or bridge) to make
    its main lift, when a severe knee, ankle or hip left the day without a lower-body main; else None."""
    if not request.severe_lower_limb:
        return None
    lower = [i for i, e in enumerate(entries) if e.exercise.pattern in LOWER_PATTERNS and e.exercise.hard_sets]
    if not lower or any(roles[i] == "main" for i in lower):
        return None
    for index in lower:
        exercise = entries[index].exercise
        if exercise.compound and exercise.load_type == "weight" and entries[index].sets >= 2:
            return index
    return None
