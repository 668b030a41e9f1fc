"""An account's `last_active` day (UTC, `YYYY-MM-DD`): what the retention schedule measures inactivity by.

It is written at most once a day per account: `touch` compares the day already on the account it was given (every
authenticated request reads the account anyway) and patches only when the day changed, so a busy user costs one
write a day and an idle one none. The daily retention run finds accounts by a range on it
(`shared.maintenance.retention`), never by reading every user.
"""

from __future__ import annotations

import contextlib
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound
from shared.identity.records import ACCOUNT_ID, USERS
from shared.store.port import PatchOp


def today(services: Services) -> str:
    """Today's date in UTC by the services' clock, as stored in `last_active`."""
    return services.clock().date().isoformat()


async def touch(services: Services, account: dict[str, Any]) -> None:
    """Record that the account was used today, unless it already says so (one write a day at most)."""
    day = today(services)
    if account.get("last_active") == day:
        return
    with contextlib.suppress(NotFound):  # deleted meanwhile: nothing to record
        await services.store.patch(USERS, str(account["userId"]), ACCOUNT_ID, [PatchOp("set", "last_active", day)])
