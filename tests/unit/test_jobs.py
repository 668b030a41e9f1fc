"""Jobs run at most once to completion, whatever the queue delivers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from shared.bootstrap import Services, close_services, get_services
from shared.errors import InvalidInput, Unavailable
from shared.jobs import service
from shared.jobs.service import FAILED_AFTER_RETRIES, PermanentJobError, create_job, fail_poisoned, run_job_message
from shared.queue import dispatch, names
from shared.store import containers


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    built = await get_services()
    yield built
    await close_services()


@pytest.fixture
def calls(services: Services) -> list[str]:
    seen: list[str] = []

    async def echo(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        seen.append(job["id"])
        await asyncio.sleep(0.01)
        return {"echo": job["request"]["text"]}

    async def permanent(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        raise PermanentJobError("Your profile is missing a goal.")

    async def invalid(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        raise InvalidInput("That plan does not exist any more.")

    async def transient(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        raise Unavailable("provider down")

    # The Services' own job map: what bootstrap would give it, here the test's handlers.
    services.jobs = {"echo": echo, "permanent": permanent, "invalid": invalid, "transient": transient}
    return seen


async def _message_for(services: Services) -> str:
    [message] = await services.queue.receive(names.AI_JOBS, visibility_timeout=30)
    await services.queue.delete(names.AI_JOBS, message.id, message.pop_receipt)
    return message.body


async def _job(services: Services, job_id: str) -> dict[str, Any]:
    return await services.store.read(containers.AI.name, "user-1", job_id)


async def test_create_writes_the_job_and_enqueues_one_message(services: Services, calls: list[str]) -> None:
    job = await create_job(services, "user-1", "echo", {"text": "hi"})
    assert job["status"] == "queued" and job["ttl"] > 0
    body = json.loads(await _message_for(services))
    assert body["job_id"] == job["id"] and body["user_id"] == "user-1"


async def test_success_and_duplicate_delivery_runs_the_handler_once(services: Services, calls: list[str]) -> None:
    job = await create_job(services, "user-1", "echo", {"text": "hi"})
    body = await _message_for(services)
    await run_job_message(services, body)
    await run_job_message(services, body)  # redelivered after success
    done = await _job(services, job["id"])
    assert done["status"] == "succeeded" and done["result"] == {"echo": "hi"} and done["finished_at"]
    assert calls == [job["id"]]


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("permanent", "Your profile is missing a goal."), ("invalid", "That plan does not exist any more.")],
)
async def test_permanent_failures_mark_the_job_failed_with_a_readable_reason(
    services: Services, calls: list[str], kind: str, reason: str
) -> None:
    job = await create_job(services, "user-1", kind, {})
    await run_job_message(services, await _message_for(services))
    failed = await _job(services, job["id"])
    assert failed["status"] == "failed" and failed["error"] == reason


async def test_transient_failures_raise_for_a_retry_then_poison_marks_failed(
    services: Services, calls: list[str]
) -> None:
    job = await create_job(services, "user-1", "transient", {})
    body = await _message_for(services)
    with pytest.raises(Unavailable):
        await run_job_message(services, body)
    assert (await _job(services, job["id"]))["status"] == "running"
    await fail_poisoned(services, body)
    failed = await _job(services, job["id"])
    assert failed["status"] == "failed" and failed["error"] == FAILED_AFTER_RETRIES


async def test_poison_never_overrides_a_finished_job(services: Services, calls: list[str]) -> None:
    job = await create_job(services, "user-1", "echo", {"text": "x"})
    body = await _message_for(services)
    await run_job_message(services, body)
    await fail_poisoned(services, body)
    assert (await _job(services, job["id"]))["status"] == "succeeded"


@pytest.mark.parametrize("body", ["", "not json", "[]", '{"job_id": 1}', '{"job_id": "x", "user_id": "nobody"}'])
async def test_foreign_or_stale_messages_are_dropped(services: Services, calls: list[str], body: str) -> None:
    await run_job_message(services, body)
    await fail_poisoned(services, body)
    assert calls == []


async def test_unknown_kind_fails_the_job(services: Services, calls: list[str]) -> None:
    job = await create_job(services, "user-1", "nonsense", {})
    await run_job_message(services, await _message_for(services))
    assert "Unknown job kind" in (await _job(services, job["id"]))["error"]


# --- leases: a crashed delivery blocks its job for one short lease, a live one keeps it -------------


class Clock:
    """An injected clock for Services: a test moves it forward."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


async def test_a_crashed_delivery_blocks_its_job_for_one_short_lease_at_most(
    services: Services, calls: list[str]
) -> None:
    clock = Clock()
    services.clock = clock
    job = await create_job(services, "user-1", "echo", {"text": "again"})
    body = await _message_for(services)
    await service._claim(services, await _job(services, job["id"]))  # a delivery that was then killed -9
    clock.now += timedelta(seconds=service.LEASE_SECONDS - 1)
    with pytest.raises(service.JobBusy):
        await run_job_message(services, body)
    clock.now += timedelta(seconds=2)
    await run_job_message(services, body)
    done = await _job(services, job["id"])
    assert done["status"] == "succeeded" and done["attempts"] == 2 and calls == [job["id"]]
    # The message of a killed worker is back within the queue's own lease: together, within a minute.
    assert service.LEASE_SECONDS <= 30 and dispatch.LEASE_S <= 30


async def test_a_long_run_keeps_its_lease_renewed(
    services: Services, calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "LEASE_SECONDS", 0.3)
    ran: list[str] = []

    async def slow(services: Services, job: dict[str, Any]) -> dict[str, Any]:
        ran.append(job["id"])
        await asyncio.sleep(1.2)  # four leases long
        return {"done": True}

    services.jobs = {"slow": slow}
    job = await create_job(services, "user-1", "slow", {})
    body = await _message_for(services)
    first = asyncio.create_task(run_job_message(services, body))
    await asyncio.sleep(0.8)
    with pytest.raises(service.JobBusy):  # a duplicate delivery well after the first lease would have ended
        await run_job_message(services, body)
    await first
    done = await _job(services, job["id"])
    assert done["status"] == "succeeded" and done["result"] == {"done": True} and done["lease_until"] is None
    assert ran == [job["id"]] and done["attempts"] == 1
