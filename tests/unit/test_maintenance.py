"""The daily maintenance run: expired documents purged, lost jobs failed, safe to repeat."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from shared.bootstrap import Services, close_services, get_services
from shared.jobs.service import STALE_REASON, create_job
from shared.maintenance.daily import run_daily_maintenance
from shared.store import containers
from shared.store.port import PatchOp

AI = containers.AI.name


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    yield await get_services()
    await close_services()


async def test_lost_jobs_are_failed_and_live_ones_left_alone(services: Services) -> None:
    old = await create_job(services, "user-1", "plan", {})
    held = await create_job(services, "user-1", "plan", {})
    fresh = await create_job(services, "user-1", "plan", {})
    two_days_ago = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    lease = (datetime.now(UTC) + timedelta(minutes=3)).isoformat()
    await services.store.patch(AI, "user-1", old["id"], [PatchOp("set", "created_at", two_days_ago)])
    await services.store.patch(AI, "user-1", held["id"], [
        PatchOp("set", "created_at", two_days_ago), PatchOp("set", "status", "running"),
        PatchOp("set", "lease_until", lease)])  # fmt: skip
    first = await run_daily_maintenance(services)
    again = await run_daily_maintenance(services)
    assert first["stale_jobs_failed"] == 1 and again["stale_jobs_failed"] == 0
    statuses = {j: (await services.store.read(AI, "user-1", j))["status"] for j in (old["id"], held["id"], fresh["id"])}
    assert statuses == {old["id"]: "failed", held["id"]: "running", fresh["id"]: "queued"}
    assert (await services.store.read(AI, "user-1", old["id"]))["error"] == STALE_REASON
