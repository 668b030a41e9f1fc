"""Week-level repairs the greedy allocator (`allocator.Week`) cannot see from one set at a time.

trade_for_floor(week, needy, full) -> bool   a floor blocked by a muscle at the band's top is reached by
                                             moving a set to a lift that loads that muscle less
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.exercises.model import Exercise
from shared.profile.model import Muscle

if TYPE_CHECKING:
    from shared.plans.allocator import Week


def _burden(exercise: Exercise, muscles: set[Muscle]) -> float:
    """The sets one set of `exercise` adds to `muscles` (primary 1, secondary a half)."""
    return sum(1.0 for m in exercise.primary_muscles if m in muscles) + sum(
        0.5 for m in exercise.secondary_muscles if m in muscles
    )


def trade_for_floor(week: Week, needy: Muscle, full: set[Muscle]) -> bool:
    """One set of a lift for `needy` that also loads a muscle at the top (a single-leg Romanian deadlift
    loads the glutes fully) moves to a lift for `needy` that loads it less (a sliding leg curl, half):
    `needy` keeps its sets and the full muscle gains room, so the next set for `needy` fits. When squats
    and hinges both train the glutes as a prime mover, the glutes' top can otherwise block the
    hamstrings' floor for good. False (and nothing changed) when no such trade fits."""
    for day, entries in enumerate(week.days):
        for entry in sorted(entries, key=lambda e: -e.sets):
            cost = _burden(entry.exercise, full)
            if needy not in entry.exercise.primary_muscles or not cost:
                continue
            lighter = sorted(
                (
                    e
                    for e in week.by_muscle[needy]
                    if _burden(e, full) < cost and not week.oddity(e, ladder=False) and e is not entry.exercise
                ),
                key=lambda e: (_burden(e, full), e.id),
            )
            for alternative in lighter:
                index = entries.index(entry)
                week.remove_set(day, index)
                placed = next((e for e in entries if e.exercise is alternative), None)
                if placed is not None and week.can_add(day, placed):
                    week.add_set(day, placed)
                    return True
                if placed is None and week.place(day, alternative) is not None:
                    return True
                if entry.sets == 0:
                    entries.insert(index, entry)
                week.add_set(day, entry)
    return False
