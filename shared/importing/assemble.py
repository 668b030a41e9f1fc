"""From a file's set rows to Vigor sessions: grouped by workout, exercises mapped, checked like a log.

* A workout is the rows with the same `SourceSet.workout` key, wherever they are in the file (FitNotes:
  a day, so two sessions on one day are one). Its exercises keep the order they first appear in; the
  sets of one exercise are one entry (split into entries of 30, the log's limit); 40 exercises at most.
* The start is the file's local time in the user's time zone (`when.local_instant`); outside the
  years 2000-2100 or in the future, the workout is skipped with an issue.
* Duration: the file's (Strong's `Duration`, Hevy's end minus start), else an estimate of three
  minutes a set plus the timed work, always 1-600 minutes as a log is.
* Supersets: a file's group key shared by 2+ exercises of a workout becomes a label A-J in order.
* Every set is checked as a logged set (`LoggedSet`: at most 100 reps, 500 kg ...); one outside the
  bounds is skipped with an issue naming its line, and so is a set with nothing in it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from shared.dates import MAX_YEAR, MIN_YEAR
from shared.importing.mapping import Mapper
from shared.importing.model import Issue, Parsed, SourceSet
from shared.importing.when import local_instant
from shared.workouts.model import MAX_FUTURE, MAX_SESSION_NAME, LoggedSession, LoggedSet

MAX_SETS, MAX_EXERCISES, LABELS = 30, 40, "ABCDEFGHIJ"
SET_MINUTES = 3
MAX_NOTES, MAX_EXERCISE_NOTES = 2000, 500


@dataclass
class Candidate:
    """One session to import, the line its workout starts on, and how many sets it has."""

    line: int
    session: LoggedSession
    sets: int


@dataclass
class Assembled:
    candidates: list[Candidate] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    sets_by_name: Counter[str] = field(default_factory=Counter)  # source exercise name -> sets kept


def _set_body(row: SourceSet) -> dict[str, Any]:
    body: dict[str, Any] = {"reps": row.reps, "set_type": row.set_type}
    for name in ("weight_kg", "rpe", "duration_seconds", "distance_m"):
        value = getattr(row, name)
        if value is not None:
            body[name] = value
    return body


def _checked(row: SourceSet, issues: list[Issue]) -> dict[str, Any] | None:
    if not (row.reps or row.weight_kg or row.duration_seconds or row.distance_m):
        issues.append(Issue(row.line, "an empty set (no reps, weight, time or distance); skipped"))
        return None
    body = _set_body(row)
    try:
        return LoggedSet.model_validate(body).model_dump(exclude_none=True)
    except ValidationError as exc:
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"])
            issues.append(Issue(row.line, f"{where} {body.get(where, '')}: {error['msg']}; set skipped", where))
        return None


def _minutes(rows: list[SourceSet], started: datetime, kept: int) -> int:
    first = rows[0]
    seconds: float | None = first.workout_seconds
    if seconds is None and first.ended is not None and first.ended > first.started:
        seconds = (first.ended - first.started).total_seconds()
    if seconds is None:
        seconds = kept * SET_MINUTES * 60 + sum(r.duration_seconds or 0 for r in rows)
    return max(1, min(600, round(seconds / 60)))


def _labels(rows: list[SourceSet]) -> dict[str, str]:
    """The file's superset keys shared by 2+ exercises of the workout -> A, B, ... in order."""
    names: dict[str, set[str]] = {}
    for row in rows:
        if row.superset is not None:
            names.setdefault(row.superset, set()).add(row.exercise)
    shared = [key for key, used in names.items() if len(used) >= 2]
    return {key: LABELS[i] for i, key in enumerate(shared[: len(LABELS)])}


def drop_lone_labels(exercises: list[dict[str, Any]]) -> None:
    """A superset label whose partner was cut or lost all its sets would be refused (a superset is 2+
    exercises): such a label is dropped, in place."""
    counts = Counter(e.get("superset") for e in exercises)
    for entry in exercises:
        if entry.get("superset") and counts[entry["superset"]] < 2:
            entry["superset"] = None


def _workout(rows: list[SourceSet], mapper: Mapper, tz: ZoneInfo, now: datetime, out: Assembled) -> None:
    first = rows[0]
    started = local_instant(first.started, tz)
    if not MIN_YEAR <= started.year <= MAX_YEAR or started > now + MAX_FUTURE:
        out.issues.append(Issue(first.line, f"the workout of {first.started:%Y-%m-%d} is out of range; skipped"))
        return
    labels = _labels(rows)
    by_name: dict[str, list[tuple[SourceSet, dict[str, Any]]]] = {}
    for row in rows:
        body = _checked(row, out.issues)
        if body is not None:
            by_name.setdefault(row.exercise, []).append((row, body))
    exercises: list[dict[str, Any]] = []
    kept = 0
    for source_name, done in by_name.items():
        match = mapper.match(source_name)
        notes = list(dict.fromkeys(n for r, _ in done for n in (r.exercise_notes, r.notes) if n))
        label = next((labels[r.superset] for r, _ in done if r.superset in labels), None)
        for start in range(0, len(done), MAX_SETS):
            chunk = [body for _, body in done[start : start + MAX_SETS]]
            entry: dict[str, Any] = {"exercise_id": match.exercise_id, "sets": chunk,
                                     "notes": "; ".join(notes)[:MAX_EXERCISE_NOTES] if start == 0 else ""}  # fmt: skip
            if match.exercise_id.startswith("custom:"):
                entry["name"] = match.name
            if label:
                entry["superset"] = label
            exercises.append(entry)
        kept += len(done)
        out.sets_by_name[source_name] += len(done)
    if len(exercises) > MAX_EXERCISES:
        out.issues.append(Issue(first.line, f"the workout has {len(exercises)} exercises; the first 40 are kept"))
        exercises = exercises[:MAX_EXERCISES]
    if not exercises:
        out.issues.append(Issue(first.line, f"the workout of {first.started:%Y-%m-%d} has no sets; skipped"))
        return
    session_notes = next((r.workout_notes for r in rows if r.workout_notes), "")
    if len(session_notes) > MAX_NOTES:
        out.issues.append(Issue(first.line, f"the workout notes are cut to {MAX_NOTES} characters"))
    drop_lone_labels(exercises)
    name = next((r.workout_name.strip() for r in rows if r.workout_name.strip()), "")[:MAX_SESSION_NAME]
    session = LoggedSession.model_validate(
        {"started_at": started, "duration_minutes": _minutes(rows, started, kept), "exercises": exercises,
         "notes": session_notes[:MAX_NOTES], "name": name or None}
    )  # fmt: skip
    out.candidates.append(Candidate(first.line, session, sum(len(e["sets"]) for e in exercises)))


def assemble(parsed: Parsed, mapper: Mapper, tz: ZoneInfo, now: datetime | None = None) -> Assembled:
    """The file's workouts as sessions to import, in file order, with what was skipped."""
    out = Assembled()
    workouts: dict[tuple[str, ...], list[SourceSet]] = {}
    for row in parsed.sets:
        workouts.setdefault(row.workout, []).append(row)
    now = now or datetime.now(UTC)
    for rows in workouts.values():
        _workout(rows, mapper, tz, now, out)
    return out


__all__ = ["Assembled", "Candidate", "assemble"]
