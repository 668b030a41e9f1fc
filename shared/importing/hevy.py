"""Hevy's CSV export (README of the samples): every header and text cell quoted, one row per set.

`title, start_time, end_time, description, exercise_title, superset_id, exercise_notes, set_index,
set_type, weight_kg|weight_lbs, reps, distance_km|distance_miles, duration_seconds, rpe`. Times are
`14 Aug 2025, 18:05`, local. `set_type` is normal, warmup, dropset or failure; `superset_id` an
integer shared by the exercises of one superset; an empty weight is a bodyweight set; `description`
holds the workout's notes and `exercise_notes` repeats on every row of its exercise.
"""

from __future__ import annotations

from shared.importing.csvtext import Table
from shared.importing.model import LB_TO_KG, MILE_TO_M, Issue, Parsed, SourceSet
from shared.importing.rowkit import Row, columns
from shared.importing.when import parse_local
from shared.workouts.model import SetType

SPEC = {
    "title": ("title",),
    "start": ("start_time",),
    "end": ("end_time",),
    "description": ("description",),
    "exercise": ("exercise_title",),
    "superset": ("superset_id",),
    "exercise_notes": ("exercise_notes",),
    "type": ("set_type",),
    "weight": ("weight_kg", "weight_lbs"),
    "reps": ("reps",),
    "distance": ("distance_km", "distance_miles", "distance_meters"),
    "duration": ("duration_seconds",),
    "rpe": ("rpe",),
}
_TYPES: dict[str, SetType] = {"normal": "normal", "warmup": "warmup", "dropset": "drop", "failure": "failure"}
_DISTANCE = {"distance_km": 1000.0, "distance_miles": MILE_TO_M, "distance_meters": 1.0}


def looks_like(header: list[str]) -> bool:
    lowered = {h.strip().lower() for h in header}
    return {"exercise_title", "start_time", "set_index"} <= lowered


def parse(table: Table) -> Parsed:
    at = columns(table, SPEC)
    weight_header = table.header[at["weight"]].lower() if "weight" in at else "weight_kg"
    imperial = weight_header == "weight_lbs"
    parsed = Parsed("hevy", "hevy-imperial" if imperial else "hevy-metric")
    weight_factor = LB_TO_KG if imperial else 1.0
    distance_factor = _DISTANCE.get(table.header[at["distance"]].lower(), 1000.0) if "distance" in at else 1000.0
    for line, cells in table.rows:
        parsed.rows += 1
        row = Row(line, cells, at, table.header, ".", parsed.issues)
        exercise, written = row.text("exercise"), row.text("start")
        if not exercise:
            parsed.issues.append(Issue(line, "no exercise_title; row skipped", "exercise_title"))
            continue
        try:
            started, _ = parse_local(written)
        except ValueError as exc:
            parsed.issues.append(Issue(line, f"{exc}; row skipped", "start_time"))
            continue
        ended = None
        if row.text("end"):
            try:
                ended = parse_local(row.text("end"))[0]
            except ValueError as exc:
                parsed.issues.append(Issue(line, f"{exc}; the workout's end is unknown", "end_time"))
        kind = row.text("type").lower() or "normal"
        if kind not in _TYPES:
            parsed.issues.append(Issue(line, f"unknown set_type {kind!r}; read as a working set", "set_type"))
        superset = row.text("superset")
        parsed.sets.append(
            SourceSet(
                line=line, workout=(written, row.text("title")), started=started, ended=ended, exercise=exercise,
                set_type=_TYPES.get(kind, "normal"), reps=row.count("reps") or 0,
                weight_kg=row.weight("weight", weight_factor), rpe=row.rpe("rpe"),
                duration_seconds=row.duration("duration"), distance_m=row.distance("distance", distance_factor),
                superset=superset or None, exercise_notes=row.text("exercise_notes"),
                workout_name=row.text("title"), workout_notes=row.text("description"),
            )
        )  # fmt: skip
    return parsed
