"""Registering the user's own exercises: every `custom:<slug>` a session holds is one of their custom exercises.

A custom exercise comes into being wherever a session first names it: logged from the Log ("Add custom
exercise"), an edit, an import, an offline workout synced later. Each of those writes goes through
`ensure` (called by `sessions` for one session and by `bulk` for an import), so the exercise is in
`GET /api/exercises/custom` and can be renamed or merged. The first name it is logged with is kept;
renaming goes through `shared.importing.custom`, which owns the rest of the document's life.

Document `custom_exercise:<slug>` in the workouts container (pk userId), see `shared.importing.custom`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from shared.errors import Conflict
from shared.store.port import Document, DocumentStore
from shared.workouts.keys import WORKOUTS, now_utc

TYPE = "custom_exercise"
READ_MANY = 256  # the store's read_many bound


def key(exercise_id: str) -> str:
    """The document id of `custom:<slug>`."""
    return f"{TYPE}:{exercise_id.removeprefix('custom:')}"


def doc(user_id: str, exercise_id: str, name: str, load_type: str, created_at: str | None = None) -> Document:
    now = now_utc().isoformat(timespec="seconds")
    return {
        "id": key(exercise_id), "userId": user_id, "type": TYPE,
        "exercise_id": exercise_id, "name": name, "load_type": load_type,
        "created_at": created_at or now, "updated_at": now,
    }  # fmt: skip


def named_in(exercises: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """`custom:` id -> the first non-blank name it has in these logged exercises (JSON dicts)."""
    found: dict[str, str] = {}
    for item in exercises:
        ident, name = str(item.get("exercise_id") or ""), " ".join(str(item.get("name") or "").split())
        if ident.startswith("custom:") and name and ident not in found:
            found[ident] = name
    return found


async def ensure(store: DocumentStore, user_id: str, wanted: Mapping[str, str], load_type: str = "weight") -> list[str]:
    """Create the custom exercises in `wanted` (id -> name) the user does not have yet; the ids created.
    Existing ones keep their name; a concurrent create of the same one is no error."""
    created: list[str] = []
    ids = sorted(wanted)
    for start in range(0, len(ids), READ_MANY):
        part = ids[start : start + READ_MANY]
        have = await store.read_many(WORKOUTS, user_id, [key(i) for i in part])
        for ident in part:
            if key(ident) in have:
                continue
            try:
                await store.create(WORKOUTS, doc(user_id, ident, wanted[ident], load_type))
            except Conflict:
                continue
            created.append(ident)
    return created
