"""Training splits: which days train what, and on which weekdays.

Full body for 1-3 days, upper/lower for 4, push/pull/legs (plus upper/lower) for 5-6 with at least
one rest day; a seventh requested day becomes active recovery (easy conditioning and mobility).
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.plans.schema import Split
from shared.profile.model import WEEKDAYS, Muscle, Pattern, Weekday


@dataclass(frozen=True)
class Slot:
    """One exercise to fill: a muscle it must train, compound or isolation, and preferred patterns."""

    muscle: Muscle
    compound: bool
    patterns: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class DayTemplate:
    """A kind of training day."""

    name: str
    focus: str
    slots: tuple[Slot, ...]

    @property
    def muscles(self) -> set[Muscle]:
        """Muscles this day may add work for."""
        return {slot.muscle for slot in self.slots}


def _c(muscle: Muscle, *patterns: Pattern) -> Slot:
    return Slot(muscle, True, patterns)


def _i(muscle: Muscle, *patterns: Pattern) -> Slot:
    return Slot(muscle, False, patterns)


FULL_A = DayTemplate("Full body A", "Squat, press and row", (
    _c("quads", "squat"), _c("chest", "horizontal_push"), _c("hamstrings", "hinge"),
    _c("upper_back", "horizontal_pull"), _c("lats", "vertical_pull"), _c("front_delts", "vertical_push"),
    _c("glutes", "hinge"),
    _i("side_delts"), _i("biceps"), _i("triceps"), _i("calves"), _i("abs", "core"),
))  # fmt: skip
FULL_B = DayTemplate("Full body B", "Hinge, lunge and pull", (
    _c("hamstrings", "hinge"), _c("lats", "vertical_pull", "horizontal_pull"), _c("quads", "lunge", "squat"),
    _c("chest", "horizontal_push"), _c("upper_back", "horizontal_pull"), _c("glutes", "hinge"),
    _c("front_delts", "vertical_push"), _i("rear_delts"), _i("triceps"), _i("biceps"), _i("obliques", "core"),
    _i("abs", "core"),
))  # fmt: skip
FULL_C = DayTemplate("Full body C", "Balanced strength", (
    _c("quads", "squat", "lunge"), _c("upper_back", "horizontal_pull"), _c("chest", "horizontal_push"),
    _c("hamstrings", "hinge"), _c("lats", "vertical_pull"), _c("glutes", "hinge"), _i("side_delts"), _i("calves"),
    _i("biceps"), _i("triceps"), _i("abs", "core"),
))  # fmt: skip
UPPER = DayTemplate("Upper body", "Chest, back, shoulders and arms", (
    _c("chest", "horizontal_push"), _c("upper_back", "horizontal_pull"), _c("lats", "vertical_pull"),
    _c("front_delts", "vertical_push"), _c("chest", "horizontal_push"), _i("side_delts"), _i("rear_delts"),
    _i("biceps"), _i("triceps"), _i("abs", "core"),
))  # fmt: skip
LOWER = DayTemplate("Lower body", "Legs, hips and core", (
    _c("quads", "squat"), _c("hamstrings", "hinge"), _c("glutes", "hinge"), _c("quads", "lunge"),
    _i("hamstrings"), _i("quads"), _i("calves"), _i("abs", "core"), _i("obliques", "core"),
))  # fmt: skip
PUSH = DayTemplate("Push", "Chest, shoulders and triceps", (
    _c("chest", "horizontal_push"), _c("front_delts", "vertical_push"), _c("chest", "horizontal_push"),
    _i("side_delts"), _i("triceps"), _i("chest"), _i("abs", "core"),
))  # fmt: skip
PULL = DayTemplate("Pull", "Back, rear shoulders and biceps", (
    _c("lats", "vertical_pull"), _c("upper_back", "horizontal_pull"), _c("lats", "horizontal_pull", "vertical_pull"),
    _i("rear_delts"), _i("biceps"), _i("biceps"), _i("obliques", "core"),
))  # fmt: skip
LEGS = DayTemplate("Legs", "Quads, hamstrings, glutes and calves", (
    _c("quads", "squat"), _c("hamstrings", "hinge"), _c("glutes", "hinge"), _c("quads", "lunge"),
    _i("hamstrings"), _i("quads"), _i("calves"), _i("abs", "core"),
))  # fmt: skip
RECOVERY = DayTemplate("Active recovery", "Easy conditioning and mobility", ())

SPLITS: dict[int, tuple[Split, tuple[DayTemplate, ...]]] = {
    1: ("full_body", (FULL_A,)),
    2: ("full_body", (FULL_A, FULL_B)),
    3: ("full_body", (FULL_A, FULL_B, FULL_C)),
    4: ("upper_lower", (UPPER, LOWER, UPPER, LOWER)),
    5: ("push_pull_legs", (PUSH, PULL, LEGS, UPPER, LOWER)),
    6: ("push_pull_legs", (PUSH, PULL, LEGS, PUSH, PULL, LEGS)),
    7: ("push_pull_legs", (PUSH, PULL, LEGS, RECOVERY, PUSH, PULL, LEGS)),
}

# Default weekdays (0 = Monday) spreading sessions out, so muscles get about 48 h between sessions.
DEFAULT_DAYS: dict[int, tuple[int, ...]] = {
    1: (2,), 2: (0, 3), 3: (0, 2, 4), 4: (0, 1, 3, 4), 5: (0, 1, 2, 4, 5), 6: (0, 1, 2, 3, 4, 5), 7: tuple(range(7)),
}  # fmt: skip


def weekdays(days: int, preferred: list[Weekday]) -> list[int]:
    """The weekday indexes to train on: the user's preferred days first, topped up from the default spread."""
    chosen = sorted({WEEKDAYS.index(d) for d in preferred})[:days]
    spread = list(DEFAULT_DAYS[days]) + list(range(7))
    for index in spread:
        if len(chosen) >= days:
            break
        if index not in chosen:
            chosen.append(index)
    return sorted(chosen)
