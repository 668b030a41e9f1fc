"""Direct core work's share of a lifting day (issue 13, review 28 q07; hBJ).

Review 28 (q07, a severe ankle's hypertrophy week with dumbbells): the lower days, short of lifts that spare the ankle,
were filled with 8 sets of crunches beside 8 sets for the legs. Trunk muscles are trained hard by the day's squats,
hinges, presses and carries (Hamlyn et al. 2007; Contreras 2013, as `engine._core_gives_way` cites), and direct core
work is 2-3 exercises of 2-3 sets in NSCA program design (Haff & Triplett 2016, ch. 17: assistance work). A day's direct
core sets stop at `CORE_DAY_SETS`, a third of a 12-set day: the time a day cannot use for its own muscles is said in
its time note (`engine._time_note`), not padded with crunches.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from shared.exercises.model import Exercise

CORE_DAY_SETS = 4  # direct core sets a day at most (two exercises of two sets, or one of 3-4)


class _Entry(Protocol):
    exercise: Exercise
    sets: int


def core_room(entries: Iterable[_Entry], exercise: Exercise, sets: int = 1) -> bool:
    """Whether `sets` more sets of `exercise` keep the day's direct core work (pattern "core") within
    `CORE_DAY_SETS`; any other exercise always fits."""
    if exercise.pattern != "core":
        return True
    return sum(e.sets for e in entries if e.exercise.pattern == "core") + sets <= CORE_DAY_SETS
