"""Creating, running and failing jobs.

A job is a document in the `ai` container (partition = the user) plus one queue
message naming it. Delivery is at-least-once, so running is idempotent: the job id
is the idempotency key, a finished job is never run again, and a handler must make
its own writes idempotent (derive ids from the job id). Handlers raise
`PermanentJobError` (or a 4xx `VigorError`) for failures a retry cannot fix; any
other exception is retried by the queue and ends in the poison queue, whose
trigger marks the job failed.

A delivery claims a job by writing `status=running` with a lease (`lease_until`, LEASE_SECONDS
ahead) under the document's ETag, so of two concurrent deliveries exactly one runs the handler; a
delivery that finds the lease held raises `JobBusy` and the queue retries it later. While the
handler runs the lease is renewed every third of its length (under the ETag: a renewal that finds
the job changed has lost it), so runs may last up to the function timeout while a process that
dies mid-run blocks the job for LEASE_SECONDS at most: its message comes back within the queue's
own short lease (`shared.queue.dispatch.LEASE_S`) and the next delivery runs the job again.
A handler that raises gives the lease back, so the retry (or the poison trigger) can act at once.
Times come from `services.clock`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound, PreconditionFailed, Throttled, Unavailable, VigorError
from shared.jobs import dead_letters, progress
from shared.jobs.messages import MalformedMessage, parse_job_message
from shared.logging_context import correlation_id
from shared.queue import names as queues
from shared.quota import reservations
from shared.store import containers
from shared.store.port import Document, Filter, PatchOp, Query, etag_or_none

log = logging.getLogger("vigor.jobs")

JOB_TTL_SECONDS = 30 * 24 * 3600  # finished jobs are kept a month for the status page, then expire
FAILED_AFTER_RETRIES = "We could not finish this request after several attempts. Please try again later."
LEASE_SECONDS = 30.0  # a dead delivery's lease blocks the job this long at most (renewed while running)
MAX_ATTEMPTS = 10  # runs (not deliveries) before the poison trigger stops waiting for a lease


class JobBusy(Exception):
    """Another delivery holds the job's lease: retry this message later (transient by design)."""


class PermanentJobError(Exception):
    """A failure no retry can fix; the message is shown to the user."""


def _now(services: Services | None = None) -> str:
    return (services.clock() if services is not None else datetime.now(UTC)).isoformat()


async def create_job(
    services: Services, user_id: str, kind: str, request: dict[str, Any], queue: str = queues.AI_JOBS,
    *, job_id: str | None = None, holds_quota: bool = False,
) -> Document:  # fmt: skip
    """Write the job document, then enqueue its message. Returns the job; Conflict if `job_id` exists.

    `holds_quota`: the caller reserved the job's AI quota under the job id (`reservations.reserve`
    with `idempotency_key=job_id`); a job that fails for good gives it back (`reservations.release_hold`).
    """
    job = {
        "id": job_id or uuid.uuid4().hex,
        "userId": user_id,
        "type": "job",
        "kind": kind,
        "status": "queued",
        "request": request,
        "result": None,
        "error": None,
        "attempts": 0,
        "created_at": _now(services),
        "finished_at": None,
        "ttl": JOB_TTL_SECONDS,
        "holds_quota": holds_quota,
        "queue": queue,  # where a stranded job's fresh message goes (`shared.jobs.stranded`)
    }
    created = await services.store.create(containers.AI.name, job)
    message = {"job_id": job["id"], "user_id": user_id, "kind": kind, "correlation_id": correlation_id.get()}
    await services.queue.send(queue, json.dumps(message))
    return created


async def read_job(services: Services, user_id: str, job_id: str) -> Document:
    """The caller's job (NotFound for anyone else's: the partition is the owner); a queued or running job
    carries its last reported `progress` (`shared.jobs.progress`) when its handler reports any."""
    try:
        job = await services.store.read(containers.AI.name, user_id, job_id)
    except NotFound:
        job = {}
    if job.get("type") != "job":
        raise NotFound("No such job.")
    if job.get("status") in {"queued", "running"}:
        found = await progress.read(services.store, user_id, job_id)
        job["progress"] = found.model_dump() if found else None
    return job


