"""GET /api/jobs/{job_id}: the status of slow work the caller asked for."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from functions.http.deps import CurrentUser, ServicesDep
from functions.http.routing import PrefixRouter
from shared.jobs.progress import JobProgress
from shared.jobs.service import read_job

router = PrefixRouter(prefix="/jobs", tags=["jobs"])


class JobPublic(BaseModel):
    id: str
    kind: str
    status: Literal["queued", "running", "succeeded", "failed"]
    result: dict[str, Any] | None = None
    error: str | None = None
    progress: JobProgress | None = Field(default=None, description="how far a queued or running job has got")
    created_at: datetime
    finished_at: datetime | None = None


@router.get("/{job_id}", operation_id="getJob", response_model=JobPublic)
async def get_job(job_id: str, user: CurrentUser, services: ServicesDep) -> JobPublic:
    """One of the caller's jobs; another user's job is a 404."""
    return JobPublic.model_validate(await read_job(services, user.user_id, job_id))
