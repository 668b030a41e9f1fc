"""Strong's CSV exports: one row per set (README of the samples).

Current layout (iOS, `,`): `Workout #, Date, Workout Name, Duration (sec), Exercise Name, Set Order,
Weight (kg|lbs), Reps, RPE, Distance (meters|miles|km), Seconds, Notes, Workout Notes`; units in
the header. Older Android layout in comma-decimal locales (`;`): no `Workout #`, `Duration` written
`1h 5m` or `52m`, `Weight` and `Distance` without a unit (an app setting the file does not carry:
the caller's `units`, else the profile's), `RPE` last, decimal commas.

`Set Order`: a number (a working set), `W` warm-up, `D` drop set, `F` failure; `Rest Timer` and `Note`
rows are not sets (a note's text joins its exercise's notes). `0` in Distance and Seconds is "none".
"""

from __future__ import annotations

from shared.importing.csvtext import Table
from shared.importing.model import Issue, Parsed, SourceSet, Units
from shared.importing.numbers import Decimal
from shared.importing.rowkit import DISTANCE_UNITS, WEIGHT_UNITS, Row, columns
from shared.importing.when import parse_local
from shared.workouts.model import SetType

SPEC = {
    "number": ("Workout #",),
    "date": ("Date",),
    "name": ("Workout Name",),
    "duration": ("Duration (sec)", "Duration"),
    "exercise": ("Exercise Name",),
    "order": ("Set Order",),
    "weight": ("Weight (kg)", "Weight (lbs)", "Weight"),
    "reps": ("Reps",),
    "rpe": ("RPE",),
    "distance": ("Distance (meters)", "Distance (km)", "Distance (miles)", "Distance"),
    "seconds": ("Seconds",),
    "notes": ("Notes",),
    "workout_notes": ("Workout Notes",),
}
_TYPES: dict[str, SetType] = {"w": "warmup", "d": "drop", "f": "failure"}
_HEADER_UNITS = {"(kg)": "kg", "(lbs)": "lbs", "(meters)": "m", "(km)": "km", "(miles)": "miles"}


def looks_like(header: list[str]) -> bool:
    lowered = {h.strip().lower() for h in header}
    return {"exercise name", "set order"} <= lowered


def _unit_in(header: str) -> str | None:
    lowered = header.lower()
    return next((unit for suffix, unit in _HEADER_UNITS.items() if lowered.endswith(suffix)), None)


def parse(table: Table, units: Units) -> Parsed:
    """Read a Strong export; `units`: what unit-less `Weight`/`Distance` columns are in."""
    at = columns(table, SPEC)
    legacy = table.delimiter == ";" or "number" not in at
    parsed = Parsed("strong", "strong-legacy-semicolon" if table.delimiter == ";" else "strong-current")
    decimal: Decimal = "," if table.delimiter == ";" else "."
    weight_unit = _unit_in(table.header[at["weight"]]) if "weight" in at else None
    distance_unit = _unit_in(table.header[at["distance"]]) if "distance" in at else None
    if weight_unit is None or distance_unit is None:
        assumed = ("kg", "km") if units == "kg" else ("lbs", "miles")
        weight_unit, distance_unit = weight_unit or assumed[0], distance_unit or assumed[1]
        parsed.issues.append(
            Issue(1, f"the file does not say its units: read as {weight_unit} and {distance_unit} "
                     "(send units=kg or units=lb to choose)")
        )  # fmt: skip
    weight_factor, distance_factor = WEIGHT_UNITS[weight_unit], DISTANCE_UNITS[distance_unit]
    for missing in ("date", "exercise"):
        if missing not in at:
            parsed.issues.append(Issue(1, f"no {SPEC[missing][0]!r} column: nothing can be read", SPEC[missing][0]))
            return parsed
    last: SourceSet | None = None
    for line, cells in table.rows:
        parsed.rows += 1
        row = Row(line, cells, at, table.header, decimal, parsed.issues)
        order = row.text("order")
        if order.lower() in ("rest timer", "note"):
            if order.lower() == "note" and last is not None and row.text("notes"):
                last.exercise_notes = "; ".join(filter(None, [last.exercise_notes, row.text("notes")]))
            continue
        exercise, written = row.text("exercise"), row.text("date")
        if not exercise:
            parsed.issues.append(Issue(line, "no exercise name; row skipped", "Exercise Name"))
            continue
        try:
            started, has_time = parse_local(written)
        except ValueError as exc:
            parsed.issues.append(Issue(line, f"{exc}; row skipped", "Date"))
            continue
        set_type: SetType = "normal"
        if order and not order.isdigit():
            if order.lower() not in _TYPES:
                parsed.issues.append(Issue(line, f"unknown Set Order {order!r}; read as a working set", "Set Order"))
            set_type = _TYPES.get(order.lower(), "normal")
        key = (row.text("number") if not legacy else "", written, row.text("name"))
        last = SourceSet(
            line=line, workout=key, started=started, has_time=has_time, exercise=exercise, set_type=set_type,
            reps=row.count("reps") or 0, weight_kg=row.weight("weight", weight_factor), rpe=row.rpe("rpe"),
            duration_seconds=row.duration("seconds"), distance_m=row.distance("distance", distance_factor),
            notes=row.text("notes"), workout_name=row.text("name"), workout_notes=row.text("workout_notes"),
            workout_seconds=row.duration("duration"),
        )  # fmt: skip
        parsed.sets.append(last)
    return parsed
