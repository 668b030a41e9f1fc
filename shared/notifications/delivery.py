"""The `push-notifications` queue handler: one push to one browser, at least once and at most once a day.

Message (JSON): {user_id, subscription_id, kind (daily|workout), date (the user's local date), payload, attempt
(sends already tried; 0 when absent)}. The push goes out unless the subscription is gone, the user turned that kind
off, or it is now one of their quiet hours (a retry that slipped into the night is dropped, not sent), or, for a
workout-day reminder, the user has already logged a session that local day, or its receipt says it already went
out (`receipts`: a resumed batch or a redelivered message sends nothing twice). The push service's answer:
  201/202          done (the receipt is marked sent)
  404, 410         the subscription expired or was unsubscribed: removed (RFC 8030 section 7.3)
  429, 5xx         tried again later as a new message, after `retries.next_delay` (backoff, never before the
                   service's Retry-After), at most `retries.MAX_ATTEMPTS` sends; then logged and dropped
  other 4xx        logged (status only) and dropped: retrying the same request cannot succeed
Network errors and timeouts are retried like a 5xx. If the retry cannot be queued, `PushRetry` is raised and the
queue delivers this message again. Logs carry the kind and status, never the endpoint, keys or payload.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import aiohttp

from shared.bootstrap import Services
from shared.coach.context import local_now
from shared.identity.profiles import load_profile
from shared.notifications import receipts, retries, subscriptions
from shared.notifications.preferences import load_preferences
from shared.notifications.schedule import trained_today
from shared.notifications.sender import PushSender
from shared.notifications.vapid import vapid_keys
from shared.profile.model import FitnessProfile
from shared.queue import names

log = logging.getLogger("vigor.notifications")
KINDS = ("daily", "workout")


class PushRetry(Exception):
    """The push could not be sent and its retry could not be queued: the queue delivers this message again."""


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
        if type(message.get("attempt", 0)) is not int:
            return None
        return message if isinstance(message.get("payload"), dict) else None
    except ValueError:
        return None


async def _wanted(services: Services, message: dict[str, Any]) -> bool:
    """Whether the push may still go out now: kind on, not quiet, still its local day, not trained already."""
    store, user_id = services.store, message["user_id"]
    prefs = await load_preferences(store, user_id)
    wanted = prefs.daily_message if message["kind"] == "daily" else prefs.workout_reminders
    stored = await load_profile(store, user_id)
    local = local_now(stored.profile if stored else FitnessProfile(), services.clock())
    quiet = prefs.quiet_hours is not None and prefs.quiet_hours.contains(local.hour)
    if not wanted or quiet or local.date().isoformat() != message["date"]:
        return False
    # A workout-day reminder: trained between its queuing and its delivery (a retry, a slow queue).
    return not (message["kind"] == "workout" and await trained_today(services, user_id, local))


async def _later(services: Services, message: dict[str, Any], delay_s: float, attempt: int) -> None:
    """Queue the push again, visible after `delay_s`; PushRetry when the queue cannot take it."""
    try:
        await services.queue.send(names.PUSH_NOTIFICATIONS, json.dumps({**message, "attempt": attempt}),
                                  delay_seconds=delay_s)  # fmt: skip
    except Exception as exc:
        raise PushRetry(f"could not queue the retry: {type(exc).__name__}") from exc


async def deliver(services: Services, body: str) -> str:
    """Send one queued push; what happened, for tests and logs: `sent`, `expired`, `dropped`, `skipped`,
    `duplicate` (it went out already), `busy` (another worker is sending it), `retry` (queued again), `gave_up`."""
    message = _parse(body)
    if message is None:
        log.warning("push: an unreadable message was dropped")
        return "dropped"
    store, user_id, sub_id = services.store, message["user_id"], message["subscription_id"]
    found = await subscriptions.read_subscription(store, user_id, sub_id)
    if found is None or not await _wanted(services, message):
        return "skipped"
    receipt = receipts.receipt_id(message["kind"], message["date"], sub_id)
    claim, wait = await receipts.claim(store, user_id, receipt, services.clock().timestamp())
    if claim == "sent":
        return "duplicate"
    if claim == "busy":  # look again once the other worker's lease is over (it may have died mid-send)
        await _later(services, message, wait + 1, int(message.get("attempt", 0)))
        return "busy"
    attempt = int(message.get("attempt", 0)) + 1
    topic = f"{message['kind']}-{message['date']}".replace("-", "")
    try:
        answer = await sender(services).send(found, message["payload"], topic)
        status, retry_after = answer.status, answer.retry_after_s
    except (aiohttp.ClientError, TimeoutError) as exc:  # no answer: as a 5xx
        log.info("push: no answer from the push service (%s)", type(exc).__name__)
        status, retry_after = 0, None
    if 200 <= status < 300:
        await receipts.sent(store, user_id, receipt)
        return "sent"
    await receipts.give_back(store, user_id, receipt)
    if status in (404, 410):
        await subscriptions.forget_expired(store, user_id, sub_id)
        log.info("push: subscription expired (%d), removed", status)
        return "expired"
    if status == 0 or status == 429 or status >= 500:
        delay = retries.next_delay(attempt, retry_after)
        if delay is None:
            log.warning("push: a %s push was dropped after %d sends (last answer %d)", message["kind"], attempt, status)
            return "gave_up"
        await _later(services, message, delay, attempt)
        return "retry"
    log.warning("push: the push service refused a %s push (%d)", message["kind"], status)
    return "dropped"


def undeliverable(body: str) -> None:
    """A push whose message failed every redelivery (the poison queue's trigger): logged, never raised."""
    message = _parse(body) or {}
    log.warning("push: a %s push could not be delivered after retries", message.get("kind", "unreadable"))
