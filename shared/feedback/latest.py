"""The latest answer per exercise (`exfb-latest:<exercise id>`), as plans, swaps and targets read it.

Kept apart from `exercises` (which records answers and needs the sessions) so the plan and swap code
can read it without importing the workout modules that import them.
"""

from __future__ import annotations

from datetime import datetime

from shared.plans.felt import Felt
from shared.store import containers
from shared.store.port import Document, DocumentStore, Filter, Query

WORKOUTS = containers.WORKOUTS.name
LATEST_TYPE = "exercise_feedback_latest"
AVOIDING: frozenset[str] = frozenset({"disliked", "no_equipment"})
STEERING: frozenset[str] = frozenset({"too_easy", "too_hard", "painful"})


async def _latest(store: DocumentStore, user_id: str) -> list[Document]:
    found: list[Document] = []
    cursor: str | None = None
    while True:
        page = await store.query(
            WORKOUTS, Query((Filter("type", "eq", LATEST_TYPE),), user_id, limit=1000, continuation=cursor)
        )
        found += page.items
        cursor = page.continuation
        if cursor is None:
            return found


async def avoided(store: DocumentStore, user_id: str) -> tuple[str, ...]:
    """The exercises the user last called disliked or unavailable to them, sorted (swaps and new plans
    leave them out)."""
    return tuple(sorted(str(d["exercise_id"]) for d in await _latest(store, user_id) if d.get("kind") in AVOIDING))


async def felt(store: DocumentStore, user_id: str) -> dict[str, Felt]:
    """The latest too easy / too hard / painful answer per exercise, for the next targets."""
    return {
        str(d["exercise_id"]): Felt(d["kind"], datetime.fromisoformat(str(d["created_at"])))
        for d in await _latest(store, user_id)
        if d.get("kind") in STEERING
    }
