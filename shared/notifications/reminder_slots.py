"""The hourly push-reminder run, by send slot: it reads only the users whose next push is due this UTC hour.

Each opted-in user's `notification_prefs` document carries `push_slot` (`preferences.push_slot_for`): the UTC
hour whose run (ten past, `functions/timers.PUSH_REMINDERS_SCHEDULE`) owes them their next push - the workout-day
reminder at `reminder_hour`, or the daily message's push when quiet hours moved it past the message's hour. The
timer (`schedule_due_pushes`):

1. reads the preferences of this hour's slot, and of every hour a failed or skipped run left behind (up to a day;
   `shared/jobs/slot_timer.py`, the same code as the daily message's timer), by an indexed single-value query;
2. puts them on `push-batches`, up to `BATCH_SIZE` users a message, with the preferences and ETag it read;
3. gives a bounded share of preferences stored before slots existed their slot (`backfill`), in case
   `python -m shared.cli migrate` was not run at deploy time.

A batch (`run_batch`) queues each user's due pushes (`schedule.schedule_user`: once per kind per local day by the
`push_marker` document; nothing on a day the user trained, nothing in quiet hours) and moves the slot to the
next push's, under the ETag the timer read (a user who saved meanwhile has their own, newer slot). A user whose
turn fails (a store or queue error) does not stop the others; the batch then raises, and the queue's retry resumes
that user from their marker (`schedule`), while the users done already queue nothing again.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shared.bootstrap import Services
from shared.errors import Conflict, NotFound, PreconditionFailed
from shared.identity.profiles import load_profile
from shared.jobs.slot_timer import SlotTimer
from shared.notifications import preferences, schedule
from shared.notifications.preferences import NotificationPreferences, push_slot_for
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.store.port import Document, DocumentStore, Filter, PatchOp, Query, etag_of

log = logging.getLogger("vigor.notifications")
USERS = preferences.USERS
BACKFILL_ROUNDS = 4  # pages of 500 preferences given a slot per run
TIMER = SlotTimer(name="push_timer", container=USERS, doc_type=preferences.TYPE, field="push_slot")


@dataclass(frozen=True)
class Due:
    """One user a batch looks at, as the timer's query read them."""

    user_id: str
    slot: int | None
    etag: str | None
    prefs: NotificationPreferences

    def row(self) -> list[Any]:
        return [self.user_id, self.slot, self.etag, self.prefs.model_dump(mode="json")]


def _due_of(doc: Document) -> Due | None:
    try:
        prefs = NotificationPreferences.model_validate(doc.get("preferences") or {})
    except ValueError:
        log.warning("push: skipping unreadable preferences")
        return None
    slot = doc.get("push_slot")
    return Due(str(doc["userId"]), slot if type(slot) is int else None, etag_of(doc), prefs)


async def _send(services: Services, users: list[Due], now: datetime) -> None:
    body = {"at": now.isoformat(), "users": [u.row() for u in users]}
    await services.queue.send(names.PUSH_BATCHES, json.dumps(body))


async def schedule_due_pushes(services: Services, now: datetime | None = None) -> dict[str, int]:
    """The hourly timer's work: the users of the slots this run covers, on `push-batches` in batches.

    Returns {"slots": slots read, "users": users put in batches, "batches": queue messages}."""
    now = now or services.clock()
    store = services.store
    await backfill(store, now, max_rounds=BACKFILL_ROUNDS)
    hour, slots = await TIMER.slots(store, now, previous=False)

    async def send(batch: list[Due]) -> None:
        await _send(services, batch, now)

    users, batches = await TIMER.fan_out(store, slots, _due_of, send)
    counts = {"slots": len(slots), "users": users, "batches": batches}
    await TIMER.finished(store, hour)
    log.info("push: %d slots, %d users in %d batches", counts["slots"], counts["users"], counts["batches"])
    return counts


