"""Aggregates from scratch, from the session documents: the reference the incremental updates must
equal, and the repair when a process died between writing a session and updating its week."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from shared.store.port import Document, DocumentStore, Filter, Query
from shared.workouts import aggregates
from shared.workouts.contributions import Contribution, week_totals
from shared.workouts.keys import PROGRESS_ID, WORKOUTS, week_doc_id
from shared.workouts.records import fold
from shared.workouts.streaks import latest_runs


async def all_sessions(store: DocumentStore, user_id: str) -> list[Document]:
    found: list[Document] = []
    token: str | None = None
    while True:
        page = await store.query(WORKOUTS, Query(filters=(Filter("type", "eq", "session"),), partition_key=user_id,
                                                 limit=500, continuation=token))  # fmt: skip
        found += page.items
        token = page.continuation
        if token is None:
            return found


def expected_state(sessions: list[Document]) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """(week -> totals with contributions, summary {weeks, records}) for these session documents."""
    by_week: dict[str, dict[str, Contribution]] = defaultdict(dict)
    for doc in sessions:
        by_week[doc["week"]][doc["id"].split(":", 1)[1]] = doc["contrib"]
    weeks = {week: {**week_totals(contribs), "contrib": contribs} for week, contribs in by_week.items()}
    pairs = [(sid, c) for contribs in by_week.values() for sid, c in contribs.items()]
    counts = {w: len(c) for w, c in sorted(by_week.items())}
    summary = {"weeks": counts, "records": fold(pairs), "streaks": latest_runs(counts)}
    return weeks, summary


async def rebuild_user(store: DocumentStore, user_id: str) -> None:
    """Rewrite every week document and the summary from the user's sessions."""
    weeks, summary = expected_state(await all_sessions(store, user_id))
    for doc in await aggregates.week_docs(store, user_id):
        if doc["week"] not in weeks:
            await store.delete(WORKOUTS, user_id, doc["id"])
    for week, totals in weeks.items():
        await store.upsert(
            WORKOUTS, {"id": week_doc_id(week), "userId": user_id, "type": "week", "week": week, **totals}
        )
    await store.upsert(WORKOUTS, {"id": PROGRESS_ID, "userId": user_id, "type": "progress", **summary})
