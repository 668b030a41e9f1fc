"""Deciding which pushes are due and putting them on the queue (never sending inside the timer loop).

Two callers: the hourly timer's batches (`reminder_slots`, only the users whose push slot is this hour) and the
daily-message job once the day's message is written (`schedule_user`, so the push follows the message within
seconds). For each
due kind (`timing.is_due` in the user's zone; a workout day's only while no session is logged that local
day) a marker `push_marker:<kind>:<local date>` is created in the
user's partition, recording the browsers it is for (`subs`) and `queued: false`; one message per subscription goes
on `push-notifications`, then the marker is marked `queued`. A caller that finds a queued marker queues nothing, so
overlapping runs and a fall-back night's repeated hour send once. A caller that finds one not queued resumes it: the
run that made it died or failed part-way (a crash, a queue error), and the batch's retry queues the recorded browsers
again (hAU: the marker used to stop the retry, and the rest of the batch was never sent). A browser queued twice
this way is sent once: delivery keeps a receipt per browser, kind and day (`receipts`).

Payloads (docs/decisions.md, "Web Push"): a title, one short line, a tag (the browser replaces a shown
notification with the same tag) and the app path to open. Never the coach's words, injuries, PAR-Q answers
or notes: the lock screen is not a private place.
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from shared.bootstrap import Services
from shared.coach.context import local_now
from shared.coach.daily import message_id
from shared.coach.messages import read_message
from shared.errors import Conflict, NotFound
from shared.identity.profiles import load_profile
from shared.notifications import subscriptions
from shared.notifications.preferences import NotificationPreferences, load_preferences
from shared.notifications.timing import is_due
from shared.plans.schema import PlanDay
from shared.profile.model import FitnessProfile
from shared.queue import names
from shared.store import containers
from shared.store.port import PatchOp
from shared.workouts.local_time import contributions, local_midnight
from shared.workouts.plans import load_active_plan

log = logging.getLogger("vigor.notifications")
USERS = containers.USERS.name
MARKER_TYPE = "push_marker"
MARKER_TTL_S = 3 * 86400


def daily_payload(day: date) -> dict[str, Any]:
    """The daily message's push: no words of the message itself (it may speak of an injury or a concern)."""
    return {"title": "Your coach's message for today", "body": "Open Vigor to read it.", "tag": f"daily-{day}",
            "url": "/coach"}  # fmt: skip


def workout_payload(plan_day: PlanDay, day: date) -> dict[str, Any]:
    """The workout-day reminder: the session's name and length, which the user chose to see on the lock screen."""
    minutes = f", about {plan_day.estimated_minutes} minutes" if plan_day.estimated_minutes else ""
    return {"title": "Workout day", "body": f"{plan_day.name[:60]}{minutes}.", "tag": f"workout-{day}",
            "url": "/log"}  # fmt: skip


async def trained_today(services: Services, user_id: str, local: datetime) -> bool:
    """Whether the user logged a session on `local`'s date (their calendar): a workout-day reminder then has
    nothing to remind them of. Read from the week documents (one or two point reads), never the sessions."""
    tz, day = local.tzinfo, local.date()
    if not isinstance(tz, ZoneInfo):
        tz = ZoneInfo("UTC")
    start, end = local_midnight(day, tz), local_midnight(day + timedelta(days=1), tz)
    return bool(await contributions(services.store, user_id, start, end))


def _marker_id(kind: str, day: date) -> str:
    return f"push_marker:{kind}:{day}"


async def _claim(services: Services, user_id: str, kind: str, day: date, subs: list[str]) -> list[str]:
    """The browsers to queue the (kind, day) push for: `subs` when this caller made the marker, the marker's own
    list when an earlier run left it unfinished, none when it was queued already."""
    marker = {"id": _marker_id(kind, day), "userId": user_id, "type": MARKER_TYPE, "ttl": MARKER_TTL_S,
              "subs": subs, "queued": False}  # fmt: skip
    try:
        await services.store.create(USERS, marker)
        return subs
    except Conflict:
        pass
    try:
        found = await services.store.read(USERS, user_id, _marker_id(kind, day))
    except NotFound:
        return []  # expired meanwhile: days old, nothing to resume
    if found.get("queued", True):  # a marker from before `queued` existed counts as done, as it did then
        return []
    log.info("push: resuming an interrupted %s batch", kind)
    return [str(sub) for sub in found.get("subs") or []]


async def _queued(services: Services, user_id: str, kind: str, day: date) -> None:
    with contextlib.suppress(NotFound):
        await services.store.patch(USERS, user_id, _marker_id(kind, day), [PatchOp("set", "queued", True)])


async def profile_of(services: Services, user_id: str) -> FitnessProfile:
    """The user's profile, or the defaults (UTC, 08:00) before onboarding."""
    stored = await load_profile(services.store, user_id)
    return stored.profile if stored else FitnessProfile()


async def _due(
    services: Services, user_id: str, prefs: NotificationPreferences, now: datetime, profile: FitnessProfile
) -> list[Any]:
    local = local_now(profile, now)
    day, quiet = local.date(), prefs.quiet_hours
    due: list[tuple[str, date, dict[str, Any]]] = []
    if prefs.daily_message and is_due(local, profile.daily_message_hour, quiet):
        if await read_message(services.store, user_id, message_id(day)) is not None:  # written: the push may follow
            due.append(("daily", day, daily_payload(day)))
    if prefs.workout_reminders and is_due(local, prefs.reminder_hour, quiet):
        plan = await load_active_plan(services.store, user_id)
        today = next((d for d in plan.days if d.day_index == local.weekday()), None) if plan else None
        if today is not None and not await trained_today(services, user_id, local):
            due.append(("workout", day, workout_payload(today, day)))
    return due


async def schedule_user(services: Services, user_id: str, now: datetime | None = None,
                        prefs: NotificationPreferences | None = None,
                        profile: FitnessProfile | None = None) -> int:  # fmt: skip
    """Enqueue the user's due pushes (one message per subscription); returns how many messages.

    `prefs` and `profile` when the caller has read them already (they are read otherwise)."""
    now = now or services.clock()
    prefs = prefs or await load_preferences(services.store, user_id)
    if not prefs.any_push:
        return 0
    subs = await subscriptions.list_subscriptions(services.store, user_id)
    if not subs:
        return 0
    sent = 0
    profile = profile or await profile_of(services, user_id)
    ids = [str(sub["id"]).removeprefix("push:") for sub in subs]
    for kind, day, payload in await _due(services, user_id, prefs, now, profile):
        targets = await _claim(services, user_id, kind, day, ids)
        for sub_id in targets:
            body = {"user_id": user_id, "subscription_id": sub_id, "kind": kind, "date": day.isoformat(),
                    "payload": payload}  # fmt: skip
            await services.queue.send(names.PUSH_NOTIFICATIONS, json.dumps(body))
            sent += 1
        if targets:
            await _queued(services, user_id, kind, day)
    return sent