def parse_batch(body: str) -> tuple[datetime, list[Due]]:
    """A batch message's time and users; ValueError when it is not one."""
    try:
        data = json.loads(body)
        at = datetime.fromisoformat(data["at"])
        users = [Due(str(u), s if type(s) is int else None, e if isinstance(e, str) else None,
                     NotificationPreferences.model_validate(p)) for u, s, e, p in data["users"]]  # fmt: skip
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(f"not a push batch: {exc}") from None
    if at.tzinfo is None:
        raise ValueError("not a push batch: its time has no offset")
    return at, users


async def run_batch(services: Services, body: str) -> dict[str, int]:
    """Queue each user's due pushes and move their slot to the next push's. A malformed message is dropped.

    Returns {"users", "messages" (pushes queued), "reslotted"}."""
    try:
        at, users = parse_batch(body)
    except ValueError as exc:
        log.warning("push: dropping a malformed batch (%s)", exc)
        return {"users": 0, "messages": 0, "reslotted": 0}
    counts = {"users": len(users), "messages": 0, "reslotted": 0}
    failed = 0
    for due in users:
        try:
            await _run_user(services, due, at, counts)
        except Exception as exc:  # one user's failure must not cost the rest of the batch their push
            failed += 1
            log.warning("push: a user of a batch failed (%s); the batch is retried for them", type(exc).__name__)
    log.info("push: a batch of %d users, %d pushes queued", counts["users"], counts["messages"])
    if failed:
        # The queue delivers the batch again: users done already find their marker queued, the failed ones resume.
        raise PushBatchIncomplete(f"{failed} of {len(users)} users failed")
    return counts


class PushBatchIncomplete(Exception):
    """Some users of a batch failed (a store or queue error): the queue retries the batch for them."""


async def _run_user(services: Services, due: Due, at: datetime, counts: dict[str, int]) -> None:
    stored = await load_profile(services.store, due.user_id)
    profile = stored.profile if stored else FitnessProfile()
    try:
        counts["messages"] += await schedule.schedule_user(services, due.user_id, at, due.prefs, profile)
        want = push_slot_for(due.prefs, profile, at)
    except (ValueError, KeyError):  # a zone this machine's tzdata does not know
        log.warning("push: skipping a profile with an unknown time zone")
        return
    if want != due.slot:
        counts["reslotted"] += await _set_slot(services.store, due.user_id, want, due.etag)


async def _set_slot(store: DocumentStore, user_id: str, slot: int | None, etag: str | None) -> int:
    try:
        await store.patch(USERS, user_id, preferences.DOC_ID, [PatchOp("set", "push_slot", slot)], if_match=etag)
    except (PreconditionFailed, NotFound, Conflict):
        return 0
    return 1


async def refresh(store: DocumentStore, user_id: str, profile: FitnessProfile, now: datetime) -> bool:
    """After a profile save (time zone, message hour): the user's push slot from the new profile. Whether it moved."""
    try:
        doc = await store.read(USERS, user_id, preferences.DOC_ID)
    except NotFound:
        return False
    if (due := _due_of(doc)) is None:
        return False
    want = push_slot_for(due.prefs, profile, now, open_window=True)
    if want == due.slot and "push_slot" in doc:
        return False
    return bool(await _set_slot(store, user_id, want, due.etag))


async def backfill(store: DocumentStore, now: datetime, *, page_size: int = 500, max_rounds: int | None = None) -> int:
    """Give preferences stored before push slots existed their slot; returns how many were given one.

    Rewritten documents leave the result, so each round reads the first page again (as `migrations` does)."""
    done, rounds = 0, 0
    while max_rounds is None or rounds < max_rounds:
        rounds += 1
        query = Query(filters=(Filter("type", "eq", preferences.TYPE), Filter("push_slot", "undefined", None)),
                      limit=page_size)  # fmt: skip
        page = await store.query(USERS, query)
        given = 0
        for doc in page.items:
            want, due = None, _due_of(doc)
            if due is not None:
                stored = await load_profile(store, due.user_id)
                profile = stored.profile if stored else FitnessProfile()
                with contextlib.suppress(ValueError, KeyError):  # an unknown zone: no slot
                    want = push_slot_for(due.prefs, profile, now, open_window=True)
            given += await _set_slot(store, str(doc["userId"]), want, etag_of(doc))
        done += given
        if not page.items or not given:
            return done
    return done
