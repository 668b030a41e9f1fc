"""The body position an exercise is done in: standing, seated or lying (on the floor or a bench,
including kneeling and hands-and-knees work, where the head comes down near the heart's level).

A move from lying or sitting to standing drops blood pressure for a few seconds (orthostatic
hypotension); blood-pressure medicine and a dizziness answer make that drop larger, so a superset for
those users never alternates a lying or seated lift with a standing one (`plans.supersets`).

The position is read from the catalog's own data: the instructions say how to set up ("Seated with the band
around the feet", "Lie on your side", "Stand on the band"), and the first such phrase decides; where they are
silent, the equipment and movement decide (a bench press lies on the bench, a machine is sat in). Never from
words in the id (review 22: "Banded seated row" was called standing beside a banded squat).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from shared.exercises.model import Exercise

Posture = Literal["standing", "seated", "lying"]

# Set-up phrases in the instructions; the earliest in the text decides.
_CUES: tuple[tuple[Posture, tuple[str, ...]], ...] = (
    (
        "lying",
        (
            r"\blie\b",
            r"\blying\b",
            r"\bon (?:your|the) (?:back|side)\b",
            r"\bface down\b",
            r"\b(?:upper )?back on (?:a|the) (?:bench|pad)\b",
            r"\bhips on the pad\b",
            r"\bbridge\b",
            r"(?:^|[.;] )on the floor\b",
            r"\bpush-ups?\b",
            r"\bhands and knees\b",
            r"\ball fours\b",
            r"\bkneel",
            r"\bfrom the knees\b",
            r"\bplank\b",
            r"\bforearms? under the shoulders\b",
            r"\bon one forearm\b",
            r"\bunder a low bar\b",
            r"(?:^|[.;] )on a bench,",
            r"\bchest on (?:an|a) (?:high )?incline bench\b",
            r"\bfeet on a bench\b",
            r"\bhands on a bench behind\b",
            r"\bhands under the (?:shoulders|chest)\b",
            r"\bhips high\b",
            r"\bhandstand\b",
            r"\bbench under\b",
            r"\bbench at a low incline\b",
            r"\bon a low incline\b",
            r"\bankles anchored\b",
            r"\bshoulder blades pinned\b",
            r"\bhand and knee on a bench\b",
        ),
    ),
    (
        "seated",
        (
            r"\bseated\b",
            r"\bseat at\b",
            r"\bsit(?:ting)? tall\b",
            r"\bsit\b(?! back| the hips| down| into)",
            r"\bsitting\b",
            r"\bchair\b",
            r"\b(?:thighs?|knees) under the pads?\b",
            r"\bthigh pad\b",
            r"\bfacing the pad\b",
            r"\bchest on the pad\b",
            r"\b(?:upper )?arms on the pad\b",
            r"\belbows against the pads\b",
            r"\bforearms? (?:resting )?on the thighs?\b",
        ),
    ),
    (
        "standing",
        (
            r"\bstand\b(?! up from)",
            r"\bstanding\b",
            r"\bshoulders under the pads?\b",
            r"\bdip station\b",
            r"\bhands on a (?:bench|wall)\b",
            r"\bstance\b",
            r"\bhang\b",
            r"\bhanging\b",
            r"\bwalk\b",
            r"\bstep\b",
            r"\bhinge\b",
            r"\bsquat\b",
            r"\blunge\b",
            r"\bdoorway\b",
            r"\bdoor ?frame\b",
            r"\bwall\b",
            r"\bbar on the (?:back|upper back|front shoulders)\b",
        ),
    ),
)
_COMPILED = tuple((posture, re.compile("|".join(cues), re.IGNORECASE)) for posture, cues in _CUES)


def posture(exercise: Exercise) -> Posture:
    """Standing, seated or lying for this exercise (see the module docstring)."""
    return _posture(exercise.instructions, exercise.pattern, frozenset(exercise.equipment), exercise.intensity)


def said(instructions: str) -> Posture | None:
    """The position the instructions set up in, if they name one (the earliest phrase)."""
    found = [(m.start(), p) for p, rx in _COMPILED if (m := rx.search(instructions)) is not None]
    return min(found)[1] if found else None


@cache
def _posture(instructions: str, pattern: str, equipment: frozenset[str], intensity: str) -> Posture:
    position = said(instructions)
    if position is not None:
        return position
    if pattern == "horizontal_push" and intensity == "grind" and ("bench" in equipment or equipment == {"bodyweight"}):
        return "lying"  # a press on a bench lies on it; a push-up is done on the floor
    if "machines" in equipment:
        return "seated"  # a machine is sat in unless its instructions say to stand
    return "standing"


def same_level(a: Exercise, b: Exercise) -> bool:
    """Whether alternating the two keeps the head at one level: both standing, or neither standing."""
    return (posture(a) == "standing") == (posture(b) == "standing")
