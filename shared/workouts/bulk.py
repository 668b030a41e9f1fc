"""Adding many sessions at once (an import): the sessions first, then each week they touch and the summary once.

Logging one session writes it with its week and the summary (`commits.write_session`): for 5,000
imported workouts that is 5,000 summary rewrites, each folding every week's records. Here:
1. a marker (`rebuild_marks`) is written, so a crash part-way leaves the user flagged for repair;
2. the session documents are created in transactional batches of BATCH where the store has
   them (one at a time elsewhere, or for a batch that met a session written meanwhile: an id that
   exists is skipped, since imported ids derive from user and start and a racing import wrote it);
3. the user's week documents are read, then their sessions (one paged query each, in that order, as
   `rebuild.repair_week` does), and each touched week is rewritten from its sessions under the ETag
   it was read with; a week another write changed meanwhile is repaired on its own;
4. the summary is recomputed from every week (`rebuild.repair_summary`), and the marker deleted.
Before all that, the custom exercises the sessions name are registered (`customs.ensure`).
Until step 4 ends, progress reads may lag the new sessions (the read-time check repairs a user whose
marker outlived SETTLE_S); the history shows them from step 2.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence

from shared.errors import Conflict, PreconditionFailed
from shared.store.port import BatchOp, BatchUnsupported, Document, DocumentStore
from shared.workouts import aggregates as agg
from shared.workouts import customs, rebuild, rebuild_marks
from shared.workouts.contributions import Contribution
from shared.workouts.keys import WORKOUTS

BATCH = 25  # sessions per batch: a fraction of Cosmos DB's 100 operations, as its 2 MB request limit bounds
Progress = Callable[[int, int], Awaitable[None]]  # (sessions written, sessions to write)


async def _create_each(store: DocumentStore, docs: Sequence[Document]) -> list[Document]:
    written = []
    for doc in docs:
        try:
            written.append(await store.create(WORKOUTS, doc))
        except Conflict:
            pass  # a racing import of the same workout wrote it
    return written


async def _create(store: DocumentStore, user_id: str, docs: Sequence[Document]) -> list[Document]:
    if store.batches is not False:
        try:
            return [d for d in await store.batch(WORKOUTS, user_id, [BatchOp("create", doc) for doc in docs]) if d]
        except (BatchUnsupported, Conflict):
            pass
    return await _create_each(store, docs)


async def _rebuild_weeks(store: DocumentStore, user_id: str, weeks: set[str]) -> None:
    stored = {str(doc["week"]): doc for doc in await agg.week_docs(store, user_id)}  # before the sessions
    contribs: dict[str, dict[str, Contribution]] = defaultdict(dict)
    for doc in await rebuild.all_sessions(store, user_id):
        if doc["week"] in weeks:
            contribs[str(doc["week"])][str(doc["id"]).split(":", 1)[1]] = rebuild.contribution_of(doc)
    for week in sorted(weeks):
        expected = agg.week_doc(user_id, week, contribs.get(week, {}))
        try:
            await agg.write(store, stored.get(week), expected)
        except (PreconditionFailed, Conflict):
            await rebuild.repair_week(store, user_id, week)  # another write of this week came between


async def add_sessions(
    store: DocumentStore, user_id: str, docs: Sequence[Document], progress: Progress | None = None
) -> list[Document]:
    """Create these session documents (`sessions.session_doc`) and bring the aggregates in line once;
    the documents written (an id that already exists is skipped). See the module docstring."""
    if not docs:
        return []
    await customs.ensure(store, user_id, customs.named_in(e for doc in docs for e in doc["session"]["exercises"]))
    marker = await rebuild_marks.mark(store, user_id, "bulk")
    written: list[Document] = []
    for start in range(0, len(docs), BATCH):
        written += await _create(store, user_id, docs[start : start + BATCH])
        if progress is not None:
            await progress(min(start + BATCH, len(docs)), len(docs))
    await _rebuild_weeks(store, user_id, {str(doc["week"]) for doc in docs})
    await rebuild.repair_summary(store, user_id)
    await rebuild_marks.unmark(store, user_id, marker)
    return written
