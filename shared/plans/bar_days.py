"""The heavy barbell lifts in short and frequent weeks (review 24, hK: defects 1 and 2).

spread_back_loading   a barbell deadlift on at most two days a week and never on consecutive weekdays, a bar-loaded
                      bent-over row never on consecutive weekdays: the others give their place to a hinge or a row
                      that spares the lower back (a Romanian deadlift, a hip thrust, a one-arm row)
one_bar_per_pair      a superset day holds no more barbell lifts than other lifts, so each barbell lift can be
                      alternated with a dumbbell or bodyweight lift and no two lifts need the same bar and plates

The review read a 5 x 20 general-fitness week with the barbell deadlift on three of four lifting days and the
bent-over row on two days running, and 15-minute days of a back squat supersetted with a bench press. A coach loads
the spine heavily once or twice a week with 48-72 h between (NSCA, *Essentials* 4th ed.: 48-72 h before the same
muscles are stressed hard again; the lower back recovers slowest after heavy hinges), and pairs a barbell lift only
with a lift on other equipment: two barbell lifts alternated need two stations or a plate change every set, so the
"rest" is spent loading bars (Weakley et al. 2017 on paired sets: the time saved is the partner's set done during
the rest, not a change of set-up).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from shared.exercises.model import Exercise
from shared.plans.allocator import back_heavy, spinal_hinge
from shared.profile.model import Pattern

HEAVY_HINGE_DAYS = 2  # a deadlift-type hinge on at most two days a week

# (position of the day, the item's exercise id, patterns a swap may take, the exercise it must not be)
Swap = Callable[[int, str, tuple[Pattern, ...], Callable[[Exercise], bool]], bool]


def barbell(exercise: Exercise) -> bool:
    """A lift loaded on a barbell (its bar and plates are a station of their own)."""
    return "barbell" in exercise.equipment and exercise.hard_sets


def heavy_hinge(exercise: Exercise) -> bool:
    """A barbell deadlift from the floor (conventional or sumo): the heaviest load the spine takes in a week. A
    Romanian deadlift or good morning is lighter work that a week may repeat."""
    return spinal_hinge(exercise) and barbell(exercise) and exercise.id.endswith("deadlift")


def bar_row(exercise: Exercise) -> bool:
    """A bent-over row held with a bar or machine: the lower back holds it."""
    return exercise.pattern == "horizontal_pull" and back_heavy(exercise)


def _adjacent(a: int, b: int) -> bool:
    """Consecutive weekdays, Sunday to Monday included (the week repeats)."""
    return (a - b) % 7 in (1, 6)


def _not(heavy: Callable[[Exercise], bool]) -> Callable[[Exercise], bool]:
    return lambda e: not heavy(e)


def spread_back_loading(
    lifts: Sequence[tuple[int, int, Sequence[Exercise]]], swap: Swap, *, weekly: int = HEAVY_HINGE_DAYS
) -> None:
    """`lifts`: (position, weekday, the day's lifts) of each lifting day. A deadlift kept on at most `weekly`
    days and never two days running; a bar-loaded row never two days running. The rest are swapped (`swap`) for
    lifts of their pattern that do not load the spine that way; a lift with no such swap stays."""
    ordered = sorted(lifts, key=lambda d: d[1])
    rules: list[tuple[Callable[[Exercise], bool], tuple[Pattern, ...], int]] = [
        (heavy_hinge, ("hinge",), weekly),
        (bar_row, ("horizontal_pull",), 7),
    ]
    for heavy, patterns, cap in rules:
        spare = _not(heavy)
        kept: list[int] = []
        for position, weekday, exercises in ordered:
            for exercise in [e for e in exercises if heavy(e)]:
                if len(kept) < cap and not any(_adjacent(weekday, k) for k in kept):
                    kept.append(weekday)
                elif not swap(position, exercise.id, patterns, spare):
                    kept.append(weekday)  # it stays: later days keep their distance from it


def one_bar_per_pair(position: int, exercises: Sequence[Exercise], main: set[str], swap: Swap) -> None:
    """A superset day with more barbell lifts than others of their kind (multi-joint lifts pair with multi-joint
    lifts, isolation with isolation): its later barbell lifts (others before main lifts) are swapped for lifts of their
    pattern on other equipment until each barbell lift can have a partner off the bar."""
    for compound in (True, False):
        kind = [e for e in exercises if e.compound == compound]
        bars = [e for e in kind if barbell(e)]
        excess = len(bars) - (len(kind) - len(bars))
        # The day's first barbell lift stays (the session's main lift); then main lifts after the others.
        for exercise in sorted(bars[1:], key=lambda e: (e.id in main, -bars.index(e))):
            if excess <= 0:
                break
            if swap(position, exercise.id, (exercise.pattern,), lambda e: not barbell(e)):
                excess -= 2  # one barbell lift fewer, one other lift more
