"""Access that outlives a sign-in: the calendar feed's private link and the browsers subscribed to pushes.

Neither needs a session (a feed URL is its own credential; a push goes to whatever browser subscribed), so ending
every sign-in does not end them. When the owner takes an account back (a password reset), asks for everyone else
out (sign out everywhere), or an admin disables it, they end too (the attacker review of issue 17: a squatter's
calendar link and notifications kept working after the owner's reset). The owner turns them on again in Account.

The calendar link is a credential to the plan (anyone holding the URL reads it), so it also ends whenever the account's
own credentials change: a password change and a completed email change (`forget_calendar`; task hAU: the URL of an
address the owner gave up kept answering). Push subscriptions stay then: they only receive, and this browser's own
would go with them.
"""

from __future__ import annotations

from shared.calendar_feed import tokens as calendar_tokens
from shared.notifications import subscriptions
from shared.store.port import DocumentStore


async def forget_calendar(store: DocumentStore, user_id: str) -> None:
    """End the calendar feed's private link (idempotent): its URL answers 404 until the owner makes a new one."""
    await calendar_tokens.revoke(store, user_id)


async def forget_devices(store: DocumentStore, user_id: str) -> int:
    """Turn the calendar feed off and remove every push subscription (idempotent); returns subscriptions removed."""
    await forget_calendar(store, user_id)
    removed = 0
    for doc in await subscriptions.list_subscriptions(store, user_id):
        await subscriptions.forget_expired(store, user_id, str(doc["id"]).removeprefix("push:"))
        removed += 1
    return removed
