"""Per-exercise feedback, given during or after a workout, and what it changes.

    exfb:<uuid>                 exercise_feedback         every answer, as given (export, later metrics)
    exfb-latest:<exercise id>   exercise_feedback_latest  the latest answer per exercise (what acts)

The latest answer per exercise is what Vigor acts on: `too_easy`, `too_hard` and `painful` steer the
next target for that exercise, until a session logged after the answer gives the targets new evidence
(`felt_since`); `disliked` and `no_equipment` keep it out of swaps and new plans until the user says
something else about it (`avoided`). Both lists are one single-partition query of at most one
document per exercise the user has rated.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from shared.errors import FieldError, InvalidInput, NotFound
from shared.exercises.catalog import find_exercise
from shared.feedback.latest import LATEST_TYPE, avoided, felt
from shared.importing import custom
from shared.store import containers
from shared.store.port import DocumentStore
from shared.workouts.sessions import get_session

WORKOUTS = containers.WORKOUTS.name
ExerciseFeel = Literal["too_easy", "too_hard", "painful", "disliked", "no_equipment"]
EXERCISE_FEELS: tuple[str, ...] = get_args(ExerciseFeel)
__all__ = ["ExerciseFeedback", "avoided", "felt", "known_exercise", "record"]


@dataclass(frozen=True)
class ExerciseFeedback:
    id: str
    exercise_id: str
    name: str
    kind: ExerciseFeel
    session_id: str | None
    area: str | None
    comment: str | None
    created_at: str


async def known_exercise(store: DocumentStore, user_id: str, exercise_id: str) -> tuple[str, str]:
    """(id, name) of a catalog exercise (its current id for an alias) or one of the caller's custom
    exercises; 422 naming `exercise_id` otherwise."""
    found = find_exercise(exercise_id)
    if found is not None:
        return found.id, found.name
    if exercise_id.startswith("custom:"):
        try:
            mine = await custom.get_custom(store, user_id, exercise_id)
            return mine.id, mine.name
        except NotFound:
            pass
    raise InvalidInput("No such exercise.", [FieldError("exercise_id", "not a catalog exercise or one of yours")])


async def record(
    store: DocumentStore, user_id: str, exercise_id: str, kind: ExerciseFeel, *, session_id: str | None,
    area: str | None, comment: str | None, now: datetime,
) -> ExerciseFeedback:  # fmt: skip
    """Store one answer and make it the exercise's latest. A `session_id` must be one of the caller's
    sessions (404 otherwise)."""
    ident, name = await known_exercise(store, user_id, exercise_id)
    if session_id is not None:
        await get_session(store, user_id, session_id)
    at, key = now.isoformat(), uuid.uuid4().hex
    event = {
        "id": f"exfb:{key}", "userId": user_id, "type": "exercise_feedback", "exercise_id": ident,
        "name": name, "kind": kind, "session_id": session_id, "area": area, "comment": comment, "created_at": at,
    }  # fmt: skip
    await store.create(WORKOUTS, event)
    latest = {"id": f"exfb-latest:{ident}", "userId": user_id, "type": LATEST_TYPE, "exercise_id": ident,
              "kind": kind, "session_id": session_id, "created_at": at}  # fmt: skip
    await store.upsert(WORKOUTS, latest)
    return ExerciseFeedback(key, ident, name, kind, session_id, area, comment, at)
