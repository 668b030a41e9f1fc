"""The body position an exercise is done in: standing, seated or lying (on the floor or a bench,
including kneeling and hands-and-knees work, where the head comes down near the heart's level).

A move from lying or sitting to standing drops blood pressure for a few seconds (orthostatic
hypotension); blood-pressure medicine and a dizziness answer make that drop larger, so a superset for
those users never alternates a lying or seated lift with a standing one (`plans.supersets`).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from shared.exercises.model import Exercise

Posture = Literal["standing", "seated", "lying"]

# Word stems in an exercise id, checked in this order (the first that matches decides).
_STANDING_FIRST = ("wall-push-up", "incline-push-up", "standing-", "cable-chest-press", "band-chest-press",
                   "hack-squat", "belt-squat", "smith-machine-squat", "machine-calf-raise", "cable-leg-curl",
                   "assisted-", "straight-arm-pulldown", "smith-machine-split", "captains-chair")  # fmt: skip
_LYING = ("bench-press", "incline-press", "floor-", "dumbbell-fly", "push-up", "glute-bridge", "hip-thrust",
          "superman", "nordic", "sliding-leg-curl", "lying-", "back-extension", "skull-crusher", "pullover",
          "chest-supported", "prone-", "plank", "dead-bug", "bird-dog", "hollow", "crunch", "rollout",
          "straight-leg-raise", "inverted-row", "handstand", "band-leg-curl", "bench-dip",
          "kettlebell-russian-twist")  # fmt: skip
_SEATED = ("seated", "leg-press", "leg-extension", "adductor-machine", "abduction-machine", "pulldown",
           "machine-", "pec-deck", "incline-dumbbell-curl", "sit-to-stand", "cable-row-cuffed",
           "towel-isometric-row")  # fmt: skip


def posture(exercise: Exercise) -> Posture:
    """Standing, seated or lying for this exercise (see the module docstring)."""
    return _posture(exercise.id)


@cache
def _posture(key: str) -> Posture:
    if any(stem in key for stem in _STANDING_FIRST):
        return "standing"
    if any(stem in key for stem in _LYING):
        return "lying"
    if any(stem in key for stem in _SEATED):
        return "seated"
    return "standing"


def same_level(a: Exercise, b: Exercise) -> bool:
    """Whether alternating the two keeps the head at one level: both standing, or neither standing."""
    return (posture(a) == "standing") == (posture(b) == "standing")
