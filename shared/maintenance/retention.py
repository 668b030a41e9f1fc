"""The retention schedule for inactive accounts (GDPR Art. 5(1)(e), storage limitation), run by the daily job.

An account unused for `INACTIVE_ACCOUNT_YEARS` (3; 0 keeps accounts) is deleted with all its data through the one
erasure path (`identity.deletion.request_deletion`, then its queue job), never before a warning email
`INACTIVE_WARNING_DAYS` (30) ahead:

* warn: an account whose `last_active` day (`identity.activity`) is older than (years ago + the warning days) and
  that has no warning for that day gets `retention_warning` {last_active, warned_on, delete_on} and an email;
  `delete_on` is when it falls due, or the warning days from now if that is later (an account found late, or when
  the schedule is first turned on, still gets its full notice).
* delete: a warned account whose `last_active` is still the warned one, on or after `delete_on`. Any use since the
  warning (a request, a sign-in, a refresh) moves `last_active` and clears the warning (`identity.activity.touch`),
  so nothing is deleted; the account is read again before its erasure, which is claimed against that version.

Accounts are found by a range query on `last_active` across partitions, paged (indexed on both stores: Cosmos DB
indexes every path; SQLite has an index on it), never by reading every user; the pages read a day are bounded.
Accounts from before `last_active` existed get today's day once (`_backfill`, remembered by a marker), so nobody's
clock starts before the schedule did. Coach history has its own time-to-live (`COACH_HISTORY_DAYS`, on write).
Warnings and deletions are audited (actor `system:retention`).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import date, timedelta
from typing import Any

from shared.bootstrap import Services
from shared.errors import Conflict, NotFound, PreconditionFailed
from shared.identity import audit, mail
from shared.identity.activity import today
from shared.identity.deletion import request_deletion
from shared.identity.records import ACCOUNT_ID, SYSTEM, USERS, now_iso, system_doc
from shared.identity.registration import DELETION
from shared.store.port import Filter, PatchOp, Query, etag_or_none

log = logging.getLogger("vigor.retention")

ACTOR = "system:retention"
PAGE = 100
MAX_PAGES = 50  # a run reads at most this many pages; what is left waits for the next day
BACKFILL_MARKER = "retention:last-active-backfilled"


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


async def run_retention(services: Services) -> dict[str, int]:
    """Warn, then delete, accounts inactive past the schedule; {"warned", "deleted"}. Safe to run again."""
    settings = services.settings
    done = {"warned": 0, "deleted": 0}
    if settings.inactive_account_years == 0:
        return done
    now = date.fromisoformat(today(services))
    await _backfill(services, now)
    inactive_before = years_before(now, settings.inactive_account_years)  # last used before this: due
    warn_before = inactive_before + timedelta(days=settings.inactive_warning_days)
    query = Query(filters=(Filter("last_active", "lt", warn_before.isoformat()), Filter("type", "eq", "account")),
                  limit=PAGE)  # fmt: skip
    for _ in range(MAX_PAGES):
        page = await services.store.query(USERS, query)
        for account in page.items:
            outcome = await _settle(services, account, now)
            if outcome:
                done[outcome] += 1
        if not page.continuation:
            break
        query = Query(filters=query.filters, limit=PAGE, continuation=page.continuation)
    if done["warned"] or done["deleted"]:
        log.info("retention: warned %d inactive accounts, deleted %d", done["warned"], done["deleted"])
    return done


async def _settle(services: Services, account: dict[str, Any], now: date) -> str | None:
    """Warn this account, or delete it when its warning's time has come; which of the two happened."""
    settings, user_id = services.settings, str(account["userId"])
    if account.get(DELETION):
        return None  # being erased already (`identity.deletion`)
    last_active = str(account.get("last_active", ""))
    warning = account.get("retention_warning") or {}
    if warning.get("last_active") == last_active:
        if now < date.fromisoformat(str(warning["delete_on"])):
            return None
        return "deleted" if await _erase_if_unused(services, user_id, warning) else None
    due = years_before(date.fromisoformat(last_active), -settings.inactive_account_years)
    delete_on = max(due, now + timedelta(days=settings.inactive_warning_days)).isoformat()
    notice = {"last_active": last_active, "warned_on": now.isoformat(), "delete_on": delete_on}
    try:  # against the version the page read: a sign-in since then means no warning
        ops = [PatchOp("set", "retention_warning", notice)]
        await services.store.patch(USERS, user_id, ACCOUNT_ID, ops, if_match=etag_or_none(account))
    except (NotFound, PreconditionFailed):
        return None
    await audit.record(services.store, ACTOR, "account.inactivity_warned", user_id, {})
    await mail.enqueue(services, kind="inactive_warning", user_id=user_id, last_active=last_active, delete_on=delete_on)
    return "warned"


async def _erase_if_unused(services: Services, user_id: str, warning: dict[str, Any]) -> bool:
    """Delete a warned account whose warning still stands. The page that found it may be older than a sign-in since
    (which clears the warning, `identity.activity.touch`): the account is read again, and its erasure is claimed
    against that version, so a sign-in between the read and the claim keeps the account."""
    store = services.store
    try:
        fresh = await store.read(USERS, user_id, ACCOUNT_ID)
        if fresh.get("retention_warning") != warning or fresh.get("last_active") != warning.get("last_active"):
            return False  # used since the page was read
        claim = [PatchOp("set", "retention_erasing", now_iso())]
        await store.patch(USERS, user_id, ACCOUNT_ID, claim, if_match=etag_or_none(fresh))
        await request_deletion(services, user_id, ACTOR)  # erased by the account-deletion queue job
    except (NotFound, PreconditionFailed):  # deleted meanwhile by its owner, or changed since the read
        return False
    return True


async def _backfill(services: Services, now: date) -> None:
    """Once: accounts without `last_active` (made before it existed) get today's day; a marker remembers it is
    done. Paged over accounts only; a run that stops early continues the next day."""
    store = services.store
    with contextlib.suppress(NotFound):
        await store.read(SYSTEM, BACKFILL_MARKER, BACKFILL_MARKER)
        return
    query = Query(filters=(Filter("type", "eq", "account"), Filter("last_active", "undefined")), limit=PAGE)
    for _ in range(MAX_PAGES):
        page = await store.query(USERS, query)
        for account in page.items:
            with contextlib.suppress(NotFound):
                await store.patch(USERS, str(account["userId"]), ACCOUNT_ID,
                                  [PatchOp("set", "last_active", now.isoformat())])  # fmt: skip
        if not page.items:
            with contextlib.suppress(Conflict):
                await store.create(SYSTEM, system_doc(BACKFILL_MARKER, type="retention_marker", at=now_iso()))
            return
