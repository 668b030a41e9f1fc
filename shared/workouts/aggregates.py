"""The weekly aggregates and the progress summary: how they follow from sessions' contributions.

A week document holds each of its sessions' contributions keyed by session id, and totals computed
from them alone, so a week can be rebuilt from its own document and a change never counts twice.
The progress summary (sessions per week, streaks, all-time records) follows from the week documents;
a change that touches the session holding a record recomputes that exercise's records from every week.

Writing them is `shared.workouts.commits`: a session and its aggregates in one transactional batch,
or, where the store has none, the session first and then these read-modify-writes under ETags
(`follow_session`), with a marker covering the gap (`shared.workouts.rebuild_marks`).
`shared.workouts.rebuild` recounts everything from the sessions.

Week documents are never deleted (a week whose sessions are all gone keeps a document with none):
a write that read "no such week" may only create it, so a stale writer cannot bring back a session
after its week was emptied and removed.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from shared.errors import Conflict, NotFound, PreconditionFailed, Throttled
from shared.store.port import Document, DocumentStore, Filter, Query, etag_of
from shared.workouts import records as rec
from shared.workouts.contributions import Contribution, week_totals
from shared.workouts.keys import PROGRESS_ID, WORKOUTS, week_doc_id
from shared.workouts.streaks import latest_runs

ATTEMPTS = 25
# The summary's `aggregates` field: kept in step by this code (older summaries are checked and recounted).
# 3: records carry `previous`, and e1RMs are RPE-aware (`progression.estimated_1rm`), from sessions' contributions
# recomputed. 4: week documents carry cardio seconds and metres too (a summary of format 2 or 3 is recounted once).
FORMAT = 4
Change = tuple[str, Contribution]  # (week, contribution)


async def read_or_none(store: DocumentStore, user_id: str, doc_id: str) -> Document | None:
    try:
        return await store.read(WORKOUTS, user_id, doc_id)
    except NotFound:
        return None


async def guarded(step: Callable[[], Awaitable[None]], attempts: int = ATTEMPTS) -> None:
    """Run an optimistic read-modify-write until it lands (it raises a precondition error when it lost)."""
    for attempt in range(attempts):
        try:
            await step()
            return
        except (PreconditionFailed, Conflict, NotFound):
            pass
        await backoff(attempt)
    raise Throttled("Too many concurrent changes to your progress; please retry.", retry_after=1)


async def backoff(attempt: int) -> None:
    """A short random pause after a lost race, growing with the attempts (none for the first three)."""
    if attempt > 2:
        await asyncio.sleep(random.uniform(0, 0.002 * attempt))


async def write(store: DocumentStore, current: Document | None, doc: Document) -> Document:
    """Create `doc`, or replace `current` under its ETag."""
    if current is None:
        return await store.create(WORKOUTS, doc)
    return await store.replace(WORKOUTS, doc, if_match=etag_of(current))


def week_doc(user_id: str, week: str, contribs: dict[str, Contribution]) -> Document:
    """A week document from its sessions' contributions."""
    return {"id": week_doc_id(week), "userId": user_id, "type": "week", "week": week,
            **week_totals(contribs), "contrib": contribs}  # fmt: skip


def with_entry(
    user_id: str, week: str, current: Document | None, session_id: str, contrib: Contribution | None
) -> tuple[Document, Contribution | None]:
    """The week with the session's entry set (None: removed), and the entry it replaced."""
    contribs: dict[str, Contribution] = dict(current["contrib"]) if current else {}
    old = contribs.pop(session_id, None)
    if contrib is not None:
        contribs[session_id] = contrib
    return week_doc(user_id, week, contribs), old


def exercises_of(*contribs: Contribution | None) -> set[str]:
    return {exercise for c in contribs if c is not None for exercise in c["ex"]}


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
    return {"id": PROGRESS_ID, "userId": user_id, "type": "progress", "weeks": {}, "records": {}, "aggregates": FORMAT}


