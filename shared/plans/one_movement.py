"""One exercise per movement per day (review 24, defect 8; docs/training-science.md, "hS2").

Two lifts of one day repeat a movement when they share the pattern, are both multi-joint or both isolation, and
share a primary muscle: a leg extension beside a cable leg extension, a kettlebell row beside a gorilla row, a lying
beside a sliding leg curl. A coach gives the second lift's sets to the movement the day lacks. The day's template may
ask for two (a push day's flat and incline press, a pull day's two biceps slots): `allowed` counts them.

repeats(a, b) -> bool                            the two lifts are one movement
allowed(template, group) -> int                  how many lifts of one movement the template asks for (at least 1)
clashes(template, exercises) -> list[(a, b)]     pairs on one day beyond what the template asks for
too_many(template, present, exercise) -> bool    adding `exercise` would make such a pair
variations_allowed(request) -> bool              long sessions and a heart answer's 2-set lifts may repeat
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from shared.exercises.model import Exercise
from shared.plans.rules import ALL_REHAB_BASICS
from shared.plans.splits import DayTemplate

if TYPE_CHECKING:
    from shared.plans.rules import Request

# Patterns a day holds once: the strength movements. Core work, carries, conditioning and mobility drills are not
# lifts a coach counts this way (an ab wheel and a side plank train the trunk two ways).
_BIG = frozenset({"quads", "hamstrings", "glutes", "chest", "lats", "upper_back", "front_delts"})
PATTERNS = frozenset(
    {"squat", "hinge", "lunge", "horizontal_push", "vertical_push", "horizontal_pull", "vertical_pull"}
)


# Sessions this long may hold a second variation of a movement (review 8's hammer curl beside an incline curl): the
# day's big muscles are at their weekly top and two hours need more than one lift a movement.
VARIATION_MINUTES = 120


def variations_allowed(request: Request) -> bool:
    """Whether the week may repeat a movement on a day: sessions of `VARIATION_MINUTES` or more, or a heart or
    blood-pressure answer's 2 sets a lift (`Request.few_sets`), where a floor needs a second lift for the muscle
    (AACVPR: 1-2 sets of each lift)."""
    return request.few_sets or request.minutes >= VARIATION_MINUTES


def repeats(a: Exercise, b: Exercise) -> bool:
    """Whether `a` and `b` are one movement: same pattern, both compound or both isolation, a shared primary muscle.
    Two rehabilitation drills are not (an injury that leaves little else may need two holds for one muscle); a drill
    beside the loaded lift it stands in for is (an isometric leg extension beside a leg extension)."""
    return (
        a.id != b.id
        and a.pattern == b.pattern
        and counts(a)
        and counts(b)
        and not (_drill(a) and _drill(b))
        and a.isolation == b.isolation
        and not set(a.primary_muscles).isdisjoint(b.primary_muscles)
    )


def allowed(template: DayTemplate, group: Sequence[Exercise]) -> int:
    """How many lifts of one movement (`group`: lifts that repeat each other) the day's template asks for, at
    least 1: its compound slots whose first pattern is the movement's, and its isolation slots, for a primary muscle
    of the group (Full body A's RDL and hip thrust fill its hamstring and glute hinge slots). A compound lift led by
    a small muscle fills that muscle's isolation slot too (a close-grip bench press is the triceps' lift beside the
    bench press). A slot's stand-in patterns do not count: Full body A's pull-up slot may take a row when there is
    no bar, but not a second row beside the day's row."""
    first = group[0]
    muscles = {m for e in group for m in e.primary_muscles}
    leads = {e.primary_muscles[0] for e in group if e.compound}
    count = 0
    for slot in template.slots:
        if slot.compound == first.compound and slot.muscle in muscles:
            count += first.isolation or (bool(slot.patterns) and slot.patterns[0] == first.pattern)
        elif first.compound and not slot.compound and slot.muscle in leads and slot.muscle not in _BIG:
            count += 1
    return max(1, count)


def _drill(exercise: Exercise) -> bool:
    """A rehabilitation drill, or a severely injured area's rehab basic (band pull-aparts for an upper back)."""
    return exercise.rehab or exercise.id in ALL_REHAB_BASICS


def counts(exercise: Exercise) -> bool:
    """Whether the rule counts this lift: a strength movement that makes hard sets."""
    return exercise.pattern in PATTERNS and exercise.hard_sets


def clashes(template: DayTemplate, exercises: Sequence[Exercise]) -> list[tuple[Exercise, Exercise]]:
    """Pairs of the day's lifts (in order) that repeat a movement past what the template asks for: each lift with
    the first earlier lift of its movement, once the movement's lifts so far exceed the template's count."""
    out: list[tuple[Exercise, Exercise]] = []
    for index, exercise in enumerate(exercises):
        same = [e for e in exercises[:index] if repeats(e, exercise)]
        if same and len(same) >= allowed(template, [*same, exercise]):
            out.append((same[0], exercise))
    return out


def too_many(template: DayTemplate, present: Sequence[Exercise], exercise: Exercise) -> bool:
    """Whether adding `exercise` to a day holding `present` repeats a movement past what the template asks for."""
    same = [e for e in present if repeats(e, exercise)]
    return bool(same) and len(same) >= allowed(template, [*same, exercise])
