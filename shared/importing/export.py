"""The user's sessions as a CSV file in Strong's current layout, so other apps (and Vigor) can read it.

`Workout #, Date, Workout Name, Duration (sec), Exercise Name, Set Order, Weight (kg), Reps, RPE,
Distance (meters), Seconds, Notes, Workout Notes`, oldest first, one row per set: `Workout Name` the
session's name (else "Workout"), `Date` on the
user's clock (profile time zone, no offset, as Strong writes it), `Set Order` the working set's
number or `W`/`D`/`F`, the exercise's notes on its first working set (its first row when it has only warm-ups) and the
session's on its first row,
`0` for no weight (Strong's bodyweight set), blank distance and time when there are none. Missed sets
(`completed: false`) are left out: Strong's files hold done sets only. Custom exercises go by their
name, catalog ones by the catalog name, so importing the file again maps every name back.

Sessions are read a page at a time and the text is yielded as it is made (a long history is never
held whole).
"""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from typing import Any

from shared.exercises.catalog import find_exercise
from shared.importing.numbers import format_number
from shared.migrations import upgraded
from shared.store.port import DocumentStore
from shared.workouts.local_time import in_zone, user_zone
from shared.workouts.model import LoggedSession
from shared.workouts.ranges import page_in_range

HEADER = ["Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps",
          "RPE", "Distance (meters)", "Seconds", "Notes", "Workout Notes"]  # fmt: skip
WORKOUT_NAME = "Workout"  # for a session without a name
_ORDER = {"warmup": "W", "drop": "D", "failure": "F"}
PAGE = 100


def _rows(number: int, session: LoggedSession, local: str) -> list[list[Any]]:
    rows: list[list[Any]] = []
    session_notes = session.notes
    for item in session.exercises:
        found = find_exercise(item.exercise_id)
        name = found.name if found is not None else (item.name or item.exercise_id)
        done = [logged for logged in item.sets if logged.completed]
        # The exercise's notes go on its first working set (Strong writes a set's note on that set, and the
        # first working set is what a note like "paused first rep" is about), on its first row when all are warm-ups.
        noted = next((i for i, logged in enumerate(done) if logged.set_type != "warmup"), 0)
        working = 0
        for index, logged in enumerate(done):
            notes = item.notes if index == noted else ""
            if logged.set_type in _ORDER:
                order = _ORDER[logged.set_type]
            else:
                working += 1
                order = str(working)
            rows.append([
                number, local, session.name or WORKOUT_NAME, session.duration_minutes * 60, name, order,
                format_number(logged.weight_kg or 0), logged.reps,
                "" if logged.rpe is None else format_number(logged.rpe),
                "" if logged.distance_m is None else format_number(logged.distance_m, 1),
                "" if logged.duration_seconds is None else logged.duration_seconds, notes, session_notes,
            ])  # fmt: skip
            session_notes = ""
    return rows


def _text(rows: list[list[Any]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


async def export_csv(store: DocumentStore, user_id: str) -> AsyncIterator[str]:
    """The CSV text, a page of sessions at a time (header first)."""
    tz = await user_zone(store, user_id)
    yield _text([HEADER])
    number, cursor = 0, None
    while True:
        docs, cursor = await page_in_range(
            store, user_id, "session", "started", None, None, newest_first=False, limit=PAGE, cursor=cursor
        )
        rows: list[list[Any]] = []
        for doc in docs:
            session = LoggedSession.model_validate(upgraded(doc)["session"])
            number += 1
            local = in_zone(session.started_at, tz).strftime("%Y-%m-%d %H:%M:%S")
            rows += _rows(number, session, local)
        if rows:
            yield _text(rows)
        if cursor is None:
            return
