"""Finding users whose aggregates may have drifted, without recounting everyone, and repairing them.

Two signs, both cheap to look for:
* a marker `pending:<id>` {type: "aggregates_pending", session_id, since}, written before a session
  write on a store without transactional batches and deleted once its aggregates followed
  (`shared.workouts.commits`): one left behind means the writer died or gave up in between;
* a summary without the current `aggregates` format: written before writes were atomic, so it may
  carry the drift of that time (a one-time repair per user).

`check_on_read` runs from the progress read (a marker older than SETTLE_S, or an old summary, gets
the user repaired before the answer); `repair_flagged` is the nightly check and the CLI's default.
A marker younger than DEAD_S may belong to a write still running (no request outlives the host's
functionTimeout): it is repaired around but kept, marked checked, so that write's own repair, or the
next check, still sees it; older ones are deleted after the repair.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from shared.errors import NotFound
from shared.store.port import Document, DocumentStore, Filter, PatchOp, Query
from shared.workouts import aggregates as agg
from shared.workouts.keys import WORKOUTS, now_utc
from shared.workouts.rebuild import Repair, repair_user

log = logging.getLogger("vigor.workouts")
KIND = "aggregates_pending"
SETTLE_S = 60.0
DEAD_S = 330.0


async def mark(store: DocumentStore, user_id: str, session_id: str, now: datetime | None = None) -> str:
    """Write a marker for a session write about to start; returns its id."""
    marker = {"id": f"pending:{uuid.uuid4().hex}", "userId": user_id, "type": KIND, "session_id": session_id,
              "since": (now or now_utc()).isoformat()}  # fmt: skip
    await store.create(WORKOUTS, marker)
    return str(marker["id"])


async def unmark(store: DocumentStore, user_id: str, marker_id: str) -> None:
    """Delete a marker (gone already: a repair took it)."""
    try:
        await store.delete(WORKOUTS, user_id, marker_id)
    except NotFound:
        pass


def _due(marker: Document, now: datetime) -> bool:
    """Old enough to be no running write's, and not checked in the last SETTLE_S."""
    settled = (now - timedelta(seconds=SETTLE_S)).isoformat()
    return str(marker["since"]) < settled and str(marker.get("checked_at") or "") < settled


async def _markers(store: DocumentStore, user_id: str | None, now: datetime) -> list[Document]:
    cutoff = (now - timedelta(seconds=SETTLE_S)).isoformat()
    filters = (Filter("type", "eq", KIND), Filter("since", "lt", cutoff))
    found: list[Document] = []
    token: str | None = None
    while True:
        query = Query(filters=filters, partition_key=user_id, limit=500, continuation=token)
        page = await store.query(WORKOUTS, query)
        found += [m for m in page.items if _due(m, now)]
        token = page.continuation
        if token is None:
            return found


async def _settle(store: DocumentStore, markers: list[Document], now: datetime) -> None:
    dead = (now - timedelta(seconds=DEAD_S)).isoformat()
    for marker in markers:
        try:
            if str(marker["since"]) < dead:
                await store.delete(WORKOUTS, marker["userId"], marker["id"])
            else:
                await store.patch(
                    WORKOUTS, marker["userId"], marker["id"], [PatchOp("set", "checked_at", now.isoformat())]
                )
        except NotFound:
            pass  # its write finished meanwhile, or another check took it


async def repair_marked(store: DocumentStore, user_id: str, markers: list[Document], now: datetime) -> Repair:
    """Repair a user found by their markers, then settle those markers (read before the repair)."""
    repair = await repair_user(store, user_id)
    await _settle(store, markers, now)
    if repair.drifted:
        log.warning("aggregates of a user repaired: weeks %s, summary %s", list(repair.weeks), repair.summary)
    return repair


async def check_on_read(store: DocumentStore, user_id: str, summary: Document | None) -> bool:
    """Repair the user first if their aggregates may have drifted; True when it ran (read them again)."""
    if summary is not None and summary.get("aggregates") != agg.FORMAT:
        await repair_user(store, user_id)
        return True
    if store.batches is True:
        return False  # every write is atomic here: no marker is ever written
    now = now_utc()
    markers = await _markers(store, user_id, now)
    if not markers:
        return False
    await repair_marked(store, user_id, markers, now)
    return True


@dataclass
class Checked:
    """What `repair_flagged` looked at and repaired."""

    users: int = 0
    repaired: list[str] = field(default_factory=list)


async def repair_flagged(store: DocumentStore, now: datetime | None = None, old_formats: int = 500) -> Checked:
    """Repair every user with a due marker, and up to `old_formats` users whose summary predates the
    current format (the rest on the next run). Never reads anyone else's documents."""
    now = now or now_utc()
    checked = Checked()
    by_user: dict[str, list[Document]] = {}
    if store.batches is not True:
        for marker in await _markers(store, None, now):
            by_user.setdefault(str(marker["userId"]), []).append(marker)
    for older in (Filter("aggregates", "undefined"), Filter("aggregates", "lt", agg.FORMAT)):
        old = Query(filters=(Filter("type", "eq", "progress"), older), limit=old_formats)
        for summary in (await store.query(WORKOUTS, old)).items if old_formats else []:
            by_user.setdefault(str(summary["userId"]), [])
    for user_id, markers in sorted(by_user.items()):
        repair = await repair_marked(store, user_id, markers, now)
        checked.users += 1
        if repair.drifted:
            checked.repaired.append(user_id)
    return checked
