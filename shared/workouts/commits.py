"""Writing a session document together with its week and summary aggregates.

Where the store commits batches whole (SQLite always; Cosmos DB once its probe says so) the session,
its week(s) and the summary are one transactional batch under the ETags they were computed from: a
crash leaves all or nothing, and a lost race (another write of the same user) writes nothing and
is recomputed, so a 503 after the last attempt means nothing was written.

Elsewhere (a Cosmos DB endpoint without batches) the writes are sequential, and crash-safe by a
marker (`rebuild_marks`): it is written before the session and deleted once the aggregates follow,
so an interrupted write leaves it behind for the read-time check and the nightly repair. The
aggregates then follow the session document as it is when they are written (`follow_session`:
each week is read, then the session, then the week is written under its ETag, always), so a late
update cannot bring back a session that a later delete removed. Once the session is written the
request succeeds: if its aggregates cannot follow, the marker stays and the repair finishes them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from shared.errors import Conflict, NotFound, PreconditionFailed, Throttled, VigorError
from shared.store.port import BatchOp, BatchUnsupported, Document, DocumentStore, etag_of
from shared.workouts import aggregates as agg
from shared.workouts import rebuild_marks
from shared.workouts.keys import PROGRESS_ID, WORKOUTS, week_doc_id

log = logging.getLogger("vigor.workouts")
# From the session document as stored (None: absent) to the one to store (None: delete it). It may
# raise (NotFound, PreconditionFailed) to refuse; it runs again after a lost race.
SessionChange = Callable[[Document | None], Document | None]


@dataclass(frozen=True)
class Written:
    """The session as stored (None: deleted or nothing to do) and the summary its write left (None when
    the aggregates are left to the repair)."""

    session: Document | None
    summary: Document | None


def session_key(session_id: str) -> str:
    return f"session:{session_id}"


def _week(doc: Document | None) -> str | None:
    return None if doc is None else str(doc["week"])


async def write_session(
    store: DocumentStore, user_id: str, session_id: str, change: SessionChange, *, known_absent: bool = False
) -> Written:
    """Store `change(current session)` with its aggregates (see the module docstring).

    `known_absent`: the session cannot exist yet (a new id), so the first attempt does not read it."""
    for attempt in range(agg.ATTEMPTS):
        absent = known_absent and attempt == 0
        current = None if absent else await agg.read_or_none(store, user_id, session_key(session_id))
        new = change(current)
        if new is None and current is None:
            return Written(None, None)
        try:
            if store.batches is not False:
                try:
                    return await _in_one_batch(store, user_id, session_id, current, new)
                except BatchUnsupported:
                    pass
            return await _in_steps(store, user_id, session_id, current, new)
        except (PreconditionFailed, Conflict, NotFound):
            await agg.backoff(attempt)  # a concurrent write of this user won: nothing of ours was written
    raise Throttled("Too many concurrent changes to your progress; please retry.", retry_after=1)


def _session_op(session_id: str, current: Document | None, new: Document | None) -> BatchOp:
    if new is None:
        assert current is not None  # write_session returns early when both are None
        return BatchOp("delete", doc_id=session_key(session_id), if_match=etag_of(current))
    return _doc_op(current, new)


def _doc_op(current: Document | None, doc: Document) -> BatchOp:
    return BatchOp("create", doc) if current is None else BatchOp("replace", doc, if_match=etag_of(current))


async def _in_one_batch(
    store: DocumentStore, user_id: str, session_id: str, current: Document | None, new: Document | None
) -> Written:
    weeks = sorted({w for w in (_week(current), _week(new)) if w is not None})
    found = await store.read_many(WORKOUTS, user_id, [PROGRESS_ID, *(week_doc_id(w) for w in weeks)])
    ops = [_session_op(session_id, current, new)]
    touched: dict[str, Document | None] = {}
    exercises = agg.exercises_of(current and current["contrib"], new and new["contrib"])
    for week in weeks:
        stored = found.get(week_doc_id(week))
        contrib = new["contrib"] if new is not None and new["week"] == week else None
        doc, _old = agg.with_entry(user_id, week, stored, session_id, contrib)
        touched[week] = doc
        ops.append(_doc_op(stored, doc))
    stored_summary = found.get(PROGRESS_ID)
    summary = await agg.summary_after(store, user_id, stored_summary, touched, {session_id}, exercises)
    ops.append(_doc_op(stored_summary, summary))
    written = await store.batch(WORKOUTS, user_id, ops)
    return Written(written[0], written[-1])


async def _in_steps(
    store: DocumentStore, user_id: str, session_id: str, current: Document | None, new: Document | None
) -> Written:
    marker = await rebuild_marks.mark(store, user_id, session_id)
    try:
        saved: Document | None = None
        if new is not None:
            saved = await agg.write(store, current, new)
        elif current is not None:
            await store.delete(WORKOUTS, user_id, session_key(session_id), if_match=etag_of(current))
    except VigorError:
        await rebuild_marks.unmark(store, user_id, marker)  # nothing was written
        raise
    weeks = {w for w in (_week(current), _week(new)) if w is not None}
    exercises = agg.exercises_of(current and current["contrib"], new and new["contrib"])
    try:
        summary = await follow_session(store, user_id, session_id, weeks, exercises)
    except VigorError as exc:
        if exc.status < 500:
            raise
        log.warning("session %s stored; its aggregates are left to the repair (%s)", session_id, type(exc).__name__)
        return Written(saved, None)
    await rebuild_marks.unmark(store, user_id, marker)
    return Written(saved, summary)


async def follow_session(
    store: DocumentStore, user_id: str, session_id: str, weeks: set[str], exercises: set[str]
) -> Document:
    """Bring the session's entries in `weeks` in line with its document as stored now, then the summary.

    Each week is read, then the session, then the week is written under its ETag even when nothing
    changed: any later writer of that week then read it after this one, and so read the session later
    too. A write that would have to follow a session it read before a newer change loses that race."""
    for week in sorted(weeks):

        async def step(week: str = week) -> None:
            stored = await agg.read_or_none(store, user_id, week_doc_id(week))
            session = await agg.read_or_none(store, user_id, session_key(session_id))
            contrib = session["contrib"] if session is not None and session["week"] == week else None
            doc, old = agg.with_entry(user_id, week, stored, session_id, contrib)
            exercises.update(agg.exercises_of(old, contrib))
            await agg.write(store, stored, doc)

        await agg.guarded(step)
    return await agg.refresh_summary(store, user_id, weeks, {session_id}, exercises)