def summary_of(user_id: str, weeks: Iterable[Document]) -> Document:
    """The summary from scratch, from every week document."""
    docs = list(weeks)
    counts = {
        doc["week"]: int(doc["sessions"]) for doc in sorted(docs, key=lambda d: str(d["week"])) if doc["sessions"]
    }
    pairs = [(sid, c) for doc in docs for sid, c in doc["contrib"].items()]
    return {**empty_summary(user_id), "weeks": counts, "records": rec.fold(pairs), "streaks": latest_runs(counts)}


async def summary_after(
    store: DocumentStore,
    user_id: str,
    current: Document | None,
    weeks: Mapping[str, Document | None],
    session_ids: set[str],
    exercises: set[str],
) -> Document:
    """The summary once the touched weeks read `weeks` (week -> its document; None: no sessions).

    Records the touched sessions hold are recomputed from every week document (the store's, with
    `weeks` in place of what it holds for those): only these sessions can have lost one."""
    summary: dict[str, Any] = {k: v for k, v in (current or empty_summary(user_id)).items() if not k.startswith("_")}
    records: dict[str, rec.ExerciseRecords] = summary["records"]
    present: list[tuple[str, Contribution]] = []
    for week in sorted(weeks):
        doc = weeks[week]
        count = int(doc["sessions"]) if doc else 0
        if count:
            summary["weeks"][week] = count
        else:
            summary["weeks"].pop(week, None)
        contribs = doc["contrib"] if doc else {}
        present += [(sid, contribs[sid]) for sid in sorted(session_ids) if sid in contribs]
    stale = {ex for ex in exercises if ex in records and rec.held_by(records[ex], session_ids)}
    unsure: set[str] = set()
    for sid, contrib in present:
        unsure |= rec.merge_contribution(records, sid, contrib, only=exercises - stale)
    stale |= unsure  # a record's `previous` only a recount knows (`records.merge_contribution`)
    if stale:
        stored = {doc["week"]: doc for doc in await week_docs(store, user_id)}
        everything = [doc for week, doc in {**stored, **weeks}.items() if doc is not None]
        fresh = rec.fold([(sid, c) for doc in everything for sid, c in doc["contrib"].items()], only=stale)
        for ex in stale:
            records.pop(ex, None)
            if ex in fresh:
                records[ex] = fresh[ex]
    summary["weeks"] = dict(sorted(summary["weeks"].items()))
    summary["streaks"] = latest_runs(summary["weeks"])
    return summary


async def refresh_summary(
    store: DocumentStore, user_id: str, weeks: set[str], session_ids: set[str], exercises: set[str]
) -> Document:
    """Bring the summary in line with the touched weeks as stored now; returns what it wrote.

    The weeks are read inside the summary's ETag loop, so the last summary written reflects every
    week write that preceded it."""
    written: list[Document] = []

    async def step() -> None:
        current = await read_or_none(store, user_id, PROGRESS_ID)
        found = await store.read_many(WORKOUTS, user_id, [week_doc_id(w) for w in sorted(weeks)])
        touched = {week: found.get(week_doc_id(week)) for week in weeks}
        written.append(await write(store, current, await summary_after(store, user_id, current, touched,
                                                                       session_ids, exercises)))  # fmt: skip

    await guarded(step)
    return written[-1]


async def apply_change(
    store: DocumentStore, user_id: str, session_id: str, old: Change | None, new: Change | None
) -> Document:
    """Put a change given explicitly (old None: logged; new None: deleted) in the aggregates, without a
    session document (tools and tests); returns the summary as the change left it."""
    exercises = exercises_of(*(c[1] for c in (old, new) if c is not None))
    weeks = {c[0] for c in (old, new) if c is not None}
    for week in sorted(weeks):

        async def step(week: str = week) -> None:
            current = await read_or_none(store, user_id, week_doc_id(week))
            contrib = new[1] if new is not None and new[0] == week else None
            await write(store, current, with_entry(user_id, week, current, session_id, contrib)[0])

        await guarded(step)
    return await refresh_summary(store, user_id, weeks, {session_id}, exercises)
