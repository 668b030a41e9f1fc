"""The daily housekeeping run: purge expired documents where the store does not do it itself."""

from __future__ import annotations

import logging

from shared.bootstrap import Services

log = logging.getLogger("vigor.maintenance")


async def run_daily_maintenance(services: Services) -> dict[str, int]:
    """Purge expired caches, idempotency keys and old jobs. Safe to run any number of times."""
    purged = await services.store.purge_expired()
    log.info("daily maintenance: purged %d expired documents", purged)
    return {"purged": purged}
