"""The daily housekeeping run: purge expired documents where the store does not do it itself.

Expired documents cover the LLM answer cache, quota idempotency markers, daily-message markers
and finished jobs (all carry a ttl). Quota counters need no rollover: they are keyed by period and
pruned when settled. Jobs whose messages were lost are marked failed. Two-step secrets stored in plaintext or
under a rotated-out key are sealed again under the current one. Accounts inactive past the retention schedule are
warned, then deleted (`shared.maintenance.retention`). Account erasures still under way an hour after
they were asked are sent to their queue again (`shared.identity.deletion`). Staged import files past their
day are deleted (`shared.importing.staging`; their records expire by ttl). Nothing else depends on this run.
"""

from __future__ import annotations

import logging

from shared.bootstrap import Services
from shared.identity.deletion import resume_stranded
from shared.identity.reseal import reseal_all
from shared.importing import staging
from shared.jobs.service import fail_stale_jobs
from shared.maintenance.retention import run_retention

log = logging.getLogger("vigor.maintenance")


async def run_daily_maintenance(services: Services) -> dict[str, int]:
    """Purge expired caches, idempotency keys and old jobs; fail stuck jobs. Safe to run any number of times."""
    purged = await services.store.purge_expired()
    stale = await fail_stale_jobs(services)
    secrets = await reseal_all(services)
    deletions = await resume_stranded(services)
    retention = await run_retention(services)
    files = await staging.purge_expired(services.blobs, services.clock())
    log.info("daily maintenance: purged %d expired documents and %d staged files, failed %d stale jobs",
             purged, files, stale)  # fmt: skip
    return {"purged": purged, "stale_jobs_failed": stale, "secrets_resealed": secrets["resealed"],
            "inactive_warned": retention["warned"], "inactive_deleted": retention["deleted"],
            "staged_files_purged": files, "deletions_resent": deletions}  # fmt: skip
