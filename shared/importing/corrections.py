"""Import corrections the user made in a dry run's review, remembered for their next imports.

Document `import_mapping` in the workouts container (pk userId): {type, names: {normalised source
name: exercise id}} (`mapping.normalise`: "Bench Press (Barbell)" and "bench press barbell" are one).
"""

from __future__ import annotations

from collections.abc import Mapping

from shared.errors import NotFound
from shared.importing.mapping import normalise
from shared.store.port import DocumentStore
from shared.workouts.keys import WORKOUTS, now_utc

TYPE = "import_mapping"
DOC_ID = "import_mapping"
MAX_NAMES = 2000


async def load(store: DocumentStore, user_id: str) -> dict[str, str]:
    """normalised source name -> exercise id."""
    try:
        doc = await store.read(WORKOUTS, user_id, DOC_ID)
    except NotFound:
        return {}
    return {str(k): str(v) for k, v in (doc.get("names") or {}).items()}


async def _save(store: DocumentStore, user_id: str, names: Mapping[str, str]) -> None:
    doc = {"id": DOC_ID, "userId": user_id, "type": TYPE, "names": dict(list(names.items())[-MAX_NAMES:]),
           "updated_at": now_utc().isoformat(timespec="seconds")}  # fmt: skip
    await store.upsert(WORKOUTS, doc)


async def remember(store: DocumentStore, user_id: str, chosen: Mapping[str, str]) -> dict[str, str]:
    """Add the user's choices (source name as written -> exercise id) to what is remembered; the result."""
    names = await load(store, user_id)
    for source_name, exercise_id in chosen.items():
        names.pop(normalise(source_name), None)
        names[normalise(source_name)] = exercise_id
    await _save(store, user_id, names)
    return names


async def retarget(store: DocumentStore, user_id: str, old: str, new: str | None) -> None:
    """Corrections to `old` now go to `new` (a merge), or are forgotten (None)."""
    names = await load(store, user_id)
    if old not in names.values():
        return
    changed = {k: (new if v == old else v) for k, v in names.items()}
    await _save(store, user_id, {k: v for k, v in changed.items() if v is not None})
