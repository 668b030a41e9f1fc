"""Aggregates from scratch, from the session documents: the reference the incremental updates must
equal, and the repair of a user whose aggregates drifted (an interrupted write, an old bug).

`repair_user` may run while the user writes: each week it rewrites is read, then its sessions are
queried, then it is written under its ETag, the same order `commits.follow_session` keeps, and the
summary is recomputed from the week documents inside its own ETag loop. A session write that
commits meanwhile makes one of those writes lose its race and go again (or loses its own).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from shared.migrations import upgraded
from shared.store.port import Document, DocumentStore, Filter, Query
from shared.workouts import aggregates as agg
from shared.workouts.contributions import Contribution
from shared.workouts.keys import PROGRESS_ID, WORKOUTS, week_doc_id


@dataclass(frozen=True)
class Repair:
    """What a repair found different from a recount (and rewrote)."""

    user_id: str
    weeks: tuple[str, ...]
    summary: bool

    @property
    def drifted(self) -> bool:
        return bool(self.weeks) or self.summary


async def all_sessions(store: DocumentStore, user_id: str, week: str | None = None) -> list[Document]:
    """The user's session documents (of one ISO week, if given)."""
    filters = (Filter("type", "eq", "session"),) + (() if week is None else (Filter("week", "eq", week),))
    found: list[Document] = []
    token: str | None = None
    while True:
        page = await store.query(WORKOUTS, Query(filters=filters, partition_key=user_id, limit=500, continuation=token))
        found += page.items
        token = page.continuation
        if token is None:
            return found


def contribution_of(doc: Document) -> Contribution:
    """A session document's contribution as this code counts it (an older document's is recomputed: `migrations`)."""
    found: Contribution = upgraded(doc)["contrib"]
    return found


def _by_week(sessions: list[Document]) -> dict[str, dict[str, Contribution]]:
    by_week: dict[str, dict[str, Contribution]] = defaultdict(dict)
    for doc in sessions:
        by_week[doc["week"]][doc["id"].split(":", 1)[1]] = contribution_of(doc)
    return by_week


def expected_state(sessions: list[Document]) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """(week -> totals with contributions, summary {weeks, records, streaks}) for these session documents."""
    weeks = {week: agg.week_doc("-", week, contribs) for week, contribs in _by_week(sessions).items()}
    summary = agg.summary_of("-", weeks.values())
    strip = ("id", "userId", "type", "week")
    return ({week: {k: v for k, v in doc.items() if k not in strip} for week, doc in weeks.items()},
            {k: summary[k] for k in ("weeks", "records", "streaks")})  # fmt: skip


def _same(stored: Document | None, expected: Document) -> bool:
    return stored is not None and all(stored.get(k) == v for k, v in expected.items())


async def repair_week(store: DocumentStore, user_id: str, week: str) -> None:
    async def step() -> None:
        stored = await agg.read_or_none(store, user_id, week_doc_id(week))
        expected = agg.week_doc(user_id, week, _by_week(await all_sessions(store, user_id, week)).get(week, {}))
        if not _same(stored, expected):
            await agg.write(store, stored, expected)

    await agg.guarded(step)


async def repair_summary(store: DocumentStore, user_id: str) -> bool:
    changed: list[bool] = []

    async def step() -> None:
        stored = await agg.read_or_none(store, user_id, PROGRESS_ID)
        expected = agg.summary_of(user_id, await agg.week_docs(store, user_id))
        extra = stored is not None and any(k not in expected and not k.startswith("_") for k in stored)
        same = _same(stored, expected) and not extra
        if not same:
            await agg.write(store, stored, expected)
        changed.append(not same)

    await agg.guarded(step)
    return changed[-1]


async def repair_user(store: DocumentStore, user_id: str) -> Repair:
    """Rewrite the week documents and the summary that differ from a recount of the user's sessions."""
    stored = {doc["week"]: doc for doc in await agg.week_docs(store, user_id)}  # read before the sessions
    expected = {
        week: agg.week_doc(user_id, week, c) for week, c in _by_week(await all_sessions(store, user_id)).items()
    }
    empty = agg.week_doc(user_id, "-", {})
    drifted = sorted(
        week for week in stored.keys() | expected.keys()
        if not _same(stored.get(week), {**expected.get(week, empty), "week": week, "id": week_doc_id(week)})
    )  # fmt: skip
    for week in drifted:
        await repair_week(store, user_id, week)
    return Repair(user_id, tuple(drifted), await repair_summary(store, user_id))


async def users_with_workouts(store: DocumentStore) -> list[str]:
    """Every user with a logged session or a progress summary (reads every one: for operators only)."""
    filters = (Filter("type", "in", ["session", "progress"]),)
    users: set[str] = set()
    token: str | None = None
    while True:
        page = await store.query(WORKOUTS, Query(filters=filters, limit=1000, continuation=token))
        users.update(str(doc["userId"]) for doc in page.items)
        token = page.continuation
        if token is None:
            return sorted(users)


async def rebuild_user(store: DocumentStore, user_id: str) -> None:
    """Bring every aggregate of the user in line with their sessions (`repair_user`)."""
    await repair_user(store, user_id)
