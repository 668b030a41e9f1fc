"""FitNotes' CSV exports (README of the samples): one row per set, row order is set order.

* Android, current: `Date, Exercise, Category, Weight, Weight Unit, Reps, Distance, Distance Unit,
  Time, Comment`; the unit is per row (`kgs` / `lbs`) and may change from row to row.
* Android, legacy: the unit in the header (`Weight (kgs)` / `Weight (lbs)`), no unit column.
* "FitNotes 2" (iOS, another app): `Weight (kg)` and `Weight (lbs)` both filled (the kg one is read),
  `Notes`, and `Kind`: `wr` weight and reps, `r` reps only, `dt` distance and time, `wdt` all three.

No time of day (a session starts at local noon, `when.NO_TIME_OF_DAY`), no RPE, warm-up or superset
markers; `Time` is `H:MM:SS`; two sessions on one day are one (the file cannot tell them apart).
"""

from __future__ import annotations

from shared.importing.csvtext import Table
from shared.importing.model import LB_TO_KG, Issue, Parsed, SourceSet
from shared.importing.rowkit import DISTANCE_UNITS, WEIGHT_UNITS, Row, columns
from shared.importing.when import NO_TIME_OF_DAY, parse_local

SPEC = {
    "date": ("Date",),
    "exercise": ("Exercise",),
    "category": ("Category",),
    "weight": ("Weight",),
    "weight_unit": ("Weight Unit",),
    "weight_kgs": ("Weight (kgs)", "Weight (kg)"),
    "weight_lbs": ("Weight (lbs)",),
    "reps": ("Reps",),
    "distance": ("Distance",),
    "distance_unit": ("Distance Unit",),
    "time": ("Time",),
    "comment": ("Comment", "Notes"),
    "kind": ("Kind",),
}
_KINDS = {"wr": ("weight", "reps"), "r": ("reps",), "dt": ("distance", "time"), "wdt": ("weight", "distance", "time")}


def looks_like(header: list[str]) -> bool:
    lowered = {h.strip().lower() for h in header}
    return {"date", "exercise", "reps"} <= lowered and "set order" not in lowered


def _variant(at: dict[str, int]) -> str:
    if "kind" in at:
        return "fitnotes2-ios"
    return "fitnotes-android" if "weight_unit" in at else "fitnotes-android-legacy"


def parse(table: Table) -> Parsed:
    at = columns(table, SPEC)
    parsed = Parsed("fitnotes", _variant(at))
    for line, cells in table.rows:
        parsed.rows += 1
        row = Row(line, cells, at, table.header, ".", parsed.issues)
        exercise = row.text("exercise")
        if not exercise:
            parsed.issues.append(Issue(line, "no exercise name; row skipped", "Exercise"))
            continue
        try:
            day, _ = parse_local(row.text("date"))
        except ValueError as exc:
            parsed.issues.append(Issue(line, f"{exc}; row skipped", "Date"))
            continue
        kind = _KINDS.get(row.text("kind").lower(), ("weight", "reps", "distance", "time"))
        if "kind" in at and row.text("kind").lower() not in _KINDS:
            parsed.issues.append(Issue(line, f"unknown Kind {row.text('kind')!r}; every column read", "Kind"))
        weight = None
        if "weight" in kind:
            if "weight_kgs" in at and row.text("weight_kgs"):
                weight = row.weight("weight_kgs", 1.0)
            elif "weight_lbs" in at:
                weight = row.weight("weight_lbs", LB_TO_KG)
            elif "weight" in at:
                weight = row.weight("weight", row.unit("weight_unit", WEIGHT_UNITS, 1.0) or 1.0)
        distance = None
        if "distance" in kind:
            distance = row.distance("distance", row.unit("distance_unit", DISTANCE_UNITS, None))
        parsed.sets.append(
            SourceSet(
                line=line, workout=(day.date().isoformat(),), started=day.replace(hour=NO_TIME_OF_DAY.hour),
                has_time=False, exercise=exercise, reps=(row.count("reps") or 0) if "reps" in kind else 0,
                weight_kg=weight, distance_m=distance,
                duration_seconds=row.duration("time") if "time" in kind else None, notes=row.text("comment"),
            )
        )  # fmt: skip
    return parsed
