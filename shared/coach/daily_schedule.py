"""Who is due a daily coach message, found by send slot so the hourly run never reads the whole user base.

Each profile carries `daily_slot`, the UTC hour whose timer run sends its next message
(`shared/profile/message_slot.py`). The hourly timer (`schedule_due`):

1. reads the profiles of this hour's slot and of the hour before (an indexed, single-value query per
   slot; the hour before is where a message lost in the queue is sent again, `daily.schedule_one`),
   and of every hour a failed or skipped run left behind (up to a day; the last finished run is kept
   in the system container);
2. puts them on `daily-batches`, up to `BATCH_SIZE` users a message, with what the query already read
   (time zone, hour, slot, ETag), so the run itself writes almost nothing;
3. upgrades a bounded share of profiles stored before slots existed (`migrate_some`), in case
   `python -m shared.cli migrate` was not run at deploy time.

A batch (`run_batch`) schedules each due user's message once per local day (the `daily:<date>` marker)
and moves the slot to the next message's when a clock change moves it. Store reads per due user stay
constant whatever the user count (`benchmarks/bench_scale.py`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from shared.bootstrap import Services
from shared.coach.daily import schedule_one
from shared.errors import Conflict, NotFound, PreconditionFailed
from shared.identity.records import PROFILE_ID, USERS
from shared.jobs import slot_timer
from shared.migrations import migrate_some
from shared.profile.message_slot import due_date, slot_for_day
from shared.queue import names
from shared.store.port import Document, DocumentStore, PatchOp, etag_of

log = logging.getLogger("vigor.coach.daily")

BATCH_SIZE = slot_timer.BATCH_SIZE
CATCH_UP_HOURS = slot_timer.CATCH_UP_HOURS
BACKFILL_ROUNDS = 4  # pages of 500 old profiles given a slot per run
TIMER = slot_timer.SlotTimer(name="daily_timer", container=USERS, doc_type="profile", field="daily_slot")


@dataclass(frozen=True)
class Due:
    """One user a batch looks at, as the timer's query read them."""

    user_id: str
    timezone: str
    hour: int
    slot: int | None
    etag: str | None

    def row(self) -> list[Any]:
        return [self.user_id, self.timezone, self.hour, self.slot, self.etag]


def hours_to_run(hour: int, last: int | None) -> list[int]:
    """The epoch hours whose slots this run reads: the hour before and this one, and any missed since `last`."""
    return slot_timer.hours_to_run(hour, last)


def _due_of(doc: Document) -> Due | None:
    profile = doc.get("profile") or {}
    timezone, hour = profile.get("timezone", "UTC"), profile.get("daily_message_hour", 8)
    if not isinstance(timezone, str) or type(hour) is not int:
        log.warning("skipping an unreadable profile document")
        return None
    slot = doc.get("daily_slot")
    return Due(str(doc["userId"]), timezone, hour, slot if type(slot) is int else None, etag_of(doc))


async def _send(services: Services, users: list[Due], now: datetime) -> None:
    body = {"at": now.isoformat(), "users": [u.row() for u in users]}
    await services.queue.send(names.DAILY_BATCHES, json.dumps(body))


async def schedule_due(services: Services, now: datetime | None = None) -> dict[str, int]:
    """The hourly timer's work: the users of the slots this run covers, on the queue in batches.

    Returns {"slots": slots read, "users": users put in batches, "batches": queue messages}."""
    now = now or services.clock()
    store = services.store
    await migrate_some(store, "profile", page_size=500, max_rounds=BACKFILL_ROUNDS)
    hour, slots = await TIMER.slots(store, now)

    async def send(batch: list[Due]) -> None:
        await _send(services, batch, now)

    users, batches = await TIMER.fan_out(store, slots, _due_of, send)
    counts = {"slots": len(slots), "users": users, "batches": batches}
    await TIMER.finished(store, hour)
    log.info("daily messages: %d slots, %d users in %d batches", counts["slots"], counts["users"], counts["batches"])
    return counts


def parse_batch(body: str) -> tuple[datetime, list[Due]]:
    """A batch message's time and users; ValueError when it is not one."""
    try:
        data = json.loads(body)
        at = datetime.fromisoformat(data["at"])
        users = [Due(str(u), str(tz), int(h), s if type(s) is int else None, e if isinstance(e, str) else None)
                 for u, tz, h, s, e in data["users"]]  # fmt: skip
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(f"not a daily-message batch: {exc}") from None
    if at.tzinfo is None:
        raise ValueError("not a daily-message batch: its time has no offset")
    return at, users


async def run_batch(services: Services, body: str) -> dict[str, int]:
    """Schedule each due user's message (once per local day) and keep their slot on the next message.

    A malformed message is logged and dropped (no retry can fix it). Returns {"due", "scheduled", "reslotted"}."""
    try:
        at, users = parse_batch(body)
    except ValueError as exc:
        log.warning("daily messages: dropping a malformed batch (%s)", exc)
        return {"due": 0, "scheduled": 0, "reslotted": 0}
    counts = {"due": 0, "scheduled": 0, "reslotted": 0}
    for due in users:
        try:
            day = due_date(due.timezone, due.hour, at)
        except (ValueError, KeyError):  # a zone this machine's tzdata does not know
            log.warning("daily messages: skipping a profile with an unknown time zone")
            continue
        if day is not None:
            counts["due"] += 1
            counts["scheduled"] += await schedule_one(services, due.user_id, day, at)
        counts["reslotted"] += await _keep_slot(services.store, due, day, at)
    log.info("daily messages: a batch of %d users, %d due, %d scheduled", len(users), counts["due"],
             counts["scheduled"])  # fmt: skip
    return counts


async def _keep_slot(store: DocumentStore, due: Due, day: date | None, at: datetime) -> int:
    """Point the profile at its next message's slot when a clock change (or a stale slot) moved it."""
    local_today = at.astimezone(ZoneInfo(due.timezone)).date()
    want = slot_for_day(due.timezone, due.hour, day + timedelta(days=1) if day else local_today)
    if want == due.slot:
        return 0
    try:  # under the ETag the timer read: a profile saved meanwhile has its own, newer slot
        await store.patch(USERS, due.user_id, PROFILE_ID, [PatchOp("set", "daily_slot", want)], if_match=due.etag)
    except (PreconditionFailed, NotFound, Conflict):
        return 0
    return 1


async def catch_up(services: Services, user_id: str, timezone: str, hour: int, now: datetime | None = None) -> bool:
    """After a profile save: when today's hour has already come, today's message is scheduled now (once).

    A new user who finishes onboarding at 15:00 with an 08:00 message hour, or who moves the hour
    earlier than now, gets today's message at once instead of waiting for tomorrow's slot."""
    now = now or services.clock()
    day = due_date(timezone, hour, now)
    if day is None:
        return False
    return await schedule_one(services, user_id, day, now)
