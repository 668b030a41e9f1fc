"""The nightly aggregates check: repair the users whose weekly progress may have drifted.

Only flagged users are read (`shared.workouts.rebuild_marks`): those with a marker left by a session
write that did not finish its aggregates (stores without transactional batches), and a bounded number
whose summary predates atomic writes. Their reads repair them too; this run reaches users who do not
come back. Safe beside live writes and to run any number of times.
"""

from __future__ import annotations

import logging

from shared.bootstrap import Services
from shared.workouts.rebuild_marks import repair_flagged

log = logging.getLogger("vigor.maintenance")


async def run_aggregates_check(services: Services) -> dict[str, int]:
    """Repair flagged users; returns how many were checked and how many had drifted."""
    checked = await repair_flagged(services.store, now=services.clock())
    log.info("aggregates check: %d flagged user(s), %d repaired", checked.users, len(checked.repaired))
    return {"users_checked": checked.users, "users_repaired": len(checked.repaired)}
