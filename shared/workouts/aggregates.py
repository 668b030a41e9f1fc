"""Keeps the weekly aggregates and the progress summary up to date when sessions change.

No cross-document transactions (Cosmos DB has none across documents we could rely on, and its
emulator lacks batches), so every update is an idempotent read-modify-write guarded by the ETag:

* a week document holds each of its sessions' contributions keyed by session id; a change sets or
  removes one key and recomputes the week's totals from the contributions in the document itself,
  so a retried or duplicated update cannot count anything twice;
* the progress summary (records, sessions per week) is refreshed after the week documents, reading
  them inside its own ETag loop, so the last successful write always reflects every week write that
  preceded it. When a change touches the session holding a record, that exercise's records are
  recomputed from the week documents (bounded by weeks of history, and rare).

The session document is written first; if the process dies before the aggregates follow,
`rebuild.rebuild_user` recomputes them from the sessions.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import Any

from shared.errors import Conflict, NotFound, PreconditionFailed, Throttled
from shared.store.port import Document, DocumentStore, Filter, Query, etag_of
from shared.workouts import records as rec
from shared.workouts.contributions import Contribution, week_totals
from shared.workouts.keys import PROGRESS_ID, WORKOUTS, week_doc_id
from shared.workouts.streaks import latest_runs

ATTEMPTS = 25
Change = tuple[str, Contribution]  # (week, contribution)


async def read_or_none(store: DocumentStore, user_id: str, doc_id: str) -> Document | None:
    try:
        return await store.read(WORKOUTS, user_id, doc_id)
    except NotFound:
        return None


async def _guarded(step: Callable[[], Awaitable[bool]]) -> None:
    """Run an optimistic read-modify-write until it lands; `step` returns True when done."""
    for attempt in range(ATTEMPTS):
        try:
            if await step():
                return
        except (PreconditionFailed, Conflict, NotFound):
            pass
        if attempt > 2:
            await asyncio.sleep(random.uniform(0, 0.002 * attempt))
    raise Throttled("Too many concurrent changes to your progress; please retry.", retry_after=1)


async def _write(store: DocumentStore, current: Document | None, doc: Document) -> None:
    if current is None:
        await store.create(WORKOUTS, doc)
    else:
        await store.replace(WORKOUTS, doc, if_match=etag_of(current))


async def set_contribution(
    store: DocumentStore, user_id: str, week: str, session_id: str, contrib: Contribution | None
) -> None:
    """Put (or with None, remove) one session's contribution in its week, recomputing the totals."""

    async def step() -> bool:
        current = await read_or_none(store, user_id, week_doc_id(week))
        contribs: dict[str, Contribution] = dict(current["contrib"]) if current else {}
        if contribs.get(session_id) == contrib:
            return True  # already applied (a retry or a duplicate)
        if contrib is None:
            contribs.pop(session_id, None)
        else:
            contribs[session_id] = contrib
        doc = {
            "id": week_doc_id(week),
            "userId": user_id,
            "type": "week",
            "week": week,
            **week_totals(contribs),
            "contrib": contribs,
        }
        await _write(store, current, doc)
        return True

    await _guarded(step)


async def week_docs(store: DocumentStore, user_id: str) -> list[Document]:
    """Every week document of the user (for record recomputation and repairs)."""
    found: list[Document] = []
    token: str | None = None
    while True:
        page = await store.query(
            WORKOUTS,
            Query(filters=(Filter("type", "eq", "week"),), partition_key=user_id, limit=200, continuation=token),
        )
        found += page.items
        token = page.continuation
        if token is None:
            return found


def empty_summary(user_id: str) -> Document:
    return {"id": PROGRESS_ID, "userId": user_id, "type": "progress", "weeks": {}, "records": {}}


async def refresh_summary(
    store: DocumentStore, user_id: str, weeks: set[str], session_ids: set[str], exercises: set[str]
) -> Document:
    """Bring the summary in line with the touched weeks, sessions and exercises; returns what it wrote."""
    written: list[Document] = []

    async def step() -> bool:
        current = await read_or_none(store, user_id, PROGRESS_ID)
        summary: dict[str, Any] = {
            k: v for k, v in (current or empty_summary(user_id)).items() if not k.startswith("_")
        }
        records: dict[str, rec.ExerciseRecords] = summary["records"]
        present: list[tuple[str, Contribution]] = []
        for week in sorted(weeks):
            doc = await read_or_none(store, user_id, week_doc_id(week))
            count = int(doc["sessions"]) if doc else 0
            if count:
                summary["weeks"][week] = count
            else:
                summary["weeks"].pop(week, None)
            contribs = doc["contrib"] if doc else {}
            present += [(sid, contribs[sid]) for sid in sorted(session_ids) if sid in contribs]
        stale = {ex for ex in exercises if ex in records and rec.held_by(records[ex], session_ids)}
        for sid, contrib in present:
            rec.merge_contribution(records, sid, contrib, only=exercises - stale)
        if stale:
            everything = [(sid, c) for doc in await week_docs(store, user_id) for sid, c in doc["contrib"].items()]
            fresh = rec.fold(everything, only=stale)
            for ex in stale:
                records.pop(ex, None)
                if ex in fresh:
                    records[ex] = fresh[ex]
        summary["weeks"] = dict(sorted(summary["weeks"].items()))
        summary["streaks"] = latest_runs(summary["weeks"])
        await _write(store, current, summary)
        written.append(summary)
        return True

    await _guarded(step)
    return written[-1]


async def apply_change(
    store: DocumentStore, user_id: str, session_id: str, old: Change | None, new: Change | None
) -> Document:
    """Reflect a session being logged (old None), edited, or deleted (new None) in the aggregates;
    returns the progress summary as this change left it."""
    weeks: set[str] = set()
    exercises: set[str] = set()
    if old is not None and (new is None or new[0] != old[0]):
        await set_contribution(store, user_id, old[0], session_id, None)
    if new is not None:
        await set_contribution(store, user_id, new[0], session_id, new[1])
    for change in (old, new):
        if change is not None:
            weeks.add(change[0])
            exercises.update(change[1]["ex"])
    return await refresh_summary(store, user_id, weeks, {session_id}, exercises)
