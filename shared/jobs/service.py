"""Creating, running and failing jobs.

A job is a document in the `ai` container (partition = the user) plus one queue
message naming it. Delivery is at-least-once, so running is idempotent: the job id
is the idempotency key, a finished job is never run again, and a handler must make
its own writes idempotent (derive ids from the job id). Handlers raise
`PermanentJobError` (or a 4xx `VigorError`) for failures a retry cannot fix; any
other exception is retried by the queue and ends in the poison queue, whose
trigger marks the job failed.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from shared.bootstrap import Services
from shared.errors import NotFound, PreconditionFailed, VigorError
from shared.logging_context import correlation_id
from shared.queue import names as queues
from shared.store import containers
from shared.store.port import Document

log = logging.getLogger("vigor.jobs")

JOB_TTL_SECONDS = 30 * 24 * 3600  # finished jobs are kept a month for the status page, then expire
JobHandler = Callable[[Services, Document], Awaitable[dict[str, Any]]]
_handlers: dict[str, JobHandler] = {}
FAILED_AFTER_RETRIES = "We could not finish this request after several attempts. Please try again later."


class PermanentJobError(Exception):
    """A failure no retry can fix; the message is shown to the user."""


def job_handler(kind: str) -> Callable[[JobHandler], JobHandler]:
    """Register the handler for one job kind."""

    def register(fn: JobHandler) -> JobHandler:
        _handlers[kind] = fn
        return fn

    return register


def _now() -> str:
    return datetime.now(UTC).isoformat()


async def create_job(
    services: Services, user_id: str, kind: str, request: dict[str, Any], queue: str = queues.AI_JOBS
) -> Document:
    """Write the job document, then enqueue its message. Returns the job."""
    job = {
        "id": uuid.uuid4().hex,
        "userId": user_id,
        "type": "job",
        "kind": kind,
        "status": "queued",
        "request": request,
        "result": None,
        "error": None,
        "attempts": 0,
        "created_at": _now(),
        "finished_at": None,
        "ttl": JOB_TTL_SECONDS,
    }
    created = await services.store.create(containers.AI.name, job)
    message = {"job_id": job["id"], "user_id": user_id, "kind": kind, "correlation_id": correlation_id.get()}
    await services.queue.send(queue, json.dumps(message))
    return created


async def read_job(services: Services, user_id: str, job_id: str) -> Document:
    """The caller's job (NotFound for anyone else's: the partition is the owner)."""
    job = await services.store.read(containers.AI.name, user_id, job_id)
    if job.get("type") != "job":
        raise NotFound("No such job.")
    return job


def parse_message(body: str) -> dict[str, str] | None:
    """The job reference in a queue message, or None when the message is not one of ours."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("job_id", "user_id")):
        return None
    return {k: str(v) for k, v in data.items() if isinstance(v, str)}


async def _finish(services: Services, job: Document, status: str, result: Any = None, error: str | None = None) -> None:
    job.update(status=status, result=result, error=error, finished_at=_now())
    try:
        await services.store.replace(containers.AI.name, job, if_match=job.get("_etag"))
    except PreconditionFailed:
        # Another delivery finished it first; its outcome stands.
        log.info("job %s finished concurrently; keeping the first outcome", job["id"])


async def run_job_message(services: Services, body: str) -> None:
    """Run the job a queue message names. Raises to ask the queue for a retry."""
    ref = parse_message(body)
    if ref is None:
        log.warning("dropping a queue message that names no job")
        return
    token = correlation_id.set(ref.get("correlation_id", "-"))
    try:
        await _run(services, ref["user_id"], ref["job_id"])
    finally:
        correlation_id.reset(token)


async def _run(services: Services, user_id: str, job_id: str) -> None:
    try:
        job = await services.store.read(containers.AI.name, user_id, job_id)
    except NotFound:
        log.info("job %s no longer exists (account deleted?); dropping its message", job_id)
        return
    if job["status"] in {"succeeded", "failed"}:
        log.info("job %s already %s; duplicate delivery ignored", job_id, job["status"])
        return
    handler = _handlers.get(job["kind"])
    if handler is None:
        await _finish(services, job, "failed", error=f"Unknown job kind {job['kind']!r}.")
        return
    job.update(status="running", attempts=int(job.get("attempts", 0)) + 1, started_at=_now())
    job = await services.store.replace(containers.AI.name, job, if_match=job.get("_etag"))
    try:
        result = await handler(services, job)
    except PermanentJobError as exc:
        await _finish(services, job, "failed", error=str(exc))
        return
    except VigorError as exc:
        if exc.status < 500:
            await _finish(services, job, "failed", error=exc.detail)
            return
        raise
    await _finish(services, job, "succeeded", result=result)
    log.info("job %s (%s) succeeded", job_id, job["kind"])


async def fail_poisoned(services: Services, body: str) -> None:
    """A message ran out of retries: mark its job failed with a reason the user can read."""
    ref = parse_message(body)
    if ref is None:
        return
    try:
        job = await services.store.read(containers.AI.name, ref["user_id"], ref["job_id"])
    except NotFound:
        return
    if job["status"] not in {"succeeded", "failed"}:
        await _finish(services, job, "failed", error=FAILED_AFTER_RETRIES)
        log.warning("job %s failed after exhausting its retries", job["id"])
