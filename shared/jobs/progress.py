"""How far a running job has got, for its status page: a document beside the job, not in it.

The job document is written under its ETag by the lease renewals and by finishing
(`shared.jobs.service`); progress written into it would make those lose their race. So a handler
reports into `job_progress:<job id>` (ai container, pk userId, the job's time-to-live):
{type, job_id, progress: {phase, done, total}, updated_at}, and `read_job` adds it to a queued or
running job. `Reporter` writes at most once a second (and as each phase begins and ends), so a 50,000-row
file costs a few dozen writes.
"""

from __future__ import annotations

import time
from typing import Any

from pydantic import BaseModel, Field

from shared.errors import NotFound
from shared.store import containers
from shared.store.port import DocumentStore

TYPE = "job_progress"
TTL_SECONDS = 30 * 24 * 3600
EVERY_SECONDS = 1.0


class JobProgress(BaseModel):
    """`phase` (a job kind's own words, e.g. `reading`, `writing`), `done` of `total` in the phase's unit
    (`unit`: `bytes`, `sessions`), and `percent` of the phase when the total is known."""

    phase: str
    done: int
    total: int | None = None
    unit: str
    percent: int | None = Field(default=None, ge=0, le=100)
    plan_id: str | None = Field(
        default=None,
        description="a plan job's interim plan, usable while the job goes on (the engine's, while an AI writes)",
    )


def _doc_id(job_id: str) -> str:
    return f"{TYPE}:{job_id}"


async def read(store: DocumentStore, user_id: str, job_id: str) -> JobProgress | None:
    """The job's last reported progress, or None."""
    try:
        doc = await store.read(containers.AI.name, user_id, _doc_id(job_id))
    except NotFound:
        return None
    return JobProgress.model_validate(doc["progress"])


class Reporter:
    """Reports one job's progress, throttled; `clock` is monotonic seconds (tests pass their own)."""

    def __init__(self, store: DocumentStore, job: dict[str, Any], clock: Any = time.monotonic) -> None:
        self._store, self._job, self._clock = store, job, clock
        self._last_at: float | None = None
        self._last_phase = ""

    async def __call__(
        self, phase: str, done: int, total: int | None, unit: str, *, force: bool = False, plan_id: str | None = None
    ) -> None:
        now = self._clock()
        fresh = phase != self._last_phase or (total is not None and done >= total)  # a phase begun or done
        if not (force or fresh or self._last_at is None or now - self._last_at >= EVERY_SECONDS):
            return
        self._last_at, self._last_phase = now, phase
        percent = min(100, int(done * 100 / total)) if total else None
        progress = JobProgress(phase=phase, done=done, total=total, unit=unit, percent=percent, plan_id=plan_id)
        doc = {"id": _doc_id(str(self._job["id"])), "userId": self._job["userId"], "type": TYPE,
               "job_id": self._job["id"], "progress": progress.model_dump(), "ttl": TTL_SECONDS}  # fmt: skip
        await self._store.upsert(containers.AI.name, doc)