async def _finish(services: Services, job: Document, status: str, result: Any = None, error: str | None = None) -> None:
    job.update(status=status, result=result, error=error, finished_at=_now(services), lease_until=None)
    try:
        await services.store.replace(containers.AI.name, job, if_match=etag_or_none(job))
    except PreconditionFailed:
        # Another delivery finished it first; its outcome stands.
        log.info("job %s finished concurrently; keeping the first outcome", job["id"])
        return
    if status == "failed" and job.get("holds_quota"):  # the user gets back the request they were charged
        await reservations.release_hold(services.store, job["userId"], job["id"])


async def run_job_message(services: Services, body: str, queue: str = queues.AI_JOBS, message_id: str = "") -> None:
    """Run the job a queue message names. Raises to ask the queue for a retry.

    A malformed message is dead-lettered once with its reason and not retried (no retry can fix it);
    if even that write fails, the error propagates and the queue tries again.
    """
    try:
        ref = parse_job_message(body)
    except MalformedMessage as exc:
        await dead_letters.record(services.store, queue, "queue", exc.reason, body, services.clock(), message_id)
        return
    token = correlation_id.set(ref.correlation_id)
    try:
        await _run(services, ref.user_id, ref.job_id)
    finally:
        correlation_id.reset(token)


def lease_held(job: Document, now: datetime | None = None) -> bool:
    """Whether a delivery is running the job right now (its lease has not expired)."""
    until = job.get("lease_until")
    if job.get("status") != "running" or not until:
        return False
    return datetime.fromisoformat(str(until)) > (now or datetime.now(UTC))


async def _claim(services: Services, job: Document) -> Document:
    """Take the lease under the ETag; JobBusy when another delivery holds it or wins the race."""
    now = services.clock()
    if lease_held(job, now):
        raise JobBusy(f"job {job['id']} is running elsewhere")
    job.update(
        status="running",
        attempts=int(job.get("attempts", 0)) + 1,
        started_at=now.isoformat(),
        lease_until=(now + timedelta(seconds=LEASE_SECONDS)).isoformat(),
    )
    try:
        return await services.store.replace(containers.AI.name, job, if_match=etag_or_none(job))
    except PreconditionFailed:
        raise JobBusy(f"job {job['id']} was claimed concurrently") from None


class _Lease:
    """The claimed job as last written: each renewal changes its ETag, which finishing needs."""

    def __init__(self, job: Document) -> None:
        self.job = job

    async def renew(self, services: Services, stop: asyncio.Event) -> None:
        while True:
            try:
                await asyncio.wait_for(stop.wait(), LEASE_SECONDS / 3)
                return
            except TimeoutError:
                pass
            until = (services.clock() + timedelta(seconds=LEASE_SECONDS)).isoformat()
            try:
                self.job = await services.store.patch(
                    containers.AI.name, self.job["userId"], self.job["id"], [PatchOp("set", "lease_until", until)],
                    if_match=etag_or_none(self.job),
                )  # fmt: skip
            except (NotFound, PreconditionFailed):
                log.warning("job %s: lease lost while running (it expired and was taken over)", self.job["id"])
                return
            except (Throttled, Unavailable):
                pass  # two thirds of the lease are left: try again


@contextlib.asynccontextmanager
async def _renewed(services: Services, lease: _Lease) -> AsyncIterator[None]:
    """Renew the lease while the block runs; no renewal is in flight once it ends."""
    stop = asyncio.Event()
    renewal = asyncio.create_task(lease.renew(services, stop))
    try:
        yield
    finally:
        stop.set()
        await renewal


async def _release_lease(services: Services, job: Document) -> None:
    """Give the lease back after a failed run (best effort: an expired lease does the same later)."""
    try:
        await services.store.patch(
            containers.AI.name, job["userId"], job["id"], [PatchOp("set", "lease_until", None)],
            if_match=etag_or_none(job),
        )  # fmt: skip
    except (NotFound, PreconditionFailed):
        pass


