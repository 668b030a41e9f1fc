"""Every account's two-step secrets sealed under the current key: the migration from plaintext and the second half
of a key rotation (shared.identity.secretbox).

`reseal_all` reads the accounts that hold a TOTP secret (set up or pending) page by page and writes each stale one
again, sealed under the current key, conditional on the account's ETag (a sign-in that changed the account
meanwhile has resealed it itself, or the next run will). Safe to run any number of times, while the app serves:
`python -m shared.cli reseal-secrets`, and the daily maintenance run. An old key can leave the ring once a run
reports `stale` 0 and `unreadable` 0.
"""

from __future__ import annotations

import logging
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound, PreconditionFailed, Unavailable
from shared.identity import secretbox
from shared.identity.records import ACCOUNT_ID, USERS
from shared.store.port import Filter, PatchOp, Query, etag_of

log = logging.getLogger("vigor.identity")
_FIELDS = ("totp", "totp_pending")


async def reseal_all(services: Services, *, page_size: int = 200) -> dict[str, int]:
    """{"checked": accounts read, "resealed": accounts written, "stale": left stale (changed meanwhile),
    "unreadable": secrets that open under no configured key or are damaged}."""
    done = {"checked": 0, "resealed": 0, "stale": 0, "unreadable": 0}
    seen: set[str] = set()
    for field in _FIELDS:
        filters = (Filter("type", "eq", "account"), Filter(f"{field}.secret", "defined"))
        continuation: str | None = None
        while True:
            page = await services.store.query(USERS, Query(filters, limit=page_size, continuation=continuation))
            for account in page.items:
                if str(account["userId"]) in seen:
                    continue
                seen.add(str(account["userId"]))
                done["checked"] += 1
                outcome = await _reseal(services, account)
                if outcome:
                    done[outcome] += 1
            continuation = page.continuation
            if not continuation:
                break
    if done["resealed"] or done["stale"] or done["unreadable"]:
        log.info("two-step secrets: %s", done)
    return done


async def _reseal(services: Services, account: dict[str, Any]) -> str | None:
    user_id = str(account["userId"])
    ops: list[PatchOp] = []
    for field in _FIELDS:
        value = dict(account.get(field) or {})
        stored = str(value.get("secret") or "")
        if not secretbox.stale(services.settings, stored):
            continue
        try:
            value["secret"] = secretbox.seal(
                services.settings, user_id, secretbox.open_secret(services.settings, user_id, stored)
            )
        except (ValueError, Unavailable):  # damaged, or under a key already taken out of the ring
            return "unreadable"
        ops.append(PatchOp("set", field, value))
    if not ops:
        return None
    try:
        await services.store.patch(USERS, user_id, ACCOUNT_ID, ops, if_match=etag_of(account))
    except (PreconditionFailed, NotFound):
        return "stale"
    return "resealed"
