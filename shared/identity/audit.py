"""The audit log: who did what to whom, and when. Never health data, never emails or secrets.

Records live in the system container, in AUDIT_SHARDS partitions per month (`audit:2026-05:3`, the shard from
the record's id; records written before the shards are in `audit:2026-05`), and are read newest first by admins
(GET /api/admin/audit-log), merging the month's partitions. Actors and targets are user ids,
or `cli` / `config:ADMIN_IDENTITIES` for operator actions. When a user is deleted their
id in the log is replaced by a pseudonym, so the record stays but the person does not.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from shared.errors import Conflict, InvalidCursor, NotFound
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, sha256
from shared.store.port import DocumentStore, Filter, Page, Query

# Writes of one month spread over this many logical partitions (issue 23: one partition a month is a hot spot
# when many admins and security events write at once); a page reads them all (docs/decisions.md).
AUDIT_SHARDS = 8

SAFE_DETAIL_KEYS = frozenset({"tier", "roles", "from", "to", "reason", "provider", "method", "count"})


def pseudonym(user_id: str) -> str:
    return "deleted-user:" + sha256("audit:" + user_id)[:16]


def new_record_id() -> str:
    """A fresh audit record id (time-ordered)."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"


async def record(
    store: DocumentStore,
    actor: str,
    action: str,
    target: str = "",
    details: dict[str, Any] | None = None,
    *,
    once: tuple[str, datetime] | None = None,
) -> None:
    """Write one audit record; `details` is restricted to a small set of non-personal keys.

    `once`: (record id, time) chosen beforehand by a job that may run again; a second write is a no-op."""
    now = once[1] if once else datetime.now(UTC)
    month = now.strftime("%Y-%m")
    safe = {k: v for k, v in (details or {}).items() if k in SAFE_DETAIL_KEYS}
    record_id = once[0] if once else new_record_id()
    # The shard comes from the id, so a job that writes its record again (`once`) meets it in the same partition.
    doc = {"id": record_id, "pk": f"audit:{month}:{_shard(record_id)}", "type": "audit", "actor": actor,
           "action": action, "target": target, "details": safe,
           "at": now.isoformat(timespec="milliseconds")}  # fmt: skip
    try:
        await store.create(SYSTEM, doc)
    except Conflict:
        if once is None:
            raise


EMPTY_MONTHS_STOP = 24  # the log ends after two years without a record


def _shard(record_id: str) -> int:
    return int(sha256(record_id)[:8], 16) % AUDIT_SHARDS


def _partitions(month: str) -> list[str]:
    """A month's partitions: its shards and the one partition records had before the shards."""
    return [f"audit:{month}"] + [f"audit:{month}:{shard}" for shard in range(AUDIT_SHARDS)]


async def list_records(store: DocumentStore, limit: int, cursor: str | None, now: datetime | None = None) -> Page:
    """Newest first, across months: each of a month's partitions is read newest first by keyset (the `at` of the
    last record shown and the ids shown at that instant) and the month's answers are merged, never with
    cross-partition continuation tokens. InvalidCursor for a cursor this function did not write."""
    month, at, seen = _decode(cursor) if cursor else ((now or datetime.now(UTC)).strftime("%Y-%m"), None, [])
    found: list[dict[str, Any]] = []
    empty = 0
    while len(found) <= limit and empty < EMPTY_MONTHS_STOP:
        filters = [Filter("type", "eq", "audit")] + ([Filter("at", "le", at)] if at else [])
        want = limit + 1 - len(found) + len(seen)
        query = Query(filters=tuple(filters), order_by=(("at", True),), limit=min(1000, want))
        pages = await asyncio.gather(
            *(store.query(SYSTEM, replace(query, partition_key=pk)) for pk in _partitions(month))
        )
        # Each partition's newest `want`: their merge holds the month's newest `want`, enough for this page.
        items = sorted((d for page in pages for d in page.items), key=lambda d: (str(d["at"]), str(d["id"])),
                       reverse=True)  # fmt: skip
        found += [d for d in items if not (at and d.get("at") == at and d["id"] in seen)]
        if len(found) > limit:
            break  # this month has more than the page needs
        empty = 0 if items else empty + 1
        month, at, seen = _previous(month), None, []
    shown = found[:limit]
    return Page(shown, _encode(shown, cursor) if len(found) > limit else None)


def _previous(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def _encode(shown: list[dict[str, Any]], cursor: str | None) -> str:
    last = shown[-1]
    month, at = _month_of(last), str(last["at"])
    ids = [str(d["id"]) for d in shown if d.get("at") == at and _month_of(d) == month]
    if cursor:
        before = _decode(cursor)
        if before[:2] == (month, at):
            ids = [*before[2], *ids]  # records of one instant spanning pages
    raw = json.dumps({"m": month, "at": at, "ids": ids}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _month_of(doc: dict[str, Any]) -> str:
    return str(doc["pk"]).split(":")[1]


def _decode(cursor: str) -> tuple[str, str | None, list[str]]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        month, at, ids = data["m"], data["at"], data["ids"]
        month_ok = isinstance(month, str) and len(month) == 7 and month[4] == "-" and month.replace("-", "").isdigit()
        if month_ok and isinstance(at, str) and isinstance(ids, list) and all(isinstance(i, str) for i in ids):
            "".join([month, at, *ids]).encode()  # UnicodeEncodeError (a ValueError) for a lone surrogate
            return month, at, ids
    except (ValueError, TypeError, KeyError):
        pass
    raise InvalidCursor()


async def people(store: DocumentStore, records: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Who the user ids among these records' actors and targets are now, for an admin reading the log:
    {user_id: {"display_name", "email"}}. Looked up when read, never stored in a record (the record keeps
    the id only, so an erased user's pseudonym stays a pseudonym and a changed email reads as the new one);
    ids that are no account (`cli`, pseudonyms, a provider) are left out."""
    ids = sorted({str(r.get(f) or "") for r in records for f in ("actor", "target")} - {""})
    ids = [i for i in ids if not i.startswith("deleted-user:") and ":" not in i and i != "cli"]

    async def one(user_id: str) -> tuple[str, dict[str, str]] | None:
        try:
            account = await store.read(USERS, user_id, ACCOUNT_ID)
        except NotFound:
            return None
        return user_id, {
            "display_name": str(account.get("display_name") or ""),
            "email": str(account.get("email") or ""),
        }

    return dict(found for found in await asyncio.gather(*(one(i) for i in ids)) if found is not None)


async def pseudonymise(store: DocumentStore, user_id: str) -> int:
    """Replace `user_id` as actor or target in every audit record; returns how many changed."""
    changed = 0
    for field in ("actor", "target"):
        while True:
            page = await store.query(
                SYSTEM, Query(filters=(Filter("type", "eq", "audit"), Filter(field, "eq", user_id)), limit=100)
            )
            for doc in page.items:
                doc[field] = pseudonym(user_id)
                await store.replace(SYSTEM, doc)
                changed += 1
            if not page.items:
                break
    return changed
