"""The events that move the success metrics, each counted once where it must be (see `counters`).

    await events.signed_up(store, user_id, now)           # cohort of today's date; active today
    await events.active(store, user_id, now, "2026-11-02")  # first use of a day (`identity.activity.touch`)
    await events.session_logged(store, user_id, now)      # a session logged; the 3rd of a week counts the user
    await events.coach_used(store, user_id, now)          # an exchange with the coach: once a user-week
    await events.count_rating(store, "plan", "openai/gpt-4o", 4)

Definitions (UTC days; ISO weeks Monday to Sunday), also in docs/decisions.md:
* active: made any signed-in request, sign-in or refresh that day (sign-up day included);
* 3+ sessions: logged (by the day it was logged, not the day it says it was done) three or more sessions in
  the week; a deleted session is not taken back;
* retention: a user who signed up on day C is retained at D7 when active on any day in [C+7, C+13], at D30
  on any day in [C+30, C+36]. Counted on the cohort day C, once per user.

Every function logs and swallows a failure to count: the user's request matters more than the tally.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from shared.metrics import counters
from shared.store.port import DocumentStore

log = logging.getLogger("vigor.metrics")
WINDOWS = {"d7": (7, 13), "d30": (30, 36)}
RatingKind = str  # "plan" (1-5) or "coach" ("up", "down", "report")


def _day(now: datetime | None) -> date:
    return (now or datetime.now(UTC)).astimezone(UTC).date()


async def signed_up(store: DocumentStore, user_id: str, now: datetime | None = None) -> None:
    """A new account: one more in today's cohort, and active today."""
    day = _day(now)
    try:
        await counters.add(store, "cohort", day, {"signups": 1}, counters.shard_of(user_id))
        await _active(store, user_id, day, None)
    except Exception as exc:
        log.error("metrics: sign-up not counted: %s", type(exc).__name__)


async def active(store: DocumentStore, user_id: str, now: datetime | None, signup_day: str | None) -> None:
    """The user is using Vigor today (`signup_day`: the account's `created_at` date, for retention)."""
    try:
        await _active(store, user_id, _day(now), signup_day)
    except Exception as exc:
        log.error("metrics: activity not counted: %s", type(exc).__name__)


async def _active(store: DocumentStore, user_id: str, day: date, signup_day: str | None) -> None:
    shard = counters.shard_of(user_id)
    if not await counters.mark(store, user_id, f"day-{day.isoformat()}"):
        return  # counted today already (and so this week, and any retention)
    await counters.add(store, "day", day, {"active": 1}, shard)
    if await counters.mark(store, user_id, f"week-{counters.iso_week(day)}"):
        await counters.add(store, "week", counters.monday(day), {"active": 1}, shard)
    try:
        cohort = date.fromisoformat((signup_day or "")[:10])
    except ValueError:
        return  # an account from before `created_at`: in no cohort
    for name, (low, high) in WINDOWS.items():
        if low <= (day - cohort).days <= high and await counters.mark(store, user_id, name):
            await counters.add(store, "cohort", cohort, {name: 1}, shard)


async def session_logged(store: DocumentStore, user_id: str, now: datetime | None = None) -> None:
    """One session logged; the user's third of the ISO week counts them among the 3+ users."""
    day = _day(now)
    shard = counters.shard_of(user_id)
    try:
        await counters.add(store, "day", day, {"sessions": 1}, shard)
        if await counters.tally(store, user_id, f"sessions-{counters.iso_week(day)}") == 3:
            await counters.add(store, "week", counters.monday(day), {"three_plus": 1}, shard)
    except Exception as exc:
        log.error("metrics: session not counted: %s", type(exc).__name__)


async def coach_used(store: DocumentStore, user_id: str, now: datetime | None = None) -> None:
    """The user talked to the coach: counted once per user and ISO week."""
    day = _day(now)
    try:
        if await counters.mark(store, user_id, f"coach-{counters.iso_week(day)}"):
            await counters.add(store, "week", counters.monday(day), {"coach": 1}, counters.shard_of(user_id))
    except Exception as exc:
        log.error("metrics: coach use not counted: %s", type(exc).__name__)


async def count_rating(
    store: DocumentStore, kind: RatingKind, source: str, rating: int | str, now: datetime | None = None
) -> None:
    """One rating: `kind` "plan" with `rating` 1-5 and `source` the plan's provider/model or "engine"; or
    "coach" with "up", "down" or "report" and the answer's provider/model. For the feedback code to call."""
    counts = {"count": 1, f"n_{rating}": 1}
    if isinstance(rating, int):
        counts["sum"] = rating
    try:
        await counters.add(store, "rating", _day(now), counts, counters.shard_of(None),
                           {"kind": kind[:20], "source": source[:80]})  # fmt: skip
    except Exception as exc:
        log.error("metrics: rating not counted: %s", type(exc).__name__)
