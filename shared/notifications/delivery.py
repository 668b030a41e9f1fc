"""The `push-notifications` queue handler: one push to one browser.

Message (JSON): {user_id, subscription_id, kind (daily|workout), date (the user's local date), payload}.
The push goes out unless the subscription is gone, the user turned that kind off, or it is now one of
their quiet hours (a retry that slipped into the night is dropped, not sent), or, for a workout-day
reminder, the user has already logged a session that local day. The push service's answer:
  201/202          done
  404, 410         the subscription expired or was unsubscribed: removed (RFC 8030 section 7.3)
  429, 5xx         `PushRetry` raised: the queue delivers the message again later, then poisons it
  other 4xx        logged (status only) and dropped: retrying the same request cannot succeed
Network errors and timeouts raise too (retried). Logs carry the user id's kind and status, never the
endpoint, keys or payload.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from shared.bootstrap import Services
from shared.coach.context import local_now
from shared.identity.profiles import load_profile
from shared.notifications import subscriptions
from shared.notifications.preferences import load_preferences
from shared.notifications.schedule import trained_today
from shared.notifications.sender import PushSender
from shared.notifications.vapid import vapid_keys
from shared.profile.model import FitnessProfile

log = logging.getLogger("vigor.notifications")
KINDS = ("daily", "workout")


class PushRetry(Exception):
    """The push service asked us to come back later (429) or failed (5xx): the queue retries."""


def sender(services: Services) -> PushSender:
    """The Services' push sender, built on first use."""
    if services.caches.push is None:
        services.caches.push = PushSender(vapid_keys(services.settings))
    return services.caches.push


def _parse(body: str) -> dict[str, Any] | None:
    try:
        message = json.loads(body)
        if not isinstance(message, dict) or message.get("kind") not in KINDS:
            return None
        for key in ("user_id", "subscription_id", "date"):
            if not isinstance(message.get(key), str):
                return None
        return message if isinstance(message.get("payload"), dict) else None
    except ValueError:
        return None


async def deliver(services: Services, body: str) -> str:
    """Send one queued push; returns what happened (`sent`, `expired`, `dropped`, `skipped`) for tests and logs."""
    message = _parse(body)
    if message is None:
        log.warning("push: an unreadable message was dropped")
        return "dropped"
    store, user_id = services.store, message["user_id"]
    found = await subscriptions.read_subscription(store, user_id, message["subscription_id"])
    if found is None:
        return "skipped"
    prefs = await load_preferences(store, user_id)
    wanted = prefs.daily_message if message["kind"] == "daily" else prefs.workout_reminders
    stored = await load_profile(store, user_id)
    local = local_now(stored.profile if stored else FitnessProfile(), services.clock())
    quiet = prefs.quiet_hours is not None and prefs.quiet_hours.contains(local.hour)
    if not wanted or quiet or local.date().isoformat() != message["date"]:
        return "skipped"
    if message["kind"] == "workout" and await trained_today(services, user_id, local):
        return "skipped"  # trained between the reminder's queuing and its delivery (a retry, a slow queue)
    topic = f"{message['kind']}-{message['date']}".replace("-", "")
    status = await sender(services).send(found, message["payload"], topic)
    if status in (404, 410):
        await subscriptions.forget_expired(store, user_id, message["subscription_id"])
        log.info("push: subscription expired (%d), removed", status)
        return "expired"
    if status == 429 or status >= 500:
        raise PushRetry(f"push service answered {status}")
    if status >= 400:
        log.warning("push: the push service refused a %s push (%d)", message["kind"], status)
        return "dropped"
    return "sent"


def undeliverable(body: str) -> None:
    """A push that failed every retry (the poison queue's trigger): logged, never raised."""
    message = _parse(body) or {}
    log.warning("push: a %s push could not be delivered after retries", message.get("kind", "unreadable"))
