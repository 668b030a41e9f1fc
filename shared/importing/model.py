"""What every importer reads a file into: one `SourceSet` per set row, with the line it came from.

Parsers (`strong`, `hevy`, `fitnotes`) turn their CSV layout into these app-neutral rows: weights in
kilograms, distances in metres, durations in seconds, the start as the naive local time written in
the file (the user's time zone is applied when sessions are assembled, `assemble.py`). What a row
cannot give is an `Issue` naming its line and column, never an exception: one bad row must not
lose a file of years of history. A file that cannot be read at all is an `InvalidInput` naming `file`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from shared.workouts.model import SetType

Source = Literal["strong", "hevy", "fitnotes"]
SOURCES: tuple[Source, ...] = ("strong", "hevy", "fitnotes")
Units = Literal["kg", "lb"]
LB_TO_KG = 0.45359237  # exact, by the international yard and pound agreement (1959)
MILE_TO_M = 1609.344


@dataclass(frozen=True)
class Issue:
    """Something in the file that was skipped or changed: its 1-based line (the header is line 1)."""

    line: int
    message: str
    column: str | None = None


@dataclass
class SourceSet:
    """One set as the other app logged it, in Vigor's units.

    `workout`: what identifies its workout within the file (a Strong `Workout #` and date, a Hevy
    start and title, a FitNotes date). `started`: naive local time; `has_time` False when the app
    writes no time of day (FitNotes). `superset`: the file's own group key within the workout."""

    line: int
    workout: tuple[str, ...]
    started: datetime
    exercise: str
    set_type: SetType = "normal"
    reps: int = 0
    weight_kg: float | None = None
    rpe: float | None = None
    duration_seconds: int | None = None
    distance_m: float | None = None
    superset: str | None = None
    notes: str = ""
    exercise_notes: str = ""
    workout_name: str = ""
    workout_notes: str = ""
    workout_seconds: int | None = None
    ended: datetime | None = None
    has_time: bool = True


@dataclass
class Parsed:
    """A whole file read: which app and variant wrote it, its sets in file order, and its issues."""

    source: Source
    variant: str
    sets: list[SourceSet] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    rows: int = 0  # data rows read (set rows, rest timers and notes alike)
