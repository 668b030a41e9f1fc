"""Metric counters per UTC day in the system container, and once-only markers in a user's partition.

A counter document is one (scope, day, dimensions, shard): scope `day` {active, sessions}, `week` (day = the
ISO week's Monday) {active, three_plus, coach}, `cohort` (day = the sign-up day) {signups, d7, d30} and
`rating` (dimensions kind and source) {count, sum, n_<value>}. Partition `metrics:<YYYY-MM>` of its day, so a
window of up to 366 days reads at most 14 partitions by a range on `day`. Each event adds with one atomic
patch (`incr`), so concurrent events never lose a count; the shard (from the user id) spreads one day's writes
over `SHARDS` documents instead of one hot one (the pattern of `shared.quota.usage_counters`).

What must count once per person (active on a day, in a week, coach use in a week, retained at D7 or D30) is
decided by creating a marker document in that user's own partition: the create that succeeds counts, a
Conflict means it was counted already. Markers name no other person and go with the account's partition.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import date, timedelta

from shared.errors import Conflict, NotFound
from shared.store import containers
from shared.store.day_counters import add_counts, months
from shared.store.port import Document, DocumentStore, Filter, PatchOp, Query

SYSTEM = containers.SYSTEM.name
USERS = containers.USERS.name
TYPE = "metrics_counter"
MARKER = "metric_marker"
SHARDS = 8
RETENTION_S = 800 * 86400  # two years: a 366-day window that ends a year ago still reads whole
FIELDS = {"day": ("active", "sessions"), "week": ("active", "three_plus", "coach"), "cohort": ("signups", "d7", "d30")}
MARKER_TTL_S = 45 * 86400  # longer than any window a marker guards (a week; D30's [C+30, C+36])


def shard_of(user_id: str | None) -> str:
    """The user's shard, or a random one for an event that names nobody (a rating)."""
    if not user_id:
        return str(secrets.randbelow(SHARDS))
    return str(int(hashlib.sha256(user_id.encode()).hexdigest()[:8], 16) % SHARDS)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week(day: date) -> str:
    """`2026-W48`: the ISO week (Monday to Sunday, UTC) the day is in."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _key(scope: str, day: str, shard: str, dims: dict[str, str]) -> Document:
    digest = hashlib.sha256("|".join((scope, day, *dims.values(), shard)).encode()).hexdigest()[:24]
    return {"pk": f"metrics:{day[:7]}", "id": f"mc-{digest}", "type": TYPE, "scope": scope, "day": day, **dims,
            "shard": shard, "ttl": RETENTION_S}  # fmt: skip


async def add(
    store: DocumentStore, scope: str, day: date, counts: dict[str, int], shard: str, dims: dict[str, str] | None = None
) -> None:
    """Add `counts` to the (scope, day, dims, shard) counter, creating it at the first event."""
    await add_counts(store, _key(scope, day.isoformat(), shard, dims or {}), counts)


async def mark(store: DocumentStore, user_id: str, name: str) -> bool:
    """Create the user's marker `name`; True for the one call that created it (count now), False after.

    A point read first: every chat and request after the first of the day or week finds the marker there, and a
    read costs less than a create refused with a conflict (Cosmos DB charges the failed write)."""
    doc = {"id": f"mm-{name}", "userId": user_id, "type": MARKER, "ttl": MARKER_TTL_S}
    try:
        await store.read(USERS, user_id, f"mm-{name}")
        return False
    except NotFound:
        pass
    try:
        await store.create(USERS, doc)
    except Conflict:
        return False
    return True


async def tally(store: DocumentStore, user_id: str, name: str) -> int:
    """Add one to the user's own counter `name` (a marker holding `n`); the count after this call (each
    concurrent call sees a different one, so exactly one sees any given number)."""
    doc_id, op = f"mm-{name}", [PatchOp("incr", "n", 1)]
    for _ in range(3):
        try:
            return int((await store.patch(USERS, user_id, doc_id, op))["n"])
        except NotFound:
            try:
                await store.create(USERS, {"id": doc_id, "userId": user_id, "type": MARKER, "n": 1,
                                           "ttl": MARKER_TTL_S})  # fmt: skip
                return 1
            except Conflict:
                continue
    return int((await store.patch(USERS, user_id, doc_id, op))["n"])


async def read_range(store: DocumentStore, first: date, last: date) -> list[Document]:
    """Every counter whose day is in [first, last]: one range query per month's partition."""
    rows: list[Document] = []
    for month in months(first, last):
        token: str | None = None
        while True:
            filters = (Filter("type", "eq", TYPE), Filter("day", "ge", first.isoformat()),
                       Filter("day", "le", last.isoformat()))  # fmt: skip
            page = await store.query(SYSTEM, Query(filters, partition_key=f"metrics:{month}", limit=1000,
                                                   continuation=token))  # fmt: skip
            rows.extend(page.items)
            if not (token := page.continuation):
                break
    return rows
