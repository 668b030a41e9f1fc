"""Jobs stranded by a dead Azure host resume within about a minute (issue 16, item 4).

On Azure the Functions host keeps an in-flight message hidden for 10 minutes; the every-minute timer
sends a fresh message for a job whose lease expired, and the original message, when it comes back,
finds the job finished.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from functions.timers import STRANDED_JOBS_SCHEDULE
from shared.bootstrap import Services, close_services, get_services
from shared.jobs import service
from shared.jobs.stranded import QUEUED_GRACE, REQUEUE_EVERY, requeue_stranded
from shared.localhost.scheduler import next_fire
from shared.queue import names
from shared.store import containers

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
AZURE_HOLD_S = 600  # the Functions host's in-flight lease


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def world() -> AsyncIterator[tuple[Services, Clock, list[int]]]:
    services = await get_services()
    clock = Clock()
    services.clock = clock
    runs: list[int] = []

    async def count(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        runs.append(int(job["attempts"]))
        return {"ok": True}

    services.jobs = {"count": count}
    yield services, clock, runs
    await close_services()


async def _status(services: Services, job_id: str) -> str:
    return str((await services.store.read(containers.AI.name, "user-1", job_id))["status"])


async def _deliver(services: Services) -> int:
    delivered = await services.queue.receive(names.AI_JOBS, max_messages=10, visibility_timeout=AZURE_HOLD_S)
    for message in delivered:
        await service.run_job_message(services, message.body)
        await services.queue.delete(names.AI_JOBS, message.id, message.pop_receipt)
    return len(delivered)


async def test_a_job_whose_host_died_runs_again_within_a_minute_not_ten(
    world: tuple[Services, Clock, list[int]],
) -> None:
    services, clock, runs = world
    job = await service.create_job(services, "user-1", "count", {})
    # The host takes the message (hidden for 10 minutes), claims the job and dies before finishing.
    [held] = await services.queue.receive(names.AI_JOBS, visibility_timeout=AZURE_HOLD_S)
    claimed = await service._claim(services, await services.store.read(containers.AI.name, "user-1", job["id"]))
    assert claimed["status"] == "running"
    # While the lease is live, nothing is re-queued.
    assert await requeue_stranded(services) == 0
    # The next timer run after the lease expired (within a minute of it) sends a fresh message.
    clock.now = next_fire(STRANDED_JOBS_SCHEDULE, T0 + timedelta(seconds=service.LEASE_SECONDS))
    assert clock.now - T0 <= timedelta(seconds=service.LEASE_SECONDS + 60)
    assert await requeue_stranded(services) == 1
    assert await requeue_stranded(services) == 0  # one message per job per REQUEUE_EVERY, not one a run
    assert await _deliver(services) == 1
    assert await _status(services, job["id"]) == "succeeded" and runs == [2]
    # The dead host's message coming back 10 minutes later does nothing.
    await service.run_job_message(services, held.body)
    assert runs == [2] and await _status(services, job["id"]) == "succeeded"
    assert await requeue_stranded(services) == 0


async def test_a_queued_job_whose_message_is_lost_is_sent_again_once_per_interval(
    world: tuple[Services, Clock, list[int]],
) -> None:
    services, clock, runs = world
    job = await service.create_job(services, "user-1", "count", {})
    assert await services.queue.receive(names.AI_JOBS, visibility_timeout=AZURE_HOLD_S)  # stuck with a dead host
    clock.now = T0 + QUEUED_GRACE - timedelta(seconds=1)
    assert await requeue_stranded(services) == 0  # a fresh job is given time to be picked up
    clock.now = T0 + QUEUED_GRACE + timedelta(seconds=1)
    assert await requeue_stranded(services) == 1
    clock.now += REQUEUE_EVERY - timedelta(seconds=1)
    assert await requeue_stranded(services) == 0
    clock.now += timedelta(seconds=2)
    assert await requeue_stranded(services) == 1  # still not picked up: sent again
    assert await _deliver(services) == 2  # two fresh messages; the job runs once
    assert runs == [1] and await _status(services, job["id"]) == "succeeded"


async def test_finished_jobs_are_never_re_queued(world: tuple[Services, Clock, list[int]]) -> None:
    services, clock, runs = world
    job = await service.create_job(services, "user-1", "count", {})
    assert await _deliver(services) == 1 and await _status(services, job["id"]) == "succeeded"
    clock.now = T0 + timedelta(hours=1)
    assert await requeue_stranded(services) == 0 and runs == [1]
