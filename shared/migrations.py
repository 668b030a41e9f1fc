"""Schema versions of stored user documents, and their upgrades: stored plans, sessions and profiles
never break when their models change.

Every plan, session and profile document carries `schema_version`. Readers call `upgraded(doc)`,
which applies each step from the document's version (1 when absent: documents written before
versions existed) to `CURRENT`; writers call `stamped(doc)`. `migrate(store)` rewrites every old
document in place (`python -m shared.cli migrate`), so reads stop paying for the upgrade and
queries over fields a step adds see them.

A new step: bump `CURRENT[kind]` and add `STEPS[(kind, old_version)]`, a pure function from the old
document to the new one (tests: tests/unit/test_migrations.py).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from shared.errors import NotFound, PreconditionFailed
from shared.exercises.catalog import find_exercise
from shared.profile.message_slot import next_slot
from shared.store import containers
from shared.store.port import Document, DocumentStore, Filter, Query, etag_of

log = logging.getLogger("vigor.migrations")

CURRENT: dict[str, int] = {"plan": 2, "session": 3, "profile": 2}
# Where each kind lives.
CONTAINERS: dict[str, str] = {"plan": containers.WORKOUTS.name, "session": containers.WORKOUTS.name,
                              "profile": containers.USERS.name}  # fmt: skip


def _canonical(exercise_id: object) -> object:
    """A renamed or merged exercise's current id (its old id is kept as an alias in the catalog)."""
    found = find_exercise(exercise_id) if isinstance(exercise_id, str) else None
    return found.id if found is not None else exercise_id


def _plan_v1(doc: Document) -> Document:
    """v1 -> v2: exercise ids as the catalog knows them now (aliases resolved)."""
    for day in doc.get("plan", {}).get("days", []):
        for item in day.get("exercises", []):
            item["exercise_id"] = _canonical(item.get("exercise_id"))
    return doc


def _session_v1(doc: Document) -> Document:
    """v1 -> v2: logged exercise ids as the catalog knows them now (aliases resolved)."""
    for item in doc.get("session", {}).get("exercises", []):
        item["exercise_id"] = _canonical(item.get("exercise_id"))
    return doc


def _session_v2(doc: Document) -> Document:
    """v2 -> v3: the session's contribution recomputed: e1RMs are RPE-aware where RPE was logged (one e1RM
    everywhere, `progression.estimated_1rm`; review 21's D10). The aggregates follow when the summary's older
    format is recounted (`workouts.rebuild_marks`)."""
    from shared.workouts.contributions import contribution  # the workouts package reads documents through here

    try:
        doc["contrib"] = contribution(doc["session"])
    except (KeyError, TypeError, ValueError):
        pass  # not a session this code can count: its stored contribution stays
    return doc


def _profile_v1(doc: Document) -> Document:
    """v1 -> v2: the daily message's send slot, which the hourly timer queries (shared/profile/message_slot.py).

    A profile the model cannot read keeps no slot (it was never sent a message either)."""
    profile = doc.get("profile") or {}
    try:
        doc["daily_slot"] = next_slot(str(profile.get("timezone", "UTC")), int(profile.get("daily_message_hour", 8)),
                                      datetime.now(UTC))  # fmt: skip
    except (ValueError, TypeError, KeyError):
        pass
    return doc


STEPS: dict[tuple[str, int], Callable[[Document], Document]] = {
    ("plan", 1): _plan_v1,
    ("session", 1): _session_v1,
    ("session", 2): _session_v2,
    ("profile", 1): _profile_v1,
}


def version_of(doc: Document) -> int:
    value = doc.get("schema_version", 1)
    return value if isinstance(value, int) and value >= 1 else 1


def upgraded(doc: Document) -> Document:
    """`doc` at its kind's current version (a copy when a step applies; the same dict otherwise).

    A document newer than this code knows (written by a newer deployment) is returned unchanged."""
    kind = str(doc.get("type", ""))
    target = CURRENT.get(kind)
    version = version_of(doc)
    if target is None or version >= target:
        return doc
    out = copy.deepcopy(doc)
    while version < target:
        out = STEPS[(kind, version)](out)
        version += 1
    out["schema_version"] = version
    return out


def stamped(doc: Document) -> Document:
    """`doc` marked with its kind's current version (writers call this)."""
    kind = str(doc.get("type", ""))
    if kind in CURRENT:
        doc["schema_version"] = CURRENT[kind]
    return doc


async def migrate(store: DocumentStore, *, page_size: int = 200) -> dict[str, int]:
    """Rewrite every document older than its kind's current version; returns {kind: documents
    upgraded}. Safe to run while the app serves: each write is conditional on the document's etag,
    and a document changed meanwhile was written by current code (so it is current already)."""
    done: dict[str, int] = {}
    for kind, container in CONTAINERS.items():
        done[kind] = 0
        for version in range(1, CURRENT[kind]):
            done[kind] += await _migrate_version(store, kind, container, version, page_size)
    return done


async def migrate_some(store: DocumentStore, kind: str, *, page_size: int = 200, max_rounds: int = 1) -> int:
    """Upgrade at most `max_rounds` pages of `kind`'s old documents (a timer's bounded share of a
    migration that `migrate` did not finish at deploy time); returns how many were rewritten."""
    count = 0
    for version in range(1, CURRENT[kind]):
        count += await _migrate_version(store, kind, CONTAINERS[kind], version, page_size, max_rounds)
    return count


async def _migrate_version(
    store: DocumentStore, kind: str, container: str, version: int, page_size: int, max_rounds: int | None = None
) -> int:
    """Upgrade the documents of `kind` at `version` (version 1 also means no `schema_version` field)."""
    field_filters = [Filter("schema_version", "eq", version)]
    if version == 1:  # written before versions existed, or stamped 1 by a writer of that time
        field_filters.insert(0, Filter("schema_version", "undefined", None))
    # Rewritten documents leave the result, so each round reads the first page again (a continuation
    # token over a shrinking result could skip documents); a round that rewrites nothing ends it.
    count, rounds = 0, 0
    for field_filter in field_filters:
        while max_rounds is None or rounds < max_rounds:
            rounds += 1
            query = Query(filters=(Filter("type", "eq", kind), field_filter), limit=page_size)
            page = await store.query(container, query)
            rewritten = 0
            for doc in page.items:
                rewritten += await _rewrite(store, container, doc)
            count += rewritten
            if not page.items or not rewritten:
                break
    return count


async def _rewrite(store: DocumentStore, container: str, doc: Document) -> int:
    new = upgraded(doc)
    if new is doc:
        return 0
    body: dict[str, Any] = {k: v for k, v in new.items() if not k.startswith("_")}
    try:
        await store.replace(container, body, if_match=etag_of(doc))
    except (PreconditionFailed, NotFound):
        return 0  # changed or deleted meanwhile: current code wrote (or removed) it
    return 1
