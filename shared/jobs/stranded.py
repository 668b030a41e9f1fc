"""Re-queue jobs stranded by a dead worker, so they resume within about a minute on Azure too.

On the local host a killed worker's queue message comes back within `shared.queue.dispatch.LEASE_S`.
On Azure the Functions host holds an in-flight message for 10 minutes (renewed while the function runs,
not configurable), so a host that dies mid-job would leave the user waiting that long. A timer
(`functions/timers.py`, every minute) finds jobs whose lease has expired (`status: running`, nobody
renewing) or that have waited in `queued` for `QUEUED_GRACE` (their message was lost or is stuck), and
sends each a fresh message. Delivery is idempotent (`shared.jobs.service`: the claim is under the job's
ETag and a finished job never runs again), so the original message coming back later does nothing.
A job is re-queued at most once per `REQUEUE_EVERY` (`requeued_at`, written under its ETag first, so two
timer runs never both send), and the query reads only stranded jobs, never all of them.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

from shared.bootstrap import Services
from shared.errors import NotFound, PreconditionFailed
from shared.queue import names as queues
from shared.store import containers
from shared.store.port import Document, Filter, PatchOp, Query, etag_or_none

log = logging.getLogger("vigor.jobs")

QUEUED_GRACE = timedelta(minutes=2)  # a queued job's message is normally picked up within seconds
REQUEUE_EVERY = timedelta(minutes=2)  # at most one fresh message per job this often
MAX_PER_RUN = 200  # a backlog larger than this is handled over the next runs


async def requeue_stranded(services: Services, now: datetime | None = None) -> int:
    """Send a fresh message for every stranded job; returns how many were re-queued."""
    now = now or services.clock()
    expired = (Filter("type", "eq", "job"), Filter("status", "eq", "running"),
               Filter("lease_until", "lt", now.isoformat()))  # fmt: skip
    waiting = (Filter("type", "eq", "job"), Filter("status", "eq", "queued"),
               Filter("created_at", "lt", (now - QUEUED_GRACE).isoformat()))  # fmt: skip
    sent = 0
    for filters in (expired, waiting):
        page = await services.store.query(containers.AI.name, Query(filters=filters, limit=MAX_PER_RUN - sent))
        for job in page.items:
            if await _requeue(services, job, now):
                sent += 1
        if sent >= MAX_PER_RUN:
            break
    if sent:
        log.warning("re-queued %d stranded job(s)", sent)
    return sent


async def _requeue(services: Services, job: Document, now: datetime) -> bool:
    last = job.get("requeued_at")
    if last and datetime.fromisoformat(str(last)) > now - REQUEUE_EVERY:
        return False
    try:
        await services.store.patch(containers.AI.name, job["userId"], job["id"],
                                   [PatchOp("set", "requeued_at", now.isoformat())],
                                   if_match=etag_or_none(job))  # fmt: skip
    except (PreconditionFailed, NotFound):
        return False  # it moved on (claimed, renewed, finished or expired) since the query read it
    message = {"job_id": job["id"], "user_id": job["userId"], "kind": str(job.get("kind") or "")}
    await services.queue.send(str(job.get("queue") or queues.AI_JOBS), json.dumps(message))
    return True
