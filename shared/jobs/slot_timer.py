"""What every hourly "send slot" timer shares: which slots a run reads, remembering the last run, and the query.

A send slot is the UTC hour whose run handles a user's next scheduled thing (`shared/profile/message_slot.py`).
Two timers use it: the daily coach message (`daily_slot` on the profile, `shared/coach/daily_schedule.py`) and
the push reminders (`push_slot` on the notification preferences, `shared/notifications/reminder_slots.py`).
Each keeps the epoch hour of its last finished run in the system container, so a run after an outage reads
the slots the missed runs would have read (up to a day back) and nobody's slot is skipped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from shared.errors import NotFound
from shared.store import containers
from shared.store.port import Document, DocumentStore, Filter, Query

SYSTEM = containers.SYSTEM.name
CATCH_UP_HOURS = 23  # a run after an outage covers at most the day before it (older work is stale)
PAGE = 500
BATCH_SIZE = 100  # users per queue message: one batch is a few hundred store operations
Due = TypeVar("Due")


def epoch_hour(now: datetime) -> int:
    return int(now.astimezone(UTC).timestamp() // 3600)


def hours_to_run(hour: int, last: int | None, *, previous: bool = True) -> list[int]:
    """The epoch hours whose slots a run at `hour` reads: this one (and the hour before when `previous`: where a
    lost message is sent again), and every hour missed since `last` (at most CATCH_UP_HOURS back)."""
    first = hour - 1 if previous else hour
    if last is not None:
        first = max(min(last + 1, first), hour - CATCH_UP_HOURS)
    return list(range(first, hour + 1))


@dataclass(frozen=True)
class SlotTimer:
    """One slot timer: its state document's id, the document type and field it queries, in `container`."""

    name: str
    container: str
    doc_type: str
    field: str

    async def last_run(self, store: DocumentStore) -> int | None:
        try:
            found = await store.read(SYSTEM, self.name, self.name)
        except NotFound:
            return None
        value = found.get("last_hour")
        return value if isinstance(value, int) else None

    async def finished(self, store: DocumentStore, hour: int) -> None:
        """Remember the run (a later hour only: two overlapping runs never move it back)."""
        last = await self.last_run(store)
        if last is None or hour > last:
            await store.upsert(SYSTEM, {"pk": self.name, "id": self.name, "type": self.name, "last_hour": hour})

    async def slots(self, store: DocumentStore, now: datetime, *, previous: bool = True) -> tuple[int, list[int]]:
        """This run's epoch hour and the UTC slots (0-23) it reads."""
        hour = epoch_hour(now)
        return hour, sorted({h % 24 for h in hours_to_run(hour, await self.last_run(store), previous=previous)})

    async def documents(self, store: DocumentStore, slot: int) -> AsyncIterator[Document]:
        """The documents whose slot field is `slot`: an indexed, single-value query, in pages."""
        token: str | None = None
        while True:
            query = Query(filters=(Filter("type", "eq", self.doc_type), Filter(self.field, "eq", slot)), limit=PAGE,
                          continuation=token)  # fmt: skip
            page = await store.query(self.container, query)
            for doc in page.items:
                yield doc
            token = page.continuation
            if token is None:
                return

    async def fan_out(
        self,
        store: DocumentStore,
        slots: list[int],
        due_of: Callable[[Document], Due | None],
        send: Callable[[list[Due]], Awaitable[None]],
    ) -> tuple[int, int]:
        """Read each slot's documents, keep the ones `due_of` finds due, and `send` them BATCH_SIZE at a time;
        returns (users sent, batches sent)."""
        users = batches = 0
        batch: list[Due] = []
        for slot in slots:
            async for doc in self.documents(store, slot):
                if (due := due_of(doc)) is None:
                    continue
                batch.append(due)
                if len(batch) == BATCH_SIZE:
                    await send(batch)
                    users, batches, batch = users + len(batch), batches + 1, []
        if batch:
            await send(batch)
            users, batches = users + len(batch), batches + 1
        return users, batches
