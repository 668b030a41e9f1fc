"""Plans through the queue: one plan and one quota unit however the message is delivered; poison; 429 up front."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from shared.jobs.service import FAILED_AFTER_RETRIES, JobBusy, fail_poisoned, run_job_message
from shared.llm import gateway  # the module the plan job calls: patched here
from shared.queue import names
from shared.quota import reservations
from shared.quota.periods import period_keys
from shared.store import containers
from shared.store.port import Filter, PatchOp
from shared.workouts import plans
from tests.support.identity import sign_up
from tests.support.plan_world import World, plan_world

AI = containers.AI.name


@pytest.fixture
async def world(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[World]:
    async with plan_world(monkeypatch) as world:
        yield world


async def _request(w: World, body: dict[str, Any] | None = None) -> tuple[str, str]:
    """POST generate-workout; returns (job id, the queue message body), taking the message off the queue."""
    response = await w.user.client.post("/api/ai/generate-workout", json=body or {}, headers=w.user.auth)
    assert response.status_code == 202, response.text
    job_id = response.json()["job_id"]
    assert response.json()["status_url"] == f"/api/jobs/{job_id}"
    [message] = await w.services.queue.receive(names.AI_JOBS, visibility_timeout=60)
    await w.services.queue.delete(names.AI_JOBS, message.id, message.pop_receipt)
    assert json.loads(message.body)["job_id"] == job_id
    return job_id, message.body


async def _plans(w: World) -> list[plans.StoredPlan]:
    found, _ = await plans.list_plans(w.services.store, w.user.user_id, 100, None)
    return found


async def _used_today(w: World) -> int:
    counts, _ = await reservations.usage(w.services.store, w.user.user_id)
    return counts["day"]


async def _job(w: World, job_id: str) -> dict[str, Any]:
    response = await w.user.client.get(f"/api/jobs/{job_id}", headers=w.user.auth)
    assert response.status_code == 200
    return dict(response.json())


async def test_a_message_delivered_twice_makes_one_plan_and_charges_one_unit(world: World) -> None:
    job_id, body = await _request(world, {"days_per_week": 3, "session_minutes": 45})
    await run_job_message(world.services, body)
    await run_job_message(world.services, body)
    job = await _job(world, job_id)
    assert job["status"] == "succeeded" and job["result"]["plan_id"] == job_id
    assert [p.plan.id for p in await _plans(world)] == [job_id]
    assert await _used_today(world) == 1
    plan = (await world.user.client.get(f"/api/workouts/{job_id}", headers=world.user.auth)).json()
    assert plan["active"] and len(plan["days"]) == 3 and plan["source"]["provider"] == "engine"


async def test_concurrent_duplicate_deliveries_run_the_handler_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[str] = []
    real = gateway.generate_plan

    async def slow(*args: Any, **kwargs: Any) -> Any:
        runs.append("run")
        await asyncio.sleep(0.05)
        return await real(*args, **kwargs)

    monkeypatch.setattr(gateway, "generate_plan", slow)
    job_id, body = await _request(world)
    outcomes = await asyncio.gather(*(run_job_message(world.services, body) for _ in range(5)), return_exceptions=True)
    assert all(o is None or isinstance(o, JobBusy) for o in outcomes), outcomes
    assert runs == ["run"] and len(await _plans(world)) == 1 and await _used_today(world) == 1
    for _ in range(3):  # the busy deliveries come back later and find it finished
        await run_job_message(world.services, body)
    assert (await _job(world, job_id))["status"] == "succeeded" and runs == ["run"]


async def test_a_crash_after_the_charge_reruns_without_a_second_charge_or_plan(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = plans.save_plan
    crashes = [RuntimeError("the worker died")]

    async def crash_once(*args: Any, **kwargs: Any) -> Any:
        if crashes:
            raise crashes.pop()
        return await real_save(*args, **kwargs)

    monkeypatch.setattr(plans, "save_plan", crash_once)
    job_id, body = await _request(world)
    with pytest.raises(RuntimeError):
        await run_job_message(world.services, body)
    assert (await _job(world, job_id))["status"] == "running" and await _used_today(world) == 1
    await run_job_message(world.services, body)  # the queue's retry
    assert (await _job(world, job_id))["status"] == "succeeded"
    assert len(await _plans(world)) == 1 and await _used_today(world) == 1


async def test_a_rerun_after_the_plan_was_saved_does_not_call_the_gateway(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    job_id, body = await _request(world)
    await run_job_message(world.services, body)
    # The process died after saving but before marking the job: it is still `running`, its lease expired.
    past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    ops = [PatchOp("set", "status", "running"), PatchOp("set", "lease_until", past), PatchOp("set", "result", None)]
    await world.services.store.patch(AI, world.user.user_id, job_id, ops)

    async def must_not_run(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the gateway ran again")

    monkeypatch.setattr(gateway, "generate_plan", must_not_run)
    await run_job_message(world.services, body)
    job = await _job(world, job_id)
    assert job["status"] == "succeeded" and job["result"]["plan_id"] == job_id
    assert len(await _plans(world)) == 1 and await _used_today(world) == 1


async def test_a_delivery_while_the_lease_is_held_asks_for_a_retry(world: World) -> None:
    job_id, body = await _request(world)
    future = (datetime.now(UTC) + timedelta(minutes=4)).isoformat()
    ops = [PatchOp("set", "status", "running"), PatchOp("set", "lease_until", future)]
    await world.services.store.patch(AI, world.user.user_id, job_id, ops)
    with pytest.raises(JobBusy):
        await run_job_message(world.services, body)
    assert await _plans(world) == [] and await _used_today(world) == 1  # held at the door
    # Its duplicate ran out of retries meanwhile: the poison trigger does not fail a job that is running...
    await fail_poisoned(world.services, body)
    assert (await _job(world, job_id))["status"] == "running"
    recheck = await world.services.queue.receive(names.AI_JOBS, visibility_timeout=1)
    assert recheck == []  # ...it looks again after the lease (the message is delayed, not visible yet)
    assert await world.services.queue.approximate_count(names.AI_JOBS) == 1


async def test_poison_marks_the_job_failed_with_a_readable_reason(world: World) -> None:
    job_id, body = await _request(world)
    assert await _used_today(world) == 1  # reserved at the door
    await fail_poisoned(world.services, body)
    job = await _job(world, job_id)
    assert job["status"] == "failed" and job["error"] == FAILED_AFTER_RETRIES and job["finished_at"]
    assert await _used_today(world) == 0  # a job that failed for good gives its request back
    await run_job_message(world.services, body)  # a late duplicate changes nothing
    assert await _plans(world) == [] and (await _job(world, job_id))["status"] == "failed"


async def test_quota_is_checked_before_any_job_is_written(world: World) -> None:
    day = period_keys()["day"]  # the free tier's 10 requests of today are used up
    quota = {"id": "quota", "userId": world.user.user_id, "type": "quota", "counts": {day: 10}, "micro_usd": {}}
    await world.services.store.upsert(AI, quota)
    response = await world.user.client.post("/api/ai/generate-workout", json={}, headers=world.user.auth)
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0
    assert response.json()["limit"] == "requests_per_day"
    # Plan jobs only: a profile saved after its daily-message hour also queues today's message.
    plan_jobs = (Filter("type", "eq", "job"), Filter("kind", "eq", "plan"))
    jobs = await world.services.store.count(AI, plan_jobs, world.user.user_id)
    assert jobs == 0 and await world.services.queue.approximate_count(names.AI_JOBS) == 0


async def test_without_a_profile_the_request_is_refused(world: World) -> None:
    other = await sign_up(world.app)
    response = await other.client.post("/api/ai/generate-workout", json={}, headers=other.auth)
    assert response.status_code == 409 and "profile" in response.json()["detail"]
    await other.client.aclose()


async def test_invalid_overrides_are_422(world: World) -> None:
    response = await world.user.client.post(
        "/api/ai/generate-workout", json={"days_per_week": 9, "surprise": 1}, headers=world.user.auth
    )
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"days_per_week", "surprise"}
