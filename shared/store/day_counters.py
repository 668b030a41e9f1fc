"""Counters kept per day as events happen, so readers never scan raw records (admin usage, success metrics).

A counter is one document in the system container, in a monthly partition; each event adds to it with one
atomic patch (`incr`), creating it at the first event, so concurrent events never lose a count.
"""

from __future__ import annotations

from datetime import date, timedelta

from shared.errors import Conflict, NotFound
from shared.store import containers
from shared.store.port import Document, DocumentStore, PatchOp

SYSTEM = containers.SYSTEM.name


async def add_counts(store: DocumentStore, key: Document, counts: dict[str, int]) -> None:
    """Add `counts` to the counter `key` ({pk, id, ...its fixed fields}), creating it with them at the first event."""
    ops = [PatchOp("incr", name, value) for name, value in counts.items()]
    for _ in range(3):
        try:
            await store.patch(SYSTEM, key["pk"], key["id"], ops)
            return
        except NotFound:
            try:
                await store.create(SYSTEM, {**key, **counts})
                return
            except Conflict:
                continue  # created by a concurrent event meanwhile: add to it
    await store.patch(SYSTEM, key["pk"], key["id"], ops)


def months(first: date, last: date) -> list[str]:
    """The months ("YYYY-MM") from `first` to `last`: the partitions a window of days reads."""
    found, cursor = [], first.replace(day=1)
    while cursor <= last:
        found.append(cursor.strftime("%Y-%m"))
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return found
