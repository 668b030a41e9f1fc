"""An account's `last_active` day (UTC, `YYYY-MM-DD`): what the retention schedule measures inactivity by.

It is written at most once a day per account: `touch` compares the day already on the account it was given (every
authenticated request reads the account anyway, and every sign-in and refresh has it in hand) and patches only when
the day changed, so a busy user costs one write a day and an idle one none. The daily retention run finds accounts
by a range on it (`shared.maintenance.retention`), never by reading every user.

A sign-in, a refresh or any request after an inactivity warning also clears the warning (`retention_warning`) in
the same write: the account is in use again, its deletion is off, and a later period of inactivity starts a new
warning with its full notice. The retention run deletes only an account unchanged since it found it (its ETag).
"""

from __future__ import annotations

import contextlib
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound, PreconditionFailed
from shared.identity import audit
from shared.identity.records import ACCOUNT_ID, USERS
from shared.metrics import events as metric_events
from shared.store.port import PatchOp, etag_or_none


def today(services: Services) -> str:
    """Today's date in UTC by the services' clock, as stored in `last_active`."""
    return services.clock().date().isoformat()


async def touch(services: Services, account: dict[str, Any]) -> None:
    """Record that the account was used today, unless it already says so (one write a day at most); a waiting
    inactivity warning is cleared with it (audited), so the account is not deleted on that warning's day."""
    day, user_id = today(services), str(account["userId"])
    with contextlib.suppress(NotFound):  # deleted meanwhile: nothing to record
        for _ in range(3):
            if not account.get("retention_warning"):
                if account.get("last_active") != day:
                    await services.store.patch(USERS, user_id, ACCOUNT_ID, [PatchOp("set", "last_active", day)])
                    await _counted(services, account)
                return
            # Against the version read, so that of two requests at once one clears the warning (and audits it);
            # the account given may be older than the store's (a sign-in that changed it): read it and try again.
            ops = [PatchOp("set", "last_active", day), PatchOp("set", "retention_warning", None)]
            try:
                await services.store.patch(USERS, user_id, ACCOUNT_ID, ops, if_match=etag_or_none(account))
            except PreconditionFailed:
                account = await services.store.read(USERS, user_id, ACCOUNT_ID)
                continue
            await audit.record(services.store, user_id, "account.inactivity_warning_cleared", user_id, {})
            await _counted(services, account)
            return


async def _counted(services: Services, account: dict[str, Any]) -> None:
    # The first use of a day, for the success metrics (active users, retention by sign-up day). A race of two
    # first requests reaches here twice; the metric's own marker counts the user once.
    created = account.get("created_at")
    await metric_events.active(services.store, str(account["userId"]), services.clock(), created and str(created))
