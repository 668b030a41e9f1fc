"""The `import` queue job: a large file (or a staged dry run committed) read from the blob store.

Job request (written by `functions/http/imports.py`, the message carries only the job's id):
{staged_id, source, dry_run, units, chosen (the dry run's corrections)}. The job streams the staged
file through the importer (`service.import_stream`), reports `reading` then `writing` progress
(`shared.jobs.progress`), and its result is the same `ImportSummary` a small file gets at once.
A dry run's file stays staged (its id is in the summary) for the import that follows; an import's is
deleted when done. Running twice adds nothing (the importer writes nothing twice).
An unreadable file or a correction naming no exercise fails the job with the reason (no retry can
fix it); a staged file gone (expired after a day) likewise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shared.bootstrap import JobHandler, Services
from shared.errors import InvalidInput, NotFound
from shared.importing import service, staging
from shared.jobs.progress import Reporter
from shared.jobs.service import PermanentJobError

KIND = "import"


def _reason(exc: InvalidInput) -> str:
    fields = "; ".join(f"{e.field}: {e.message}" for e in exc.errors[:5])
    return f"{exc.detail} ({fields})" if fields else exc.detail


async def run_import_job(services: Services, job: dict[str, Any]) -> dict[str, Any]:
    """Import the staged file the job names; its result is the summary (JSON)."""
    request, user_id = job["request"], str(job["userId"])
    try:
        staged = await staging.find(services, user_id, str(request["staged_id"]), services.clock())
    except NotFound as exc:
        raise PermanentJobError(exc.detail) from None
    dry_run = bool(request.get("dry_run"))
    try:
        summary = await service.import_stream(
            services.store, user_id, staging.read(services.blobs, staged), size=staged.size,
            source=request.get("source") or "auto", dry_run=dry_run, units=request.get("units"),
            chosen=request.get("chosen") or {}, now=services.clock(), progress=Reporter(services.store, job),
        )  # fmt: skip
    except InvalidInput as exc:
        raise PermanentJobError(_reason(exc)) from None
    except NotFound:  # the blob went (expired and purged) between finding its record and reading it
        raise PermanentJobError(staging.GONE) from None
    if dry_run:
        summary.staged_id, summary.staged_until = staged.id, staged.expires_at
    else:
        await staging.discard(services, user_id, staged.id)
    return summary.model_dump(mode="json")


HANDLERS: Mapping[str, JobHandler] = {KIND: run_import_job}
