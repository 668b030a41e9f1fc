"""A test notification the user asks for ("Send a test notification" in the web app): one push to each of their
subscribed browsers (or one of them) now, through the same sender as the reminders (pywebpush, VAPID).

Unlike a reminder it is sent at once, inside the request, and whatever the opt-ins and quiet hours say: the user
is looking at the screen and wants to know whether reminders reach this device. What each push service answered
is reported per outcome: `sent`, `expired` (404/410: the subscription is removed, as a reminder's would be) and
`failed` (any other answer, a timeout or a network error). At most `PER_HOUR` requests an hour per user, so the
button cannot be used to flood the user's devices or the push services.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Literal

import aiohttp
from pywebpush import WebPushException

from shared.bootstrap import Services
from shared.errors import Conflict, NotFound
from shared.identity import ratelimit
from shared.notifications import subscriptions
from shared.notifications.delivery import sender
from shared.store.port import Document

log = logging.getLogger("vigor.notifications")
PER_HOUR = 10
PAYLOAD: dict[str, Any] = {"title": "Vigor test notification", "body": "Reminders reach this device.", "tag": "test",
                           "url": "/account"}  # fmt: skip
Outcome = Literal["sent", "expired", "failed"]


async def _send_one(services: Services, user_id: str, sub: Document) -> Outcome:
    try:
        status = (await sender(services).send(sub, PAYLOAD, "test")).status
    except (aiohttp.ClientError, TimeoutError, ValueError, WebPushException):
        return "failed"
    if status in (404, 410):
        await subscriptions.forget_expired(services.store, user_id, str(sub["id"]).removeprefix("push:"))
        return "expired"
    return "sent" if 200 <= status < 300 else "failed"


async def send_test_notification(services: Services, user_id: str, only: str | None = None) -> dict[str, int]:
    """Push the test notification to the user's browsers (only the subscription `only` when given); counts by outcome.

    NotFound: no such subscription of this user. Conflict: the user has no subscribed browser at all.
    LimitExceeded: more than PER_HOUR tests this hour. PushUnavailable: this server has no VAPID key."""
    await ratelimit.enforce(services.store, f"push-test:{user_id}", PER_HOUR, 3600, "test notifications")
    if only is not None:
        found = await subscriptions.read_subscription(services.store, user_id, only)
        if found is None:
            raise NotFound("No such subscription.")
        subs = [found]
    else:
        subs = await subscriptions.list_subscriptions(services.store, user_id)
        if not subs:
            raise Conflict("No device gets reminders yet: turn them on for this device first.")
    outcomes = await asyncio.gather(*(_send_one(services, user_id, sub) for sub in subs))
    counts = {kind: outcomes.count(kind) for kind in ("sent", "expired", "failed")}
    log.info("push: test notification, %d sent, %d expired, %d failed", counts["sent"], counts["expired"],
             counts["failed"])  # fmt: skip
    return counts