async def _run(services: Services, user_id: str, job_id: str) -> None:
    try:
        job = await services.store.read(containers.AI.name, user_id, job_id)
    except NotFound:
        log.info("job %s no longer exists (account deleted?); dropping its message", job_id)
        return
    if job["status"] in {"succeeded", "failed"}:
        log.info("job %s already %s; duplicate delivery ignored", job_id, job["status"])
        return
    handler = services.jobs.get(job["kind"])
    if handler is None:
        await _finish(services, job, "failed", error=f"Unknown job kind {job['kind']!r}.")
        return
    lease = _Lease(await _claim(services, job))
    try:
        async with _renewed(services, lease):
            result = await handler(services, lease.job)
    except PermanentJobError as exc:
        await _finish(services, lease.job, "failed", error=str(exc))
        return
    except VigorError as exc:
        if exc.status < 500:
            await _finish(services, lease.job, "failed", error=exc.detail)
            return
        await _release_lease(services, lease.job)
        raise
    except BaseException:
        await _release_lease(services, lease.job)
        raise
    await _finish(services, lease.job, "succeeded", result=result)
    log.info("job %s (%s) succeeded", job_id, job["kind"])


async def fail_poisoned(services: Services, body: str, queue: str = queues.AI_JOBS, message_id: str = "") -> None:
    """A message ran out of retries: mark its job failed with a reason the user can read.

    Never raises: a poison trigger that raised would send the message to `<queue>-poison-poison`,
    which nothing watches. A failure here is logged and dead-lettered; a job it leaves unfinished
    is failed by `fail_stale_jobs` a day later.
    """
    try:
        await _fail_poisoned(services, body, queue, message_id)
    except Exception as exc:
        log.error("poison handler for %s failed: %s", queue, type(exc).__name__, extra={"message_id": message_id})
        try:
            await dead_letters.record(services.store, queue, "poison", dead_letters.POISON_HANDLER_ERROR, body,
                                      services.clock(), message_id)  # fmt: skip
        except Exception as again:
            log.error("could not record a dead letter for %s: %s", queue, type(again).__name__)


async def _fail_poisoned(services: Services, body: str, queue: str, message_id: str) -> None:
    try:
        ref = parse_job_message(body)
    except MalformedMessage as exc:
        await dead_letters.record(services.store, queue, "poison", exc.reason, body, services.clock(), message_id)
        return
    exhausted = dead_letters.RETRIES_EXHAUSTED
    try:
        job = await services.store.read(containers.AI.name, ref.user_id, ref.job_id)
    except NotFound:
        await dead_letters.record(services.store, queue, "poison", exhausted, body, services.clock(), message_id)
        return
    if job["status"] in {"succeeded", "failed"}:
        return
    if lease_held(job, services.clock()) and int(job.get("attempts", 0)) < MAX_ATTEMPTS:
        # A duplicate ran out of retries while another delivery is still running the job: that
        # delivery will finish it. Look again once the lease has expired, in case it died meanwhile.
        wait = (datetime.fromisoformat(str(job["lease_until"])) - services.clock()).total_seconds()
        await services.queue.send(queue, body, delay_seconds=max(1.0, wait + 1))
        log.info("job %s is still running elsewhere; checking again after its lease", job["id"])
        return
    await _finish(services, job, "failed", error=FAILED_AFTER_RETRIES)
    await dead_letters.record(services.store, queue, "poison", exhausted, body, services.clock(), message_id)
    log.warning("job %s failed after exhausting its retries", job["id"])


STALE_AFTER = timedelta(days=1)
STALE_REASON = "This request was not finished in time. Please try again."


async def fail_stale_jobs(services: Services, now: datetime | None = None) -> int:
    """Mark failed the jobs still queued or running a day after they were made (their messages were lost).

    Housekeeping only: a live job is never this old (retries and the poison trigger finish it in minutes).
    """
    cutoff = ((now or datetime.now(UTC)) - STALE_AFTER).isoformat()
    filters = (Filter("type", "eq", "job"), Filter("status", "in", ["queued", "running"]),
               Filter("created_at", "lt", cutoff))  # fmt: skip
    failed, token = 0, None
    while True:
        page = await services.store.query(containers.AI.name, Query(filters=filters, limit=200, continuation=token))
        for job in page.items:
            if not lease_held(job, now):
                await _finish(services, job, "failed", error=STALE_REASON)
                failed += 1
        token = page.continuation
        if token is None:
            return failed
